import {html, nothing, type TemplateResult} from 'lit/html.js';
import type {PropertyValues} from '../shared/reactive-base.js';
import {msg, str} from '@lit/localize';
import {PresenceElement} from '../shared/element.js';
import {heading} from '../shared/heading.js';
import {themeStyles} from '../shared/theme.styles.js';
import {formatClockTime, formatDistance, formatPartialDate, formatWeekday} from '../shared/format.js';
import {parseHeadingLevel, parseKeyword, parseLink, parseNumber, text} from '../shared/attributes.js';
import {DataError} from '../data/loader.js';
import {nearest, pointsInfo} from '../data/nearest.js';
import {communeByCode, searchCommunes} from '../data/communes.js';
import type {Commune, DataInfo, NearestResult, PointType} from '../data/types.js';
import {ComboboxController, type Suggestion} from './combobox.js';
import {currentPosition, type GeolocationFailure} from './geolocation.js';
import {holidayChecker, localTime, openingStatus, parseWeeklyHours} from './opening-hours.js';
import {nearestServiceStyles} from './nearest-service.styles.js';

export const POINT_TYPES = ['bureau', 'agence-communale', 'agence-intercommunale', 'relais', 'france-services'] as const;
const LA_POSTE_TYPES = POINT_TYPES.slice(0, 4);

/** Where to search from: a commune's centre or the visitor's position. */
interface Place {
  lat: number;
  lon: number;
  commune?: Commune;
}

/** A point as shown: a bureau carries the France services it hosts. */
type ShownPoint = NearestResult & {hosted?: NearestResult};

type Failure = DataError['kind'] | 'unknown';

type View =
  | {kind: 'idle' | 'loading'}
  | {kind: 'choose'; communes: Commune[]}
  | {kind: 'results'; place: Place; points: ShownPoint[]; laPoste?: NearestResult; info: DataInfo}
  | {kind: 'failed'; failure: Failure; retry: () => void};

const placeOf = (commune: Commune): Place => ({lat: commune.lat, lon: commune.lon, commune});

/**
 * The nearest bureau de poste, agence postale, relais poste or France services of a commune, a
 * postcode or a position, with the distance, the address, directions, and the hours where the data
 * has them ("Ouvert — ferme à 16 h 30"). Without `commune`, `postcode` or `lat`/`lon`, it shows a
 * search field and a "Utiliser ma position" button: the position is asked for only on click and never
 * leaves the browser. Data files are loaded from the script's own site, only when needed.
 *
 * @summary Nearest postal service, text first.
 * @tagname pp-nearest-service
 *
 * @fires pp-result - Points are shown; `detail: {points, place}`, points nearest first.
 * @fires pp-error - The place is unknown or the data could not be loaded; `detail: {kind}`: 'unknown', 'not-found', 'server', 'timeout', 'network' or 'malformed'.
 *
 * @slot - Fallback text shown without JavaScript.
 *
 * @csspart problems - The configuration message shown when an attribute value is invalid.
 * @csspart title - The widget's heading.
 * @csspart search - The search form.
 * @csspart button - Buttons: search, position, retry, choice of commune.
 * @csspart list - The list of points.
 * @csspart point - One point's card.
 * @csspart name - A point's name (a heading, one level below the title).
 * @csspart status - "Ouvert — ferme à …" / "Fermé — ouvre …".
 * @csspart hours - The weekly opening hours table.
 * @csspart law - The 5 km reference of the law.
 * @csspart error - An error message, with its retry button.
 * @csspart source - The source and date line.
 *
 * @cssprop [--pp-color-text=#1f2328] - Text colour (dark theme default #e8eaed).
 * @cssprop [--pp-color-muted=#57606a] - Secondary text.
 * @cssprop [--pp-color-background=#ffffff] - Widget background.
 * @cssprop [--pp-color-surface=#f4f6f8] - Background of cards.
 * @cssprop [--pp-color-border=#767d86] - Borders of cards and fields.
 * @cssprop [--pp-color-accent=#0b5b6f] - Links and buttons.
 * @cssprop [--pp-color-on-accent=#ffffff] - Text of buttons.
 * @cssprop [--pp-color-focus=#0b5b6f] - Focus outline.
 * @cssprop [--pp-color-danger=#a4161a] - Border of error messages.
 * @cssprop [--pp-color-success=#1a6b3a] - "Ouvert" marker.
 * @cssprop [--pp-radius=0.5rem] - Corner radius.
 * @cssprop [--pp-spacing=1rem] - Base spacing.
 * @cssprop [--pp-padding=0.75rem] - Padding of the widget.
 */
