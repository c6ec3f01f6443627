import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {inWidth, onDarkPage} from './helpers.js';

type Args = {
  metric?: string;
  year?: string;
  since?: string;
  until?: string;
  today?: string;
  value?: string;
  label?: string;
  source?: string;
  notation?: string;
  animation?: string;
  live?: boolean;
  theme?: string;
};

const TODAY = '2026-11-27';

const render = (args: Args) => html`<pp-funding-counter
  metric=${args.metric ?? nothing}
  year=${args.year ?? nothing}
  since=${args.since ?? nothing}
  until=${args.until ?? nothing}
  today=${args.today ?? nothing}
  value=${args.value ?? nothing}
  label=${args.label ?? nothing}
  source=${args.source ?? nothing}
  notation=${args.notation ?? nothing}
  animation=${args.animation ?? nothing}
  ?live=${args.live}
  theme=${args.theme ?? nothing}
  >Plus de 2,4 milliards d’euros prévus depuis 2008 par les contrats de présence postale territoriale.</pp-funding-counter
>`;

/**
 * The money the contrats de présence postale territoriale foresee for the territories, counted up once
 * when first scrolled into view (at once under reduced motion). Screen readers get the final amount in
 * words only. `today` is pinned so the figures stay the same from day to day.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Compteur des financements (pp-funding-counter)',
  component: 'pp-funding-counter',
  args: {today: TODAY},
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {name: 'Cumulative since 2008 (default)'};
export const Period: Story = {name: 'Cumulative 2020-2022 (522 M€)', args: {since: '2020', until: '2022'}};
export const Since2008To2022: Story = {name: 'Cumulative 2008-2022 (over 2.4 billion)', args: {until: '2022'}};
export const Annual: Story = {name: 'Annual fund in force', args: {metric: 'annual'}};
export const Contract: Story = {name: 'Total of a contract', args: {metric: 'contract', year: '2018'}};
export const UncertainContract: Story = {name: 'Total of the 2008-2010 contract (uncertain)', args: {metric: 'contract', year: '2009'}};
export const Compact: Story = {args: {notation: 'compact'}};
export const Full: Story = {args: {notation: 'full'}};
/** The final amount at once; the same happens for any story under `prefers-reduced-motion: reduce`. */
export const NoAnimation: Story = {name: 'No animation (as under reduced motion)', args: {animation: 'none'}};
/** After the count-up, about 5.5 € a second, a few updates a second, only while visible. Uses the real date. */
export const Live: Story = {args: {live: true, today: undefined}};
export const CustomValue: Story = {
  name: 'Custom value',
  args: {value: '1 250 000', label: 'pour les agences postales du département en 2025', source: 'Source : conseil départemental, rapport d’activité 2025.'},
};
export const English: Story = {globals: {locale: 'en'}, tags: ['!autodocs'], args: {metric: 'annual'}};
export const EnglishCumulative: Story = {name: 'English, cumulative, compact', globals: {locale: 'en'}, tags: ['!autodocs'], args: {notation: 'compact'}};
export const Dark: Story = {args: {theme: 'dark'}, render: (args) => onDarkPage(render(args))};
export const Narrow320: Story = {name: '320 px wide', render: (args) => inWidth(320, render(args))};
export const Narrow320Full: Story = {name: '320 px wide, full notation', args: {notation: 'full'}, render: (args) => inWidth(320, render(args))};
export const InvalidValue: Story = {name: 'Invalid value', args: {value: 'abc', label: 'pour la commune'}};
export const InvalidConfiguration: Story = {
  name: 'Invalid configuration',
  args: {since: '2022', until: '2020', notation: 'short', metric: 'total'},
};
export const AfterTheLastContract: Story = {name: 'Annual, after the last contract (2027)', args: {metric: 'annual', today: '2027-06-01'}};
