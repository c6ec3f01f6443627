#!/usr/bin/env node
// `npm run bench`: the measured figures of the widgets, side by side with what a webmaster would use
// instead. Benchmarks that print tables, not timed tests (nothing here fails on a figure; the size
// budget is enforced by scripts/size.mjs in `npm test`).
//   npm run bench                      build, then every section, printed as Markdown
//   npm run bench -- --write           …and rewrite docs/PERFORMANCE.md with it
//   npm run bench -- --no-build        measure dist/ as it is
//   npm run bench -- --only size,render,cls,lighthouse,data
// Sections: size (size.mjs), render cost (render.mjs), layout shift (cls.mjs), Lighthouse
// (lighthouse.mjs), data (scripts/data/bench.mjs, `npm run bench:data`, when present).
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {startServer} from '../serve.mjs';
import {measureLayoutShift, layoutShiftMarkdown} from './cls.mjs';
import {CHROMIUM, CHROMIUM_FLAGS, ROOT, machine} from './lib.mjs';
import {lighthouseMarkdown, measureLighthouse} from './lighthouse.mjs';
import {measureRender, renderMarkdown} from './render.mjs';
import {measureSizes, sizeMarkdown} from './size.mjs';
import {BENCH_WIDGETS} from './widgets.mjs';

const args = process.argv.slice(2);
const write = args.includes('--write');
const build = !args.includes('--no-build');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : null;
const wants = (section) => !only || only.includes(section);
const root = fileURLToPath(ROOT);

function exec(command, commandArgs, {capture = false} = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {cwd: root, stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit']});
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({code, out, err}));
  });
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const started = Date.now();

if (build) {
  log('npm run build');
  const {code, out, err} = await exec('npm', ['run', '--silent', 'build'], {capture: true});
  if (code) {
    console.error(`${out}${err}`.trim().split('\n').slice(-30).join('\n'));
    console.error('bench: the build failed; nothing measured.');
    process.exit(1);
  }
}
if (!existsSync(new URL('dist/presence-postale.js', ROOT))) {
  console.error('bench: dist/presence-postale.js is missing: run `npm run build` (or drop --no-build).');
  process.exit(1);
}

const sections = [];
const host = machine();
/** Runs one section; a section that fails says so in the report instead of stopping the others. */
async function section(title, measure) {
  try {
    sections.push([title, await measure()]);
  } catch (error) {
    log(`${title} failed: ${error.stack ?? error}`);
    sections.push([title, `Failed: ${String(error.message ?? error).split('\n')[0]}`]);
  }
}

if (wants('size')) {
  log('size');
  await section('Size', async () => sizeMarkdown(await measureSizes()));
}

