#!/usr/bin/env node
// Screenshots of a page served from dist/ in Debian's Chromium, to look at what we build:
//   node scripts/screenshot.mjs [page=index.html] [--width 320,1280] [--dark] [--full] [--out prefix] [--selector css]
// Writes <prefix>-<width>-<light|dark>.png (git-ignored). Needs `npm run build` first.
import {chromium} from 'playwright-core';
import {startServer} from './serve.mjs';
import {CHROMIUM, CHROMIUM_FLAGS} from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const widths = option('width', '320,1280').split(',').map(Number);
const out = option('out', 'screenshot');
const selector = option('selector', undefined);
const schemes = flag('dark') ? ['dark'] : flag('both') ? ['light', 'dark'] : ['light'];
const full = flag('full');
const page = args[0] ?? 'index.html';

const server = await startServer({port: 0});
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_FLAGS,
});
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: scheme, reducedMotion: 'reduce'});
      const tab = await context.newPage();
      tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.log(`  console.${m.type()}: ${m.text()}`));
      tab.on('pageerror', (e) => console.log(`  page error: ${e}`));
      await tab.goto(base + page, {waitUntil: 'networkidle'});
      await tab.waitForTimeout(300);
      const file = `${out}-${width}-${scheme}.png`;
      if (selector) await tab.locator(selector).first().screenshot({path: file});
      else await tab.screenshot({path: file, fullPage: full});
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
