import {html, type TemplateResult} from 'lit/html.js';
import {msg, str} from '@lit/localize';
import {PresenceElement} from '../shared/element.js';
import {heading} from '../shared/heading.js';
import {themeStyles} from '../shared/theme.styles.js';
import {formatEurosLong, formatNumber, formatPartialDate, partialDateToIso} from '../shared/format.js';
import {parseCalendarDate, parseHeadingLevel, parseKeyword, parseLink, parseYear} from '../shared/attributes.js';
import {FIRST_CONTRACT_YEAR, LAST_CONTRACT_YEAR, type Contract} from '../data/contracts.js';
import {contractSourceLine, fundQualifiers} from '../shared/contract-sources.js';
import {loadContractTexts, type ContractTextsFile} from '../data/contract-texts.js';
import {getLocale} from '../shared/i18n.js';
import {timelineItems, type LocalEvent, type TimelineItem} from './timeline-items.js';
import {timelineStyles} from './contract-timeline.styles.js';

export const ORIENTATIONS = ['auto', 'vertical', 'horizontal'] as const;

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
 * @cssprop [--pp-padding=0.75rem] - Padding of the widget.
 */
export class ContractTimeline extends PresenceElement {
  static override styles = [themeStyles, timelineStyles];
  static override properties = {
    from: {},
    to: {},
    highlight: {},
    headingLevel: {attribute: 'heading-level'},
    compact: {type: Boolean, reflect: true},
    orientation: {},
    today: {},
  };

  /** First year shown (contracts overlapping it and later); default: 2008. */
  declare from?: string | number;

  /** Last year shown; default: the last contract's. */
  declare to?: string | number;

  /** A year: the contract covering it is emphasised. */
  declare highlight?: string | number;

  /** Level of the widget's heading, 2 to 6 (entries use the next level, 6 at most). Default 2. */
  declare headingLevel?: string | number;

  /** Periods and amounts only, without details. */
  compact = false;

  /** `auto` (vertical in narrow containers, horizontal when there is room), `vertical` or `horizontal`. */
  orientation = 'auto';

  /** Today's date (`YYYY-MM-DD`), to mark the contract in force; default: the real date. For stories and tests. */
  declare today?: string;

  private level = 2;
  private items: TimelineItem[] = [];
  /** The contracts' long texts, loaded when a reader first opens a contract's details (contract-texts.json). */
  private texts?: ContractTextsFile | 'loading' | 'failed';
  private layout = 'auto';
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

  protected configure(): void {
    let from = this.read(parseYear('from', this.from, 1900, 2100));
    let to = this.read(parseYear('to', this.to, 1900, 2100));
    if (from! > to!) {
      this.report('from', this.from, msg(str`l’année de début doit précéder l’année de fin (to="${to}") ; toute la période est affichée.`, {id: 'timeline-from-after-to'}));
      from = to = undefined;
    }
    const now = new Date();
    const today = this.read(parseCalendarDate('today', this.today, true)) ?? {year: now.getFullYear()};
    this.level = this.read(parseHeadingLevel(this.headingLevel)) ?? 2;
    this.layout = this.read(parseKeyword('orientation', this.orientation, ORIENTATIONS)) ?? 'auto';
    const events: LocalEvent[] = [];
    for (const child of this.querySelectorAll(':scope > pp-timeline-event')) {
      // an invalid milestone is reported and left out
      const rawDate = child.getAttribute('date');
      const date = this.read(parseCalendarDate('pp-timeline-event date', rawDate));
      const label = child.getAttribute('label')?.trim();
      const href = this.read(parseLink('pp-timeline-event href', child.getAttribute('href')));
      if (!label || !rawDate?.trim()) this.report(`pp-timeline-event ${label ? 'date' : 'label'}`, '', msg('le libellé et la date de l’événement sont obligatoires.', {id: 'event-required'}));
      if (date && label) events.push({date, label, href, description: child.textContent?.replace(/\s+/g, ' ').trim()});
    }
    const highlight = this.read(parseYear('highlight', this.highlight, FIRST_CONTRACT_YEAR, LAST_CONTRACT_YEAR));
    this.items = timelineItems(events, {from, to, today, highlight});
  }

  protected override render(): TemplateResult {
    const sources = this.items.flatMap((item) => (item.kind === 'contract' ? item.contract.sources : []));
    return html`<div class="frame">
      ${this.renderProblems()} ${heading(this.level, msg('Les contrats de présence postale territoriale', {id: 'timeline-title'}), 'title', 'title')}
      ${this.items.length
        ? html`<ol class="list ${this.layout}" part="list">
            ${this.items.map((item) => (item.kind === 'contract' ? this.renderContract(item) : this.renderEvent(item.event)))}
          </ol>`
        : html`<p>${msg('Aucun contrat ni événement sur cette période.', {id: 'timeline-empty'})}</p>`}
      ${contractSourceLine(sources)}
    </div>`;
  }

