// Short message ids for the browser bundles. Source code names every msg() with a readable id
// ({id: 'announce-results'}); in the bundles each becomes a short one ('a7'), and so do the keys
// of the fetched catalogs (dist/locales/*.json). About 140 ids: ~0.8 KB gzip saved. The mapping is
// derived from the sorted ids of xliff/en.xlf, so the bundle and the catalogs always agree.
import {readFileSync} from 'node:fs';

export function shortMessageIds(xliffPath = new URL('../xliff/en.xlf', import.meta.url)) {
  const ids = [...new Set([...readFileSync(xliffPath, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]))].sort();
  return new Map(ids.map((id, i) => [id, i.toString(36)]));
}

/** Rollup plugin: rewrites `{id: '<known id>'}` in our TypeScript sources to the short id, as a bare string. */
export function shortMessageIdsPlugin() {
  let ids;
  return {
    name: 'short-message-ids',
    buildStart() {
      ids = shortMessageIds();
    },
    transform(code, id) {
      // runs on TypeScript's output (the typescript plugin compiles in its load hook): `{ id: 'x' }`
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      // and the options object becomes the bare id: msg('…', 'a7') (src/shared/localize-runtime.ts)
      const out = code.replace(/\{\s*id:\s*(['"])([^'"]+)\1\s*\}/g, (whole, quote, name) => (ids.has(name) ? `'${ids.get(name)}'` : whole));
      return out === code ? null : {code: out, map: null};
    },
  };
}
