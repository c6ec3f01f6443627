#!/usr/bin/env node
// Translator's helper for xliff/<locale>.xlf (lit-localize's interchange file).
//   node scripts/xliff.mjs check            fails listing every message without a target (run in CI)
//   node scripts/xliff.mjs missing          prints {id: source} of messages without a target, as JSON
//   node scripts/xliff.mjs set FILE.json    merges {id: "target"} into the file; write placeholders as
//                                           {0}, {1}… in the order of the source's ${…} expressions
// Options: --locale en (default). Runs `lit-localize extract` first for `set`/`missing`, so new msg() calls appear.
import {readFileSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';

const args = process.argv.slice(2);
const localeIndex = args.indexOf('--locale');
const locale = localeIndex >= 0 ? args.splice(localeIndex, 2)[1] : 'en';
const [command, file] = args;
const path = new URL(`../xliff/${locale}.xlf`, import.meta.url);

const unitPattern = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g;
const units = (xml) => [...xml.matchAll(unitPattern)].map(([whole, id, source, target]) => ({whole, id, source, target}));
const extract = () => execFileSync('npx', ['lit-localize', 'extract'], {stdio: 'ignore'});
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

if (command === 'check') {
  const all = units(readFileSync(path, 'utf8'));
  const missing = all.filter((u) => !u.target);
  for (const u of missing) console.error(`missing ${locale} target: ${u.id}: ${u.source}`);
  // the bundles' runtime (src/shared/localize-runtime.ts) finds messages by id only: every msg() needs {id: '…'}
  const hashed = all.filter((u) => /^[sh][0-9a-f]{16}$/.test(u.id));
  for (const u of hashed) console.error(`msg() without an explicit id: ${u.source}`);
  if (hashed.length) process.exit(1);
  console.log(`xliff ${locale}: ${missing.length ? `${missing.length} messages without a target` : 'every message translated'}`);
  process.exit(missing.length ? 1 : 0);
} else if (command === 'missing') {
  extract();
  const missing = Object.fromEntries(units(readFileSync(path, 'utf8')).filter((u) => !u.target).map((u) => [u.id, u.source]));
  console.log(JSON.stringify(missing, null, 2));
} else if (command === 'set' && file) {
  extract();
  const targets = JSON.parse(readFileSync(file, 'utf8'));
  let xml = readFileSync(path, 'utf8');
  let count = 0;
  for (const u of units(xml)) {
    if (!(u.id in targets)) continue;
    const placeholders = [...u.source.matchAll(/<x id="\d+" equiv-text="[^"]*"\/>/g)].map((m) => m[0]);
    const target = escapeXml(targets[u.id]).replace(/\{(\d+)\}/g, (m, i) => placeholders[Number(i)] ?? m);
    xml = xml.replace(u.whole, `<trans-unit id="${u.id}">\n  <source>${u.source}</source>\n  <target>${target}</target>\n</trans-unit>`);
    count++;
  }
  writeFileSync(path, xml);
  console.log(`xliff ${locale}: ${count} targets set`);
} else {
  console.error('usage: node scripts/xliff.mjs check | missing | set FILE.json [--locale en]');
  process.exit(2);
}
