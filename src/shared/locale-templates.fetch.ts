import type {LocaleModule} from '@lit/localize';
import {assetBase} from './assets.js';
import {VERSION} from './version.js';

/**
 * Bundle version of locale-templates.ts: fetches `locales/<locale>.json` (written by
 * scripts/build-assets.mjs from xliff/) beside the script. A catalog of another version is refused
 * (its short message ids would name other messages): the widgets then stay in French, with one
 * console warning, rather than showing wrong words or breaking.
 */
export async function loadLocaleTemplates(locale: string): Promise<LocaleModule> {
  try {
    const response = await fetch(new URL(`locales/${locale}.json`, assetBase()));
    const catalog = response.ok && (await response.json());
    if (catalog?.version !== VERSION) throw new Error(response.ok ? `version ${catalog?.version}` : `HTTP ${response.status}`);
    return catalog;
  } catch (error) {
    console.warn(`[presence-postale] traduction « ${locale} » indisponible (${error}) ; affichage en français.`);
    return {templates: {}};
  }
}
