// Render cost: time to render 1, 10 and 100 instances of each widget of widgets.mjs (built bundle,
// production Lit), as a ratio to as many minimal Lit elements rendering the same text. One page in
// headless Chromium, cross-origin isolated (5 µs timers), garbage collected before each sample; warm-up
// samples first, then the median of the samples, widget and baseline alternating.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {BENCH_WIDGETS} from './widgets.mjs';
import {ROOT, bundle, median, ms, table} from './lib.mjs';

const ORIGIN = 'http://localhost:4173'; // answered by page.route, never by the network
export const COUNTS = [1, 10, 100];

/** The smallest Lit element that shows a text: the yardstick. */
const BASELINE = `import {LitElement, html, css} from 'lit';
class PpBaseline extends LitElement {
  static properties = {text: {}};
  static styles = css\`:host { display: block }\`;
  render() {
    return html\`<p>\${this.text}</p>\`;
  }
}
customElements.define('pp-baseline', PpBaseline);
`;

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/presence-postale.js"></script><script type="module" src="/baseline.js"></script>
</head><body></body></html>`;

/** In the page: renders `n` elements `reps` times, returns each render's time (create → updateComplete → layout). */
async function renderInPage({tag, attributes, n, reps, ready}) {
  const times = [];
  for (let r = 0; r < reps; r++) {
    globalThis.gc?.();
    const host = document.createElement('div');
    document.body.append(host);
    const started = performance.now();
    const elements = [];
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      host.append(el);
      elements.push(el);
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    const deadline = performance.now() + 10_000;
    // a widget that loads data renders again once it has it (from the loader's cache: microtasks, then an
    // update): wait for those updates, yielding with a message (no 1-4 ms clamp of a timer) when need be
    if (ready) while (!elements.every((el) => el.shadowRoot?.querySelector(ready))) {
      if (performance.now() > deadline) throw new Error(`<${tag}> never showed ${ready}`);
      await Promise.all(elements.map((el) => el.updateComplete));
      if (elements.every((el) => el.shadowRoot?.querySelector(ready))) break;
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (channel.port1.close(), resolve());
        channel.port2.postMessage(0);
      });
    }
    void host.offsetHeight; // style and layout
    times.push(performance.now() - started);
    host.remove();
  }
  return times;
}

export async function measureRender(browser, {samples = 15, warmUp = 3} = {}) {
  const baseline = readFileSync(await bundle('baseline-lit-element', BASELINE));
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, reducedMotion: 'reduce'});
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const isolation = {'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store'};
    if (path === '/') return route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', headers: isolation, body: PAGE});
    if (path === '/baseline.js') return route.fulfill({status: 200, contentType: 'text/javascript', headers: isolation, body: baseline});
    try {
      const body = readFileSync(fileURLToPath(new URL(`.${path}`, ROOT)));
      return route.fulfill({status: 200, contentType: path.endsWith('.json') ? 'application/json' : 'text/javascript', headers: isolation, body});
    } catch {
      return route.fulfill({status: 404, body: ''});
    }
  });
  // data files requested by the page: none may be during the samples (the render cost, not the network)
  let dataRequests = 0;
  page.on('request', (request) => new URL(request.url()).pathname.includes('/data/') && dataRequests++);
  const dataRequested = () => dataRequests;
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => customElements.get('pp-baseline') && document.readyState === 'complete');
  const isolated = await page.evaluate(() => crossOriginIsolated);
  const results = [];
  for (const widget of BENCH_WIDGETS) {
    try {
      results.push(...(await measureWidget(page, widget, {samples, warmUp, dataRequested})));
    } catch (error) {
      results.push({tag: widget.tag, error: String(error.message ?? error).split('\n')[0]});
    }
  }
  await context.close();
  return {results, isolated, samples, warmUp};
}

async function measureWidget(page, widget, {samples, warmUp, dataRequested}) {
  const results = [];
  await page.waitForFunction((tag) => !!customElements.get(tag), widget.tag, {timeout: 5000});
  // the same text, from one rendered instance; for a widget that loads data, this first render also
  // fills the loader's cache (src/data/loader.ts keeps each file once per page), so that the samples
  // below measure rendering with the data already there
  const probe = await page.evaluate(async ({tag, attributes, ready}) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
    await el.updateComplete;
    const deadline = performance.now() + 10_000;
    if (ready) while (!el.shadowRoot?.querySelector(ready)) {
      if (performance.now() > deadline) throw new Error(`<${tag}> never showed ${ready}`);
      await new Promise((resolve) => setTimeout(resolve));
    }
    const text = el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    const nodes = el.shadowRoot.querySelectorAll('*').length;
    el.remove();
    return {text, nodes};
  }, widget);
  const requestedBefore = dataRequested();
  for (const n of COUNTS) {
    const reps = n === 1 ? 10 : n === 10 ? 3 : 1;
    const own = [];
    const base = [];
    const count = n === 100 ? Math.max(5, Math.ceil(samples / 2)) : samples;
    for (let s = 0; s < warmUp + count; s++) {
      const a = await page.evaluate(renderInPage, {tag: widget.tag, attributes: widget.attributes, n, reps, ready: widget.ready});
      const b = await page.evaluate(renderInPage, {tag: 'pp-baseline', attributes: {text: probe.text}, n, reps});
      if (s < warmUp) continue;
      own.push(median(a));
      base.push(median(b));
    }
    results.push({tag: widget.tag, n, widget: median(own), baseline: median(base), samples: count, textLength: probe.text.length, nodes: probe.nodes, cached: !!widget.ready});
  }
  const requested = dataRequested() - requestedBefore;
  if (requested) throw new Error(`${requested} data files requested during the samples of <${widget.tag}>: they would measure loading, not rendering`);
  return results;
}

export function renderMarkdown({results, isolated, samples, warmUp}) {
  const rows = results.map((r) =>
    r.error ? [`\`<${r.tag}>\``, '—', `failed: ${r.error}`, '', '', ''] : [`\`<${r.tag}>\``, r.n, ms(r.widget), ms(r.widget / r.n), ms(r.baseline), `${(r.widget / r.baseline).toFixed(1)}×`],
  );
  const cached = [...new Set(results.filter((r) => !r.error && r.cached).map((r) => `\`<${r.tag}>\``))];
  const shapes = [...new Map(results.filter((r) => !r.error).map((r) => [r.tag, r])).values()].map((r) => `\`<${r.tag}>\`: ${r.nodes} elements in its shadow root, ${r.textLength} characters of text`).join('; ');
  return (
    table(['widget', 'instances', 'widget ms', 'ms per instance', 'minimal Lit ms', 'ratio'], rows) +
    `\n\nMedian of ${samples} samples (${Math.max(5, Math.ceil(samples / 2))} for 100 instances) after ${warmUp} warm-up samples; ` +
    `a sample of 1 instance is the median of 10 renders, of 10 instances the median of 3. Timers ${isolated ? 'at 5 µs (cross-origin isolated page)' : 'at 100 µs'}. ` +
    (cached.length
      ? `${cached.join(', ')}: rendering with its data already cached — one instance is rendered before the samples, which fills the ` +
        `loader's per-page cache, and no data file is requested during the samples (checked); the time runs until its results show, ` +
        'so it includes reading the cached files and the nearest-point search, not the network (see Data below for what loading costs). '
      : '') +
    `What renders: ${shapes}.`
  );
}
