// Helpers of `npm run bench`: statistics, the CLS computation, Markdown tables, the machine's description.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';

export const ROOT = new URL('../../', import.meta.url);
// One Chromium and one flag list for every tool of the project.
export {CHROMIUM, CHROMIUM_FLAGS} from '../chromium.mjs';
import {CHROMIUM} from '../chromium.mjs';

export function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  return sorted[low] + (sorted[Math.ceil(position)] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/**
 * Cumulative Layout Shift as Core Web Vitals define it: the largest session window of layout shifts
 * (shifts less than 1 s apart, a window at most 5 s long), ignoring shifts right after user input.
 * @param {{value: number, startTime: number, hadRecentInput?: boolean}[]} shifts
 */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let current = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.hadRecentInput) continue;
    if (shift.startTime - previous < 1000 && shift.startTime - first < 5000) current += shift.value;
    else {
      current = shift.value;
      first = shift.startTime;
    }
    previous = shift.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

/** A Markdown table, its columns padded so that it reads in a terminal too. Numbers align right. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[-\d.,\s%×~≤<>]*\d[\d.,\s%×]*(B|KB|ms|s)?$/.test(String(row[i] ?? '')) || row[i] === '' || row[i] === '—'));
  const line = (row) => `| ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** 12345 → "12,345" (bytes are printed whole, with a thin grouping that survives Markdown). */
export const bytes = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
export const kb = (n) => (Number.isFinite(n) ? (n / 1000).toFixed(1) : '—');
export const ms = (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)) : '—');

function firstLine(command, args) {
  try {
    return execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim().split('\n')[0];
  } catch {
    return 'unknown';
  }
}

/** What the figures were measured on. */
export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  return {
    cpu: model,
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os,
    node: process.version,
    chromium: firstLine(CHROMIUM, ['--version']).replace(/\s+built on.*/, ''),
    playwright: packageVersion('playwright-core'),
    lighthouse: packageVersion('lighthouse'),
  };
}

/** A package's version, from node_modules. */
export function packageVersion(pkg) {
  return JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, ROOT), 'utf8')).version;
}

/** Scratch folder of the benchmarks (inside node_modules, so that bare imports resolve; never committed). */
export const CACHE = new URL('node_modules/.cache/pp-bench/', ROOT);

/**
 * Bundles an ES module source with its dependencies, as a webmaster's bundler would: rollup,
 * node-resolve (production exports, no "development" condition), terser. Returns the output path.
 */
export async function bundle(name, source) {
  mkdirSync(CACHE, {recursive: true});
  const input = fileURLToPath(new URL(`${name}.entry.mjs`, CACHE));
  const output = fileURLToPath(new URL(`${name}.bundle.js`, CACHE));
  writeFileSync(input, source);
  const build = await rollup({input, plugins: [nodeResolve(), terser({ecma: 2021, format: {comments: false}})], onwarn: () => undefined});
  try {
    await build.write({file: output, format: 'es'});
  } finally {
    await build.close();
  }
  return output;
}
