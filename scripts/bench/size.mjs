// Size: raw / gzip -9 / brotli q11 (sizes() of scripts/size.mjs) of our bundles and of what a webmaster
// would use instead, each measured the same way from the exact-pinned devDependencies.
import {existsSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {sizes} from '../size.mjs';
import {BENCH_WIDGETS} from './widgets.mjs';
import {ROOT, bundle, bytes, kb, packageVersion, table} from './lib.mjs';

/** The gzip goal for all three widgets in one bundle, and the CI limit that scripts/size.mjs enforces. */
export const GOAL = 16_000;
export const LIMIT = Number(process.env.PP_GZIP_LIMIT ?? 20_000);

const nm = (path) => fileURLToPath(new URL(`node_modules/${path}`, ROOT));

/** What a webmaster would use instead: name → package, files (served separately, so each is compressed alone), note. */
export const ALTERNATIVES = {
  countup: {
    package: 'countup.js',
    label: 'countUp.js',
    what: 'animated number (no text alternative, no sources)',
    files: async () => [['dist/countUp.min.js (its ESM build)', nm('countup.js/dist/countUp.min.js')]],
  },
  shoelace: {
    package: '@shoelace-style/shoelace',
    label: 'Shoelace `<sl-format-number>`',
    what: 'formatted number, bundled with Lit (rollup + node-resolve + terser)',
    files: async () => [['format-number + dependencies, bundled', await bundle('shoelace-format-number', "import '@shoelace-style/shoelace/dist/components/format-number/format-number.js';\n")]],
  },
  timelinejs: {
    package: '@knight-lab/timelinejs',
    label: 'TimelineJS',
    what: 'timeline (data from a Google Sheet or JSON)',
    files: async () => [
      ['dist/js/timeline.js', nm('@knight-lab/timelinejs/dist/js/timeline.js')],
      ['dist/css/timeline.css', nm('@knight-lab/timelinejs/dist/css/timeline.css')],
    ],
  },
  leaflet: {
    package: 'leaflet',
    label: 'Leaflet',
    what: 'the usual locator map (tiles and data extra)',
    files: async () => [
      ['dist/leaflet.js', nm('leaflet/dist/leaflet.js')],
      ['dist/leaflet.css', nm('leaflet/dist/leaflet.css')],
    ],
  },
};

const row = (name, s, note = '') => [name, bytes(s.raw), bytes(s.gzip), kb(s.gzip), bytes(s.brotli), note];
const add = (a, b) => ({raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli});

export async function measureSizes() {
  const dist = (file) => fileURLToPath(new URL(`dist/${file}`, ROOT));
  let entries = [];
  const ours = [['dist/presence-postale.js', 'every widget, Lit and @lit/localize included (what a webmaster pastes)']];
  // each benchmarked widget's own entry, then any other built element entry
  const built = existsSync(dist('elements')) ? readdirSync(dist('elements')).filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`) : [];
  entries = [...new Set([...BENCH_WIDGETS.map((w) => w.entry), ...built.sort()])];
  for (const entry of entries) {
    if (!existsSync(dist(entry))) throw new Error(`dist/${entry} is missing: is it in rollup.config.mjs?`);
    ours.push([`dist/${entry}`, `\`<${entry.replace(/^elements\/|\.js$/g, '')}>\` alone, Lit included`]);
  }
  if (existsSync(dist('locales/en.json'))) ours.push(['dist/locales/en.json', 'English catalog, fetched on English pages only']);
  const rows = ours.map(([file, note]) => ({file, note, ...sizes(fileURLToPath(new URL(file, ROOT)))}));

  const alternatives = [];
  const wanted = new Set(BENCH_WIDGETS.flatMap((w) => w.alternative));
  for (const name of Object.keys(ALTERNATIVES)) {
    const alternative = ALTERNATIVES[name];
    const files = (await alternative.files()).map(([file, path]) => ({file, ...sizes(path)}));
    const total = files.reduce(add, {raw: 0, gzip: 0, brotli: 0});
    const instead = BENCH_WIDGETS.filter((w) => w.alternative.includes(name)).map((w) => `\`<${w.tag}>\``);
    alternatives.push({name, label: `${alternative.label} ${packageVersion(alternative.package)}`, what: alternative.what, files, total, instead: instead.join(', ') || (wanted.has(name) ? '' : '`<pp-nearest-service>` (to come)')});
  }
  const bundleGzip = rows[0].gzip;
  return {rows, alternatives, budget: {gzip: bundleGzip, goal: GOAL, limit: LIMIT, widgets: entries.length}};
}

export function sizeMarkdown({rows, alternatives, budget}) {
  const header = ['file', 'raw B', 'gzip B', 'gzip KB', 'brotli B', 'note'];
  const ours = table(header, rows.map((r) => row(r.file, r, r.note)));
  const theirs = table(
    ['instead of', 'package and file', 'raw B', 'gzip B', 'gzip KB', 'brotli B'],
    alternatives.flatMap((a) => [
      ...a.files.map((f) => [a.instead, `${a.label}: ${f.file}`, bytes(f.raw), bytes(f.gzip), kb(f.gzip), bytes(f.brotli)]),
      ...(a.files.length > 1 ? [[a.instead, `${a.label}: total (JS + CSS)`, bytes(a.total.raw), bytes(a.total.gzip), kb(a.total.gzip), bytes(a.total.brotli)]] : []),
    ]),
  );
  const state = budget.gzip > budget.limit ? 'OVER THE CI LIMIT' : budget.gzip > budget.goal ? 'within the CI limit, above the goal' : 'within the goal';
  const line =
    `**Budget:** dist/presence-postale.js is ${bytes(budget.gzip)} B gzip with ${budget.widgets} of the 3 widgets built: ` +
    `goal ≤ ${bytes(budget.goal)} B for all three, CI fails above ${bytes(budget.limit)} B (scripts/size.mjs) — ${state}.`;
  const notes = alternatives.map((a) => `${a.label}: ${a.what}.`).join(' ');
  return `### Our bundles\n\n${ours}\n\n${line}\n\n### What a webmaster would use instead (same method)\n\n${theirs}\n\n${notes}`;
}
