// Layout shift of the demo page (dist/index.html served by scripts/serve.mjs, strict CSP): every
// layout-shift entry from navigation until the page is settled (buffered PerformanceObserver), then
// while scrolling through it (widgets further down render and animate too). CLS is the largest session
// window (lib.mjs). Per viewport (320 and 1280 px), on the local network as is, and throttled like
// Lighthouse's mobile run (150 ms RTT, 1.6 Mbit/s, CPU 4× slower), where the first paint has time to
// show the fallback text before the widgets upgrade.
import {cumulativeLayoutShift, table} from './lib.mjs';

export const VIEWPORTS = [
  {width: 320, height: 640},
  {width: 1280, height: 800},
];
export const CONDITIONS = [
  {name: 'local', network: null, cpu: 1},
  {name: 'throttled (150 ms RTT, 1.6 Mbit/s, CPU ÷4)', network: {offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8}, cpu: 4},
];

/** Installed before any page script: records every layout shift with what moved. */
function recordShifts() {
  window.__ppShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__ppShifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((s) => {
          const node = s.node;
          const name = node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.getRootNode?.().host ? ` in <${node.getRootNode().host.localName}>` : ''}` : '(gone)';
          const to = s.currentRect.height ? `${Math.round(s.currentRect.y)} px` : 'out of view';
          return `${name} y ${Math.round(s.previousRect.y)} px → ${to}`;
        }),
      });
    }
  }).observe({type: 'layout-shift', buffered: true});
}

const shiftsOf = (page) => page.evaluate(() => window.__ppShifts);

/** Waits until no new shift for `quiet` ms (and at most `max` ms). */
async function settle(page, quiet = 1500, max = 15_000) {
  const started = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - started < max) {
    const now = (await shiftsOf(page)).length;
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
    await page.waitForTimeout(250);
  }
}

export async function measureLayoutShift(browser, url) {
  const results = [];
  for (const condition of CONDITIONS) {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({viewport});
      const page = await context.newPage();
      await page.addInitScript(recordShifts);
      const cdp = await context.newCDPSession(page);
      if (condition.network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', condition.network);
      }
      if (condition.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: condition.cpu});
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(url, {waitUntil: 'load', timeout: 60_000});
      await page.waitForLoadState('networkidle');
      await settle(page);
      const atLoad = await shiftsOf(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = viewport.height / 2; y < height; y += viewport.height / 2) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(200);
      }
      await settle(page);
      const all = await shiftsOf(page);
      results.push({
        condition: condition.name,
        width: viewport.width,
        clsLoad: cumulativeLayoutShift(atLoad),
        clsAll: cumulativeLayoutShift(all),
        shifts: all.length,
        sources: [...new Set(all.flatMap((s) => s.sources))].slice(0, 4),
        errors,
      });
      await context.close();
    }
  }
  return results;
}

export function layoutShiftMarkdown(results) {
  const rows = results.map((r) => [r.condition, `${r.width} px`, r.clsLoad.toFixed(4), r.clsAll.toFixed(4), r.shifts, r.sources.join('; ') || '—']);
  const errors = results.flatMap((r) => r.errors.map((e) => `${r.width} px, ${r.condition}: ${e}`));
  return (
    table(['network and CPU', 'viewport', 'CLS until settled', 'CLS after scrolling through', 'shifts', 'what moved'], rows) +
    '\n\nGoal: 0. CLS is the largest session window of shifts (< 1 s apart, ≤ 5 s), as Core Web Vitals count it; ≤ 0.1 is "good". ' +
    'Unthrottled, the result depends on whether the first paint comes before the script has upgraded the widgets (then their fallback text is replaced by a taller widget and what follows moves); throttled, it does.' +
    (errors.length ? `\n\nPage errors: ${errors.join(' | ')}` : '')
  );
}
