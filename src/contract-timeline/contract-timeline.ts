import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {localized, msg, str} from '@lit/localize';
import {PresenceElement} from '../shared/element.js';
import {heading} from '../shared/heading.js';
import {themeStyles} from '../shared/theme.styles.js';
import {formatEurosLong, formatNumber, formatPartialDate, partialDateToIso} from '../shared/format.js';
import {
  parseCalendarDate,
  parseHeadingLevel,
  parseKeyword,
  parseLink,
  parseYear,
  problem,
  type AttributeProblem,
  type CalendarDate,
} from '../shared/attributes.js';
import {CONTRACTS_UPDATED, FIRST_CONTRACT_YEAR, LAST_CONTRACT_YEAR, type Contract, type Source} from '../data/contracts.js';
import {loadContractTexts, type ContractTextsFile} from '../data/contract-texts.js';
import {getLocale} from '../shared/i18n.js';
import {timelineItems, type LocalEvent, type TimelineItem} from './timeline-items.js';
import {timelineStyles} from './contract-timeline.styles.js';

export const ORIENTATIONS = ['auto', 'vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Years `from`, `to` accept: local milestones may predate the first contract. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function todayAsCalendarDate(now = new Date()): CalendarDate {
  return {year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate()};
}

/**
 * The contrats de présence postale territoriale since 2008, with their funds and novelties, merged
 * with a commune's own milestones (`<pp-timeline-event>` children). The contract in force is marked
 * "en cours" in text. Text placed inside the tag is the no-JavaScript fallback.
 *
 * Invalid attribute values never break the page: each shows a message in the widget and one console
 * warning, and the widget falls back to the default for that attribute.
 *
 * @summary Timeline of the contrats de présence postale territoriale.
 * @tagname pp-contract-timeline
 *
 * @slot - Children: `<pp-timeline-event>` milestones (read, not slotted), and fallback text shown without JavaScript.
 *
 * @csspart problems - The configuration message shown when an attribute value is invalid.
 * @csspart title - The widget's heading.
 * @csspart list - The `<ol>` of contracts and milestones.
 * @csspart item - Every entry of the list.
 * @csspart contract - A contract entry.
 * @csspart current - The contract in force today.
 * @csspart highlighted - The contract covering the `highlight` year.
 * @csspart event - A local milestone.
 * @csspart badge - The "en cours", "mis en avant" and "événement local" labels.
 * @csspart details - The disclosure with a contract's details.
 * @csspart source - The source and date line.
 *
 * @cssprop [--pp-color-text=#1f2328] - Text colour (dark theme default #e8eaed).
 * @cssprop [--pp-color-muted=#57606a] - Secondary text: dates, sources.
 * @cssprop [--pp-color-background=#ffffff] - Widget background.
 * @cssprop [--pp-color-surface=#f4f6f8] - Background of entries.
 * @cssprop [--pp-color-border=#767d86] - Borders and the timeline axis.
 * @cssprop [--pp-color-accent=#0b5b6f] - Links, markers and the contract in force.
 * @cssprop [--pp-color-accent-soft=#e3f0f3] - Background of the highlighted contract.
 * @cssprop [--pp-color-on-accent=#ffffff] - Text on accent-coloured badges.
 * @cssprop [--pp-color-focus=#0b5b6f] - Focus outline.
 * @cssprop [--pp-color-danger=#a4161a] - Border of configuration messages.
 * @cssprop [--pp-radius=0.5rem] - Corner radius.
 * @cssprop [--pp-spacing=1rem] - Base spacing.
 */
@localized()
export class ContractTimeline extends PresenceElement {
  static override styles = [themeStyles, timelineStyles];

  /** First year shown (contracts overlapping it and later); default: 2008. */
  @property() from?: string | number;

  /** Last year shown; default: the last contract's. */
  @property() to?: string | number;

  /** A year: the contract covering it is emphasised. */
  @property() highlight?: string | number;

  /** Level of the widget's heading, 2 to 6 (entries use the next level, 6 at most). Default 2. */
  @property({attribute: 'heading-level'}) headingLevel?: string | number;

