import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {inWidth, onDarkPage} from './helpers.js';

type Args = {
  commune?: string;
  postcode?: string;
  lat?: string;
  lon?: string;
  types?: string;
  limit?: string;
  'max-distance'?: string;
  'heading-level'?: string;
  'data-base'?: string;
  now?: string;
  theme?: string;
};

/** A Tuesday morning, so that France services show "Ouvert — ferme à …". */
const NOW = '2026-11-24T10:00';

const render = (args: Args) => html`<pp-nearest-service
  commune=${args.commune ?? nothing}
  postcode=${args.postcode ?? nothing}
  lat=${args.lat ?? nothing}
  lon=${args.lon ?? nothing}
  types=${args.types ?? nothing}
  limit=${args.limit ?? nothing}
  max-distance=${args['max-distance'] ?? nothing}
  heading-level=${args['heading-level'] ?? nothing}
  data-base=${args['data-base'] ?? nothing}
  now=${args.now ?? nothing}
  theme=${args.theme ?? nothing}
  >Trouvez le bureau de poste le plus proche sur laposte.fr.</pp-nearest-service
>`;

/**
 * The nearest bureau de poste, agence postale, relais poste or France services of a commune, a
 * postcode or the visitor's position (asked only on click), text first: name, kind, distance,
 * address, directions, hours for France services, the 5 km reference of the law, sources and dates.
 * Data come from `data/` beside the script (here served by Storybook from the built `dist/data`).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Service postal le plus proche (pp-nearest-service)',
  component: 'pp-nearest-service',
  args: {now: NOW},
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Search: Story = {name: 'Search (no place given)', args: {}};
export const Commune: Story = {name: 'A commune (Brûlon)', args: {commune: '72050'}};
export const LaPosteOnly: Story = {name: 'La Poste points only', args: {commune: '72050', types: 'bureau,agence-communale,agence-intercommunale,relais'}};
export const ThreeNearest: Story = {name: 'Three nearest (Paris 1er)', args: {commune: '75101', limit: '3'}};
export const FranceServicesHours: Story = {name: 'France services with hours', args: {commune: '72050', types: 'france-services'}};
export const HostedInPostOffice: Story = {name: 'France services in a post office', args: {commune: '01388'}};
export const ClosedOnHoliday: Story = {name: 'Closed on a public holiday (14 July)', args: {commune: '72050', types: 'france-services', now: '2026-07-14T10:00'}};
export const Overseas: Story = {name: 'Overseas (Saint-Denis, La Réunion)', args: {commune: '97411', types: 'france-services', limit: '2'}};
export const SharedPostcode: Story = {name: 'Postcode shared by several communes', args: {postcode: '72350'}};
export const Position: Story = {name: 'A position (lat, lon)', args: {lat: '47.9671', lon: '-0.2357', limit: '2'}};
export const NothingWithin: Story = {name: 'Nothing within max-distance', args: {lat: '46.5', lon: '2.5', 'max-distance': '0,5'}};
export const DataMissing: Story = {name: 'Data missing (error and retry)', args: {commune: '72050', 'data-base': '/missing/'}};
export const Narrow320: Story = {name: '320 px wide', args: {commune: '01388', limit: '2'}, render: (args) => inWidth(320, render(args))};
export const Dark: Story = {args: {commune: '72050', limit: '2', theme: 'dark'}, render: (args) => onDarkPage(render(args))};
export const English: Story = {globals: {locale: 'en'}, tags: ['!autodocs'], args: {commune: '72050', limit: '2'}};
export const InvalidConfiguration: Story = {name: 'Invalid configuration', args: {commune: 'abc', limit: '0', types: 'poste'}};

// States reached only over time or through the visitor: the story sets the scene in `beforeEach`
// (undone afterwards) and `play` does what the visitor would. Kept out of the docs page, where
// several stories share one document.

/** The widget of the story, once rendered, and a control of its shadow root. */
async function control<T extends Element>(canvas: HTMLElement, selector: string): Promise<T> {
  const widget = canvas.querySelector('pp-nearest-service')!;
  await widget.updateComplete;
  return widget.shadowRoot!.querySelector<T>(selector)!;
}

/** Data requests to `/slow/` never answer: the skeleton shows until the loader's timeout (8 s). */
function slowData(): () => void {
  const realFetch = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('/slow/')
      ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      : realFetch(input, init);
  return () => void (window.fetch = realFetch);
}

/** The browser answers "Utiliser ma position" with this position, or this GeolocationPositionError code. */
function geolocationAnswers(answer: {lat: number; lon: number} | 1 | 2 | 3): () => void {
  const geolocation: Pick<Geolocation, 'getCurrentPosition'> = {
    getCurrentPosition: (success, failure) =>
      setTimeout(() =>
        typeof answer === 'number'
          ? failure?.({code: answer, message: ''} as GeolocationPositionError)
          : success({coords: {latitude: answer.lat, longitude: answer.lon}} as GeolocationPosition),
      300),
  };
  Object.defineProperty(navigator, 'geolocation', {value: geolocation, configurable: true});
  return () => void delete (navigator as {geolocation?: unknown}).geolocation;
}

const clickUsePosition = async ({canvasElement}: {canvasElement: HTMLElement}) =>
  (await control<HTMLButtonElement>(canvasElement, '.position button')).click();

export const Loading: Story = {
  name: 'Loading (slow data, then timeout after 8 s)',
  tags: ['!autodocs'],
  args: {commune: '72050', 'data-base': '/slow/'},
  beforeEach: slowData,
};
export const Suggestions: Story = {
  name: 'Search suggestions ("saint-m", arrow down)',
  tags: ['!autodocs'],
  args: {},
  play: async ({canvasElement}) => {
    const input = await control<HTMLInputElement>(canvasElement, 'input');
    input.focus();
    input.value = 'saint-m';
    input.dispatchEvent(new Event('input'));
    const list = await control<HTMLElement>(canvasElement, '[role=listbox]');
    await waitFor(() => expect(list.hidden).toBe(false), {timeout: 5000});
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown'}));
  },
};
export const PositionGranted: Story = {
  name: 'Position granted (near Brûlon)',
  tags: ['!autodocs'],
  args: {limit: '2'},
  beforeEach: () => geolocationAnswers({lat: 47.9671, lon: -0.2357}),
  play: clickUsePosition,
};
export const PositionDenied: Story = {name: 'Position refused by the visitor', tags: ['!autodocs'], args: {}, beforeEach: () => geolocationAnswers(1), play: clickUsePosition};
export const PositionUnavailable: Story = {name: 'Position unavailable', tags: ['!autodocs'], args: {}, beforeEach: () => geolocationAnswers(2), play: clickUsePosition};
export const PositionTimeout: Story = {name: 'Position too slow (timeout)', tags: ['!autodocs'], args: {}, beforeEach: () => geolocationAnswers(3), play: clickUsePosition};
