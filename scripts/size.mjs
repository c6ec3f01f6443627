#!/usr/bin/env node
// The bundle budget, enforced in CI: prints raw / gzip -9 / brotli q11 sizes of the built scripts and
// fails when dist/presence-postale.js exceeds the gzip limit (20 KB; the goal is 16 KB).
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const LIMIT = Number(process.env.PP_GZIP_LIMIT ?? 20_000);
const GOAL = 16_000;
const dist = new URL('../dist/', import.meta.url);
const files = ['presence-postale.js', 'presence-postale.iife.js', ...(existsSync(new URL('elements/', dist)) ? readdirSync(new URL('elements/', dist)).filter((f) => f.endsWith('.js')).sort().map((f) => `elements/${f}`) : [])];

export function sizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  console.log('file                                   raw B   gzip B  brotli B');
  for (const file of files) {
    const {raw, gzip, brotli} = sizes(new URL(file, dist));
    console.log(`${file.padEnd(36)} ${String(raw).padStart(7)} ${String(gzip).padStart(8)} ${String(brotli).padStart(9)}`);
    if (file === 'presence-postale.js') {
      if (gzip > LIMIT) failed = true;
      console.log(`  budget: ${gzip} B gzip of ${LIMIT} B allowed (goal ${GOAL} B): ${gzip > LIMIT ? 'OVER BUDGET' : gzip > GOAL ? 'within budget, above goal' : 'within goal'}`);
    }
  }
  process.exit(failed ? 1 : 0);
}
