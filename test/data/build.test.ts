import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {BASE, type RawPoint, column, countBy, loadAllPoints, oracleKm, readCsv} from '../helpers/data.js';

// The built dist/data against the raw files (served by test/helpers/wtr-data.mjs at /__raw/…), read
// here with a CSV reader of their own: every point kept exactly once or excluded with a reason, and
// the counts the build prints equal to the manifest's and to the tiles'.

const TYPE_OF: Record<string, string> = {
  'Bureau de Poste': 'bureau',
  'Agence postale communale': 'agence-communale',
  'Agence postale intercommunale': 'agence-intercommunale',
  'Relais poste commerçant': 'relais',
};
const FOREIGN = new Set(['99130', '99138', '09920']); // Andorra, Monaco

interface Manifest {
  counts: Record<string, number>;
  excluded: {total: number; byReason: Record<string, number>; rows: {source: string; id: string; reason: string}[]};
  corrected: {source: string; id: string; reason: string}[];
  attribution: string[];
  dates: Record<string, string>;
  sources: Record<string, {rows: number; licence: string; url: string}>;
  files: Record<string, {bytes: number; gzip: number; sha256: string}>;
  built: string | null;
}

describe('data build output (dist/data) against the raw data', () => {
  let manifest: Manifest;
  let points: RawPoint[];
  let byId: Map<string, RawPoint>;
  let laposte: Record<string, string>[];
  let franceServices: Record<string, string>[];

  before(async function () {
    this.timeout(60000);
    manifest = await (await fetch(`${BASE}data/manifest.json`)).json();
    ({points} = await loadAllPoints());
    byId = new Map(points.map((p) => [p.id, p]));
    const table = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [column(h), r[i] ?? ''])));
    laposte = table(readCsv(await (await fetch('/__raw/laposte')).text(), ';'));
    franceServices = table(readCsv(await (await fetch('/__raw/franceServices')).text(), ','));
  });

  it('reads the raw files of the README (17,716 La Poste rows, 2,845 France services)', () => {
    expect(laposte.length).to.equal(manifest.sources.laposte.rows);
    expect(franceServices.length).to.equal(manifest.sources.franceServices.rows);
    if (manifest.dates.laposte === '2020-12') expect(laposte.length).to.equal(17716);
    if (manifest.dates.franceServices === '2024-08-01') expect(franceServices.length).to.equal(2845);
  });

  it('has no point twice', () => {
    expect(byId.size).to.equal(points.length);
    expect(points.length).to.equal(manifest.counts.total);
  });

  it('keeps every La Poste point with coordinates in France exactly once, with its type and position', () => {
    const corrected = new Set(manifest.corrected.filter((c) => c.source === 'laposte').map((c) => c.id));
    let kept = 0;
    for (const row of laposte) {
      const id = row.identifiant_du_site ?? row.identifiant_a; // 2020 header, or Data Fair's (npm run data:fetch)
      const hasCoordinates = row.latitude !== '' && row.longitude !== '';
      // Monaco's postcodes are 980xx (four of its offices carry Menton's INSEE code)
      const inFrance = !FOREIGN.has(row.code_insee) && !row.code_postal.startsWith('980') && (row.pays || 'FRANCE') === 'FRANCE';
      const civil = row.caracteristique_du_site !== 'Agence postale militaire';
      const point = byId.get(id);
      if (hasCoordinates && inFrance && civil) {
        expect(point, id).to.not.equal(undefined);
        expect(point!.type, id).to.equal(TYPE_OF[row.caracteristique_du_site]);
        const km = oracleKm(Number(row.latitude), Number(row.longitude), point!.lat, point!.lon);
        if (corrected.has(id)) expect(km, id).to.be.greaterThan(100);
        else expect(km, id).to.be.below(0.001); // rounded to 5 decimals: within 1 m
        kept++;
      } else {
        expect(point, id).to.equal(undefined);
      }
    }
    expect(kept).to.equal(points.filter((p) => p.type !== 'france-services').length);
    // 17,716 rows: 13 without coordinates, 14 in Andorra or Monaco, 1 military agence
    if (manifest.dates.laposte === '2020-12') expect(kept).to.equal(17716 - 13 - 14 - 1);
  });

  it('keeps every fixed France services structure with coordinates exactly once; buses are listed as left out', () => {
    let kept = 0;
    const mobile = new Set(manifest.excluded.rows.filter((r) => r.reason === 'mobile').map((r) => r.id));
    for (const row of franceServices) {
      const point = byId.get(`fs${row.id_fs}`);
      if (row.latitude === '' || row.longitude === '') continue;
      // a bus or itinerant service ("Bus_équivalent", "itinérant"): its address is its base
      const isMobile = /bus|itin/i.test(row.format_fs.normalize('NFD').replace(/\p{M}/gu, ''));
      expect(mobile.has(`fs${row.id_fs}`), row.id_fs).to.equal(isMobile);
      if (isMobile) {
        expect(point, row.id_fs).to.equal(undefined);
        continue;
      }
      expect(point, row.id_fs).to.not.equal(undefined);
      expect(point!.type).to.equal('france-services');
      expect(oracleKm(Number(row.latitude), Number(row.longitude), point!.lat, point!.lon), row.id_fs).to.be.below(0.001);
      kept++;
    }
    expect(kept).to.equal(points.filter((p) => p.type === 'france-services').length);
  });

  it('lists every raw row left out, with its reason (none dropped silently)', () => {
    const rawIds = [...laposte.map((r) => r.identifiant_du_site ?? r.identifiant_a), ...franceServices.map((r) => `fs${r.id_fs}`)];
    const missing = rawIds.filter((id) => !byId.has(id)).sort();
    const listed = manifest.excluded.rows.map((r) => r.id).sort();
    expect(missing).to.deep.equal(listed);
    expect(manifest.excluded.total).to.equal(missing.length);
    const reasons = countBy(manifest.excluded.rows.map((r) => r.reason));
    expect(Object.fromEntries(reasons)).to.deep.equal(manifest.excluded.byReason);
    if (manifest.dates.laposte === '2020-12') expect(manifest.excluded.byReason).to.deep.equal({'no-coordinates': 13, 'outside-france': 14, military: 1, mobile: 163});
  });

  it('counts per type in the manifest equal the points in the tiles', () => {
    const counts = Object.fromEntries(countBy(points.map((p) => p.type)));
    const {total, ...perType} = manifest.counts;
    expect(perType).to.deep.equal(counts);
    expect(total).to.equal(points.length);
  });

  it('prints the same counts as the manifest, and rebuilds byte-identical files', async function () {
    this.timeout(120000);
    const {stdout, manifest: rebuilt} = (await executeServerCommand('pp-data-build')) as {stdout: string; manifest: Manifest};
    const printed: Record<string, number> = {};
    const block = stdout.slice(stdout.indexOf('points per type:'), stdout.indexOf('excluded rows:'));
    for (const [, type, n] of block.matchAll(/^\s+([a-z-]+)\s+(\d+)$/gm)) printed[type] = Number(n);
    expect(printed).to.deep.equal(manifest.counts);
    expect(Number(stdout.match(/excluded rows: (\d+)/)![1])).to.equal(manifest.excluded.total);
    for (const [reason, n] of Object.entries(manifest.excluded.byReason)) expect(stdout).to.match(new RegExp(`^\\s+${reason}\\s+${n}$`, 'm'));
    for (const row of manifest.excluded.rows) expect(stdout).to.include(`${row.id} `);
    // same inputs, same files: the checksums of a fresh build equal those of dist/data
    expect(rebuilt.files).to.deep.equal(manifest.files);
    expect(rebuilt.built).to.equal(manifest.built);
  });

  it('records sources, licences, attribution lines and a checksum for every file', async () => {
    expect(Object.keys(manifest.sources).sort()).to.deep.equal(['communes', 'franceServices', 'laposte']);
    for (const s of Object.values(manifest.sources)) expect(s.licence).to.match(/Licence Ouverte/);
    if (manifest.dates.laposte === '2020-12')
      expect(manifest.attribution).to.deep.equal([
        'Données La Poste (points de contact, décembre 2020), Licence Ouverte',
        'ANCT, structures France services (1er août 2024), Licence Ouverte 2.0',
        'IGN Admin Express / INSEE COG via geo.api.gouv.fr (août 2025), Licence Ouverte 2.0',
      ]);
    // spot-check checksums
    for (const path of ['points/index.json', 'points/0.json', 'communes/index.json']) {
      const bytes = await (await fetch(`${BASE}data/${path}`)).arrayBuffer();
      const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(manifest.files[path].sha256, path).to.equal(hash);
      expect(manifest.files[path].bytes, path).to.equal(bytes.byteLength);
    }
    expect(Object.keys(manifest.files).filter((f) => f.startsWith('points/')).length).to.be.greaterThan(50);
  });
});