  private renderContract({contract, current, highlighted}: Extract<TimelineItem, {kind: 'contract'}>): TemplateResult {
    const {startYear, endYear} = contract;
    const state = [current && 'current', highlighted && 'highlighted'].filter(Boolean).join(' ');
    return html`<li class="card contract ${state}" part="item contract ${state}" aria-current=${current ? 'true' : 'false'}>
      <span class="marker" aria-hidden="true"></span>
      ${heading(
        this.level + 1,
        html`${msg('Contrat', {id: 'contract-word'})} <time datetime=${startYear}>${startYear}</time>-<time datetime=${endYear}>${endYear}</time>`,
        'name item-title',
      )}
      ${current || highlighted
        ? html`<p class="badges">
            ${current ? html`<span class="badge current-badge" part="badge">${msg('En cours', {id: 'badge-current'})}</span>` : ''}
            ${highlighted ? html`<span class="badge" part="badge">${msg('Mis en avant', {id: 'badge-highlighted'})}</span>` : ''}
          </p>`
        : ''}
      ${contract.extendedToYear ? html`<p class="muted extension">${msg(str`Prolongé jusqu’à fin ${contract.extendedToYear}`, {id: 'contract-extended'})}</p>` : ''}
      <p class="amount">${msg(str`${formatEurosLong(contract.annualFund.millionEuros * 1e6)} par an`, {id: 'fund-per-year'})}${fundQualifiers(contract)}</p>
      ${this.compact ? '' : this.renderDetails(contract)}
    </li>`;
  }

  /** Loads the contracts' texts the first time a reader opens a contract's details (and on retry). */
  private loadTexts(): void {
    if (this.texts && this.texts !== 'failed') return;
    this.texts = 'loading';
    loadContractTexts().then(
      (texts) => (this.texts = texts),
      () => (this.texts = 'failed'),
    ).finally(() => this.requestUpdate());
    this.requestUpdate();
  }

  private renderDetails(contract: Contract): TemplateResult {
    const {signed, annualFund, totalRangeMillionEuros: range} = contract;
    const file = typeof this.texts == 'object' ? this.texts : undefined;
    const texts = file?.[getLocale() === 'en' ? 'en' : 'fr'][contract.id];
    const names = texts?.signatories;
    const fundNote = annualFund.note?.() ?? (texts?.fundNote && fillFigures(texts.fundNote));
    const institution = (name: string, people: string[] = []) => (people.length ? `${name} (${people.join(', ')})` : name);
    const years = contract.endYear - contract.startYear + 1;
    const total = range
      ? msg(str`environ ${formatNumber(range[0])} à ${formatEurosLong(range[1] * 1e6)}`, {id: 'total-range'})
      : formatEurosLong(contract.totalMillionEuros * 1e6);
    return html`<details part="details" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.loadTexts()}>
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
                ${institution(msg('l’État', {id: 'signatory-state'}), names.state)} ;
                ${institution(msg('l’Association des maires de France (AMF)', {id: 'signatory-amf'}), names.amf)} ;
                ${institution('La Poste', names.laPoste)}
              </dd>`
          : ''}
        ${fundNote
          ? html`<dt>${msg('Fonds annuel', {id: 'detail-fund'})}</dt>
              <dd>${fundNote}</dd>`
          : ''}
        <dt>${msg(str`Total sur ${years} ans`, {id: 'detail-total'})}</dt>
        <dd>${total}${range ? '' : fundQualifiers(contract, years)}</dd>
      </dl>
      ${texts
        ? html`<p class="strong">${msg('Principales nouveautés :', {id: 'detail-novelties'})}</p>
            <ul class="novelties">
              ${texts.novelties.map((novelty) => html`<li>${fillFigures(novelty)}</li>`)}
            </ul>`
        : this.texts === 'failed'
          ? html`<p class="texts-error">
              ${msg('Le détail n’a pas pu être chargé.', {id: 'texts-failed'})}
              <button type="button" @click=${this.loadTexts}>${msg('Réessayer', {id: 'retry'})}</button>
            </p>`
          : this.texts && html`<p>${msg('Chargement…', {id: 'loading'})}</p>`}
      <p class="muted">
        ${msg('Sources :', {id: 'detail-sources'})} ${(file?.sources[contract.id] ?? contract.sources).map((source, i) => html`${i ? ', ' : ''}<a href=${source.url}>${source.label}</a>`)}
      </p>
    </details>`;
  }

  private renderEvent({date, label, href, description}: LocalEvent): TemplateResult {
    return html`<li class="card event" part="item event">
      <span class="marker" aria-hidden="true"></span>
      ${heading(
        this.level + 1,
        html`<time datetime=${partialDateToIso(date)}>${formatPartialDate(date)}</time> : ${href ? html`<a href=${href}>${label}</a>` : label}`,
        'name item-title',
      )}
      <p class="badges"><span class="badge event-badge" part="badge">${msg('Événement local', {id: 'badge-local-event'})}</span></p>
      ${description && !this.compact ? html`<p class="description">${description}</p>` : ''}
    </li>`;
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
