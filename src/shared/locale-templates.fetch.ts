import type {LocaleModule} from '@lit/localize';
import {assetBase} from './assets.js';

/**
 * Bundle version of locale-templates.ts: fetches `locales/<locale>.json` (written by
 * scripts/build-locales.mjs from xliff/) beside the script, once. On failure the widgets stay in
 * French, with one console warning, rather than showing nothing.
 */
export async function loadLocaleTemplates(locale: string): Promise<LocaleModule> {
  try {
    const response = await fetch(new URL(`locales/${locale}.json`, assetBase()), {credentials: 'same-origin'});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return {templates: await response.json()};
  } catch (error) {
    console.warn(`[presence-postale] traduction « ${locale} » indisponible (${String(error)}) ; affichage en français.`);
    return {templates: {}};
  }
}
