/**
 * The registry of the resilience suites: one entry per widget. The fuzz, leak and fault suites run
 * over every entry, and test/resilience/registry.test.ts fails when an element of
 * custom-elements.json, or one of its attributes, is missing here or from the benchmark list
 * (scripts/bench/widgets.mjs). Adding a widget is adding an entry to both.
 */

/** How an attribute is parsed, which decides the random values thrown at it. */
export type AttributeKind = 'year' | 'enum' | 'boolean' | 'number' | 'date' | 'text' | 'url';

export interface AttributeSpec {
  /** The HTML attribute. */
  name: string;
  /** The JavaScript property behind it. */
  property: string;
  kind: AttributeKind;
  /** Values that must render the widget's content with no problems message (each alone, with `base`). */
  valid: readonly string[];
  /** For `enum`: every keyword. */
  keywords?: readonly string[];
  /**
   * A value that must show the problems message naming the attribute. Absent for attributes that
   * accept any value (booleans, free text).
   */
  invalid?: string;
  /**
   * Attributes set with this one (over `base`) in its samples and its fuzzing, when the base would hide
   * what it does: `postcode` is read only without `commune`, `lat` only with `lon`.
   */
  context?: Readonly<Record<string, string>>;
  /**
   * The value names something the widget looks up (a commune code, a data folder): a value that leads
   * nowhere shows the widget's error message (`failed()`), whose text this matches — a right answer too.
   */
  lookup?: RegExp;
  /** With `lookup`: a well-formed value that leads nowhere (registry.test.ts checks its message matches). */
  nowhere?: string;
  /**
   * One of the attributes that give the widget its place: when all of them are blank, its answer is
   * its search form (`idle()`), neither content nor a problems message.
   */
  place?: boolean;
}

/** Light-DOM children a widget reads (their attributes and text are input too). */
export interface ChildSpec {
  tag: string;
  /** A valid child: its attributes… */
  base: Readonly<Record<string, string>>;
  /** …and its text. */
  text: string;
  attributes: AttributeSpec[];
  /** The child's text content is read by the parent (e.g. a description). */
  readsText: boolean;
}

export interface WidgetSpec {
  tag: string;
  /** Imports the module that defines the element (sources: the suites run Lit's development build). */
  load(): Promise<unknown>;
  /** Attributes of every instance, so that what renders depends neither on the date nor on motion. */
  base: Readonly<Record<string, string>>;
  attributes: AttributeSpec[];
  /** Attributes that switch on everything that runs after the render (animation, live ticking), for the leak suite. */
  lively?: Readonly<Record<string, string>>;
  children?: ChildSpec[];
  /** True when the widget shows its content (not only a problems message). */
  hasContent(el: HTMLElement): boolean;
  /** The widget needs data files (dist/data/) to show anything: the fault suite covers it. */
  loadsData?: boolean;
  /** For a widget that loads data: true while a load is under way (settled() waits until it is over). */
  loading?(el: HTMLElement): boolean;
  /** For a widget that loads data: the text of its error message (`[part="error"]`) when it shows one with its retry button, else ''. */
  failed?(el: HTMLElement): string;
  /** For a widget with `place` attributes: it shows its search form, and no result nor error. */
  idle?(el: HTMLElement): boolean;
  /**
   * How the widget loads a data file (through src/data/loader.ts, under the page's asset base), for the
   * fault suite (faults-bundle.test.ts): what starts a load, how its error and its retry show.
   */
  dataLoad?: {
    /** The file, under data/ (for a widget that reads several files, the first one a load asks for). */
    file: string;
    /**
     * Attributes of the instance under test (over `base`), when the base ones would start a load as
     * soon as the widget is connected: then start() is what starts it.
     */
    attributes?: Readonly<Record<string, string>>;
    /**
     * The load reads several files one after another, and a fault on one stops it: the fault suite moves
     * the page's data folder to a sound URL before the retry (a server whose every file failed once would
     * need one retry per file), instead of having the same URL fail once then answer.
     */
    severalFiles?: boolean;
    /** Starts a load (e.g. opens a contract's details). */
    start(el: HTMLElement): void;
    /** The error message and its retry button are shown. */
    failed(el: HTMLElement): boolean;
    /** Presses the retry button. */
    retry(el: HTMLElement): void;
    /** What the file holds is shown. */
    loaded(el: HTMLElement): boolean;
  };
}

