import {assetBase} from '../shared/assets.js';
import type {DataOptions} from './types.js';

/**
 * Loads the JSON files of `data/` next to the script (or under `base`, see assetBase()).
 * Each file is fetched once per page: the promise is cached, so many widgets asking at once share
 * one request; a failed request is evicted, so the next call retries. Failures are `DataError`s with
 * a `kind` the widgets turn into their own (localised) message; the message itself is for developers.
 */

export type DataErrorKind = 'not-found' | 'server' | 'timeout' | 'network' | 'malformed';

export class DataError extends Error {
  /**
   * @param kind 'not-found' (404/410), 'server' (another HTTP error), 'timeout', 'network' (no answer), 'malformed' (not the expected JSON)
   * @param url  the file's URL
   * @param status the HTTP status, 0 when there was no answer
   */
  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    readonly status = 0,
  ) {
    super(`${kind} ${status || ''} ${url}`);
    this.name = 'DataError';
  }
}

const cache = new Map<string, Promise<unknown>>();

/** Forgets every loaded file (tests, benchmarks). */
export const clearDataCache = (): void => cache.clear();

/** Absolute URL of a data file: `data/<path>` under the asset base. */
export const dataUrl = (path: string, base?: string | null): string => new URL('data/' + path, assetBase(base)).href;

/**
 * Fetches and parses `data/<path>` once per page; rejects with a DataError. With `key`, the file must
 * have that (truthy) property, else it is 'malformed' (a wrong file is not kept: a retry refetches it).
 */
export function loadJson<T>(path: string, {base, timeoutMs = 8e3}: DataOptions = {}, key?: string): Promise<T> {
  const url = dataUrl(path, base);
  let promise = cache.get(url) as Promise<T> | undefined;
  if (!promise) {
    cache.set(
      url,
      (promise = (async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        let status = 0;
        let kind: DataErrorKind = 'network';
        try {
          const response = await fetch(url, {signal: controller.signal});
          status = response.status;
          if (response.ok) {
            const text = await response.text();
            kind = 'malformed';
            const json = JSON.parse(text);
            if (!key || json[key]) return json;
          } else kind = status == 404 || status == 410 ? 'not-found' : 'server';
        } catch {
          // the kind reached says what failed (an abort: the timeout)
        } finally {
          clearTimeout(timer);
        }
        throw new DataError(controller.signal.aborted ? 'timeout' : kind, url, status);
      })()),
    );
    // evict on failure, so that a retry fetches again (this branch handles the rejection for the cache only)
    promise.catch(() => cache.get(url) == promise && cache.delete(url));
  }
  return promise;
}
