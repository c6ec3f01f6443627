#!/usr/bin/env node
// Serves storybook-static/ on 127.0.0.1 and checks, in Debian's Chromium, that every story renders its
// widget (a pp-* element with content in its shadow root) without a page error, that the English
// stories are in English, and that each docs page shows the attribute table from the manifest.
import {readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {startServer} from './serve.mjs';
import {CHROMIUM, CHROMIUM_FLAGS} from './chromium.mjs';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const index = JSON.parse(readFileSync(new URL('index.json', `file://${root}`), 'utf8'));
const entries = Object.values(index.entries);
const server = await startServer({root, port: 0, csp: ''});
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_FLAGS,
});

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const page = await browser.newPage({reducedMotion: 'reduce'});
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // a story may fail on purpose to load data from /missing/ (the error state): that 404 is expected
  page.on('console', (m) => m.type() === 'error' && !/favicon|\/missing\//.test(m.text() + m.location().url) && errors.push(m.text()));
  try {
    await fn(page);
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  }
  await page.close();
}

/** The first pp-* widget of the story, once it has rendered something in its shadow root. */
const widgetText = (page) =>
  page.waitForFunction(() => {
    const el = [...document.querySelectorAll('#storybook-root *')].find((n) => n.localName.startsWith('pp-') && n.shadowRoot);
    const text = el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
    return text && !/Chargement|Loading/.test(text) ? text : false;
  }, undefined, {timeout: 15000}).then((h) => h.jsonValue());

/** Stories whose state comes from their play function or from time: what the widget must end up showing. */
const endStates = {
  'pp-nearest-service--loading': /met trop de temps à répondre/,
  'pp-nearest-service--position-granted': /Pour votre position :/,
  'pp-nearest-service--position-denied': /pas autorisé la géolocalisation/,
  'pp-nearest-service--position-unavailable': /position n’est pas disponible/,
  'pp-nearest-service--position-timeout': /pas pu être déterminée à temps/,
};
const endState = (id) => Object.entries(endStates).find(([suffix]) => id.endsWith(suffix))?.[1];

for (const entry of entries.filter((e) => e.type === 'story')) {
  await check(`story ${entry.id}`, async (page) => {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=story`);
    const text = await widgetText(page);
    const want = endState(entry.id);
    if (want) await page.waitForFunction(([source]) => new RegExp(source).test(document.querySelector('pp-nearest-service')?.shadowRoot?.textContent ?? ''), [want.source], {timeout: 15000});
    // the suggestions story ends with the list open and its first option active
    if (entry.id.endsWith('--suggestions')) await page.waitForFunction(() => document.querySelector('pp-nearest-service')?.shadowRoot?.querySelector('[aria-expanded=true][aria-activedescendant=option-0]'), undefined, {timeout: 10000});
    // French interface words that must not survive in an English story (data such as names stay French)
    const french = text.match(/Sources? :|par an|En cours|montants prévus|Configuration du widget|à vol d’oiseau|Rechercher|Utiliser ma position/);
    if (/--english/.test(entry.id) && french) throw new Error(`English story shows French "${french[0]}": ${text.slice(0, 120)}`);
  });
}
for (const entry of entries.filter((e) => e.type === 'docs')) {
  await check(`docs ${entry.id}`, async (page) => {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`);
    await page.locator('.docblock-argstable').first().waitFor({timeout: 20000});
    const table = await page.locator('.docblock-argstable').first().innerText();
    for (const want of ['theme', '--pp-color-accent']) if (!table.includes(want)) throw new Error(`args table lacks ${want}`);
  });
}
await browser.close();
server.close();
console.log(`storybook-smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
