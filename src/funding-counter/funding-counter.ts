import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import {PresenceElement} from '../shared/element.js';
import {themeStyles} from '../shared/theme.styles.js';
import {getLocale} from '../shared/i18n.js';
import {formatEurosCompact, formatEurosFull, formatEurosLong, formatPartialDate} from '../shared/format.js';
import {parseCalendarDate, parseKeyword, parseYear} from '../shared/attributes.js';
import {contractSourceLine, fundQualifiers} from '../shared/contract-sources.js';
import {
  AGGREGATE_SOURCE,
  AGGREGATE_UNTIL_YEAR,
  CONTRACTS,
  CONTRACTS_UPDATED,
  FIRST_CONTRACT_YEAR,
  LAST_CONTRACT_YEAR,
  contractCoveringYear,
  lastYearOf,
  type Source,
} from '../data/contracts.js';
import {annualFundAt, contractTotal, cumulativeFund, ratePerSecond, yearStart} from '../data/funding.js';
import {CountUp, digitsLike} from './count-up.js';
import {counterStyles} from './funding-counter.styles.js';

/** A note as a sentence: capital first letter, final full stop ('' stays ''). */
const sentence = (text: string) => text && text[0].toUpperCase() + text.slice(1) + '.';

export const METRICS = ['cumulative', 'annual', 'contract'] as const;
export const NOTATIONS = ['long', 'compact', 'full'] as const;
export const ANIMATIONS = ['auto', 'none'] as const;
export type Metric = (typeof METRICS)[number];
export type Notation = (typeof NOTATIONS)[number];

const FORMATS = {long: formatEurosLong, compact: formatEurosCompact, full: formatEurosFull};

/**
 * The money the contrats de présence postale territoriale foresee for the territories: by default
 * the total since 1 January 2008 up to today (pro rata of the current year), or the annual fund in
 * force, or one contract's total, or any amount of your own. Every figure is labelled as foreseen by
 * the contracts ("montants prévus", not amounts paid) and carries its sources and their date.
 *
 * The amount counts up once, in 1.5 s, when first scrolled into view; at once under
 * `prefers-reduced-motion` or with `animation="none"`. Screen readers get only the final amount in
 * words ("3,16 milliards d’euros …"), from the first render: the moving digits are `aria-hidden`,
 * and nothing is announced while they move. Text placed inside the tag is the no-JavaScript fallback.
 *
 * Invalid attribute values never break the page: each shows a message in the widget and one console
 * warning, and the widget falls back to the default for that attribute (an invalid `value` shows no amount).
 *
 * @summary Animated, accessible amount of the postal presence funding.
 * @tagname pp-funding-counter
 *
 * @slot - Fallback text shown before the script runs or without JavaScript; hidden once the element is upgraded.
 *
 * @fires pp-counter-end - Once, when the final amount is shown: at the end of the count-up, or when first visible without animation.
 *
 * @csspart problems - The configuration message shown when an attribute value is invalid.
 * @csspart figure - The block holding the amount, its label and the amount in words for screen readers.
 * @csspart value - The amount in figures (hidden from screen readers, which read the amount in words).
 * @csspart label - What the amount is ("prévus par les contrats de présence postale depuis 2008").
 * @csspart source - The sources and date line.
 *
 * @cssprop [--pp-counter-size=2em] - Font size of the amount.
 * @cssprop [--pp-color-text=#1f2328] - Text colour (dark theme default #e8eaed).
 * @cssprop [--pp-color-muted=#57606a] - Secondary text: sources.
 * @cssprop [--pp-color-background=#ffffff] - Widget background.
 * @cssprop [--pp-color-accent=#0b5b6f] - The amount and links.
 * @cssprop [--pp-color-focus=#0b5b6f] - Focus outline.
 * @cssprop [--pp-color-danger=#a4161a] - Border of configuration messages.
 * @cssprop [--pp-radius=0.5rem] - Corner radius.
 * @cssprop [--pp-spacing=1rem] - Base spacing.
 * @cssprop [--pp-padding=0.75rem] - Padding of the widget.
 */