export class NearestService extends PresenceElement {
  static override styles = [themeStyles, nearestServiceStyles];
  static override properties = {commune: {}, postcode: {}, lat: {}, lon: {}, types: {}, limit: {}, maxDistance: {attribute: 'max-distance'}, headingLevel: {attribute: 'heading-level'}, dataBase: {attribute: 'data-base'}, now: {}};

  /** INSEE code of a commune ("72050"); former codes are accepted, an arrondissement ("75112") is its own place. */
  declare commune?: string;

  /** A postcode ("72350"); when several communes share it, the visitor chooses. An arrondissement's ("75012") gives it. */
  declare postcode?: string;

  /** Latitude of the place, with `lon`, in decimal degrees. */
  declare lat?: string | number;

  /** Longitude of the place, with `lat`. */
  declare lon?: string | number;

  /** Kinds of points, comma-separated: bureau, agence-communale, agence-intercommunale, relais, france-services. Default: all. */
  declare types?: string;

  /** How many points, nearest first (1-20). Default 1. */
  declare limit?: string | number;

  /** Only points within this distance, in km. */
  declare maxDistance?: string | number;

  /** Level of the widget's heading, 2 to 6 (point names use the next level). Default 2. */
  declare headingLevel?: string | number;

  /** Folder holding the `data/` files, when they are not beside the script. */
  declare dataBase?: string;

  /** Date and time for "open now" (ISO, e.g. 2026-03-15T10:30); default: now. For stories and tests. */
  declare now?: string;

  private view: View = {kind: 'idle'};
  /** Read once by screen readers: results, errors (a status region present from the start). */
  private announcement = '';
  private geolocationFailure?: GeolocationFailure;

  private config!: {types: PointType[]; limit: number; maxKm?: number; level: number; now?: Date};
  private requestKey?: string;
  /** The data folder from `data-base`, checked; undefined: beside the script. */
  private base?: string;
  /** The place the attributes give (a commune code, a postcode or [lat, lon]); without one, the widget offers a search. */
  private where?: string | number[];
  private sequence = 0;

  private readonly search = new ComboboxController<Suggestion & {commune: Commune}>(
    this,
    async (query) => (await searchCommunes(query, {base: this.base})).map((c) => ({key: c.code, label: c.name, detail: c.postcodes.join(', '), commune: c})),
    (suggestion) => this.show(async () => placeOf(suggestion.commune)),
    (query) => query && this.searchFor(query),
  );

  protected configure(changed: PropertyValues): void {
    const commune = text(this.commune)?.toUpperCase();
    if (commune && !/^(\d\d|2A|2B)\d{3}$/.test(commune)) this.report('commune', commune, msg('indiquez un code INSEE, par exemple 72050.', {id: 'expected-insee'}));
    const postcode = text(this.postcode);
    if (postcode && !/^\d{5}$/.test(postcode)) this.report('postcode', postcode, msg('indiquez un code postal de 5 chiffres, par exemple 72350.', {id: 'expected-postcode'}));
    const lat = this.read(parseNumber('lat', this.lat, -90, 90));
    const lon = this.read(parseNumber('lon', this.lon, -180, 180));
    if (!text(this.lat) !== !text(this.lon)) this.report(text(this.lat) ? 'lon' : 'lat', '', msg('lat et lon vont ensemble.', {id: 'expected-lat-lon'}));
    const types = String(this.types ?? '').split(',').filter((t) => t.trim()).map((t) => this.read(parseKeyword('types', t, POINT_TYPES)));
    const now = this.now ? new Date(this.now) : undefined;
    if (now && !(/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(this.now!) && now.getTime())) {
      this.report('now', this.now, msg('indiquez une date et une heure, par exemple 2026-03-15T10:30.', {id: 'expected-datetime'}));
    }
    this.config = {
      types: types.length && !types.includes(undefined) ? (types as PointType[]) : [...POINT_TYPES],
      limit: this.read(parseNumber('limit', this.limit, 1, 20, true)) ?? 1,
      maxKm: this.read(parseNumber('max-distance', this.maxDistance, 0.1, 2e4)),
      level: this.read(parseHeadingLevel(this.headingLevel)) ?? 2,
      now: this.invalid('now') ? undefined : now,
    };
    const where = (this.where =
      commune && !this.invalid('commune') ? commune : postcode && !this.invalid('postcode') ? postcode : lat !== undefined && lon !== undefined ? [lat, lon] : undefined);
    // Search again only when what is asked changes (not for `now` or `heading-level`).
    // a blank data-base (a CMS variable left empty) is no folder; javascript: and the like are refused
    this.base = this.read(parseLink('data-base', this.dataBase));
    const key = JSON.stringify([where, this.config.types, this.config.limit, this.config.maxKm, this.base]);
    if (!changed.size || key === this.requestKey) return;
    this.requestKey = key;
    if (Array.isArray(where)) this.show(async () => ({lat: where[0], lon: where[1]}));
    else if (where === commune && commune) this.show(() => communeByCode(commune, {base: this.base}).then((c) => c && placeOf(c)));
    else if (where) this.searchFor(where);
    else this.view = {kind: 'idle'};
  }

