// The output files' contents (pure): points tiles and their index, commune shards by code, postcode
// and name prefix. docs/data.md describes every format; src/data/*.ts reads them.
import {communeRow} from './communes.mjs';
import {bbox, kdPartition} from './partition.mjs';
import {TYPES} from './points.mjs';
import {searchKey} from './text.mjs';

export const FORMAT = 2;
/** A tile is cut in two while its gzip size exceeds this (bytes). */
export const TILE_MAX_GZIP = 7000;
/** A commune shard is closed when its entries ([key, row]) would exceed this many bytes of JSON (about 4 KB gzip). */
export const SHARD_MAX_BYTES = 25000;
/** Results kept for a search prefix whose matches span several shards: the most a search returns. */
export const SEARCH_TOP = 10;

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A tile's text: its points as records with the field names of the runtime's `ServicePoint`
 * (src/data/types.ts), so that the runtime maps nothing; optional fields only when set.
 */
export function encodeTile(points) {
  return JSON.stringify(
    points.map((p) => ({
      id: p.id,
      type: p.type,
      name: p.name,
      label: p.label,
      address: p.address,
      addressExtra: p.extra,
      postcode: p.postcode,
      city: p.city,
      commune: p.insee,
      lat: p.lat / 1e5,
      lon: p.lon / 1e5,
      approximate: !!p.approx,
      ...(p.parent && {parent: p.parent}),
      ...(p.hours && {hours: p.hours}),
      ...(p.timeZone && {timeZone: p.timeZone}),
      ...(p.hostedBy && {hostedBy: p.hostedBy}),
      ...(p.franceServices && {franceServices: p.franceServices}),
    })),
  );
}

/**
 * points/index.json and points/<n>.json: an adaptive k-d partition of each territory. Tile boxes are
 * written in degrees, rounded outwards to 1e-3 degree (so each still contains its points), with the
 * bit mask of the types the tile holds; `info` is what pointsInfo() returns.
 */
export function pointFiles(points, {dates, attribution}) {
  // each territory apart (metropolitan France, each overseas département or collectivity), so that no
  // tile's box spans an ocean
  const regions = new Map();
  for (const p of points) {
    const region = /^9[78]/.test(p.insee) ? p.insee.slice(0, 3) : 'metro';
    if (!regions.has(region)) regions.set(region, []);
    regions.get(region).push(p);
  }
  const tiles = [...regions.keys()].sort().flatMap((region) => kdPartition(regions.get(region), encodeTile, {maxBytes: TILE_MAX_GZIP}));
  const files = new Map();
  const index = [];
  tiles.forEach((tile, i) => {
    tile.sort((a, b) => cmp(a.id, b.id));
    const [latMin, lonMin, latMax, lonMax] = bbox(tile);
    let mask = 0;
    for (const p of tile) mask |= 1 << TYPES.indexOf(p.type);
    // degrees, rounded outwards to 1e-3 (parsed, a bound equals a point's coordinate on it exactly)
    index.push([Math.floor(latMin / 100) / 1e3, Math.floor(lonMin / 100) / 1e3, Math.ceil(latMax / 100) / 1e3, Math.ceil(lonMax / 100) / 1e3, mask]);
    files.set(`points/${i}.json`, encodeTile(tile));
  });
  files.set('points/index.json', JSON.stringify({v: FORMAT, types: TYPES, tiles: index, info: {attribution, dates, count: points.length}}));
  return {files, tiles};
}

/**
 * Commune files. Each family is a sorted list of (key, commune row) cut into shards of consecutive keys
 * (a key never straddles two shards, a shard is at most SHARD_MAX_BYTES of entries); communes/index.json lists, per family, each shard's lower bound:
 * the shortest prefix of its first key greater than the previous shard's last key, so that the shard
 * holding any key, and the first key starting with any prefix, is the last one whose bound is <= it.
 * - code: INSEE code → its row; also every other code mapping to a current commune (municipal
 *   arrondissement, commune déléguée / associée, pre-merger code), with that commune's row;
 * - postcode: postcode → the row of every commune it serves;
 * - name: the search key of the name (see searchKey) → row.
 * Shard file: {"k": [keys], "i": [row index per key], "r": [rows], "top": {" " + prefix: [row indexes]}}.
 * Rows are `Commune` records (see communeRow), each once, in rank order (most populated, by name, by
 * code), so that the runtime ranks matches by row index. "top" (postcode and name) holds, for every
 * prefix whose matches run past the end of the shard that holds the first of them, its best SEARCH_TOP
 * matches (exact match first, then rank); its keys are the prefix after a space, so that no key is a
 * property of Object.prototype ("constructor").
 */
