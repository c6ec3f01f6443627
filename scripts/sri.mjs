#!/usr/bin/env node
// Subresource Integrity of the scripts a page includes from a CDN, run by the build after the bundles:
//   node scripts/sri.mjs                 writes dist/sri.json and prints the hashes and the snippets' URLs
//   node scripts/sri.mjs --update-docs   also rewrites, in README.md and docs/*.md, every versioned CDN URL
//                                        `presence-postale-widgets@X/dist/FILE" integrity="sha384-…"` to
//                                        the current version and hash (run before a release; `prepack` does)
//   node scripts/sri.mjs --check         exits 1 when a Markdown snippet is stale (a step of npm test)
// SRI covers these script files only, not the data and locale JSON files they fetch.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
export const FILES = ['presence-postale.js', 'presence-postale.iife.js', 'embed-resizer.js'];
const {name, version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
export const CDN = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`;

export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Rewrites every versioned CDN URL of `text` to the current version and, where a `sha384-…` follows the
 * URL of a file (an HTML `integrity`, a PHP or YAML line: within 160 characters, before any other CDN
 * URL), to that file's current hash. Returns the new text.
 */
export function updateSnippets(text, files) {
  const at = `${name}@`.replace(/[-.]/g, '\\$&');
  const withHash = new RegExp(`(${at})[^/"'\\s]+(/dist/)([\\w.-]+)((?:(?!${at})[\\s\\S]){0,160}?)sha384-[A-Za-z0-9+/=]{64}`, 'g');
  const anyUrl = new RegExp(`(${at})\\d+\\.\\d+\\.\\d+[^/"'\\s]*/`, 'g');
  return text
    .replace(withHash, (all, prefix, slash, file, between) => (files[file] ? `${prefix}${version}${slash}${file}${between}${files[file]}` : all))
    .replace(anyUrl, (all, prefix) => `${prefix}${version}/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = {};
  for (const file of FILES) {
    const url = new URL(file, dist);
    if (!existsSync(url)) {
      console.error(`sri: dist/${file} is missing (run the build first)`);
      process.exit(1);
    }
    files[file] = sri(readFileSync(url));
  }
  writeFileSync(new URL('sri.json', dist), `${JSON.stringify({version, cdn: CDN, files}, null, 2)}\n`);
  console.log(`dist/sri.json (version ${version}):`);
  for (const [file, hash] of Object.entries(files)) console.log(`  ${CDN}${file}\n    integrity="${hash}"`);

  const docs = [new URL('README.md', root), ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => new URL(`docs/${f}`, root))];
  const stale = [];
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8');
    const updated = updateSnippets(text, files);
    if (updated === text) continue;
    const path = doc.pathname.slice(root.pathname.length);
    if (process.argv.includes('--update-docs')) {
      writeFileSync(doc, updated);
      console.log(`  updated the CDN snippets of ${path}`);
    } else stale.push(path);
  }
  if (stale.length) {
    console.log(`  CDN snippets to update (node scripts/sri.mjs --update-docs): ${stale.join(', ')}`);
    if (process.argv.includes('--check')) process.exit(1);
  }
}