export class FundingCounter extends PresenceElement {
  static override styles = [themeStyles, counterStyles];
  static override properties = {metric: {}, year: {}, since: {}, until: {}, today: {}, value: {}, label: {}, source: {}, notation: {}, animation: {}, live: {type: Boolean}};

  /** `cumulative`: total foreseen since 2008 (or `since`) up to today; `annual`: the annual fund of the contract in force; `contract`: the total of the contract covering `year`. */
  metric: Metric | string = 'cumulative';

  /** With `metric="contract"`: a year between 2008 and 2026; its contract is shown. Default: the current year. */
  declare year?: string | number;

  /** With `metric="cumulative"`: first year counted (2008 to 2026). Default 2008. */
  declare since?: string | number;

  /** With `metric="cumulative"`: last year counted (2008 to 2026), never beyond today. Default: up to today. */
  declare until?: string | number;

  /** Today's date (`YYYY-MM-DD`, taken at 00:00 UTC), for stories and tests; default: the real date and time. */
  declare today?: string;

  /** An amount of your own in euros, zero or more (e.g. `1250000` or `1 250 000,50`), shown instead of the contracts' figures. */
  declare value?: string | number;

  /** With `value`: what the amount is, shown under it and read after it. */
  declare label?: string;

  /** With `value`: where the amount comes from, shown as given. */
  declare source?: string;

  /** `long` ("2,47 milliards d’euros"), `compact` ("2,47 Md €") or `full` ("2 469 000 000 €"). Default `long`, or `full` when `live` ticks. */
  declare notation?: Notation | string;

  /** `auto`: count up when first visible (final amount at once under reduced motion); `none`: final amount at once. */
  animation = 'auto';

  /** After the count-up, the cumulative amount keeps rising in real time (about 5.5 € a second), while visible. */
  live = false;

  /** @internal The count-up and live ticking (tests replace its clock). */
  readonly countUp = new CountUp(this);

  /** The real date, once: the figures do not move between renders. */
  private readonly loadedAt = Date.now();
  private amount?: number;
  private text = '';
  private caption = '';
  private words = '';
  /** A contract's note on its fund, or the custom `source` text. */
  private note = '';
  private sources: Source[] = [];

