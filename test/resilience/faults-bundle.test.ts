// Fault injection on what the built bundle loads today: its English catalog, fetched from
// `locales/en.json` beside the script or under <meta name="presence-postale-base"> (here pointed at the
// fault route of test/helpers/wtr-resilience.mjs). Whatever the fault, switching to English never
// breaks a widget: the page stays in French with one console warning, no error escapes, widgets keep
// reacting, and switching again once the file is back works. Needs `npm run build` (npm test runs it).
import {expect} from '@open-wc/testing';
import {captureWarnings} from '../helpers/console.js';
import {ErrorTrap, frames} from './checks.js';
import {setOffline} from './offline.js';
import {WIDGETS, create, problemsText, settled} from './widgets.js';

interface BundleApi {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

const text = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
/** The requests of the fault route since the last call (test/helpers/wtr-resilience.mjs). */
const faultLog = async (): Promise<{mode: string; path: string}[]> => (await fetch('/__pp-fault-log', {cache: 'no-store'})).json();
const FRENCH = /Sources :/;
const ENGLISH = /Sources:/;

/** Points the bundle at the real dist/ folder (tests repoint the meta at the fault route), then loads it. */
async function loadBundle(): Promise<{api: BundleApi; meta: HTMLMetaElement}> {
  const meta = Object.assign(document.createElement('meta'), {name: 'presence-postale-base', content: '/dist/'});
  document.head.append(meta);
  const api: BundleApi = await import(new URL('../../dist/presence-postale.js', import.meta.url).href);
  return {api, meta};
}

/** One of each registered widget, in the page and settled. */
async function mountWidgets(): Promise<HTMLElement[]> {
  const widgets = WIDGETS.filter((w) => customElements.get(w.tag)).map((w) => create(w));
  document.body.append(...widgets);
  for (const el of widgets) await settled(el);
  return widgets;
}

describe('faults: the built bundle’s catalog fetch (dist/presence-postale.js)', function () {
  this.timeout(20_000);
  const trap = new ErrorTrap();
  let api: BundleApi;
  let meta: HTMLMetaElement;
  let widgets: HTMLElement[];
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    ({api, meta} = await loadBundle());
    widgets = await mountWidgets();
    trap.install();
  });
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await api.setLocale('fr');
    meta.content = '/dist/';
    await frames(2);
    expect(trap.take(), 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
  });
  after(() => {
    trap.uninstall();
    for (const el of widgets) el.remove();
    meta.remove();
  });

  it('defines every registered widget, all rendered in French', () => {
    expect(widgets.map((el) => el.localName)).to.deep.equal(WIDGETS.map((w) => w.tag));
    for (const el of widgets) expect(text(el)).to.match(FRENCH);
  });

  for (const mode of ['404', '500', 'truncated', 'wrong-type', 'empty', 'reset', 'offline']) {
    it(`${mode}: the widgets stay in French, warn once, keep working, and English loads once the file is back`, async () => {
      meta.content = mode === 'offline' ? '/dist/' : `/__pp-fault/${mode}/dist/`;
      if (mode === 'offline') await setOffline(true);
      try {
        await api.setLocale('en');
      } finally {
        if (mode === 'offline') await setOffline(false);
      }
      for (const [i, el] of widgets.entries()) {
        await settled(el);
        expect(text(el)).to.match(FRENCH);
        expect(WIDGETS[i].hasContent(el)).to.equal(true);
        el.setAttribute('theme', 'blue');
        await settled(el);
        expect(problemsText(el)).to.contain('theme');
        el.removeAttribute('theme');
        await settled(el);
      }
      expect(warnings.messages.filter((m) => m.includes('indisponible'))).to.have.length(1);
      // the retry: back to French, then English again, from the real file
      meta.content = '/dist/';
      await api.setLocale('fr');
      await api.setLocale('en');
      for (const el of widgets) {
        await settled(el);
        expect(text(el)).to.match(ENGLISH);
      }
    });
  }

  it('a catalog that never comes does not hold the widgets: they render and update in French meanwhile', async () => {
    meta.content = '/__pp-fault/slow-30000/dist/';
    const pending = api.setLocale('en');
    for (const el of widgets) {
      el.setAttribute('theme', 'dark');
      await settled(el);
      expect(text(el)).to.match(FRENCH);
      expect(problemsText(el)).to.equal('');
      el.removeAttribute('theme');
    }
    // switching back to French does not wait for it
    await api.setLocale('fr');
    expect(api.getLocale()).to.equal('fr');
    void pending.catch(() => undefined);
  });
});