  /** A postcode or a name, from the search or an attribute: one commune goes on, several are offered. */
  private searchFor(query: string): void {
    // a whole postcode gives every commune it serves; a name, the best match
    this.show(() => searchCommunes(query, {base: this.base, limit: 1}));
  }

  /**
   * Shows the points near the place that `where` resolves to: a place, communes (one goes on, several
   * are offered to choose from), or nothing (an unknown place).
   */
  private async show(where: () => Promise<Place | Commune[] | null>): Promise<void> {
    const sequence = ++this.sequence;
    const {types, limit, maxKm} = this.config;
    const base = this.base;
    const retry = () => this.show(where);
    this.set({kind: 'loading'}, msg('Chargement…', {id: 'loading'}));
    try {
      let place = await where();
      if (sequence !== this.sequence) return;
      if (Array.isArray(place)) {
        if (place.length > 1) {
          return this.set({kind: 'choose', communes: place}, this.chooseText());
        }
        place = place[0] && placeOf(place[0]);
      }
      if (!place) return this.fail('unknown', retry);
      // a few more than asked: a bureau's France services sits at the same place and joins its card
      const [found, [laPoste], info] = await Promise.all([
        nearest(place.lat, place.lon, {count: limit + 3, types, maxKm, base}),
        nearest(place.lat, place.lon, {count: 1, types: LA_POSTE_TYPES, base}),
        pointsInfo({base}),
      ]);
      if (sequence !== this.sequence) return;
      // an office and the France services it hosts make one card, ranked and measured at the nearer
      // of the two (found is nearest first)
      const byId = new Map(found.map((p) => [p.id, p]));
      const points: ShownPoint[] = [];
      for (const p of found) {
        const office = byId.get(p.hostedBy!) ?? p;
        if (!points.some((shown) => shown.id === office.id)) points.push({...office, distanceKm: p.distanceKm, hosted: byId.get(office.franceServices!)});
      }
      points.splice(limit);
      const near = place.commune?.name ?? msg('votre position', {id: 'your-position'});
      this.set(
        {kind: 'results', place, points, laPoste, info},
        points.length > 1
          ? msg(str`${points.length} résultats pour ${near}.`, {id: 'announce-results'})
          : points.length
            ? msg(str`1 résultat pour ${near}.`, {id: 'announce-result'})
            : msg(str`Aucun résultat pour ${near}.`, {id: 'announce-none'}),
      );
      this.dispatchEvent(new CustomEvent('pp-result', {detail: {points, place}, bubbles: true, composed: true}));
    } catch (error) {
      if (sequence === this.sequence) this.fail((error as DataError).kind ?? 'network', retry);
    }
  }

  /** Changes what the widget shows, and what the status region announces. */
  private set(view: View, announcement = this.announcement): void {
    this.view = view;
    this.announcement = announcement;
    this.requestUpdate();
  }

  private chooseText(): string {
    return msg('Plusieurs communes ont ce code postal : laquelle ?', {id: 'choose-legend'});
  }

  private fail(failure: Failure, retry: () => void): void {
    this.set({kind: 'failed', failure, retry}, this.failureText(failure));
    this.dispatchEvent(new CustomEvent('pp-error', {detail: {kind: failure}, bubbles: true, composed: true}));
  }

