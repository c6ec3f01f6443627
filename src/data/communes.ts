import {loadJson} from './loader.js';
import type {Commune, DataOptions, SearchOptions} from './types.js';

/**
 * Communes by INSEE code, by postcode and by name prefix, each answered from one small file of
 * `data/communes/` (plus `data/communes/index.json`, once per page, which says which file).
 *
 * ```ts
 * await communeByCode('72050');      // {code: '72050', name: 'Brûlon', postcodes: ['72350'], …}
 * await communeByCode('75101');      // Paris (75056): arrondissements and former codes give the current commune
 * await communesByPostcode('72350'); // every commune served by that postcode
 * await searchCommunes('saint-m');   // the most populated communes whose name starts so (accents, case, hyphens ignored)
 * await searchCommunes('723');       // a query of digits searches postcodes (a whole one: all its communes)
 * ```
 * Rejects with a `DataError` (see loader.ts) when a file cannot be loaded.
 */

/**
 * The search form of a name or query: lower case, no accents, œ/æ spelled out, every run of other
 * characters one space, "st"/"ste" read as "saint"/"sainte". Same as `searchKey` in scripts/data/text.mjs.
 */
export const searchKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst(e?)\b/g, 'saint$1');

type Family = 'code' | 'postcode' | 'name';
/** A shard (see docs/data.md): keys, sorted; the row of each key; rows, best first; best rows of prefixes running past the shard. */
interface Shard {
  k: string[];
  i: number[];
  r: Commune[];
  top?: Record<string, number[]>;
}

/**
 * Communes whose key is `key` (exact) or starts with it, best first: exact key, then the shard's row
 * order (most populated, by name, by code); each once, at most `limit`.
 */
async function find(family: Family, key: string, exact: boolean, limit: number, options: DataOptions): Promise<Commune[]> {
  const bounds = (await loadJson<Record<Family, string[]>>('communes/index.json', options, 'name'))[family];
  // the shard holding the key: the last whose lower bound is <= it (the first bound is '')
  let n = bounds.length;
  while (bounds[--n] > key);
  const {k, i, r, top} = await loadJson<Shard>(`communes/${family}/${n}.json`, options, 'k');
  const rows =
    (!exact && top?.[' ' + key]) ||
    k.flatMap((x, j) => (x == key ? i[j] : !exact && x.startsWith(key) ? i[j] + 1e6 : [])).sort((a, b) => a - b);
  return [...new Set(rows.map((j) => r[j % 1e6]))].slice(0, limit);
}

/** The current commune of an INSEE code (also an arrondissement, commune déléguée or former code); null when unknown. */
export async function communeByCode(code: string, options: DataOptions = {}): Promise<Commune | null> {
  const key = code.trim().toUpperCase();
  return key ? (await find('code', key, true, 1, options))[0] ?? null : null;
}

/** Every commune served by a postcode, most populated first. */
export const communesByPostcode = async (postcode: string, options: DataOptions = {}): Promise<Commune[]> =>
  /^\d{5}$/.test(postcode.replace(/\s/g, '')) ? searchCommunes(postcode, options) : [];

/**
 * Communes whose name starts with `query` (accent-, case- and hyphen-insensitive), or, for a query of
 * digits, whose postcode does; exact matches first, then the most populated. At most `limit` (10),
 * except for a whole postcode: every commune it serves.
 */
export async function searchCommunes(query: string, options: SearchOptions = {}): Promise<Commune[]> {
  const digits = query.replace(/\s/g, '');
  const postcode = /^\d+$/.test(digits);
  const whole = postcode && digits.length == 5;
  const key = postcode ? digits : searchKey(query);
  const limit = whole ? 1e3 : Math.min(options.limit ?? 10, 10);
  return key && limit > 0 ? find(postcode ? 'postcode' : 'name', key, whole, limit, options) : [];
}
