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
  /**
   * How the widget loads a data file (through src/data/loader.ts, under the page's asset base), for the
   * fault suite (faults-bundle.test.ts): what starts a load, how its error and its retry show.
   */
  dataLoad?: {
    /** The file, under data/. */
    file: string;
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
  // TODO(nearest-service): add <pp-nearest-service> here when src/nearest-service/ lands (registry.test.ts
  // fails until then with a message saying so): its attributes with their kinds and samples, a base that
  // needs no geolocation, `loadsData: true`, and hasContent() once its data has loaded. Then extend
  // test/resilience/faults.test.ts: for each fault of test/helpers/wtr-resilience.mjs (404, 500, slow,
  // truncated, wrong type, offline), the widget shows its error message and a retry that works.
];

/** Elements being built elsewhere, expected in this registry once they land. */
export const PENDING: readonly string[] = ['pp-nearest-service'];

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

/** Waits until a widget has rendered (Lit's updateComplete; rejects when its update threw). */
export async function settled(el: HTMLElement): Promise<void> {
  const pending = (el as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
  if (pending) await pending;
}
