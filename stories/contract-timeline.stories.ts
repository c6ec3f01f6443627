import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {inWidth, onDarkPage} from './helpers.js';

type Args = {
  from?: string;
  to?: string;
  highlight?: string;
  'heading-level'?: string;
  compact?: boolean;
  orientation?: string;
  today?: string;
  theme?: string;
};

const TODAY = '2026-11-27';

const render = (args: Args, events = html``) => html`<pp-contract-timeline
  from=${args.from ?? nothing}
  to=${args.to ?? nothing}
  highlight=${args.highlight ?? nothing}
  heading-level=${args['heading-level'] ?? nothing}
  ?compact=${args.compact}
  orientation=${args.orientation ?? nothing}
  today=${args.today ?? nothing}
  theme=${args.theme ?? nothing}
  >${events}</pp-contract-timeline
>`;

const localEvents = html`
  <pp-timeline-event date="2019-09" label="Ouverture de l’agence postale communale" href="https://example.org/agence">À la mairie, du lundi au samedi matin.</pp-timeline-event>
  <pp-timeline-event date="2024-03-15" label="Labellisation France services"></pp-timeline-event>
`;

/**
 * The contrats de présence postale territoriale since 2008. The contract in force on `today` is marked
 * "en cours"; the commune's own milestones are `<pp-timeline-event>` children.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Frise des contrats (pp-contract-timeline)',
  component: 'pp-contract-timeline',
  args: {today: TODAY},
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Compact: Story = {args: {compact: true}};
export const Filtered: Story = {args: {from: '2017', to: '2022'}};
export const Highlighted: Story = {args: {highlight: '2012', 'heading-level': '3'}};
export const WithLocalEvents: Story = {name: 'With local events', render: (args) => render(args, localEvents)};
export const Vertical: Story = {args: {orientation: 'vertical'}};
export const Narrow320: Story = {name: '320 px wide', render: (args) => inWidth(320, render(args, localEvents))};
export const Dark: Story = {args: {theme: 'dark'}, render: (args) => onDarkPage(render(args))};
export const English: Story = {globals: {locale: 'en'}, tags: ['!autodocs'], render: (args) => render(args, localEvents)};
export const InvalidConfiguration: Story = {
  name: 'Invalid configuration',
  args: {from: 'abc', 'heading-level': '9', orientation: 'diagonal'},
};
export const AfterTheLastContract: Story = {name: 'After the last contract (2027)', args: {today: '2027-03-01', from: '2020'}};