  /** Periods and amounts only, without details. */
  @property({type: Boolean, reflect: true}) compact = false;

  /** `auto` (vertical in narrow containers, horizontal when there is room), `vertical` or `horizontal`. */
  @property() orientation: Orientation | string = 'auto';

  /** Today's date (`YYYY-MM-DD`), to mark the contract in force; default: the real date. For stories and tests. */
  @property() today?: string;

  private config!: {from?: number; to?: number; highlight?: number; headingLevel: number; orientation: Orientation; today: CalendarDate};
  private items: TimelineItem[] = [];
  /** The contracts' long texts, loaded on first opening of a details (see contract-texts.json). */
  @state() private texts?: ContractTextsFile;
  @state() private textsFailed = false;
  private textsLoading?: Promise<unknown>;
  private readonly childObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    // Milestones are children: re-read them when they, their attributes or their text change.
    this.childObserver.observe(this, {childList: true, subtree: true, attributes: true, characterData: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const problems: AttributeProblem[] = [];
    this.parseSharedAttributes(problems);
    let from = this.take(parseYear('from', this.from, MIN_YEAR, MAX_YEAR), undefined, problems);
    let to = this.take(parseYear('to', this.to, MIN_YEAR, MAX_YEAR), undefined, problems);
    if (from !== undefined && to !== undefined && from > to) {
      problems.push(problem('from', this.from, msg(str`l’année de début doit précéder l’année de fin (to="${to}") ; toute la période est affichée.`, {id: 'timeline-from-after-to'})).problem);
      from = to = undefined;
    }
    const highlight = this.take(parseYear('highlight', this.highlight, FIRST_CONTRACT_YEAR, LAST_CONTRACT_YEAR), undefined, problems);
    const headingLevel = this.take(parseHeadingLevel(this.headingLevel), 2, problems);
    const orientation = this.take(parseKeyword('orientation', this.orientation, ORIENTATIONS, 'auto'), 'auto', problems);
    const today = this.take(parseCalendarDate('today', this.today, 'day'), undefined, problems) ?? todayAsCalendarDate();
    this.config = {from, to, highlight, headingLevel, orientation, today};
    const events = this.readEvents(problems);
    this.items = timelineItems(events, this.config);
    this.setProblems(problems);
  }

  /** Reads the `<pp-timeline-event>` children; an invalid one is reported and left out. */
  private readEvents(problems: AttributeProblem[]): LocalEvent[] {
    const events: LocalEvent[] = [];
    for (const child of this.querySelectorAll(':scope > pp-timeline-event')) {
      const date = parseCalendarDate('pp-timeline-event date', child.getAttribute('date'));
      const label = (child.getAttribute('label') ?? '').trim();
      const href = parseLink('pp-timeline-event href', child.getAttribute('href'));
      if (!date.ok) problems.push(date.problem);
      else if (!date.value) problems.push(problem('pp-timeline-event date', '', msg('la date de l’événement est obligatoire.', {id: 'event-date-required'})).problem);
      if (!label) problems.push(problem('pp-timeline-event label', '', msg('le libellé de l’événement est obligatoire.', {id: 'event-label-required'})).problem);
      if (!href.ok) problems.push(href.problem);
      if (!date.ok || !date.value || !label) continue;
      const description = child.textContent?.replace(/\s+/g, ' ').trim() || undefined;
      events.push({date: date.value, label, href: href.ok ? href.value : undefined, description});
    }
    return events;
  }

  protected override render(): TemplateResult {
    const {headingLevel, orientation} = this.config;
    const title = msg('Les contrats de présence postale territoriale', {id: 'timeline-title'});
    return html`<div class="frame">
      ${this.renderProblems()} ${heading(headingLevel, title, 'title', 'title')}
      ${this.items.length
        ? html`<ol class="list ${orientation}" part="list">
            ${this.items.map((item) => (item.kind === 'contract' ? this.renderContract(item) : this.renderEvent(item.event)))}
          </ol>`
        : html`<p class="empty">${msg('Aucun contrat ni événement sur cette période.', {id: 'timeline-empty'})}</p>`}
      ${this.renderSourceLine()}
    </div>`;
  }

  private renderContract({contract, current, highlighted}: Extract<TimelineItem, {kind: 'contract'}>): TemplateResult {
    const itemLevel = this.config.headingLevel + 1;
    const parts = ['item', 'contract', current ? 'current' : '', highlighted ? 'highlighted' : ''].filter(Boolean).join(' ');
    const period = html`<time datetime=${contract.startYear}>${contract.startYear}</time>-<time datetime=${contract.endYear}>${contract.endYear}</time>`;
    const title = html`${msg('Contrat', {id: 'contract-word'})} ${period}`;
    return html`<li class="item contract ${current ? 'current' : ''} ${highlighted ? 'highlighted' : ''}" part=${parts} aria-current=${ifDefined(current ? 'true' : undefined)}>
      <span class="marker" aria-hidden="true"></span>
      ${heading(itemLevel, title, 'item-title')}
      ${current || highlighted
        ? html`<p class="badges">
            ${current ? html`<span class="badge current-badge" part="badge">${msg('En cours', {id: 'badge-current'})}</span>` : nothing}
            ${highlighted ? html`<span class="badge highlight-badge" part="badge">${msg('Mis en avant', {id: 'badge-highlighted'})}</span>` : nothing}
          </p>`
        : nothing}
      ${contract.extendedToYear
        ? html`<p class="extension">${msg(str`Prolongé jusqu’à fin ${contract.extendedToYear}`, {id: 'contract-extended'})}</p>`
        : nothing}
      <p class="amount">${this.annualFundText(contract)}</p>
      ${this.compact ? nothing : this.renderDetails(contract)}
    </li>`;
  }

  private annualFundText(contract: Contract): string {
    const fund = contract.annualFund;
    const amount = formatEurosLong(fund.millionEuros * 1e6);
    let text = msg(str`${amount} par an`, {id: 'fund-per-year'});
    if (fund.upToMillionEuros) {
      const upTo = formatEurosLong(fund.upToMillionEuros * 1e6);
      text += ' ' + msg(str`(jusqu’à ${upTo} selon les communiqués)`, {id: 'fund-up-to'});
    }
    if (fund.uncertain) text += ' ' + msg('(montant incertain)', {id: 'fund-uncertain'});
    return text;
  }

  /** Loads the contracts' texts the first time a reader opens a contract's details. */
  private onToggle(event: Event): void {
    if (!(event.target as HTMLDetailsElement).open || this.texts || this.textsLoading) return;
    this.textsFailed = false;
    this.textsLoading = loadContractTexts().then(
      (texts) => (this.texts = texts),
      () => (this.textsFailed = true),
    );
    this.textsLoading.finally(() => (this.textsLoading = undefined));
  }

  private renderDetails(contract: Contract): TemplateResult {
    const {signed} = contract;
    const texts = this.texts?.[getLocale() === 'en' ? 'en' : 'fr'][contract.id];
    const names = texts?.signatories;
    const institution = (name: string, people: string[]) => (people.length ? `${name} (${people.join(', ')})` : name);
    const total = contract.totalRangeMillionEuros
      ? msg(str`environ ${formatEurosLong(contract.totalRangeMillionEuros[0] * 1e6)} à ${formatEurosLong(contract.totalRangeMillionEuros[1] * 1e6)}`, {id: 'total-range'})
      : formatEurosLong(contract.totalMillionEuros * 1e6);
    const years = contract.endYear - contract.startYear + 1;
    return html`<details part="details" @toggle=${this.onToggle}>
      <summary>${msg('Détails', {id: 'details-summary'})}<span class="visually-hidden"> ${msg(str`du contrat ${contract.id}`, {id: 'details-of-contract'})}</span></summary>
      <dl>
        <dt>${msg('Signature', {id: 'detail-signed'})}</dt>
        <dd>
          <time datetime=${partialDateToIso(signed.date)}>${formatPartialDate(signed.date)}</time>${signed.uncertain
            ? ` (${texts?.signedNote ? fillFigures(texts.signedNote) : msg('date incertaine', {id: 'signed-uncertain'})})`
            : ''}
        </dd>
        ${names
          ? html`<dt>${msg('Signataires', {id: 'detail-signatories'})}</dt>
              <dd>
                ${[
                  institution(msg('l’État', {id: 'signatory-state'}), names.state),
                  institution(msg('l’Association des maires de France (AMF)', {id: 'signatory-amf'}), names.amf),
                  institution('La Poste', names.laPoste),
                ].join(' ; ')}
              </dd>`
          : nothing}
        ${contract.annualFund.note || texts?.fundNote
          ? html`<dt>${msg('Fonds annuel', {id: 'detail-fund'})}</dt>
              <dd>${contract.annualFund.note?.() ?? fillFigures(texts!.fundNote!)}</dd>`
          : nothing}
        <dt>${msg(str`Total sur ${years} ans`, {id: 'detail-total'})}</dt>
        <dd>${total}</dd>
      </dl>
      ${texts
        ? html`<p class="novelties-title">${msg('Principales nouveautés :', {id: 'detail-novelties'})}</p>
            <ul class="novelties">
              ${texts.novelties.map((novelty) => html`<li>${fillFigures(novelty)}</li>`)}
            </ul>`
        : this.textsFailed
          ? html`<p class="texts-error">
              ${msg('Le détail n’a pas pu être chargé.', {id: 'texts-failed'})}
              <button type="button" @click=${(e: Event) => this.onToggle({target: (e.target as Element).closest('details')} as unknown as Event)}>
                ${msg('Réessayer', {id: 'retry'})}
              </button>
            </p>`
          : html`<p class="texts-loading">${msg('Chargement…', {id: 'loading'})}</p>`}
      <p class="sources">
        ${msg('Sources :', {id: 'detail-sources'})}
        ${contract.sources.map((source, i) => html`${i ? ', ' : ''}<a href=${source.url}>${source.label}</a>`)}
      </p>
    </details>`;
  }

  private renderEvent(event: LocalEvent): TemplateResult {
    const when = html`<time datetime=${partialDateToIso(event.date)}>${formatPartialDate(event.date)}</time>`;
    const label = event.href ? html`<a href=${event.href}>${event.label}</a>` : event.label;
    return html`<li class="item event" part="item event">
      <span class="marker" aria-hidden="true"></span>
      ${heading(this.config.headingLevel + 1, html`${when} : ${label}`, 'item-title')}
      <p class="badges"><span class="badge event-badge" part="badge">${msg('Événement local', {id: 'badge-local-event'})}</span></p>
      ${event.description && !this.compact ? html`<p class="description">${event.description}</p>` : nothing}
    </li>`;
  }

  /** Publishers of the contracts shown, each linked once, and the date of the facts. */
  private renderSourceLine(): TemplateResult {
    const seen = new Map<string, Source>();
    for (const item of this.items) {
      if (item.kind === 'contract') for (const source of item.contract.sources) if (!seen.has(source.label)) seen.set(source.label, source);
    }
    const updated = formatPartialDate(CONTRACTS_UPDATED);
    return html`<p class="source" part="source">
      ${seen.size
        ? html`${msg('Sources :', {id: 'detail-sources'})}
          ${[...seen.values()].map((source, i) => html`${i ? ', ' : ''}<a href=${source.url}>${source.label}</a>`)}.`
        : nothing}
      ${msg(str`Montants prévus par les contrats, données à jour en ${updated}.`, {id: 'timeline-source-date'})}
    </p>`;
  }
}

/** Formats the figures written as tokens in contract-texts.json: {n:1200} a number, {meur:140} millions of euros. */
export function fillFigures(text: string): string {
  return text.replace(/\{(n|meur):(\d+)\}/g, (_, kind: string, value: string) => (kind === 'n' ? formatNumber(+value) : formatEurosLong(+value * 1e6)));
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-contract-timeline': ContractTimeline;
  }
}
