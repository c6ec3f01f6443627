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
export function clearDataCache(): void {
  cache.clear();
}

/** Absolute URL of a data file: `data/<path>` under the asset base. */
export function dataUrl(path: string, base?: string | null): string {
  return new URL('data/' + path, assetBase(base)).href;
}

/** Fetches and parses `data/<path>` once per page; rejects with a DataError. */
export function loadJson<T>(path: string, {base, timeoutMs = 8000}: DataOptions = {}): Promise<T> {
  const url = dataUrl(path, base);
  let promise = cache.get(url) as Promise<T> | undefined;
  if (!promise) {
    const p = (promise = fetchJson<T>(url, timeoutMs));
    cache.set(url, p);
    // evict on failure, so that a retry fetches again (this branch handles the rejection for the cache only)
    p.catch(() => cache.get(url) === p && cache.delete(url));
  }
  return promise;
}

async function fetchJson<T>(url: string, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const fail = (kind: DataErrorKind, status?: number) => new DataError(kind, url, status);
  try {
    let text: string;
    let status = 0;
    try {
      const response = await fetch(url, {signal: controller.signal});
      status = response.status;
      if (!response.ok) throw fail(status === 404 || status === 410 ? 'not-found' : 'server', status);
      text = await response.text();
    } catch (error) {
      throw error instanceof DataError ? error : fail(controller.signal.aborted ? 'timeout' : 'network', status);
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw fail('malformed', status);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Throws a 'malformed' DataError for `path` unless `ok` (and forgets the file, so a retry refetches it). */
export function check(ok: unknown, path: string, options: DataOptions = {}): asserts ok {
  if (!ok) {
    const url = dataUrl(path, options.base);
    cache.delete(url);
    throw new DataError('malformed', url);
  }
}
