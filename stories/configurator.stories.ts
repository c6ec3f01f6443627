/// <reference types="vite/client" />
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import pageStyles from '../demo/configurateur.css?url';
import {createConfigurator} from '../src/configurator/configurator.js';
import type {Config, Manifest} from '../src/configurator/model.js';
import {setLocale} from '../src/shared/i18n.js';
import {VERSION} from '../src/shared/version.js';

type Args = {initial?: Partial<Config>};

/**
 * The configurator of `dist/configurateur.html` (`npm start`, then /configurateur.html): pick a widget
 * and its options (read from custom-elements.json), see the live preview, copy the snippet as a tag +
 * script, a `data-pp-widget` mount or an iframe. In Storybook the SRI hashes of the build are not
 * available: the CDN snippets come without `integrity` here, with it on the real page.
 */
const render = ({initial}: Args) => {
  // The configurator is a French page; the widgets follow <html lang> (Storybook's iframe says "en").
  document.documentElement.lang = 'fr';
  const root = document.createElement('div');
  const styles = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: pageStyles});
  const main = document.createElement('main');
  root.append(styles, main);
  createConfigurator(main, {
    manifest: manifest as unknown as Manifest,
    info: {version: VERSION, integrity: {}, embedPage: new URL('/embed.html', location.href).href},
    setLocale: (lang) => setLocale(lang),
    initial,
  });
  return root;
};

const meta: Meta<Args> = {
  title: 'Configurateur',
  // a page, not a component with attributes: no docs page of its own
  tags: ['!autodocs'],
  parameters: {layout: 'fullscreen', controls: {disable: true}},
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Timeline: Story = {name: 'Frise des contrats (par défaut)'};
export const Counter: Story = {name: 'Compteur, total d’un contrat', args: {initial: {widget: 'funding-counter', attributes: {metric: 'contract', year: '2018', notation: 'compact'}}}};
export const Nearest: Story = {name: 'Service le plus proche de Brûlon', args: {initial: {widget: 'nearest-service', attributes: {commune: '72050', limit: '2'}}}};
export const SelfHosted: Story = {name: 'Fichiers hébergés sur le site', args: {initial: {widget: 'funding-counter', hosting: 'self', path: '/presence-postale/'}}};
