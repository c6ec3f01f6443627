#!/usr/bin/env node
// `npm run bench:data`: what one query costs a page with a cold cache, over 1,000 random commune
// centres (seeded), using the real runtime (src/data/*.ts) against dist/data served over local HTTP:
// files fetched and gzip bytes (the index files count), median / p95 / max; and the time per lookup,
// cold (local HTTP included) and warm (files cached: the search itself).
// Options: --data DIR (a built data folder, default dist/data), --n N (places, default 1000), --seed S.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {communesOf, importRuntime, prng, serveStatic} from './runtime.mjs';
import {PROJECT_DIR} from './sources.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const dataDir = resolve(arg('--data', join(PROJECT_DIR, 'dist', 'data')));
const N = Number(arg('--n', 1000));
const SEED = Number(arg('--seed', 20201201));
if (!existsSync(join(dataDir, 'points', 'index.json'))) {
  console.error(`bench: no built data in ${dataDir}; run \`npm run data\` first.`);
  process.exit(1);
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);

const runtime = await importRuntime();
// serve the folder above data/, as a site serves dist/
const server = await serveStatic(resolve(dataDir, '..'));
const base = server.url;
const {nearest, pointsInfo} = runtime.nearest;
const {communeByCode, communesByPostcode, searchCommunes} = runtime.communes;
const {clearDataCache} = runtime.loader;

const communes = communesOf(dataDir);
const random = prng(SEED);
const places = Array.from({length: N}, () => communes[Math.floor(random() * communes.length)]);

const scenarios = [
  ['nearest, count 5 (budget)', (c) => nearest(c.lat, c.lon, {count: 5, base})],
  ['nearest, count 1', (c) => nearest(c.lat, c.lon, {count: 1, base})],
  ['nearest, count 10', (c) => nearest(c.lat, c.lon, {count: 10, base})],
  ['nearest 5, bureaux only', (c) => nearest(c.lat, c.lon, {count: 5, types: ['bureau'], base})],
  ['nearest 5, France services', (c) => nearest(c.lat, c.lon, {count: 5, types: ['france-services'], base})],
  ['nearest 5 within 10 km', (c) => nearest(c.lat, c.lon, {count: 5, maxKm: 10, base})],
  // what one <pp-nearest-service commune="…"> fetches on a cold page: the commune, then the points
  // (limit 1: 1 + 3 for a bureau's France services), the nearest La Poste point and the footer's info
  [
    'widget commune=, limit 1 (all it loads)',
    async (c) => {
      const commune = await communeByCode(c.code, {base});
      const laPoste = ['bureau', 'agence-communale', 'agence-intercommunale', 'relais'];
      await Promise.all([nearest(commune.lat, commune.lon, {count: 4, base}), nearest(commune.lat, commune.lon, {count: 1, types: laPoste, base}), pointsInfo({base})]);
    },
  ],
  ['communeByCode', (c) => communeByCode(c.code, {base})],
  ['communesByPostcode', (c) => communesByPostcode(c.postcodes[0] ?? '00000', {base})],
  ['searchCommunes (4 letters)', (c) => searchCommunes(c.name.slice(0, 4), {base})],
  ['searchCommunes (whole name)', (c) => searchCommunes(c.name, {base})],
];

const rows = [];
for (const [name, query] of scenarios) {
  const files = [];
  const gzip = [];
  const cold = [];
  const warm = [];
  for (const place of places) {
    clearDataCache();
    const before = server.log.length;
    let t = performance.now();
    await query(place);
    cold.push(performance.now() - t);
    const served = server.log.slice(before);
    files.push(served.length);
    gzip.push(served.reduce((sum, r) => sum + r.gzip, 0));
    t = performance.now();
    await query(place);
    warm.push(performance.now() - t);
  }
  rows.push([name, files, gzip, cold, warm]);
}
await server.close();
runtime.cleanup();

const kb = (b) => (b / 1000).toFixed(1);
const ms = (v) => v.toFixed(2);
console.log(`bench:data — ${N} random commune centres (seed ${SEED}) of ${communes.length}, cold cache per query, ${dataDir}`);
console.log('files and gzip KB fetched per query (indexes included), median / p95 / max; time per lookup in ms, median / p95');
const header = ['query', 'files med', 'p95', 'max', 'gzip KB med', 'p95', 'max', 'cold ms med', 'p95', 'warm ms med', 'p95'];
const table = rows.map(([name, files, gzip, cold, warm]) => [
  name,
  median(files), quantile(files, 0.95), Math.max(...files),
  kb(median(gzip)), kb(quantile(gzip, 0.95)), kb(Math.max(...gzip)),
  ms(median(cold)), ms(quantile(cold, 0.95)),
  ms(median(warm)), ms(quantile(warm, 0.95)),
].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));
const [, files5, gzip5] = rows[0];
const ok = median(files5) <= 3 && median(gzip5) <= 20_000;
console.log(`budget (nearest, count 5): median ${median(files5)} files (≤ 3) and ${kb(median(gzip5))} KB gzip (≤ 20 KB): ${ok ? 'within budget' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
