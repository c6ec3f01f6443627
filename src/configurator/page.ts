/**
 * Entry of dist/configurateur.js, the script of dist/configurateur.html. The widgets come from the
 * page's own presence-postale.js (this bundle imports it, not a copy: see scripts/embed-bundles.mjs);
 * the options come from custom-elements.json, built in; the SRI hashes from dist/sri.json beside it.
 */
import manifest from '../../custom-elements.json';
import {setLocale, VERSION} from '../index.js';
import {createConfigurator} from './configurator.js';
import type {Manifest} from './model.js';

async function integrity(): Promise<Record<string, string>> {
  try {
    const response = await fetch(new URL('sri.json', import.meta.url));
    return response.ok ? ((await response.json()).files ?? {}) : {};
  } catch {
    return {};
  }
}

const root = document.getElementById('configurateur');
if (root) {
  createConfigurator(root, {
    manifest: manifest as unknown as Manifest,
    info: {version: VERSION, integrity: await integrity(), embedPage: new URL('embed.html', import.meta.url).href},
    setLocale,
  });
}
