import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {gzipSync} from 'node:zlib';
import {communeRow} from './communes.mjs';
import {boundBetween, communeFiles, encodeTile, pointFiles} from './layout.mjs';
import {bbox, kdPartition} from './partition.mjs';
import {prng, importRuntime} from './runtime.mjs';
import {searchKey} from './text.mjs';

const TYPES = ['bureau', 'agence-communale', 'agence-intercommunale', 'relais', 'france-services'];

/** Random points: a dense "city" and a sparse countryside, plus a far island. */
function randomPoints(n, seed = 1) {
  const random = prng(seed);
  return Array.from({length: n}, (_, i) => {
    const city = random() < 0.3;
    const island = i % 97 === 0;
    const lat = island ? -21 + random() * 0.5 : city ? 48.8 + random() * 0.1 : 43 + random() * 7;
    const lon = island ? 55.3 + random() * 0.5 : city ? 2.3 + random() * 0.1 : -1 + random() * 8;
    return {
      id: `P${String(i).padStart(5, '0')}`, type: TYPES[i % 5], name: `Point ${i}`, label: `POINT ${i}`, address: `${i} rue de la Poste`, extra: '',
      postcode: '75001', city: 'Paris', insee: '75056', lat: Math.round(lat * 1e5), lon: Math.round(lon * 1e5), parent: '', approx: false,
    };
  });
}

test('k-d partition: every point in exactly one tile, each tile within the size limit, boxes containing their points', () => {
  const points = randomPoints(3000);
  const tiles = kdPartition(points, encodeTile, {maxBytes: 3000});
  assert.ok(tiles.length > 10);
  const ids = tiles.flat().map((p) => p.id).sort();
  assert.deepEqual(ids, points.map((p) => p.id).sort());
  for (const tile of tiles) {
    assert.ok(gzipSync(encodeTile(tile), {level: 9}).length <= 3000);
    assert.ok(tile.length >= 8);
    const [a, b, c, d] = bbox(tile);
    for (const p of tile) assert.ok(p.lat >= a && p.lat <= c && p.lon >= b && p.lon <= d);
  }
  // tiles do not overlap: k-d cells are disjoint
  const sizes = tiles.map((t) => t.length);
  assert.ok(Math.max(...sizes) < 3 * Math.min(...sizes), `balanced tiles: ${Math.min(...sizes)}–${Math.max(...sizes)}`);
  // the input order does not matter
  const again = kdPartition([...points].reverse(), encodeTile, {maxBytes: 3000});
  assert.deepEqual(again.map((t) => t.map((p) => p.id).sort()), tiles.map((t) => t.map((p) => p.id).sort()));
});

test('points index: one box per tile, rounded outwards, with the types mask', () => {
  const points = randomPoints(2000, 2);
  const {files, tiles} = pointFiles(points, {dates: {laposte: '2020-12'}, attribution: ['a', 'b', 'c']});
  const index = JSON.parse(files.get('points/index.json'));
  assert.equal(index.tiles.length, tiles.length);
  assert.deepEqual(index.info, {attribution: ['a', 'b', 'c'], dates: {laposte: '2020-12'}, count: 2000});
  assert.deepEqual(index.types, TYPES);
  let seen = 0;
  index.tiles.forEach(([a, b, c, d, mask], n) => {
    assert.ok([a, b, c, d].every((x) => Number.isInteger(Math.round(x * 1e3)) && Math.abs(x * 1e3 - Math.round(x * 1e3)) < 1e-6), 'boxes in 1e-3 degree');
    for (const p of JSON.parse(files.get(`points/${n}.json`))) {
      assert.ok(p.lat >= a && p.lat <= c && p.lon >= b && p.lon <= d, p.id);
      assert.ok(mask & (1 << TYPES.indexOf(p.type)));
      seen++;
    }
  });
  assert.equal(seen, 2000);
});

test('tiles: records with the field names of ServicePoint, optional fields only when set', () => {
  const bureau = {id: '01145A', type: 'bureau', name: 'Bureau de poste de Tournon-sur-Rhône', label: 'TOURNON SUR RHONE', address: '7 quai Farconnet', extra: '', postcode: '07300', city: 'Tournon-sur-Rhône', insee: '07324', lat: 4507060, lon: 482830, parent: '', approx: false, franceServices: 'fs9'};
  const fs = {id: 'fs9', type: 'france-services', name: 'France services de Tournon', label: 'France services de Tournon', address: '', extra: 'Mairie', postcode: '07300', city: 'Tournon-sur-Rhône', insee: '07324', lat: 4507061, lon: 482831, parent: '', approx: true, hours: ['09:00-12:00', '', '', '', '', '', ''], timeZone: 'Indian/Reunion', hostedBy: '01145A'};
  assert.deepEqual(JSON.parse(encodeTile([bureau, fs])), [
    {id: '01145A', type: 'bureau', name: 'Bureau de poste de Tournon-sur-Rhône', label: 'TOURNON SUR RHONE', address: '7 quai Farconnet', addressExtra: '', postcode: '07300', city: 'Tournon-sur-Rhône', commune: '07324', lat: 45.0706, lon: 4.8283, approximate: false, franceServices: 'fs9'},
    {id: 'fs9', type: 'france-services', name: 'France services de Tournon', label: 'France services de Tournon', address: '', addressExtra: 'Mairie', postcode: '07300', city: 'Tournon-sur-Rhône', commune: '07324', lat: 45.07061, lon: 4.82831, approximate: true, hours: ['09:00-12:00', '', '', '', '', '', ''], timeZone: 'Indian/Reunion', hostedBy: '01145A'},
  ]);
});