  private failureText(failure: Failure): string {
    return failure === 'unknown'
      ? msg('Aucune commune ne correspond.', {id: 'error-unknown'})
      : failure === 'timeout'
        ? msg('Le serveur des données met trop de temps à répondre.', {id: 'error-timeout'})
        : failure === 'network'
          ? msg('Les données n’ont pas pu être chargées : vérifiez la connexion.', {id: 'error-network'})
          : msg('Les données de ce widget sont introuvables ou illisibles sur ce site.', {id: 'error-data'});
  }

  private async useMyPosition(): Promise<void> {
    this.geolocationFailure = undefined;
    this.requestUpdate();
    try {
      const position = await currentPosition();
      await this.show(async () => position);
    } catch (failure) {
      this.geolocationFailure = failure as GeolocationFailure;
      this.set(this.view, this.geolocationText());
    }
  }

  private geolocationText(): string {
    return {
      insecure: msg('La géolocalisation n’est possible que sur une page sécurisée (https).', {id: 'geo-insecure'}),
      blocked: msg('Ce site ne permet pas la géolocalisation ici.', {id: 'geo-blocked'}),
      denied: msg('Vous n’avez pas autorisé la géolocalisation.', {id: 'geo-denied'}),
      timeout: msg('Votre position n’a pas pu être déterminée à temps.', {id: 'geo-timeout'}),
      unavailable: msg('Votre position n’est pas disponible.', {id: 'geo-unavailable'}),
    }[this.geolocationFailure!];
  }

  protected override render(): TemplateResult {
    const view = this.view;
    return html`${this.renderProblems()} ${heading(this.config.level, msg('Le service postal le plus proche', {id: 'nearest-title'}), 'title', 'title')}
      ${this.where ? nothing : this.renderSearch()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${view.kind === 'loading'
        ? html`<div class="skeleton" aria-hidden="true"></div>`
        : view.kind === 'choose'
          ? html`<fieldset class="choose">
              <legend>${this.chooseText()}</legend>
              ${view.communes.map((c) => html`<button type="button" part="button" @click=${() => this.show(async () => placeOf(c))}>${c.name}</button>`)}
            </fieldset>`
          : view.kind === 'failed'
            ? html`<div class="error" part="error">
                <p>${this.failureText(view.failure)}</p>
                <button type="button" part="button" @click=${view.retry}>${msg('Réessayer', {id: 'retry'})}</button>
              </div>`
            : view.kind === 'results'
              ? this.renderResults(view)
              : nothing}`;
  }

  private renderSearch(): TemplateResult {
    return html`${this.search.render(
        msg('Commune ou code postal', {id: 'search-label'}),
        msg('Par exemple : Brûlon ou 72350', {id: 'search-hint'}),
        msg('Rechercher', {id: 'search-submit'}),
      )}
      <p class="row position">
        <button type="button" part="button" @click=${this.useMyPosition}>${msg('Utiliser ma position', {id: 'use-position'})}</button>
        <span class="muted">${msg('Votre position reste dans votre navigateur : elle sert seulement à calculer les distances.', {id: 'position-why'})}</span>
      </p>
      ${this.geolocationFailure
        ? html`<p class="error" part="error">${this.geolocationText()} ${msg('Recherchez votre commune ci-dessus.', {id: 'geo-fallback'})}</p>`
        : nothing}`;
  }

  private renderResults({place, points, laPoste, info}: Extract<View, {kind: 'results'}>): TemplateResult {
    const near = place.commune ? `${place.commune.name} (${place.commune.postcodes[0]})` : msg('votre position', {id: 'your-position'});
    const month = (iso: string) => formatPartialDate({year: +iso.slice(0, 4), month: +iso.slice(5, 7)});
    return html`<p class="near">${msg(str`Pour ${near} :`, {id: 'results-near'})}</p>
      ${points.length
        ? html`<ol class="points" part="list">
            ${points.map((point) => html`<li>${this.renderPoint(point, place)}</li>`)}
          </ol>`
        : html`<p class="near empty">${msg(str`Aucun point de ce type à moins de ${formatDistance(this.config.maxKm ?? 0)}.`, {id: 'results-none'})}</p>`}
      ${laPoste
        ? html`<p class="muted" part="law">
            ${msg(str`Le point La Poste le plus proche est à ${formatDistance(laPoste.distanceKm)} :`, {id: 'law-distance'})}
            ${laPoste.distanceKm <= 5 ? msg('moins de 5 km.', {id: 'law-within'}) : msg('plus de 5 km.', {id: 'law-beyond'})}
            ${msg('Pour repère, la loi du 20 mai 2005 vise au plus 10 % de la population d’un département à plus de 5 km et de 20 minutes en voiture d’un point La Poste.', {id: 'law-reference'})}
          </p>`
        : nothing}
      <p class="source" part="source">
        ${msg(
          str`Sources : La Poste, points de contact (${month(info.dates.laposte)}) ; ANCT, France services (${month(info.dates.franceServices)}) ; IGN et INSEE, communes (${month(info.dates.communes)}) ; Licence Ouverte. Les données La Poste datent de ${month(info.dates.laposte)} : un point a pu ouvrir, fermer ou changer depuis.`,
          {id: 'nearest-source'},
        )}
      </p>`;
  }

