// Lighthouse (exact-pinned 12.2.3: 13 needs Node 22) on the demo page, through its CLI with Debian's
// Chromium in headless=new mode and the project's flags: the mobile run (default: simulated slow 4G and
// a 4× slower CPU) and the desktop preset. Scores of performance, accessibility and best practices,
// the main metrics, and every audit that fails in the last two.
import {spawn} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {CACHE, CHROMIUM, CHROMIUM_FLAGS, ROOT, ms, table} from './lib.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index'],
];

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('node_modules/lighthouse/cli/index.js', ROOT)), ...args], {
      env: {...process.env, CHROME_PATH: CHROMIUM},
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code ? reject(new Error(`lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' ')}`)) : resolve()));
  });
}

export async function measureLighthouse(url) {
  mkdirSync(CACHE, {recursive: true});
  const results = [];
  for (const formFactor of ['mobile', 'desktop']) {
    const output = fileURLToPath(new URL(`lighthouse-${formFactor}.json`, CACHE));
    const args = [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ];
    try {
      await run(args);
    } catch (error) {
      results.push({formFactor, error: String(error.message ?? error)});
      continue;
    }
    const lhr = JSON.parse(readFileSync(output, 'utf8'));
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .filter((audit) => ['accessibility', 'best-practices'].some((c) => lhr.categories[c]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
      .map((audit) => audit.id);
    results.push({
      formFactor,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
      metrics: Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id]?.numericValue])),
      failing,
      warnings: lhr.runWarnings ?? [],
      version: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
    });
  }
  return results;
}

export function lighthouseMarkdown(results) {
  const rows = results.map((r) =>
    r.error
      ? [r.formFactor, '—', '—', '—', `failed: ${r.error}`]
      : [
          r.formFactor,
          r.scores.performance,
          r.scores.accessibility,
          r.scores['best-practices'],
          METRICS.map(([id, name]) => `${name} ${id === 'cumulative-layout-shift' ? r.metrics[id]?.toFixed(3) : `${ms(r.metrics[id])} ms`}`).join(', '),
        ],
  );
  const notes = results
    .filter((r) => !r.error && (r.failing.length || r.warnings.length))
    .map((r) => `${r.formFactor}: ${r.failing.length ? `audits below 100: ${r.failing.join(', ')}` : ''}${r.warnings.length ? ` warnings: ${r.warnings.join(' ')}` : ''}`);
  return table(['run', 'performance', 'accessibility', 'best practices', 'metrics'], rows) + (notes.length ? `\n\n${notes.join('\n\n')}` : '\n\nNo accessibility or best-practices audit fails.');
}
