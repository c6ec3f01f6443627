#!/usr/bin/env node
// Files the bundles fetch beside themselves:
// - xliff/<locale>.xlf → dist/locales/<locale>.json, the catalog fetched when a page is not in French;
// - src/data/contract-texts.json → dist/data/contract-texts.json, fetched when a contract's details open.
// The catalogs have the same shape as lit-localize's generated modules: a plain string, or
// {strTag, strings, values} where values are the indices of the source expressions.
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {shortMessageIds} from './message-ids.mjs';

const root = new URL('../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const outDir = new URL('dist/locales/', root);
mkdirSync(outDir, {recursive: true});
const unescape = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

for (const file of readdirSync(new URL('xliff/', root)).filter((f) => f.endsWith('.xlf')).sort()) {
  const locale = file.replace(/\.xlf$/, '');
  const xml = readFileSync(new URL(`xliff/${file}`, root), 'utf8');
  const catalog = {};
  for (const [, id, target] of xml.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<target>([\s\S]*?)<\/target>[\s\S]*?<\/trans-unit>/g)) {
    const pieces = target.split(/<x id="(\d+)"[^>]*\/>/);
    if (pieces.length === 1) {
      catalog[id] = unescape(target);
    } else {
      // split() with a capture group alternates text, index, text, index, … text
      catalog[id] = {
        strTag: true,
        strings: pieces.filter((_, i) => i % 2 === 0).map(unescape),
        values: pieces.filter((_, i) => i % 2 === 1).map(Number),
      };
    }
  }
  // keyed by the bundles' short ids (see message-ids.mjs)
  const short = shortMessageIds(new URL(`xliff/${file}`, root));
  const sorted = Object.fromEntries(Object.keys(catalog).sort().map((k) => [short.get(k), catalog[k]]));
  // the version guards against a catalog of another build, whose short ids mean other messages
  writeFileSync(new URL(`${locale}.json`, outDir), JSON.stringify({version, templates: sorted}));
  console.log(`dist/locales/${locale}.json: ${Object.keys(sorted).length} messages`);
}

mkdirSync(new URL('dist/data/', root), {recursive: true});
copyFileSync(new URL('src/data/contract-texts.json', root), new URL('dist/data/contract-texts.json', root));
console.log('dist/data/contract-texts.json copied');