describe('faults: data a widget loads on demand (dist/presence-postale.js, dist/data/)', function () {
  this.timeout(30_000);
  const trap = new ErrorTrap();
  let meta: HTMLMetaElement;
  let warnings: ReturnType<typeof captureWarnings>;
  const loading = WIDGETS.filter((w) => w.dataLoad);

  const until = async (what: string, condition: () => boolean, timeout = 10_000) => {
    const started = performance.now();
    while (!condition()) {
      if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  before(async () => {
    ({meta} = await loadBundle());
    trap.install();
  });
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    meta.content = '/dist/';
    await frames(2);
    expect(trap.take(), 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
  });
  after(() => {
    trap.uninstall();
    meta.remove();
  });

  it('at least one registered widget loads data on demand (else this suite tests nothing)', () => {
    expect(loading.length).to.be.greaterThan(0);
  });

  for (const widget of loading) {
    // slow-9000: slower than the loader's 8 s timeout. A widget that needs data to show anything
    // (loadsData) meets it in faults.test.ts, through the same loader: one 8 s wait is enough.
    const modes = ['404', '500', 'truncated', 'wrong-type', 'empty', 'reset', 'offline', ...(widget.loadsData ? [] : ['slow-9000'])];
    for (const mode of modes) {
      it(`<${widget.tag}> ${widget.dataLoad!.file}, ${mode}: an error message with a retry button, and the retry loads it`, async () => {
        const load = widget.dataLoad!;
        // the same URL fails, then answers: a server or a connection that recovers. The token keeps it
        // unique to this case (the loader caches, per URL, what succeeded).
        // (Chromium itself repeats a request whose connection was cut, and a load of several files would
        // meet the fault again on its next file: there the retry goes to a sound URL.)
        const token = `${widget.tag}-${mode}`;
        const moves = mode === 'reset' || !!load.severalFiles;
        meta.content = `/__pp-fault/${mode === 'offline' ? 'ok' : moves ? mode : `once-${mode}`}~${token}/dist/`;
        const el = create(widget, load.attributes);
        document.body.append(el);
        try {
          await settled(el);
          await faultLog();
          if (mode === 'offline') await setOffline(true);
          try {
            load.start(el);
            await until('the error message', () => load.failed(el), 12_000).catch((error) => {
              throw new Error(`${error.message}; loaded instead: ${load.loaded(el)}; details: "${(el.shadowRoot?.querySelector('details')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160)}"`);
            });
          } finally {
            if (mode === 'offline') await setOffline(false);
          }
          expect(load.loaded(el)).to.equal(false);
          const faulty = (await faultLog()).filter((entry) => entry.mode !== 'ok').map((entry) => entry.path);
          if (mode === 'offline') expect(faulty, 'nothing reaches the server offline').to.deep.equal([]);
          else expect(faulty, 'the request that failed').to.include(`/dist/data/${load.file}`);
          // a widget whose data is only a part of it keeps the rest; one made of its data shows only the error
          if (widget.loadsData) expect(problemsText(el), 'no configuration message').to.equal('');
          else expect(widget.hasContent(el), 'the rest of the widget stays').to.equal(true);
          if (moves) meta.content = `/__pp-fault/ok~${token}/dist/`;
          load.retry(el);
          await until('the loaded data after the retry', () => load.loaded(el));
          expect(load.failed(el)).to.equal(false);
          expect(widget.hasContent(el), 'the widget’s content').to.equal(true);
        } finally {
          el.remove();
        }
      });
    }
  }
});

// The catalog is fetched at run time, the script may be cached or self-hosted apart from it: a
// locales/en.json of another version (ids reused by other messages, as the short ids of
// scripts/message-ids.mjs make likely) made lit-localize throw in render. The catalog now carries the
// library VERSION (scripts/build-assets.mjs) and src/shared/locale-templates.fetch.ts refuses another one.
describe('a catalog of another version is refused: the widgets stay in French (dist/presence-postale.js)', function () {
  this.timeout(20_000);
  const trap = new ErrorTrap();
  let api: BundleApi;
  let meta: HTMLMetaElement;
  let widgets: HTMLElement[];
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    ({api, meta} = await loadBundle());
    // the data the widgets show comes from the real folder; then only the catalog is skewed (the route
    // skews a catalog, and fails on a data file)
    widgets = await mountWidgets();
    meta.content = '/__pp-fault/skewed/dist/';
    warnings = captureWarnings();
    trap.install();
  });
  after(async () => {
    trap.uninstall();
    warnings.restore();
    meta.content = '/dist/';
    await api.setLocale('fr');
    for (const el of widgets) el.remove();
    meta.remove();
  });

  it('same ids, messages of the other shape: no error escapes and the widgets keep rendering', async () => {
    await api.setLocale('en');
    for (const [i, el] of widgets.entries()) {
      await settled(el).catch((error) => expect.fail(`<${el.localName}> threw while rendering: ${error}`));
      expect(WIDGETS[i].hasContent(el), `<${el.localName}> content`).to.equal(true);
    }
    await frames(2);
    expect(trap.take(), 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
  });
});
