#!/usr/bin/env node
// What each source module costs in a built bundle: its minified characters (from the source map) and
// its gzip share (the bundle's gzip size minus that of the bundle without the module's code).
// For deciding what to cut under the size budget; `npm run size:modules [-- dist/elements/pp-x.js]`.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {decode} from '@jridgewell/sourcemap-codec';

const file = process.argv[2] ?? 'dist/presence-postale.js';
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const gzip = (text) => gzipSync(text, {level: 9}).length;

/** Byte ranges of the minified code, per source module. */
const ranges = new Map();
let lineStart = 0;
for (const segments of decode(map.mappings)) {
  const length = code.indexOf('\n', lineStart) < 0 ? code.length - lineStart : code.indexOf('\n', lineStart) - lineStart;
  segments.forEach(([column, source], i) => {
    const name = source === undefined ? '(unmapped)' : map.sources[source].replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, '');
    const end = i + 1 < segments.length ? segments[i + 1][0] : length;
    if (!ranges.has(name)) ranges.set(name, []);
    ranges.get(name).push([lineStart + column, lineStart + end]);
  });
  lineStart += length + 1;
}

const whole = gzip(code);
const rows = [...ranges].map(([name, spans]) => {
  const keep = new Uint8Array(code.length).fill(1);
  for (const [start, end] of spans) keep.fill(0, start, end);
  let rest = '';
  for (let i = 0; i < code.length; i++) if (keep[i]) rest += code[i];
  return {name, raw: spans.reduce((sum, [start, end]) => sum + end - start, 0), gzip: whole - gzip(rest)};
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${file}: ${Buffer.byteLength(code)} B raw, ${whole} B gzip (level 9)`);
console.log('gzip share  minified ch  module');
for (const {name, raw, gzip: share} of rows) console.log(`${String(share).padStart(11)}  ${String(raw).padStart(10)}  ${name}`);