const server = await startServer({port: 0});
const demo = `http://127.0.0.1:${server.address().port}/index.html`;
try {
  if (wants('render') || wants('cls')) {
    // one Chromium process for the render cost and the layout shift
    const browser = await chromium.launch({executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc']});
    try {
      if (wants('render')) {
        log(`render cost of ${BENCH_WIDGETS.map((w) => w.tag).join(', ')}`);
        await section('Render cost', async () => renderMarkdown(await measureRender(browser)));
      }
      if (wants('cls')) {
        log('layout shift of the demo page');
        await section('Layout shift (demo page)', async () => layoutShiftMarkdown(await measureLayoutShift(browser, demo)));
      }
    } finally {
      await browser.close();
    }
  }
  if (wants('lighthouse')) {
    log('Lighthouse, mobile and desktop');
    await section('Lighthouse (demo page)', async () => lighthouseMarkdown(await measureLighthouse(demo)));
  }
} finally {
  server.close();
}

if (wants('data')) {
  const script = new URL('scripts/data/bench.mjs', ROOT);
  if (!existsSync(script)) sections.push(['Data', 'Not yet available: `npm run bench:data` (scripts/data/bench.mjs) has not landed.']);
  else {
    log('data (npm run bench:data)');
    const {code, out, err} = await exec(process.execPath, [fileURLToPath(script)], {capture: true});
    const text = (out.trim() || err.trim()).replace(/```/g, "'''");
    sections.push(['Data (`npm run bench:data`)', code ? `Not available: scripts/data/bench.mjs exited with ${code}:\n\n\`\`\`text\n${text.split('\n').slice(-8).join('\n')}\n\`\`\`` : `\`\`\`text\n${text}\n\`\`\``]);
  }
}

const machineLine = `${host.cpu}, ${host.cores} cores, ${host.memory}; ${host.os}; Node ${host.node}; ${host.chromium} (headless, driven by playwright-core ${host.playwright}); Lighthouse ${host.lighthouse}`;
const body = sections.map(([title, markdown]) => `## ${title}\n\n${markdown}`).join('\n\n');
const report = `Measured ${new Date().toISOString().slice(0, 10)} on: ${machineLine}.\n\n${body}\n`;
console.log(`\n${report}`);
log(`done in ${Math.round((Date.now() - started) / 1000)} s`);

if (write) {
  if (only) {
    console.error('bench: --write needs every section; run it without --only.');
    process.exit(1);
  }
  mkdirSync(new URL('docs/', ROOT), {recursive: true});
  writeFileSync(new URL('docs/PERFORMANCE.md', ROOT), document(report, host));
  log('wrote docs/PERFORMANCE.md');
}

/** The fixed attributes of each benchmarked widget, as tags. */
function fixedAttributes() {
  return BENCH_WIDGETS.map((w) => `\`<${w.tag}${Object.entries(w.attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}>\``).join(', ');
}

function document(figures, m) {
  return `# Performance

*Generated by \`npm run bench -- --write\` (scripts/bench/); do not edit by hand. Run it again when a widget
lands or changes. Benchmarks print figures and never fail; the size budget is enforced in CI by
\`scripts/size.mjs\`, and the resilience suites (test/resilience/) run in \`npm test\`.*

${figures}
## Method

- **Machine.** CPU ${m.cpu} (from /proc/cpuinfo), ${m.cores} cores, ${m.memory}, ${m.os}; Node ${m.node};
  ${m.chromium} (Debian's, \`/usr/bin/chromium\`, headless, flags \`${CHROMIUM_FLAGS.join(' ')}\`).
  Absolute times depend on it; ratios and sizes much less.
- **Size.** \`sizes()\` of scripts/size.mjs: raw bytes, gzip level 9, brotli quality 11, each file alone (a page
  fetches them separately, so JS and CSS are compressed apart and summed). Ours: \`npm run build\` (rollup,
  terser, Lit's production build). Alternatives, exact-pinned devDependencies: countUp.js's ESM build as
  published; Shoelace's \`<sl-format-number>\` bundled with its dependencies (Lit included) by rollup +
  @rollup/plugin-node-resolve + terser, as a webmaster's bundler would; TimelineJS's and Leaflet's built JS and CSS.
  KB = 1,000 bytes, as the budget. What each module of ours costs: \`npm run size:modules\` (its gzip share, from
  the source map).
- **Render cost.** One page in one headless Chromium (playwright-core), cross-origin isolated so that
  \`performance.now()\` has 5 µs resolution, \`prefers-reduced-motion: reduce\`, 1280 × 900 px. For each widget of
  scripts/bench/widgets.mjs, with fixed attributes (no real date, no motion, no geolocation: ${fixedAttributes()}):
  create N elements, append them, wait for every \`updateComplete\` (and, for a widget that loads data, until its
  \`ready\` selector shows in every instance), force style and layout; the time of that. A widget that loads data is
  measured with its data already cached: one instance renders before the samples, which fills the loader's per-page
  cache (src/data/loader.ts), and the widget's rows fail if any data file is requested during its samples; its figure
  is rendering (reading the cached files and the nearest-point search included), not the network (what loading costs
  is under Data). The yardstick: N minimal Lit elements (\`<p>\${text}</p>\`, bundled the same way)
  rendering the same text as one instance of the widget. Garbage collected before each render; warm-up samples
  dropped; median of the samples; widget and yardstick alternate.
- **Layout shift.** The demo page (dist/index.html) served by scripts/serve.mjs with its strict CSP; a
  \`PerformanceObserver({type: 'layout-shift', buffered: true})\` installed before any script; shifts from the
  navigation until none for 1.5 s, then while scrolling through the page by half screens. CLS = the largest
  session window (shifts < 1 s apart, window ≤ 5 s). Viewports 320 × 640 and 1280 × 800, on the loopback
  network as is, and throttled through the DevTools protocol like Lighthouse's mobile run.
- **Lighthouse.** The pinned CLI on the same served demo page, \`--chrome-flags="--headless=new …"\`, categories
  performance, accessibility, best practices; default (mobile, simulated throttling) and \`--preset=desktop\`.
- **Data.** The output of \`npm run bench:data\` (scripts/data/bench.mjs), when present: see that script for its method.

## Resilience (in \`npm test\`, not here)

Browser tests under test/resilience/, over every widget of the registry test/resilience/widgets.ts (the
benchmarks read scripts/bench/widgets.mjs; registry.test.ts keeps both in step with custom-elements.json):

- **fuzz.test.ts**: fast-check, seeded; every attribute of every widget (and of \`<pp-timeline-event>\`) gets
  random strings — huge, empty, unicode, markup and \`javascript:\` payloads, numbers written every way — as
  attribute and as property, before and after connection, plus numbers, null and undefined as properties and
  whole random configurations in French and English: no uncaught error, no unhandled rejection, nothing of the
  payload in the DOM or run, and the widget's content or its \`[part="problems"]\` message naming the attribute.
  \`<pp-nearest-service>\` is fuzzed around a fixed place (\`commune="72050"\`, or the other coordinate fixed for
  \`lat\`/\`lon\`), each value waited for until its data has loaded (from the built data, cached after the first
  load); a well-formed value that leads nowhere (an unknown commune, a folder without data) may answer with its
  error message, and blank places with its search form.
  Replay a failure with the seed it prints: \`PP_FUZZ_SEED=<seed> npx wtr --files test/resilience/fuzz.test.ts\`.
- **faults.test.ts**, **faults-bundle.test.ts**: the fault route of test/helpers/wtr-resilience.mjs (404, 500,
  slower than the timeout, truncated JSON, HTML instead of JSON, empty, cut connection, offline, a catalog of
  another version) against src/data/loader.ts, nearest(), the built bundle's catalog fetch and the data each
  widget loads (its \`dataLoad\` in the registry: the timeline's contract-texts.json, the nearest service's
  communes and points files, from the sources and from the built bundle): the right error and \`pp-error\` kind,
  a message with a retry button that works once the fault is gone, no timer left, and the other widgets
  rendering meanwhile.
- **leaks.test.ts**: each widget mounted and removed 1,000 times: live timers, animation frames, observers and
  page-wide listeners counted (constructors and functions wrapped before the widgets load) must not grow, and the
  heap after a forced GC stays flat (a control with 100 retained widgets shows the measure sees a leak). A widget
  that loads data is also removed 1,000 times while its files are being fetched (cold cache): every fetch must
  end, with nothing left behind.
`;
}
