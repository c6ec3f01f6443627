import {check, loadJson} from './loader.js';
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
export function searchKey(text: string): string {
  return ` ${text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `
    .replace(/ st(e?) /g, ' saint$1 ')
    .replace(/ st(e?) /g, ' saint$1 ')
    .trim();
}

type Family = 'code' | 'postcode' | 'name';
/** [code, name, département, postcodes, lat, lon, population, EPCI code, EPCI name] */
type Row = [string, string, string, string[], number, number, number | null, string | null, string | null];
interface Shard {
  /** keys, sorted */
  k: string[];
  r: Row[];
  /** row index of each key */
  i: number[];
  /** best rows for prefixes whose matches run past this shard */
  top?: Record<string, number[]>;
}
type Index = Record<Family, string[]> & {top: number};

const INDEX = 'communes/index.json';

function communeOf([code, name, departement, postcodes, lat, lon, population, epci, epciName]: Row): Commune {
  return {code, name, departement, postcodes, lat, lon, population, epci: epci ? {code: epci, name: epciName!} : null};
}

/** The shard of `family` that holds `key` (and the first key starting with it). */
async function shardFor(family: Family, key: string, options: DataOptions): Promise<Shard> {
  const index = await loadJson<Index>(INDEX, options);
  const bounds = index?.[family];
  check(Array.isArray(bounds) && bounds[0] === '', INDEX, options);
  let n = bounds.length - 1;
  while (bounds[n] > key) n--;
  const path = `communes/${family}/${n}.json`;
  const shard = await loadJson<Shard>(path, options);
  check(Array.isArray(shard?.k) && Array.isArray(shard.r) && shard.i?.length == shard.k.length, path, options);
  return shard;
}

/** Rows whose key is `key` (exact) or starts with it, best first: exact key, most populated, by name, by code. */
async function find(family: Family, key: string, exact: boolean, limit: number, options: DataOptions): Promise<Commune[]> {
  const shard = await shardFor(family, key, options);
  let rows: Row[];
  const top = !exact && shard.top?.[key];
  if (top) rows = top.map((i) => shard.r[i]);
  else {
    // [exact, population, name key, code, row]: exact key first, most populated, by name, by code
    const hits: [boolean, number, string, string, Row][] = [];
    shard.k.forEach((k, j) => {
      const row = shard.r[shard.i[j]];
      if (exact ? k == key : k.startsWith(key)) hits.push([k == key, row[6] ?? -1, searchKey(row[1]), row[0], row]);
    });
    hits.sort((a, b) => +b[0] - +a[0] || b[1] - a[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[3] < b[3] ? -1 : 1));
    rows = hits.map((h) => h[4]);
  }
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row[0]) && seen.add(row[0])).slice(0, limit).map(communeOf);
}

/** The current commune of an INSEE code (also an arrondissement, commune déléguée or former code); null when unknown. */
export async function communeByCode(code: string, options: DataOptions = {}): Promise<Commune | null> {
  const key = code.trim().toUpperCase();
  return key ? (await find('code', key, true, 1, options))[0] ?? null : null;
}

/** Every commune served by a postcode, most populated first. */
export async function communesByPostcode(postcode: string, options: DataOptions = {}): Promise<Commune[]> {
  const key = postcode.replace(/\s/g, '');
  return /^\d{5}$/.test(key) ? find('postcode', key, true, 1e3, options) : [];
}

/**
 * Communes whose name starts with `query` (accent-, case- and hyphen-insensitive), or, for a query of
 * digits, whose postcode does; exact matches first, then the most populated. At most `limit` (10),
 * except for a whole postcode: every commune it serves.
 */
export async function searchCommunes(query: string, options: SearchOptions = {}): Promise<Commune[]> {
  const limit = Math.min(options.limit ?? 10, 10);
  const digits = query.replace(/\s/g, '');
  if (/^\d{5}$/.test(digits)) return communesByPostcode(digits, options);
  if (/^\d+$/.test(digits)) return find('postcode', digits, false, limit, options);
  const key = searchKey(query);
  return key && limit > 0 ? find('name', key, false, limit, options) : [];
}
