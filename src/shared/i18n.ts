import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {loadLocaleTemplates} from './locale-templates.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

export const {getLocale, setLocale} = configureLocalization({sourceLocale, targetLocales, loadLocale: loadLocaleTemplates});

/** `<html lang>` → a supported locale; French unless the page says English (regional languages fall back to French). */
export function localeFromLang(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

/** BCP 47 tag for Intl: French conventions for French, British English (day month year) for English. */
export function intlLocale(locale: string = getLocale()): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}

let observer: MutationObserver | undefined;

/**
 * Makes the widgets follow `<html lang>`, now and whenever it changes. Called once by each element's
 * first connection, so nothing runs for a page that never shows a widget.
 */
export function followDocumentLanguage(): void {
  if (observer || typeof document === 'undefined') return;
  const root = document.documentElement;
  const apply = () => {
    const wanted = localeFromLang(root.lang);
    if (wanted !== getLocale()) setLocale(wanted).catch(() => undefined);
  };
  observer = new MutationObserver(apply);
  observer.observe(root, {attributes: true, attributeFilter: ['lang']});
  apply();
}
