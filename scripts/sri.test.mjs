// Node tests of scripts/sri.mjs: the hash format, the rewriting of CDN snippets in Markdown, and
// dist/sri.json against the files it describes (when the build has run).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {FILES, sri, updateSnippets} from './sri.mjs';

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const hash = (c) => `sha384-${c.repeat(64)}`;

test('sri() is sha384 in base64, as browsers check it', () => {
  // the digest of "abc" from FIPS 180-2, in base64
  assert.equal(sri(Buffer.from('abc')), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  assert.equal(sri(Buffer.from('abc')), `sha384-${createHash('sha384').update('abc').digest('base64')}`);
});

test('updateSnippets() moves every CDN URL to this version, and each integrity to its file’s hash', () => {
  const files = {'presence-postale.js': hash('A'), 'embed-resizer.js': hash('B')};
  const before = [
    `<script type="module" src="https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.0.1/dist/presence-postale.js" integrity="${hash('x')}" crossorigin="anonymous"></script>`,
    `'src' => 'https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.0.1/dist/presence-postale.js',`,
    `'integrity' => '${hash('y')}',`,
    `<script async src="https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.0.1/dist/embed-resizer.js" integrity="${hash('z')}" crossorigin="anonymous"></script>`,
    `https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.0.1/dist/other.js integrity="${hash('w')}"`,
    'see https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.0.1/dist/',
  ].join('\n');
  const after = updateSnippets(before, files).split('\n');
  assert.equal(after[0], `<script type="module" src="https://cdn.jsdelivr.net/npm/presence-postale-widgets@${version}/dist/presence-postale.js" integrity="${hash('A')}" crossorigin="anonymous"></script>`);
  assert.equal(after[2], `'integrity' => '${hash('A')}',`);
  assert.match(after[3], new RegExp(`@${version.replace(/\./g, '\\.')}/dist/embed-resizer\\.js" integrity="${hash('B')}"`));
  // a file without a known hash keeps its integrity (only its version moves)
  assert.match(after[4], new RegExp(`integrity="${hash('w')}"`));
  assert.equal(after[5], `see https://cdn.jsdelivr.net/npm/presence-postale-widgets@${version}/dist/`);
  assert.equal(updateSnippets(after.join('\n'), files), after.join('\n'));
});

test('dist/sri.json describes the built files', {skip: !existsSync(new URL('../dist/sri.json', import.meta.url)) && 'no build'}, () => {
  const json = JSON.parse(readFileSync(new URL('../dist/sri.json', import.meta.url), 'utf8'));
  assert.equal(json.version, version);
  assert.deepEqual(Object.keys(json.files), FILES);
  for (const file of FILES) assert.equal(json.files[file], sri(readFileSync(new URL(`../dist/${file}`, import.meta.url))), file);
});