  protected configure(): void {
    const year = (name: 'year' | 'since' | 'until', last = LAST_CONTRACT_YEAR) => this.read(parseYear(name, this[name], FIRST_CONTRACT_YEAR, last));
    const metric = this.read(parseKeyword('metric', this.metric, METRICS)) ?? 'cumulative';
    const chosen = year('year');
    const until = year('until');
    // since after until: "indiquez une année entre 2008 et {until}"
    const since = year('since', until);
    const date = this.read(parseCalendarDate('today', this.today, true));
    const today = date ? Date.UTC(date.year, date.month! - 1, date.day) : this.loadedAt;
    const todayYear = new Date(today).getUTCFullYear();
    // A custom amount: digits (spaces allowed between them), a decimal comma or point, below 10^15 €.
    const custom = String(this.value ?? '').replace(/\s/g, '');
    let amount: number | undefined;
    let live: ((elapsed: number) => number) | undefined;
    this.caption = this.note = '';
    this.sources = [];
    if (custom) {
      if (/^\d+([.,]\d+)?$/.test(custom) && +custom.replace(',', '.') < 1e15) amount = +custom.replace(',', '.');
      else this.report('value', this.value, msg('indiquez un montant en euros, par exemple 1250000 ou 1 250 000,50.', {id: 'expected-amount'}));
      this.caption = this.label?.trim() ?? '';
      this.note = this.source?.trim() ?? '';
    } else if (metric === 'cumulative') {
      const from = since ?? FIRST_CONTRACT_YEAR;
      const to = until ?? LAST_CONTRACT_YEAR;
      const at = (elapsed: number) => cumulativeFund(from, to, today + elapsed);
      amount = at(0);
      if (this.live && ratePerSecond(today) && today < yearStart(to + 1)) live = at;
      this.caption =
        until === undefined || until >= todayYear
          ? msg(str`prévus par les contrats de présence postale depuis ${from}`, {id: 'counter-since'})
          : msg(str`prévus par les contrats de présence postale de ${from} à ${to}`, {id: 'counter-range'});
      // Each contract of the period, and the aggregate public bodies quote where the period is its own.
      const last = Math.min(to, todayYear);
      const covered = CONTRACTS.filter((c) => lastYearOf(c) >= from && c.startYear <= last);
      this.sources = covered.flatMap((c) => c.sources);
      if (from === FIRST_CONTRACT_YEAR && to <= AGGREGATE_UNTIL_YEAR) this.sources.unshift(AGGREGATE_SOURCE);
      // The total is our sum of the contracts' annual amounts: say so, with what is uncertain in it.
      const uncertain = covered.filter((c) => c.annualFund.uncertain).map((c) => c.id);
      this.note = [
        msg('Somme, calculée ici, des montants annuels prévus par chaque contrat', {id: 'counter-sum'}),
        uncertain.length ? msg(str`Montant incertain pour ${uncertain.join(', ')}`, {id: 'counter-sum-uncertain'}) : '',
        ...covered.map((c) => (last >= lastYearOf(c) && c.annualFund.note?.()) || ''),
      ]
        .map(sentence)
        .filter(Boolean)
        .join(' ');
    } else {
      const y = metric === 'contract' ? (chosen ?? todayYear) : todayYear;
      const contract = contractCoveringYear(y);
      if (contract) {
        const years = metric === 'annual' ? 1 : contract.endYear - contract.startYear + 1;
        amount = years === 1 ? annualFundAt(today) : contractTotal(y);
        this.caption = msg(str`prévus par le contrat ${contract.id}`, {id: 'counter-contract'});
        if (years === 1) this.caption = msg(str`par an, ${this.caption}`, {id: 'counter-per-year'});
        this.caption += fundQualifiers(contract, years);
        this.note = sentence(contract.annualFund.note?.() ?? '');
        this.sources = contract.sources;
      } else {
        // not a configuration mistake but the limit of the data: a notice without "n’est pas valide"
        this.problems.push({attribute: 'metric', value: metric, message: msg(str`aucun contrat de présence postale en vigueur en ${y} n’est connu (données à jour en ${formatPartialDate(CONTRACTS_UPDATED)}).`, {id: 'counter-no-contract'})});
      }
    }
    const notation = this.read(parseKeyword('notation', this.notation, NOTATIONS)) ?? (live ? 'full' : 'long');
    this.amount = amount;
    if (amount !== undefined) {
      this.text = FORMATS[notation](amount);
      this.words = `${formatEurosLong(amount)} ${this.caption}`.trim();
    }
    this.countUp.animate = (this.read(parseKeyword('animation', this.animation, ANIMATIONS)) ?? 'auto') === 'auto';
    this.countUp.live = live;
  }

  protected override render(): TemplateResult {
    const {amount, text} = this;
    if (amount === undefined) return html`${this.renderProblems()}`;
    const shown = this.countUp.at(amount);
    return html`${this.renderProblems()}
      <div part="figure"><span class="value" part="value" aria-hidden="true"><span class="final">${text}</span><span>${shown === amount ? text : digitsLike(text, amount, shown, getLocale())}</span></span
        >${this.caption ? html`<span class="label" part="label" aria-hidden="true">${this.caption}</span>` : nothing}<span class="visually-hidden">${this.words}</span></div>
      ${this.sources.length ? contractSourceLine(this.sources, this.note) : this.note ? html`<p class="source" part="source">${this.note}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-funding-counter': FundingCounter;
  }
}