  private renderPoint(point: ShownPoint, place: Place): TemplateResult {
    const fs = point.type === 'france-services' ? point : point.hosted;
    const type = {
      bureau: msg('Bureau de poste', {id: 'type-bureau'}),
      'agence-communale': msg('Agence postale communale', {id: 'type-agence-communale'}),
      'agence-intercommunale': msg('Agence postale intercommunale', {id: 'type-agence-intercommunale'}),
      relais: msg('Relais poste', {id: 'type-relais'}),
      'france-services': 'France services',
    }[point.type];
    const at = `${point.lat},${point.lon}`;
    return html`<article class="card point" part="point">
      ${heading(this.config.level + 1, point.name, 'name', 'name')}
      <p class="muted meta">
        ${type}${point.hosted ? ` ${msg('avec France services', {id: 'with-france-services'})}` : ''} ·
        ${msg(str`à ${formatDistance(point.distanceKm)} à vol d’oiseau`, {id: 'distance'})}
      </p>
      <p class="address">
        ${[point.addressExtra, point.address, `${point.postcode} ${point.city}`].filter(Boolean).map((line, i) => html`${i ? html`<br />` : ''}${line}`)}
      </p>
      ${fs ? this.renderHours(fs) : nothing}
      <ul>
        <li>
          <a href="https://www.openstreetmap.org/directions?route=${place.commune ? `${place.lat},${place.lon}` : ''};${at}"
            >${msg('Itinéraire', {id: 'directions'})}<span class="visually-hidden"> ${msg(str`vers ${point.name}`, {id: 'directions-to'})}</span> (OpenStreetMap)</a
          >
        </li>
        <li><a href="geo:${at}">${msg('Ouvrir dans une application de cartes', {id: 'geo-link'})}</a></li>
        ${point.type === 'france-services' ? nothing : html`<li>${msg('Téléphone La Poste :', {id: 'phone'})} <a href="tel:3631">3631</a></li>`}
      </ul>
    </article>`;
  }

  private renderHours(fs: NearestResult): TemplateResult | typeof nothing {
    const week = parseWeeklyHours(fs.hours);
    if (!week) return nothing;
    const departement = fs.commune.slice(0, fs.commune.startsWith('97') ? 3 : 2);
    const status = openingStatus(week, localTime(this.config.now ?? new Date(), fs.timeZone ?? 'Europe/Paris'), holidayChecker(departement));
    const next = !status.open && status.next;
    const time = formatClockTime(status.open ? status.closesAt : next ? next.minutes : 0);
    const text = status.open
      ? msg(str`Ouvert — ferme à ${time}`, {id: 'open-until'})
      : (status.holiday ? msg('Fermé (jour férié)', {id: 'closed-holiday'}) : msg('Fermé', {id: 'closed'})) +
        (!next
          ? ''
          : ' — ' +
            (next.inDays === 0
              ? msg(str`ouvre aujourd’hui à ${time}`, {id: 'opens-today'})
              : next.inDays === 1
                ? msg(str`ouvre demain à ${time}`, {id: 'opens-tomorrow'})
                : msg(str`ouvre ${formatWeekday(next.weekday)} à ${time}`, {id: 'opens-on'})));
    return html`<p class="status ${status.open ? 'open' : ''}" part="status">${text}</p>
      <table part="hours">
        <caption>
          ${msg(str`Horaires de ${fs.name}`, {id: 'hours-caption'})}
        </caption>
        ${week.map(
          (slots, day) =>
            html`<tr>
              <th scope="row">${formatWeekday(day)}</th>
              <td>${slots.map(([start, end]) => `${formatClockTime(start)} – ${formatClockTime(end)}`).join(', ') || msg('fermé', {id: 'closed-day'})}</td>
            </tr>`,
        )}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-nearest-service': NearestService;
  }
}