const shadow = (el: HTMLElement) => el.shadowRoot;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the widget's configuration message (`[part="problems"]`), or '' when it shows none. */
export function problemsText(el: HTMLElement): string {
  return text(shadow(el)?.querySelector('[part~="problems"]'));
}

/** Where the suites find the built data (dist/data/, served by the test server from the project root). */
export const DATA_BASE = '/dist/';
/** The fixed time of <pp-nearest-service> ("open now"): a Tuesday morning in Paris. */
const NOW = '2026-11-24T10:00:00+01:00';

/** <pp-nearest-service>: the text of its error message (`[part="error"]`) when it shows one with its retry button. */
const nearestFailed = (el: HTMLElement) => (shadow(el)?.querySelector('[part~="error"] button') ? text(shadow(el)?.querySelector('[part~="error"] p')) : '');
/** Its messages for an unknown place (French, English), and for data that cannot be loaded. */
const UNKNOWN_PLACE = /^(Aucune commune ne correspond\.|No commune matches\.)$/;
const DATA_FAILURE = /^(Les données de ce widget sont introuvables|Les données n’ont pas pu être chargées|Le serveur des données met trop de temps|This widget's data files are missing|The data could not be loaded|The data server is taking too long)/;

const THEME: AttributeSpec = {name: 'theme', property: 'theme', kind: 'enum', keywords: ['auto', 'light', 'dark'], valid: ['auto', 'light', 'dark', 'DARK'], invalid: 'blue'};

export const WIDGETS: WidgetSpec[] = [
  {
    tag: 'pp-contract-timeline',
    load: () => import('../../src/contract-timeline/pp-contract-timeline.js'),
    base: {today: '2026-11-27'},
    attributes: [
      {name: 'from', property: 'from', kind: 'year', valid: ['2008', '2017', '2026', '1990'], invalid: 'abc'},
      {name: 'to', property: 'to', kind: 'year', valid: ['2010', '2026', '2100'], invalid: '19999'},
      {name: 'highlight', property: 'highlight', kind: 'year', valid: ['2008', '2021', '2026'], invalid: '2030'},
      {name: 'heading-level', property: 'headingLevel', kind: 'number', valid: ['2', '3', '6'], invalid: '7'},
      {name: 'compact', property: 'compact', kind: 'boolean', valid: ['', 'compact']},
      {name: 'orientation', property: 'orientation', kind: 'enum', keywords: ['auto', 'vertical', 'horizontal'], valid: ['auto', 'vertical', 'horizontal'], invalid: 'diagonal'},
      {name: 'today', property: 'today', kind: 'date', valid: ['2026-11-27', '2018-03-01', '2031-01-01'], invalid: '2026-02-30'},
      THEME,
    ],
    children: [
      {
        tag: 'pp-timeline-event',
        base: {date: '2019-09', label: 'Ouverture de l’agence postale communale'},
        text: 'À la mairie, du lundi au samedi matin.',
        readsText: true,
        attributes: [
          {name: 'date', property: 'date', kind: 'date', valid: ['2019', '2019-09', '2024-03-15'], invalid: '2024-13'},
          {name: 'label', property: 'label', kind: 'text', valid: ['Labellisation France services', '<b>Fête</b> & “inauguration”'], invalid: ''},
          {name: 'href', property: 'href', kind: 'url', valid: ['https://example.org/agence', '/mairie/agence-postale', 'http://example.org'], invalid: 'javascript:alert(1)'},
        ],
      },
    ],
    dataLoad: {
      file: 'contract-texts.json',
      start: (el) => {
        shadow(el)!.querySelector<HTMLDetailsElement>('details')!.open = true;
      },
      failed: (el) => /Réessayer|Retry/.test(text(shadow(el)?.querySelector('details .texts-error'))) && !!shadow(el)?.querySelector('details .texts-error button'),
      retry: (el) => shadow(el)!.querySelector<HTMLButtonElement>('details .texts-error button')!.click(),
      loaded: (el) => (shadow(el)?.querySelectorAll('details .novelties li').length ?? 0) > 0,
    },
    hasContent(el) {
      const root = shadow(el);
      const title = text(root?.querySelector('[part~="title"]'));
      const entries = root?.querySelectorAll('[part~="list"] > li').length ?? 0;
      // or the sentence saying the period holds nothing
      const said = [...(root?.querySelectorAll('p') ?? [])].some((p) => !p.closest('[part~="problems"], [part~="source"], [part~="list"]') && text(p));
      return title.length > 0 && (entries > 0 || said) && !!root?.querySelector('[part~="source"]');
    },
  },
  {
    tag: 'pp-funding-counter',
    load: () => import('../../src/funding-counter/pp-funding-counter.js'),
    base: {today: '2026-11-27', animation: 'none'},
    lively: {animation: 'auto', live: ''},
    attributes: [
      {name: 'metric', property: 'metric', kind: 'enum', keywords: ['cumulative', 'annual', 'contract'], valid: ['cumulative', 'annual', 'contract', 'Annual'], invalid: 'total'},
      {name: 'year', property: 'year', kind: 'year', valid: ['2008', '2026'], invalid: '2040'},
      {name: 'since', property: 'since', kind: 'year', valid: ['2008', '2015'], invalid: '2007'},
      {name: 'until', property: 'until', kind: 'year', valid: ['2020', '2026'], invalid: 'abc'},
      {name: 'today', property: 'today', kind: 'date', valid: ['2026-11-27', '2018-03-01', '2031-06-30'], invalid: '27/11/2026'},
      {name: 'value', property: 'value', kind: 'number', valid: ['0', '1250000', '1 250 000,50'], invalid: '-5'},
      {name: 'label', property: 'label', kind: 'text', valid: ['versés à la commune', '<b>prévus</b> & “attendus”']},
      {name: 'source', property: 'source', kind: 'text', valid: ['Conseil municipal du 12 mars 2026']},
      {name: 'notation', property: 'notation', kind: 'enum', keywords: ['long', 'compact', 'full'], valid: ['long', 'compact', 'full'], invalid: 'short'},
      {name: 'animation', property: 'animation', kind: 'enum', keywords: ['auto', 'none'], valid: ['auto', 'none'], invalid: 'yes'},
      {name: 'live', property: 'live', kind: 'boolean', valid: ['', 'live']},
      THEME,
    ],
    hasContent(el) {
      const root = shadow(el);
      return /\d/.test(text(root?.querySelector('[part~="figure"] [part~="value"]'))) && /\d/.test(text(root?.querySelector('[part~="figure"] .visually-hidden')));
    },
  },
  {
    tag: 'pp-nearest-service',
    // The suites run the sources, whose own data folder would be src/shared/data/: the built data is in
    // dist/data/ (npm test builds it before the browser tests), as in test/nearest-service/.
    load: async () => {
      const [element, assets] = await Promise.all([import('../../src/nearest-service/pp-nearest-service.js'), import('../../src/shared/assets.js')]);
      assets.setAssetBase(DATA_BASE);
      return element;
    },
    // a commune, so no geolocation and no search form; a fixed time for "open now"
    base: {commune: '72050', now: NOW},
    loadsData: true,
    attributes: [
      {name: 'commune', property: 'commune', kind: 'text', valid: ['72050', '75101', '97411', '2a004'], invalid: 'abc', lookup: UNKNOWN_PLACE, nowhere: '99999', place: true},
      // without a commune, which would come first; 72350 serves several communes (a choice), 75001 one
      {name: 'postcode', property: 'postcode', kind: 'text', valid: ['72350', '75001', ' 72350 '], invalid: '7235', context: {commune: ''}, lookup: UNKNOWN_PLACE, nowhere: '99999', place: true},
      {name: 'lat', property: 'lat', kind: 'number', valid: ['47.9671', '47,9671', '48.8566'], invalid: '91', context: {commune: '', lon: '-0.2357'}, place: true},
      {name: 'lon', property: 'lon', kind: 'number', valid: ['-0.2357', '-0,2357', '2.3522'], invalid: 'east', context: {commune: '', lat: '47.9671'}, place: true},
      {
        name: 'types',
        property: 'types',
        kind: 'enum',
        keywords: ['bureau', 'agence-communale', 'agence-intercommunale', 'relais', 'france-services'],
        valid: ['bureau', 'france-services', 'bureau,agence-communale,agence-intercommunale,relais', ' Relais , bureau'],
        invalid: 'bureau,poste',
      },
      {name: 'limit', property: 'limit', kind: 'number', valid: ['1', '3', '20'], invalid: '0'},
      // 0.1 km of Brûlon's centre holds nothing: the "nothing within" sentence
      {name: 'max-distance', property: 'maxDistance', kind: 'number', valid: ['0.1', '2,5', '30'], invalid: '-1'},
      {name: 'heading-level', property: 'headingLevel', kind: 'number', valid: ['2', '3', '6'], invalid: '7'},
      // a folder (http, https or a path of the site; blank = absent): one that holds no data shows the error
      {name: 'data-base', property: 'dataBase', kind: 'url', valid: [DATA_BASE, '/dist', '/__pp-fault/ok/dist/'], invalid: 'javascript:alert(1)', lookup: DATA_FAILURE, nowhere: '/nowhere/'},
      {name: 'now', property: 'now', kind: 'date', valid: [NOW, '2026-07-14T10:00:00+02:00', '2026-03-15T10:30'], invalid: 'hier'},
      THEME,
    ],
    loading: (el) => !!shadow(el)?.querySelector('.skeleton'),
    failed: nearestFailed,
    idle: (el) => !!shadow(el)?.querySelector('[part~="search"] input') && !shadow(el)?.querySelector('.skeleton, .choose, .near, [part~="error"]'),
    dataLoad: {
      file: 'communes/index.json',
      // created without its commune, so that nothing loads before start()
      attributes: {commune: ''},
      // communes/index.json, communes/code/….json, points/index.json, points/….json
      severalFiles: true,
      start: (el) => el.setAttribute('commune', '72050'),
      failed: (el) => nearestFailed(el).length > 0,
      retry: (el) => shadow(el)!.querySelector<HTMLButtonElement>('[part~="error"] button')!.click(),
      loaded: (el) => (shadow(el)?.querySelectorAll('[part~="list"] [part~="point"]').length ?? 0) > 0,
    },
    hasContent(el) {
      const root = shadow(el);
      if (!text(root?.querySelector('[part~="title"]')) || root?.querySelector('.skeleton, [part~="error"]')) return false;
      // the choice of commune of a postcode that serves several
      if ((root?.querySelectorAll('.choose button').length ?? 0) > 1) return true;
      // the results: "Pour … :", the points (or the sentence saying none lies within max-distance), the sources
      const points = [...(root?.querySelectorAll('[part~="list"] [part~="point"]') ?? [])].filter((point) => text(point.querySelector('[part~="name"]')));
      const none = text(root?.querySelector('.empty'));
      return !!text(root?.querySelector('.near')) && (points.length > 0 || none.length > 0) && text(root?.querySelector('[part~="source"]')).length > 0;
    },
  },
];

/** Elements being built elsewhere, expected in this registry once they land. */
export const PENDING: readonly string[] = [];

/** Loads every registered element. */
export async function loadAll(): Promise<void> {
  for (const widget of WIDGETS) await widget.load();
}

/** Creates a widget with its base attributes (not connected). */
export function create(widget: WidgetSpec, attributes: Readonly<Record<string, string>> = {}): HTMLElement {
  const el = document.createElement(widget.tag);
  for (const [name, value] of Object.entries({...widget.base, ...attributes})) el.setAttribute(name, value);
  for (const child of widget.children ?? []) {
    const node = document.createElement(child.tag);
    for (const [name, value] of Object.entries(child.base)) node.setAttribute(name, value);
    node.textContent = child.text;
    el.append(node);
  }
  return el;
}

/** Longer than the loader's 8 s timeout: a load always ends before. */
const LOAD_TIMEOUT = 10_000;

/**
 * Waits until a widget has rendered (Lit's updateComplete; rejects when its update threw) and, for a
 * widget that loads data, until its load is over (results, a choice, an error: no skeleton).
 */
export async function settled(el: HTMLElement): Promise<void> {
  const update = () => (el as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
  await update();
  const loading = WIDGETS.find((w) => w.tag === el.localName)?.loading;
  if (!loading || !el.isConnected) return;
  const started = performance.now();
  while (loading(el)) {
    if (performance.now() - started > LOAD_TIMEOUT) throw new Error(`<${el.localName}> still loading after ${LOAD_TIMEOUT} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await update();
  }
  await update();
}