export function communeFiles(communes) {
  const files = new Map();
  const list = [...communes.current.values()].sort((a, b) => cmp(a.code, b.code));
  const rowOf = new Map(list.map((c) => [c.code, communeRow(c)]));

  // an arrondissement is its own place: by its code, its postcodes (instead of its city) and its name
  const districts = [...(communes.arrondissements ?? new Map()).values()].filter((a) => a.lat !== null);
  for (const a of districts) rowOf.set(a.code, communeRow(a));
  const districtOf = new Map(districts.flatMap((a) => a.postcodes.map((pc) => [`${a.commune} ${pc}`, a.code])));

  const byCode = list.map((c) => [c.code, rowOf.get(c.code)]);
  for (const [code, alias] of communes.aliases) byCode.push([code, rowOf.get(rowOf.has(code) ? code : alias.code)]);
  const byPostcode = list.flatMap((c) => c.postcodes.map((pc) => [pc, rowOf.get(districtOf.get(`${c.code} ${pc}`) ?? c.code)]));
  const byName = [...list, ...districts].map((c) => [searchKey(c.name), rowOf.get(c.code)]);

  const index = {v: FORMAT, top: SEARCH_TOP};
  for (const [family, entries, withTops] of [['code', byCode, false], ['postcode', byPostcode, true], ['name', byName, true]]) {
    const {shards, bounds} = shardEntries(entries, withTops);
    index[family] = bounds;
    shards.forEach((text, i) => files.set(`communes/${family}/${i}.json`, text));
  }
  files.set('communes/index.json', JSON.stringify(index));
  return files;
}

/** Search order of two [key, row] entries for a prefix: exact key first, most populated, by name, by code. */
export function rankFor(prefix) {
  return ([ka, a], [kb, b]) => (kb === prefix) - (ka === prefix) || byRank(a, b);
}
/** The order of commune rows: most populated, by name, by code. */
const byRank = (a, b) => (b.population ?? -1) - (a.population ?? -1) || cmp(nameKey(a), nameKey(b)) || cmp(a.code, b.code);
const nameKeys = new WeakMap();
function nameKey(row) {
  let key = nameKeys.get(row);
  if (key === undefined) nameKeys.set(row, (key = searchKey(row.name)));
  return key;
}

function shardEntries(entries, withTops) {
  entries = [...entries].sort(([ka, a], [kb, b]) => cmp(ka, kb) || rankFor(ka)([ka, a], [kb, b]));
  // cut into runs of whole keys
  const groups = [];
  for (let i = 0; i < entries.length; ) {
    let j = i;
    while (j < entries.length && entries[j][0] === entries[i][0]) j++;
    groups.push(entries.slice(i, j));
    i = j;
  }
  const cuts = [];
  let current = [];
  let currentSize = 0;
  for (const g of groups) {
    const size = JSON.stringify(g).length;
    if (current.length && currentSize + size > SHARD_MAX_BYTES) {
      cuts.push(current);
      current = [];
      currentSize = 0;
    }
    current.push(...g);
    currentSize += size;
  }
  if (current.length) cuts.push(current);
  const bounds = cuts.map((shard, i) => (i === 0 ? '' : boundBetween(cuts[i - 1].at(-1)[0], shard[0][0])));
  const shards = cuts.map((shard, i) => {
    const top = {};
    if (withTops && i < cuts.length - 1) {
      // prefixes whose matches start in this shard and run into the next one (not those ending with a
      // space: a query is trimmed)
      const lastKey = shard.at(-1)[0];
      const nextFirst = cuts[i + 1][0][0];
      let lcp = 0;
      while (lcp < lastKey.length && lastKey[lcp] === nextFirst[lcp]) lcp++;
      for (let n = 1; n <= lcp; n++) {
        const prefix = lastKey.slice(0, n);
        if (prefix.endsWith(' ') || bounds.findLastIndex((b) => b <= prefix) !== i) continue; // its home is an earlier shard
        const found = [];
        for (let e = firstAtLeast(entries, prefix); e < entries.length && entries[e][0].startsWith(prefix); e++) found.push(entries[e]);
        found.sort(rankFor(prefix));
        // a commune once, at its best rank (a commune may match through two postcodes)
        const codes = new Set();
        top[' ' + prefix] = found.filter(([, row]) => !codes.has(row.code) && codes.add(row.code)).slice(0, SEARCH_TOP).map(([, row]) => row);
      }
    }
    // rows once each, in rank order: the runtime ranks by row index
    const rows = [...new Set([...shard.map(([, row]) => row), ...Object.values(top).flat()])].sort(byRank);
    const ref = new Map(rows.map((row, j) => [row, j]));
    for (const prefix in top) top[prefix] = top[prefix].map((row) => ref.get(row));
    return JSON.stringify({k: shard.map(([key]) => key), i: shard.map(([, row]) => ref.get(row)), r: rows, ...(Object.keys(top).length ? {top} : {})});
  });
  return {shards, bounds};
}

/** The shortest prefix of `first` greater than `last` (last < first). */
export function boundBetween(last, first) {
  for (let n = 1; n <= first.length; n++) if (first.slice(0, n) > last) return first.slice(0, n);
  return first;
}

/** Index of the first entry whose key is >= key (entries sorted by key). */
function firstAtLeast(entries, key) {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid][0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
