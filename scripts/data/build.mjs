#!/usr/bin/env node
// `npm run data`: raw open data (../shared/data, or --data DIR / PP_DATA_DIR) → dist/data/ (or --out DIR).
// Deterministic: two builds give byte-identical files (build date from SOURCE_DATE_EPOCH or the last commit).
// Prints the counts per type and every row it could not keep, with the reason. docs/data.md has the formats.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, relative, resolve} from 'node:path';
import {RECENTRE_KM, buildCommunes, centreArrondissements, recentreCommunes} from './communes.mjs';
import {TILE_MAX_GZIP, FORMAT, communeFiles, pointFiles} from './layout.mjs';
import {TYPES, normalizePoints} from './points.mjs';
import {PROJECT_DIR, SOURCES, attributionLines, dataDirFrom, findInputs, readInputs} from './sources.mjs';
import {accentTable} from './text.mjs';
import {buildDate, writeOutput} from './writer.mjs';

const HOURS_FORMAT =
  'hours: 7 strings, Monday first (index 0 = lundi … 6 = dimanche); each "HH:MM-HH:MM" slots joined by ","; "" = closed that day';

function fail(message) {
  console.error(`data build: ${message}`);
  process.exit(1);
}

function howToGetData(dir) {
  return [
    `the raw data folder ${dir} is missing or incomplete.`,
    'The build needs three open-data files (they are not committed):',
    `  - La Poste points of contact: ${SOURCES.laposte.api} (or ${SOURCES.laposte.url})`,
    `  - ANCT France services: ${SOURCES.franceServices.url}`,
    `  - commune centres: ${SOURCES.communes.url}`,
    'Download them with `npm run data:fetch` (writes .cache/data/, or the folder named by --out / PP_DATA_DIR),',
    'or point the build at a folder holding laposte_poincont2_<date>.csv, france_services_<date>.csv and',
    'communes_centres_geoapi_<date>.json with `npm run data -- --data DIR` or PP_DATA_DIR=DIR.',
  ].join('\n');
}

