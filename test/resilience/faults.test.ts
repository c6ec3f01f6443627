// Fault injection on data loading: src/data/loader.ts (and the nearest() search on top of it) against
// the fault route of test/helpers/wtr-resilience.mjs — 404, 500, answers slower than the timeout,
// truncated JSON, an HTML page instead of JSON, an empty body, a cut connection, offline — must fail
// with the right DataError kind, leave no timer or unhandled rejection behind, and retry for real; the
// other widgets on the page keep working meanwhile. (The catalog fetch of the built bundle is covered
// by faults-bundle.test.js.) And each widget that loads data (<pp-nearest-service>), for each fault:
// its error message ([part="error"]) with the right words, a pp-error event of the right kind, and a
// retry button that loads the data once the fault is gone, while the other widgets keep working.
import './instrument.js';
import {expect} from '@open-wc/testing';
import {DataError, clearDataCache, loadJson} from '../../src/data/loader.js';
import {nearest} from '../../src/data/nearest.js';
import {setAssetBase} from '../../src/shared/assets.js';
import {captureWarnings} from '../helpers/console.js';
import {ErrorTrap, frames} from './checks.js';
import {counts, origins} from './instrument.js';
import {setOffline} from './offline.js';
import {DATA_BASE, WIDGETS, create, loadAll, problemsText, settled, type WidgetSpec} from './widgets.js';

const FIXTURE = 'sample.json';
/** The fixture folder through a fault mode: loadJson(FIXTURE, {base: via('500')}) asks /__pp-fault/500/…/data/sample.json. */
const via = (mode: string) => `/__pp-fault/${mode}/test/resilience/fixtures/`;

interface FaultLog {
  mode: string;
  path: string;
  key: string | null;
}
const faultLog = async (): Promise<FaultLog[]> => (await fetch('/__pp-fault-log', {cache: 'no-store'})).json();

async function failure(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected the load to fail');
}