test('shard bounds: the shortest prefix of the first key above the last key', () => {
  assert.equal(boundBetween('paris', 'parisot'), 'pariso');
  assert.equal(boundBetween('brulon', 'bruyeres'), 'bruy');
  assert.equal(boundBetween('a', 'b'), 'b');
  assert.equal(boundBetween('72050', '72051'), '72051');
  const random = prng(3);
  for (let i = 0; i < 500; i++) {
    const word = () => Array.from({length: 1 + Math.floor(random() * 6)}, () => 'abc '[Math.floor(random() * 4)]).join('');
    const [x, y] = [word(), word()].sort();
    if (x === y) continue;
    const b = boundBetween(x, y);
    assert.ok(b > x && b <= y && y.startsWith(b), `${x} | ${y} → ${b}`);
  }
});

// Commune files read back by the real runtime (src/data/communes.ts), on thousands of made-up communes
// so that shards, bounds and the lists of prefixes spanning shards are all exercised.
let runtime;
let files;
let list;
const realFetch = globalThis.fetch;
before(async () => {
  const random = prng(4);
  const syllables = ['constructor', 'saint ', 'sainte ', 'bar', 'bou', 'le ', 'la ', 'mar', 'ti', 'na', 'ro', 'che', 'ville', 'sur ', 'mer', 'é', 'ô', '-'];
  const current = new Map();
  for (let i = 0; i < 6000; i++) {
    let name = '';
    while (name.length < 3 || random() < 0.5) name += syllables[Math.floor(random() * syllables.length)];
    name = name.trim().replace(/^./, (c) => c.toUpperCase());
    const code = String(10000 + i * 7);
    const postcodes = [String(10000 + Math.floor(random() * 900) * 10), ...(random() < 0.1 ? [String(90000 + i)] : [])];
    current.set(code, {code, name, dep: code.slice(0, 2), postcodes: [...new Set(postcodes)].sort(), lat: 45, lon: 3, population: random() < 0.05 ? null : Math.floor(random() ** 3 * 100000), epci: null});
  }
  const aliases = new Map([['99001', {code: '10000', via: 'arrondissement', place: 'x'}]]);
  list = [...current.values()];
  files = communeFiles({current, aliases});
  globalThis.fetch = async (url) => {
    const path = new URL(url).pathname.replace(/^\/data\//, '');
    return files.has(path) ? new Response(files.get(path)) : new Response('no', {status: 404});
  };
  runtime = await importRuntime();
});
after(() => {
  globalThis.fetch = realFetch;
  runtime?.cleanup();
});

const opts = {base: 'http://test.invalid/'};
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const rank = (prefix) => (a, b) => (b.key === prefix) - (a.key === prefix) || (b.population ?? -1) - (a.population ?? -1) || cmp(a.nameKey, b.nameKey) || cmp(a.code, b.code);

test('commune shards: several files per family, each lookup by code and postcode right', async () => {
  assert.ok([...files.keys()].filter((f) => f.startsWith('communes/name/')).length > 5);
  assert.ok([...files.keys()].filter((f) => f.startsWith('communes/code/')).length > 5);
  const {communeByCode, communesByPostcode} = runtime.communes;
  for (const c of list) {
    assert.deepEqual(await communeByCode(c.code, opts), communeRow(c));
  }
  assert.equal((await communeByCode('99001', opts)).code, '10000');
  assert.equal(await communeByCode('99002', opts), null);
  const byPostcode = new Map();
  for (const c of list) for (const pc of c.postcodes) byPostcode.set(pc, [...(byPostcode.get(pc) ?? []), c.code]);
  for (const [pc, codes] of byPostcode) assert.deepEqual((await communesByPostcode(pc, opts)).map((c) => c.code).sort(), codes.sort(), pc);
});

test('commune search from one shard equals a scan of every commune, for every prefix of every name', async () => {
  const {searchCommunes} = runtime.communes;
  const keyed = list.map((c) => ({...c, key: searchKey(c.name), nameKey: searchKey(c.name)})).sort((a, b) => cmp(a.key, b.key));
  const prefixes = new Set();
  for (const {key} of keyed) for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n).trim());
  prefixes.add('zzz');
  const shards = [...files].filter(([path]) => path.startsWith('communes/name/')).map(([, text]) => JSON.parse(text));
  assert.ok(shards.filter((s) => s.top).length >= 3, 'some prefixes span shards');
  let checked = 0;
  for (const prefix of [...prefixes].filter(Boolean).sort()) {
    let i = 0;
    while (i < keyed.length && keyed[i].key < prefix) i++;
    const matches = [];
    for (; i < keyed.length && keyed[i].key.startsWith(prefix); i++) matches.push(keyed[i]);
    const expected = matches.sort(rank(prefix)).slice(0, 10).map((c) => c.code);
    const actual = (await searchCommunes(prefix, opts)).map((c) => c.code);
    assert.deepEqual(actual, expected, prefix);
    checked++;
  }
  assert.ok(checked > 1000);
  // postcode prefixes
  for (const prefix of ['1', '10', '104', '9', '900', '9000']) {
    const seen = new Set();
    const expected = list
      .flatMap((c) => c.postcodes.filter((p) => p.startsWith(prefix)).map((p) => ({...c, key: p, nameKey: searchKey(c.name)})))
      .sort(rank(prefix))
      .filter((c) => !seen.has(c.code) && seen.add(c.code))
      .slice(0, 10)
      .map((c) => c.code);
    assert.deepEqual((await searchCommunes(prefix, opts)).map((c) => c.code), expected, prefix);
  }
});
