import type {LocaleModule} from '@lit/localize';
// Source builds (tests, Storybook) import the generated catalogs directly. The browser bundles
// replace this module with locale-templates.fetch.ts (see rollup.config.mjs), so French pages do
// not download the English strings.
import * as en from '../generated/locales/en.js';

const modules: Record<string, LocaleModule> = {en};

export async function loadLocaleTemplates(locale: string): Promise<LocaleModule> {
  return modules[locale] ?? {templates: {}};
}