describe('faults: data loading (src/data/loader.ts)', function () {
  this.timeout(20_000);
  const trap = new ErrorTrap();
  let expected: unknown;

  before(async () => {
    expected = await (await fetch('/test/resilience/fixtures/data/sample.json')).json();
    trap.install();
  });
  beforeEach(async () => {
    clearDataCache();
    await faultLog();
  });
  afterEach(async () => {
    await frames(2);
    expect(trap.take(), 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
  });
  after(() => trap.uninstall());

  it('the fault route itself: statuses, types, truncation, delay, cut connection (harness self-test)', async () => {
    const file = 'test/resilience/fixtures/data/sample.json';
    const full = await (await fetch(`/__pp-fault/ok/${file}`)).text();
    expect(JSON.parse(full)).to.deep.equal(expected);
    expect((await fetch(`/__pp-fault/404/${file}`)).status).to.equal(404);
    expect((await fetch(`/__pp-fault/500/${file}`)).status).to.equal(500);
    const truncated = await fetch(`/__pp-fault/truncated/${file}`);
    expect(truncated.headers.get('content-type')).to.contain('application/json');
    expect(await truncated.text()).to.equal(full.slice(0, Math.floor(full.length / 2)));
    const html = await fetch(`/__pp-fault/wrong-type/${file}`);
    expect([html.status, html.headers.get('content-type')]).to.deep.equal([200, 'text/html; charset=utf-8']);
    const started = performance.now();
    await (await fetch(`/__pp-fault/slow-400/${file}`)).text();
    expect(performance.now() - started).to.be.greaterThan(350);
    let error: unknown;
    await fetch(`/__pp-fault/reset/${file}`).catch((e) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect([(await fetch(`/__pp-fault/flaky-1/${file}?key=a`)).status, (await fetch(`/__pp-fault/flaky-1/${file}?key=a`)).status]).to.deep.equal([503, 200]);
    // Chromium retries a GET whose connection was cut before any answer: count 'reset' once
    const modes = (await faultLog()).map((entry) => entry.mode).filter((mode, i, all) => mode !== 'reset' || all[i - 1] !== 'reset');
    expect(modes).to.deep.equal(['ok', '404', '500', 'truncated', 'wrong-type', 'slow-400', 'reset', 'flaky-1', 'flaky-1']);
  });

  it('loads and caches a file: one request for simultaneous and later calls', async () => {
    const [a, b] = await Promise.all([loadJson(FIXTURE, {base: via('ok')}), loadJson(FIXTURE, {base: via('ok')})]);
    expect(a).to.deep.equal(expected);
    expect(b).to.equal(a);
    expect(await loadJson(FIXTURE, {base: via('ok')})).to.equal(a);
    expect((await faultLog()).length).to.equal(1);
  });

  const cases: [string, string, Partial<DataError>, number?][] = [
    ['404', '404', {kind: 'not-found', status: 404}],
    ['500', '500', {kind: 'server', status: 500}],
    ['503', '503', {kind: 'server', status: 503}],
    ['an answer slower than the timeout', 'slow-5000', {kind: 'timeout'}, 300],
    ['truncated JSON', 'truncated', {kind: 'malformed', status: 200}],
    ['an HTML page instead of JSON (wrong content type)', 'wrong-type', {kind: 'malformed', status: 200}],
    ['an empty body', 'empty', {kind: 'malformed', status: 200}],
    ['a body that is not JSON', 'not-json', {kind: 'malformed', status: 200}],
    ['a cut connection', 'reset', {kind: 'network', status: 0}],
  ];
  for (const [what, mode, wanted, timeoutMs] of cases) {
    it(`${what}: a DataError of kind ${wanted.kind}, no timer left, and a retry that fetches again`, async () => {
      const before = counts();
      const started = performance.now();
      const error = await failure(loadJson(FIXTURE, {base: via(mode), timeoutMs}));
      expect(error.kind).to.equal(wanted.kind);
      if (wanted.status !== undefined) expect(error.status).to.equal(wanted.status);
      expect(error.url).to.contain(`/__pp-fault/${mode}/`);
      if (timeoutMs) expect(performance.now() - started, 'gave up at the timeout').to.be.lessThan(3_000);
      expect(counts().timeouts, 'the timeout timer is cleared').to.equal(before.timeouts);
      // the failure is not cached: the same call asks the server again
      await failure(loadJson(FIXTURE, {base: via(mode), timeoutMs}));
      const requests = (await faultLog()).filter((entry) => entry.mode === mode).length;
      // Chromium itself retries a cut connection a few times: at least one request per call
      if (mode === 'reset') expect(requests).to.be.at.least(2);
      else expect(requests).to.equal(2);
    });
  }

  it('offline, then back online: a network DataError, then the retry loads', async () => {
    await setOffline(true);
    try {
      expect(navigator.onLine).to.equal(false);
      const error = await failure(loadJson(FIXTURE, {base: via('ok')}));
      expect(error.kind).to.equal('network');
      expect(await faultLog().catch(() => 'no answer'), 'nothing reaches the server').to.equal('no answer');
    } finally {
      await setOffline(false);
    }
    expect(navigator.onLine).to.equal(true);
    expect(await loadJson(FIXTURE, {base: via('ok')})).to.deep.equal(expected);
  });

  it('a server that fails once: the retry succeeds', async () => {
    const base = via('flaky-1');
    expect((await failure(loadJson(FIXTURE, {base}))).kind).to.equal('server');
    expect(await loadJson(FIXTURE, {base})).to.deep.equal(expected);
    expect((await faultLog()).length).to.equal(2);
  });

  it('nearest() on the built data (dist/data) fails with a DataError when its index fails, then retries', async () => {
    // every file (index, then tiles) fails once: each retry gets one file further, until it succeeds
    const base = '/__pp-fault/flaky-1/dist/';
    let failures = 0;
    let points: Awaited<ReturnType<typeof nearest>> | undefined;
    for (let attempt = 0; attempt < 20 && !points; attempt++) {
      try {
        points = await nearest(47.9667, -0.0167, {count: 3, base});
      } catch (error) {
        expect(error).to.be.instanceOf(DataError);
        expect((error as DataError).kind).to.equal('server');
        failures++;
      }
    }
    expect(failures).to.be.greaterThan(1);
    expect(points).to.have.length(3);
    expect(points![0].distanceKm).to.be.at.most(points![2].distanceKm);
    expect((await failure(nearest(47.9667, -0.0167, {count: 3, base: '/__pp-fault/truncated/dist/'}))).kind).to.equal('malformed');
  });
});

describe('faults: the other widgets keep working while loads fail', function () {
  this.timeout(20_000);
  let warnings: ReturnType<typeof captureWarnings>;
  const trap = new ErrorTrap();
  before(loadAll);
  beforeEach(() => {
    warnings = captureWarnings();
    trap.install();
    clearDataCache();
  });
  afterEach(() => {
    trap.uninstall();
    warnings.restore();
  });

  it('while <pp-nearest-service> cannot load its data (HTTP 500), every registered widget renders and updates', async () => {
    const failing = create(WIDGETS.find((w) => w.tag === 'pp-nearest-service')!, {'data-base': '/__pp-fault/500/dist/'});
    const failed = new Promise<string>((resolve, reject) => {
      failing.addEventListener('pp-error', (event) => resolve((event as CustomEvent<{kind: string}>).detail.kind), {once: true});
      setTimeout(() => reject(new Error('<pp-nearest-service> never reported its failure (pp-error)')), 5_000);
    });
    const specs = WIDGETS.filter((w) => !w.loadsData);
    const widgets = specs.map((w) => create(w));
    document.body.append(failing, ...widgets);
    try {
      expect(await failed).to.equal('server');
      for (const [i, el] of widgets.entries()) {
        await settled(el);
        expect(specs[i].hasContent(el), `<${specs[i].tag}> content`).to.equal(true);
        el.setAttribute('theme', 'blue');
        await settled(el);
        expect(problemsText(el)).to.contain('theme');
      }
      await frames(2);
      expect(trap.take()).to.deep.equal([]);
    } finally {
      failing.remove();
      for (const el of widgets) el.remove();
    }
  });

  it('every registered widget renders and updates while loads fail around it', async () => {
    const widgets = WIDGETS.filter((w) => !w.loadsData).map((w) => create(w));
    const failing = Promise.allSettled(['404', '500', 'slow-2000', 'truncated', 'wrong-type', 'reset'].map((mode) => loadJson(FIXTURE, {base: via(mode), timeoutMs: 500})));
    document.body.append(...widgets);
    try {
      for (const el of widgets) await settled(el);
      const results = await failing;
      expect(results.map((r) => r.status)).to.deep.equal(Array(6).fill('rejected'));
      for (const [i, el] of widgets.entries()) {
        const spec = WIDGETS.filter((w) => !w.loadsData)[i];
        expect(spec.hasContent(el), `<${spec.tag}> content`).to.equal(true);
        expect(problemsText(el)).to.equal('');
        // and still reacts: an invalid then a valid theme
        el.setAttribute('theme', 'blue');
        await settled(el);
        expect(problemsText(el)).to.contain('theme');
        el.setAttribute('theme', 'dark');
        await settled(el);
        expect(problemsText(el)).to.equal('');
      }
      await frames(2);
      expect(trap.take()).to.deep.equal([]);
    } finally {
      for (const el of widgets) el.remove();
    }
  });
});

/** <pp-nearest-service>'s message for each kind of pp-error (French, the page's language here). */
const NEAREST_MESSAGES: Record<string, RegExp> = {
  'not-found': /^Les données de ce widget sont introuvables ou illisibles sur ce site\.$/,
  server: /^Les données de ce widget sont introuvables ou illisibles sur ce site\.$/,
  malformed: /^Les données de ce widget sont introuvables ou illisibles sur ce site\.$/,
  timeout: /^Le serveur des données met trop de temps à répondre\.$/,
  network: /^Les données n’ont pas pu être chargées : vérifiez la connexion\.$/,
};

describe('faults: a widget that loads data shows its error, and its retry works once the fault is gone', function () {
  // one case waits for the loader's 8 s timeout
  this.timeout(30_000);
  const trap = new ErrorTrap();
  let warnings: ReturnType<typeof captureWarnings>;
  const loading = WIDGETS.filter((w) => w.loadsData);

  const until = async (what: string, condition: () => boolean, timeout: number) => {
    const started = performance.now();
    while (!condition()) {
      if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  /** Live timeouts set by src/data/loader.ts: one per fetch under way. */
  const loaderTimers = () => origins('timeouts', Infinity).filter((origin) => origin.includes('/src/data/loader.ts'));

  before(loadAll);
  beforeEach(async () => {
    warnings = captureWarnings();
    trap.install();
    await faultLog();
  });
  afterEach(async () => {
    setAssetBase(DATA_BASE);
    await setOffline(false);
    trap.uninstall();
    warnings.restore();
  });

  it('covers at least one widget (else this suite tests nothing)', () => {
    expect(loading.map((w) => w.tag)).to.include('pp-nearest-service');
  });

  // [fault mode, kind of the pp-error, the widget's place (attributes over its base), the first file it asks for]
  const cases: [string, string, Record<string, string>, string][] = [
    ['404', 'not-found', {}, 'communes/index.json'],
    ['500', 'server', {}, 'communes/index.json'],
    ['slow-9000', 'timeout', {}, 'communes/index.json'], // slower than the loader's 8 s timeout
    ['truncated', 'malformed', {}, 'communes/index.json'],
    ['wrong-type', 'malformed', {}, 'communes/index.json'],
    ['empty', 'malformed', {}, 'communes/index.json'],
    ['reset', 'network', {}, 'communes/index.json'],
    ['offline', 'network', {}, 'communes/index.json'],
    // a position reads no commune file: the points index fails
    ['500', 'server', {commune: '', lat: '47.9671', lon: '-0.2357'}, 'points/index.json'],
    ['truncated', 'malformed', {commune: '', lat: '47.9671', lon: '-0.2357'}, 'points/index.json'],
  ];

  for (const widget of loading) {
    for (const [mode, kind, place, file] of cases) {
      const where = Object.keys(place).length ? ` (${Object.entries(place).filter(([, v]) => v).map(([k, v]) => `${k}=${v}`).join(' ')})` : '';
      it(`<${widget.tag}>${where}, ${mode}: ${file} fails, its error (${kind}) with a retry button, the other widgets work, and the retry loads once the fault is gone`, async () => {
        await faultCase(widget, mode, kind, place, file);
      });
    }
  }

  async function faultCase(widget: WidgetSpec, mode: string, kind: string, place: Record<string, string>, file: string): Promise<void> {
    // a URL of this case only: the loader caches, per URL, what it loaded
    const token = `${widget.tag}-${mode}-${Math.random().toString(36).slice(2)}`;
    const sound = `/__pp-fault/ok~${token}/dist/`;
    setAssetBase(mode === 'offline' ? sound : `/__pp-fault/${mode}~${token}/dist/`);
    expect(loaderTimers(), 'no fetch under way before').to.deep.equal([]);
    const el = create(widget, place);
    const events: string[] = [];
    el.addEventListener('pp-error', (event) => events.push(`pp-error ${(event as CustomEvent<{kind: string}>).detail.kind}`));
    el.addEventListener('pp-result', () => events.push('pp-result'));
    const others = WIDGETS.filter((w) => !w.loadsData).map((w) => create(w));
    const started = performance.now();
    try {
      if (mode === 'offline') await setOffline(true);
      try {
        document.body.append(el, ...others);
        await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        expect(widget.loading!(el), 'the skeleton while loading').to.equal(true);
        expect(loaderTimers().length, 'a fetch under way, with its timer (which the checks below count)').to.be.greaterThan(0);
        await until('the error message', () => !!widget.failed!(el), 12_000);
      } finally {
        if (mode === 'offline') await setOffline(false);
      }
      const elapsed = performance.now() - started;
      if (mode.startsWith('slow-')) expect(elapsed, 'gave up at the loader’s 8 s timeout').to.be.within(7_900, 9_500);
      expect(events, 'events').to.deep.equal([`pp-error ${kind}`]);
      expect(widget.failed!(el), 'the error message').to.match(NEAREST_MESSAGES[kind]);
      expect(widget.hasContent(el), 'no content').to.equal(false);
      expect(problemsText(el), 'no configuration message').to.equal('');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent, 'announced').to.match(NEAREST_MESSAGES[kind]);
      const failedRequests = (await faultLog()).filter((entry) => entry.mode === mode);
      if (mode === 'offline') expect(failedRequests, 'nothing reaches the server offline').to.deep.equal([]);
      else expect(failedRequests.map((entry) => entry.path), 'the faulty request').to.include(`/dist/data/${file}`);
      expect(loaderTimers(), 'the loader’s timeout timer is cleared').to.deep.equal([]);

      // the other widgets on the page render and still react meanwhile
      for (const [i, other] of others.entries()) {
        const spec = WIDGETS.filter((w) => !w.loadsData)[i];
        await settled(other);
        expect(spec.hasContent(other), `<${spec.tag}> content`).to.equal(true);
        other.setAttribute('theme', 'blue');
        await settled(other);
        expect(problemsText(other), `<${spec.tag}> still reacts`).to.contain('theme');
      }

      // the fault is gone (the server answers again, the page is back online): the same widget's retry button
      setAssetBase(sound);
      widget.dataLoad!.retry(el);
      await until('the results after the retry', () => widget.hasContent(el), 10_000);
      expect(widget.dataLoad!.loaded(el), 'the points').to.equal(true);
      expect(widget.failed!(el), 'no error message').to.equal('');
      expect(events, 'events').to.deep.equal([`pp-error ${kind}`, 'pp-result']);
      expect((await faultLog()).some((entry) => entry.mode === 'ok' && entry.path === `/dist/data/${file}`), `the retry asked for ${file} again`).to.equal(true);
      await frames(2);
      expect(loaderTimers(), 'no timer left').to.deep.equal([]);
      expect(trap.take(), 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
    } finally {
      el.remove();
      for (const other of others) other.remove();
    }
  }
});
