// The whole build, run as `npm run data` runs it: deterministic output, clear failure without data,
// and `npm run data:fetch` against a local fake of the official endpoints (Data Fair JSON pages with
// snake_case names, the ANCT CSV, geo.api.gouv.fr JSON) building the very same files.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {after, before, test} from 'node:test';
import {parse} from 'csv-parse/sync';
import {PROJECT_DIR, SHARED_DIR, findInputs} from './sources.mjs';

const EPOCH = '1700000000';
const haveData = findInputs(SHARED_DIR).missing.length === 0;
const tmp = mkdtempSync(join(tmpdir(), 'pp-build-test-'));
after(() => rmSync(tmp, {recursive: true, force: true}));

function run(script, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_DIR, 'scripts/data', script), ...args], {cwd: PROJECT_DIR, env: {...process.env, SOURCE_DATE_EPOCH: EPOCH, ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

/** Every file under dir: relative path → bytes. */
function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d, {withFileTypes: true})) {
      const full = join(d, name.name);
      if (name.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

function assertSameTree(a, b) {
  const [ta, tb] = [tree(a), tree(b)];
  assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort());
  for (const [path, bytes] of ta) assert.ok(bytes.equals(tb.get(path)), `${path} differs`);
  return ta;
}

let first;
before(async () => {
  if (haveData) first = await run('build.mjs', ['--data', SHARED_DIR, '--out', join(tmp, 'a')]);
});

test('two builds are byte-identical, and print the counts of the manifest', {skip: !haveData && 'no ../shared/data'}, async () => {
  assert.equal(first.code, 0, first.stderr);
  const second = await run('build.mjs', ['--data', SHARED_DIR, '--out', join(tmp, 'b')]);
  assert.equal(second.code, 0, second.stderr);
  const files = assertSameTree(join(tmp, 'a'), join(tmp, 'b'));
  assert.ok(files.size > 300);
  const manifest = JSON.parse(files.get('manifest.json'));
  assert.equal(manifest.built, new Date(Number(EPOCH) * 1000).toISOString());
  assert.deepEqual(Object.keys(manifest.files).sort(), [...files.keys()].filter((f) => f !== 'manifest.json').sort());
  for (const type of ['bureau', 'agence-communale', 'agence-intercommunale', 'relais', 'france-services', 'total']) {
    assert.match(first.stdout, new RegExp(`^\\s+${type}\\s+${manifest.counts[type]}$`, 'm'), type);
  }
  assert.match(first.stdout, new RegExp(`excluded rows: ${manifest.excluded.total}\\n`));
  assert.equal(second.stdout, first.stdout.replaceAll('/a', '/b'));
});

test('without data and offline, the build says what to do and fails', async () => {
  const dir = join(tmp, 'missing');
  const {code, stderr} = await run('build.mjs', ['--out', join(tmp, 'none')], {
    PP_DATA_DIR: dir,
    PP_LAPOSTE_API: 'http://127.0.0.1:9/data-fair/api/v1/datasets/laposte-poincont2',
    PP_FRANCE_SERVICES_URL: 'http://127.0.0.1:9/fs.csv',
    PP_GEO_API: 'http://127.0.0.1:9',
  });
  assert.equal(code, 1);
  assert.match(stderr, /npm run data:fetch/);
  assert.match(stderr, /https:\/\/data\.laposte\.fr\/data-fair\/api\/v1\/datasets\/laposte-poincont2\/lines/);
  assert.match(stderr, /https:\/\/geo\.api\.gouv\.fr\/communes/);
  assert.match(stderr, /cannot reach http:\/\/127\.0\.0\.1:9/);
  assert.match(stderr, /could not download the data \(offline\?\)/);
  assert.equal(existsSync(join(tmp, 'none')), false);
});

/** A fake of the three official endpoints, serving the shared files in their official formats. */
async function fakeOfficialServer() {
  const {inputs} = findInputs(SHARED_DIR);
  const csv = parse(readFileSync(inputs.laposte.path), {delimiter: ';', columns: true, bom: true});
  const snake = {
    '#Identifiant_du_site': 'identifiant_a', 'Libellé_du_site': 'libelle_du_site', 'Caractéristique_du_site': 'caracteristique_du_site',
    Site_Acores_de_rattachement: 'site_acores_de_rattachement', Adresse: 'adresse', 'Complément_d_adresse': 'complement_d_adresse', Lieu_dit: 'lieu_dit',
    Code_postal: 'code_postal', 'Localité': 'localite', Code_INSEE: 'code_insee', Pays: 'pays', Latitude: 'latitude', Longitude: 'longitude',
    'Précision_du_géocodage': 'precision_du_geocodage', 'Numéro_de_téléphone': 'numero_de_telephone',
  };
  const lines = csv.map((row, i) => {
    const out = {};
    for (const [from, to] of Object.entries(snake)) {
      const value = row[from];
      out[to] = (to === 'latitude' || to === 'longitude') && value !== '' ? Number(value) : value; // Data Fair types numbers
      if (value === '') delete out[to]; // Data Fair leaves empty fields out
    }
    return {...out, _id: `x${i}`, _i: i, _rand: 0.5};
  });
  const communes = JSON.parse(readFileSync(inputs.communes.path, 'utf8')).map((c) => ({
    nom: c.nom, code: c.code, codeDepartement: c.dept, population: c.population ?? undefined,
    ...(c.lat == null ? {} : {centre: {type: 'Point', coordinates: [c.lon, c.lat]}}),
  }));
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname + url.search);
    const json = (body, headers = {}) => res.writeHead(200, {'content-type': 'application/json', ...headers}).end(JSON.stringify(body));
    if (url.pathname === '/data-fair/api/v1/datasets/laposte-poincont2') return json({id: 'laposte-poincont2', dataUpdatedAt: `${inputs.laposte.date.slice(0, 7)}-15T04:00:00.000Z`});
    if (url.pathname === '/data-fair/api/v1/datasets/laposte-poincont2/lines') {
      const size = Math.min(Number(url.searchParams.get('size') ?? 12), 10000);
      const after = Number(url.searchParams.get('after') ?? 0);
      const results = lines.slice(after, after + size);
      const next = after + size < lines.length ? `http://${req.headers.host}${url.pathname}?size=${size}&after=${after + size}` : undefined;
      return json({total: lines.length, ...(next ? {next} : {}), results});
    }
    if (url.pathname === '/fs.csv') {
      return res.writeHead(200, {'content-type': 'text/csv', 'last-modified': new Date(`${inputs.franceServices.date}T08:00:00Z`).toUTCString()}).end(readFileSync(inputs.franceServices.path));
    }
    if (url.pathname === '/communes' && url.searchParams.get('fields') === 'nom,code,codeDepartement,population,centre') {
      return json(communes, {'last-modified': new Date(`${inputs.communes.date}T08:00:00Z`).toUTCString()});
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    requests,
    env: {PP_LAPOSTE_API: `${base}/data-fair/api/v1/datasets/laposte-poincont2`, PP_FRANCE_SERVICES_URL: `${base}/fs.csv`, PP_GEO_API: base},
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test('data:fetch downloads the official formats, and the fetched folder builds the same files', {skip: !haveData && 'no ../shared/data'}, async () => {
  const fake = await fakeOfficialServer();
  try {
    const out = join(tmp, 'fetched');
    const fetched = await run('fetch.mjs', ['--out', out], fake.env);
    assert.equal(fetched.code, 0, fetched.stderr);
    const {inputs} = findInputs(SHARED_DIR);
    assert.deepEqual(readdirSync(out).sort(), [`communes_centres_geoapi_${inputs.communes.date}.json`, `france_services_${inputs.franceServices.date}.csv`, `laposte_poincont2_${inputs.laposte.date}.csv`].sort());
    // Data Fair paging: two pages of 10,000 lines
    assert.deepEqual(fake.requests.filter((r) => r.includes('/lines')), ['/data-fair/api/v1/datasets/laposte-poincont2/lines?size=10000', '/data-fair/api/v1/datasets/laposte-poincont2/lines?size=10000&after=10000']);
    assert.match(readFileSync(join(out, `laposte_poincont2_${inputs.laposte.date}.csv`), 'utf8'), /^identifiant_a;libelle_du_site;caracteristique_du_site;/);
    const rebuilt = await run('build.mjs', ['--data', out, '--out', join(tmp, 'c')]);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assertSameTree(join(tmp, 'a'), join(tmp, 'c'));
  } finally {
    await fake.close();
  }
});

test('the build fetches a missing data folder by itself', {skip: !haveData && 'no ../shared/data'}, async () => {
  const fake = await fakeOfficialServer();
  try {
    const dir = join(tmp, 'auto');
    const built = await run('build.mjs', ['--out', join(tmp, 'd')], {...fake.env, PP_DATA_DIR: dir});
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /trying `npm run data:fetch`/);
    assert.equal(readdirSync(dir).length, 3);
    assertSameTree(join(tmp, 'a'), join(tmp, 'd'));
  } finally {
    await fake.close();
  }
});
