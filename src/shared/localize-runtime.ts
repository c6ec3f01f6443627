import type {LocaleModule} from '@lit/localize';

/**
 * The browser bundles' runtime for `msg()`, `str` and `configureLocalization()`, in place of
 * @lit/localize's own (rollup.config.mjs swaps it in; sources, tests and Storybook use @lit/localize).
 * Same contract for what the widgets use — explicit message ids (bare strings once rewritten), str
 * templates whose localized values are indices of the source expressions, a 'lit-localize-status'
 * event once a locale is ready, the last setLocale() winning — in a third of the bytes.
 */

type Template = string | {strTag: true; strings: readonly string[]; values: readonly unknown[]};

let templates: Record<string, Template> | undefined;
let active = 'fr';
let requested = 'fr';

export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/** `id` is the short id that scripts/message-ids.mjs writes in place of the sources' `{id: '…'}`. */
export function msg(source: Template, id: string): string {
  const localized = templates?.[id] ?? source;
  if (typeof localized == 'string') return localized;
  const values = typeof source == 'string' ? [] : source.values;
  return localized.strings.reduce((text, part, i) => text + values[localized === source ? i - 1 : (localized.values[i - 1] as number)] + part);
}

export function configureLocalization({sourceLocale, loadLocale}: {sourceLocale: string; targetLocales: readonly string[]; loadLocale: (locale: string) => Promise<LocaleModule>}) {
  active = requested = sourceLocale;
  return {
    getLocale: () => active,
    async setLocale(locale: string): Promise<void> {
      requested = locale;
      const loaded = locale == sourceLocale ? undefined : ((await loadLocale(locale)).templates as Record<string, Template>);
      if (requested != locale) return;
      templates = loaded;
      active = locale;
      window.dispatchEvent(new CustomEvent('lit-localize-status', {detail: {status: 'ready', readyLocale: locale}}));
    },
  };
}
