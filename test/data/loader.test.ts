import {expect} from '@open-wc/testing';
import {communeByCode} from '../../src/data/communes.js';
import {DataError, clearDataCache, dataUrl, loadJson} from '../../src/data/loader.js';
import {nearest, pointsInfo} from '../../src/data/nearest.js';
import {setAssetBase} from '../../src/shared/assets.js';
import {BASE, countBy, spyFetch} from '../helpers/data.js';

// Faults come from test/helpers/wtr-data.mjs: under /__fault/<kind>/<token>/, the first request fails
// as <kind> says and later ones serve dist/data, so each failure can be followed by a retry.
let tokens = 0;
const faultBase = (kind: string) => `/__fault/${kind}/t${Date.now().toString(36)}${tokens++}/`;

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('data loader', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  beforeEach(() => clearDataCache());
  afterEach(() => setAssetBase(undefined));

  const cases: [fault: string, kind: string, status: number][] = [
    ['404', 'not-found', 404],
    ['500', 'server', 500],
    ['malformed', 'malformed', 200],
    ['html', 'malformed', 200],
    ['network', 'network', 200],
    ['slow', 'timeout', 0],
  ];
  for (const [fault, kind, status] of cases) {
    it(`fails with a '${kind}' DataError on ${fault}, then a retry succeeds`, async () => {
      const base = faultBase(fault);
      const timeoutMs = fault === 'slow' ? 400 : 8000;
      const started = performance.now();
      const error = await rejection(loadJson('points/index.json', {base, timeoutMs}));
      expect(error).to.be.instanceOf(DataError);
      const e = error as DataError;
      expect(e.kind).to.equal(kind);
      expect(e.status).to.equal(status);
      expect(e.url).to.equal(new URL(`${base}data/points/index.json`, document.baseURI).href);
      if (fault === 'slow') expect(performance.now() - started).to.be.within(350, 2500);
      // the failure was not cached: the same call fetches again and gets the file
      const index = await loadJson<{tiles: unknown[]}>('points/index.json', {base, timeoutMs});
      expect(index.tiles.length).to.be.greaterThan(10);
    });
  }

  it('passes errors through nearest() and communeByCode(); retries succeed once every file has failed once', async () => {
    for (const [fault, kind] of [['404', 'not-found'], ['500', 'server'], ['malformed', 'malformed'], ['shape', 'malformed'], ['network', 'network'], ['slow', 'timeout']]) {
      const timeoutMs = fault === 'slow' ? 300 : 8000;
      for (const query of [
        (base: string) => nearest(47.97, -0.23, {base, timeoutMs}),
        (base: string) => nearest(-21.1, 55.5, {count: 8, types: ['bureau'], base, timeoutMs}),
        (base: string) => communeByCode('72050', {base, timeoutMs}),
      ]) {
        const base = faultBase(fault);
        const spy = spyFetch();
        let failures = 0;
        let result: unknown;
        try {
          for (let attempt = 0; attempt < 8 && result === undefined; attempt++) {
            try {
              result = await query(base);
            } catch (error) {
              expect(error, fault).to.be.instanceOf(DataError);
              expect((error as DataError).kind, fault).to.equal(kind);
              failures++;
            }
          }
        } finally {
          spy.restore();
        }
        // one failure per file the query reads (index, then each tile / shard), then the answer
        const files = new Set(spy.urls).size;
        expect(failures, fault).to.equal(files);
        expect(spy.urls.length, fault).to.equal(2 * files);
        expect(files, fault).to.be.within(2, 6);
        if (Array.isArray(result)) expect(result.length, fault).to.be.greaterThan(4);
        else expect((result as {name: string}).name, fault).to.equal('Brûlon');
      }
    }
  });

  it("rejects valid JSON that is not the expected file as 'malformed', and forgets it", async () => {
    const base = faultBase('shape');
    const error = (await rejection(communeByCode('72050', {base}))) as DataError;
    expect(error.kind).to.equal('malformed');
    expect(error.url).to.match(/\/data\/communes\/index\.json$/);
    // the bad file is not kept: the retry refetches it, then meets the (bad) shard once
    const error2 = (await rejection(communeByCode('72050', {base}))) as DataError;
    expect(error2.url).to.match(/\/data\/communes\/code\/\d+\.json$/);
    expect((await communeByCode('72050', {base}))?.code).to.equal('72050');
  });

  it("fails with a 'network' DataError when the server cannot be reached", async () => {
    const error = (await rejection(loadJson('points/index.json', {base: 'http://127.0.0.1:9/'}))) as DataError;
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(0);
  });

  it('fetches each file once for many concurrent callers (widgets on one page)', async () => {
    const spy = spyFetch();
    try {
      const results = await Promise.all([
        ...Array.from({length: 8}, () => nearest(47.97, -0.23, {count: 5, base: BASE})),
        ...Array.from({length: 4}, () => nearest(47.9701, -0.2301, {count: 3, base: BASE})),
        pointsInfo({base: BASE}),
        ...Array.from({length: 5}, () => communeByCode('72050', {base: BASE})),
      ]);
      expect((results[0] as {id: string}[]).map((p) => p.id)).to.deep.equal((results[7] as {id: string}[]).map((p) => p.id));
      const counts = countBy(spy.urls);
      expect(counts.get('/dist/data/points/index.json')).to.equal(1);
      expect(counts.get('/dist/data/communes/index.json')).to.equal(1);
      expect([...counts.values()].every((n) => n === 1), [...counts].join(' ')).to.equal(true);
      expect(spy.urls.filter((u) => u.startsWith('/dist/data/points/') && !u.endsWith('index.json')).length).to.be.within(1, 3);
      // a later call is served from the cache
      const before = spy.urls.length;
      await nearest(47.97, -0.23, {count: 5, base: BASE});
      expect(spy.urls.length).to.equal(before);
    } finally {
      spy.restore();
    }
  });

  it('shares one failing request between concurrent callers, and retries once after', async () => {
    const base = faultBase('500');
    const spy = spyFetch();
    try {
      const errors = await Promise.all(Array.from({length: 5}, () => rejection(loadJson('communes/index.json', {base}))));
      expect(errors.map((e) => (e as DataError).kind)).to.deep.equal(Array(5).fill('server'));
      expect(spy.urls.length).to.equal(1);
      await Promise.all(Array.from({length: 5}, () => loadJson('communes/index.json', {base})));
      expect(spy.urls.length).to.equal(2);
    } finally {
      spy.restore();
    }
  });

  it('finds the data under the page-wide base, a per-call base overriding it', async () => {
    setAssetBase('/nowhere/');
    expect(dataUrl('points/index.json')).to.equal(new URL('/nowhere/data/points/index.json', document.baseURI).href);
    expect(((await rejection(pointsInfo())) as DataError).kind).to.equal('not-found');
    const info = await pointsInfo({base: 'dist/'}); // relative to the page, like a data-base attribute
    expect(info.attribution).to.have.length(3);
    setAssetBase(BASE);
    expect((await pointsInfo()).count).to.equal(info.count);
  });

  it('gives the attribution lines and dates of the sources', async () => {
    const info = await pointsInfo({base: BASE});
    expect(info.attribution[0]).to.match(/^Données La Poste \(points de contact, [a-zéû]+ \d{4}\), Licence Ouverte$/);
    expect(info.attribution[1]).to.match(/^ANCT, structures France services \(.+ \d{4}\), Licence Ouverte 2\.0$/);
    expect(info.attribution[2]).to.match(/^IGN Admin Express \/ INSEE COG via geo\.api\.gouv\.fr \(.+ \d{4}\), Licence Ouverte 2\.0$/);
    expect(info.dates.laposte).to.match(/^\d{4}-\d{2}/);
    expect(info.count).to.be.greaterThan(15000);
  });

  it('left no promise rejection unhandled', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).to.deep.equal([]);
  });
});
