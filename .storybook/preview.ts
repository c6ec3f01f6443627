import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import {setLocale} from '../src/shared/i18n.js';
import {setAssetBase} from '../src/shared/assets.js';
import '../src/index.js';

// Attribute tables, controls and descriptions come from the class JSDoc, through the analyzer's manifest.
setCustomElementsManifest(customElements);
// Data files are served by Storybook at /data (see main.ts).
setAssetBase('/');

const preview: Preview = {
  tags: ['autodocs'],
  // lit-localize has ONE locale per page: drive it from a toolbar global, not from each story.
  globalTypes: {
    locale: {
      description: 'Langue des widgets / widget locale',
      toolbar: {title: 'Langue', icon: 'globe', items: [{value: 'fr', title: 'Français'}, {value: 'en', title: 'English'}], dynamicTitle: true},
    },
  },
  initialGlobals: {locale: 'fr'},
  // The widgets follow <html lang> (Storybook's iframe says "en"): set it from the toolbar, then the locale.
  loaders: [
    async ({globals}) => {
      document.documentElement.lang = globals.locale ?? 'fr';
      return {locale: await setLocale(globals.locale ?? 'fr')};
    },
  ],
  parameters: {
    controls: {expanded: true},
    docs: {toc: false},
  },
};
export default preview;
