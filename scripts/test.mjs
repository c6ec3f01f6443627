#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, from a fresh `npm install`:
// translations, manifest, types, lint, build (data + bundles), size budget, SRI hashes of the docs'
// snippets, npm library build, Node tests, browser tests.
// Prints each step, then one closing line `N passed, N failed` (tests counted one by one; a failing
// step that is not a test suite counts as one failure). Set PP_STEPS=wtr,size to run only some steps.
import {spawn} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const only = process.env.PP_STEPS?.split(',');

function findNodeTests(dir) {
  const found = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) found.push(...findNodeTests(path));
    else if (name.endsWith('.test.mjs')) found.push(path);
  }
  return found;
}
const nodeTests = findNodeTests('scripts');

const steps = [
  {name: 'localize', cmd: 'npx lit-localize build && node scripts/xliff.mjs check', gate: true},
  {name: 'analyze', cmd: 'npm run --silent analyze', gate: true},
  {name: 'typecheck', cmd: 'npx tsc --noEmit'},
  {name: 'lint', cmd: 'npm run --silent lint'},
  {name: 'build', cmd: 'npm run --silent build', gate: true},
  {name: 'size', cmd: 'node scripts/size.mjs'},
  // the snippets of README and docs carry the hashes of this very build (else browsers refuse the script)
  {name: 'sri', cmd: 'node scripts/sri.mjs --check'},
  {name: 'lib', cmd: 'npm run --silent build:lib'},
  ...(nodeTests.length ? [{name: 'node-tests', cmd: `node --test ${nodeTests.join(' ')}`, counts: /^# pass (\d+)[\s\S]*^# fail (\d+)/m}] : []),
  {name: 'wtr', cmd: 'npx wtr', counts: /^wtr: (\d+) passed, (\d+) failed/m},
].filter((s) => !only || only.includes(s.name));

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, {cwd: root, shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}});
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({code, output}));
  });
}

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const {code, output} = await run(step.cmd);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const match = step.counts && output.match(step.counts);
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
    if (code && Number(match[2]) === 0) failed++; // the runner failed for another reason
  } else if (code) failed++;
  else passed++;
  summary.push(`${code ? 'FAIL' : 'ok  '} ${step.name} (${seconds} s)${match ? `: ${match[1]} passed, ${match[2]} failed` : ''}`);
  if (code && step.gate) {
    summary.push(`stopped: ${step.name} must pass before the next steps`);
    break;
  }
}
console.log(`\n${summary.join('\n')}\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