export function build({argv = process.argv.slice(2), env = process.env, log = console.log} = {}) {
  const outIndex = argv.indexOf('--out');
  const outDir = resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : join(PROJECT_DIR, 'dist', 'data'));
  const {dir} = dataDirFrom(argv, env);
  let {inputs, missing} = findInputs(dir);
  if (missing.length) {
    console.error(`data build: ${howToGetData(dir)}`);
    console.error(`data build: missing ${missing.join(', ')}; trying \`npm run data:fetch\` into ${dir} now…`);
    const fetched = spawnSync(process.execPath, [join(PROJECT_DIR, 'scripts/data/fetch.mjs'), '--out', dir, '--only', missing.join(',')], {stdio: ['ignore', 'inherit', 'inherit'], env});
    if (fetched.status !== 0) fail(`could not download the data (offline?). Get the files as said above, then run \`npm run data\` again.`);
    ({inputs, missing} = findInputs(dir));
    if (missing.length) fail(`still missing after fetching: ${missing.join(', ')}`);
  }

  const require = createRequire(import.meta.url);
  const decoupageDir = join(require.resolve('@etalab/decoupage-administratif/package.json'), '..', 'data');
  const decoupageVersion = require('@etalab/decoupage-administratif/package.json').version;
  const decoupage = JSON.parse(readFileSync(join(decoupageDir, 'communes.json'), 'utf8'));
  const epcis = JSON.parse(readFileSync(join(decoupageDir, 'epci.json'), 'utf8'));

  const raw = readInputs(inputs);
  const communes = buildCommunes(decoupage, epcis, raw.centres);
  centreArrondissements(communes, raw.laposte);
  const accents = accentTable(decoupage.map((c) => c.nom));
  const {points, excluded, corrected, links} = normalizePoints({laposte: raw.laposte, franceServices: raw.franceServices, communes, accents});
  const recentred = recentreCommunes(communes, points);

  const dates = {laposte: inputs.laposte.date, franceServices: inputs.franceServices.date, communes: inputs.communes.date};
  const attribution = attributionLines(dates);
  const counts = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const p of points) counts[p.type]++;
  const byReason = {};
  for (const e of excluded) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;

  const {files: pointFileMap, tiles} = pointFiles(points, {dates, attribution});
  const files = new Map([...pointFileMap, ...communeFiles(communes)]);
  const source = (key, rows, extra) => {
    const {file: _file, ...meta} = SOURCES[key];
    return {...meta, date: dates[key], rows, ...extra};
  };
  const manifest = {
    format: FORMAT,
    built: buildDate(env, PROJECT_DIR),
    sources: {
      laposte: source('laposte', raw.laposte.length),
      franceServices: source('franceServices', raw.franceServices.length),
      communes: source('communes', raw.centres.length, {decoupageAdministratif: decoupageVersion}),
    },
    attribution,
    dates,
    counts: {...counts, total: points.length},
    excluded: {total: excluded.length, byReason, rows: excluded},
    corrected,
    franceServicesInPostOffices: links,
    communes: {current: communes.current.size, otherCodes: communes.aliases.size, arrondissements: communes.arrondissements.size, recentred: {km: RECENTRE_KM, codes: recentred}},
    partition: {kind: 'adaptive k-d tree', tileMaxGzip: TILE_MAX_GZIP, tiles: tiles.length},
    hoursFormat: HOURS_FORMAT,
  };
  const written = writeOutput(outDir, files, manifest);

  // the report (a test reads the counts back from this output)
  const pad = (s, n) => String(s).padEnd(n);
  const num = (n) => String(n).padStart(6);
  log(`data build: ${relative(process.cwd(), dir) || '.'} → ${relative(process.cwd(), outDir) || '.'}`);
  log(`  sources: La Poste ${dates.laposte} (${raw.laposte.length} rows), France services ${dates.franceServices} (${raw.franceServices.length} rows), communes ${dates.communes} (${raw.centres.length}), @etalab/decoupage-administratif ${decoupageVersion}`);
  log('  points per type:');
  for (const t of TYPES) log(`    ${pad(t, 24)}${num(counts[t])}`);
  log(`    ${pad('total', 24)}${num(points.length)}`);
  log(`  excluded rows: ${excluded.length}`);
  for (const [reason, n] of Object.entries(byReason).sort()) log(`    ${pad(reason, 24)}${num(n)}`);
  for (const e of excluded) log(`      - ${e.source} ${e.id} "${e.label}" (code ${e.code}): ${e.reason}${e.detail ? ` — ${e.detail}` : ''}`);
  log(`  corrected rows: ${corrected.length}`);
  for (const c of corrected) log(`      - ${c.source} ${c.id} "${c.label}": ${c.reason} — ${c.detail}`);
  log(`  France services in post offices: ${links.inPostOffice}, linked to a bureau of their commune: ${links.linked} (${links.bureauxLinked} bureaux), not linked: ${links.unlinked.length}, linked bureau over 1 km away: ${links.farther1km.length}`);
  for (const u of links.unlinked) log(`      - not linked: ${u.id} "${u.label}" (commune ${u.code}): no bureau in that commune`);
  if (links.parentsDropped) log(`  parent offices not in the output (dropped): ${links.parentsDropped}`);
  log(`  communes: ${communes.current.size} current, ${communes.aliases.size} other codes mapped to them, ${communes.arrondissements.size} arrondissements of their own`);
  log(`  communes whose centre is over ${RECENTRE_KM} km from all their La Poste points, moved to where those cluster: ${recentred.length}`);
  log(`  tiles: ${tiles.length} (at most ${TILE_MAX_GZIP} B gzip each, ${Math.min(...tiles.map((t) => t.length))}–${Math.max(...tiles.map((t) => t.length))} points)`);
  log(`  wrote ${written.count} files, ${written.bytes} B (${written.gzip} B gzip), build date ${manifest.built ?? 'unknown'}`);
  return {manifest, outDir};
}

if (import.meta.url === `file://${process.argv[1]}`) build();
