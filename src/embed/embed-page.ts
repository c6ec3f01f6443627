/**
 * The script of dist/embed.html, the page a site without scripts puts in an iframe:
 *
 *   embed.html?widget=nearest-service&commune=72050&lang=en&theme=dark&id=poste
 *
 * renders ONE widget (loaded by presence-postale.js beside it) from its URL parameters:
 * - `widget`: the element's name without `pp-` (contract-timeline, funding-counter, nearest-service);
 * - any attribute of that element, by its name (`since`, `heading-level`…): the widget validates the
 *   values itself and shows what to fix; `data-base` is refused (the page knows where its data is);
 * - `lang`: `fr` (default) or `en`, the page language the widgets follow;
 * - `event` (contract-timeline, repeatable): a local milestone `DATE|LABEL`, `DATE|LABEL|LINK` or
 *   `DATE|LABEL|LINK|DESCRIPTION` (LINK may be empty; no `|` inside the parts);
 * - `id`: a name (letters, digits, - and _) repeated in the height messages, for hosts with several frames.
 * An unknown widget, an unknown parameter or an invalid `lang`/`id` is explained in the page, in words.
 *
 * Height: whenever the content's height changes, the page posts
 * `{type: 'pp-embed-height', id, height}` to its parent window (dist/embed-resizer.js applies it).
 */
export const HEIGHT_MESSAGE = 'pp-embed-height';
export const LANGS = ['fr', 'en'] as const;

/** Parameters that are the page's own, not attributes. */
const OWN = ['widget', 'id', 'lang', 'event'];
/** Attributes a URL may not set. */
const REFUSED = ['data-base'];

export interface EmbedPlan {
  /** The element to create, or undefined when the widget is unknown. */
  tag?: string;
  attributes: [string, string][];
  /** `<pp-timeline-event>` children: [date, label, href?, description?]. */
  events: string[][];
  lang: (typeof LANGS)[number];
  id: string | null;
  /** What is wrong with the URL, in the page's language (empty: nothing). */
  problems: string[];
}

type Lang = EmbedPlan['lang'];
/**
 * The page's own words, in both languages at once: they are needed before any catalog could load
 * (the URL's `lang` is read first), and this page is not in the budgeted bundle. The widgets' words
 * go through msg() as everywhere.
 */
const TEXT = {
  fr: {
    unknownWidget: (name: string, known: string) =>
      name ? `Widget inconnu : « ${name} ». Widgets possibles : ${known}.` : `Indiquez le widget dans l’adresse, par exemple ?widget=funding-counter. Widgets possibles : ${known}.`,
    unknownParameter: (name: string, known: string) => `Paramètre inconnu : « ${name} » (ignoré). Paramètres possibles : ${known}.`,
    refused: (name: string) => `Le paramètre « ${name} » n’est pas accepté dans une iframe (ignoré).`,
    lang: (value: string) => `lang="${value}" n’est pas valide : « fr » ou « en » (affichage en français).`,
    id: (value: string) => `id="${value}" n’est pas valide : lettres, chiffres, - et _, 64 au plus (ignoré).`,
    event: (value: string) => `event="${value}" n’est pas valide : DATE|LIBELLÉ, DATE|LIBELLÉ|LIEN ou DATE|LIBELLÉ|LIEN|DESCRIPTION (ignoré).`,
    noScript: 'Le script des widgets (presence-postale.js) n’a pas pu être chargé à côté de cette page.',
    title: 'Adresse du widget à corriger',
    page: 'Présence postale — widget',
  },
  en: {
    unknownWidget: (name: string, known: string) =>
      name ? `Unknown widget: “${name}”. Possible widgets: ${known}.` : `Name the widget in the address, e.g. ?widget=funding-counter. Possible widgets: ${known}.`,
    unknownParameter: (name: string, known: string) => `Unknown parameter: “${name}” (ignored). Possible parameters: ${known}.`,
    refused: (name: string) => `The “${name}” parameter is not accepted in an iframe (ignored).`,
    lang: (value: string) => `lang="${value}" is not valid: “fr” or “en” (shown in French).`,
    id: (value: string) => `id="${value}" is not valid: letters, digits, - and _, 64 at most (ignored).`,
    event: (value: string) => `event="${value}" is not valid: DATE|LABEL, DATE|LABEL|LINK or DATE|LABEL|LINK|DESCRIPTION (ignored).`,
    noScript: 'The widgets’ script (presence-postale.js) could not be loaded beside this page.',
    title: 'Widget address to correct',
    page: 'Postal presence — widget',
  },
};

const short = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** The widgets this page can show: defined `pp-*` elements with attributes (not `<pp-timeline-event>`). */
export function knownWidgets(names: string[] = ['contract-timeline', 'funding-counter', 'nearest-service']): string[] {
  return names.filter((name) => (customElements.get(`pp-${name}`) as {observedAttributes?: string[]} | undefined)?.observedAttributes?.length);
}

/** Reads and checks the URL parameters; pure apart from reading the custom element registry. */
export function planEmbed(search: string | URLSearchParams, widgets = knownWidgets()): EmbedPlan {
  const params = new URLSearchParams(search);
  const rawLang = (params.get('lang') ?? '').trim().toLowerCase();
  const lang: Lang = (LANGS as readonly string[]).includes(rawLang) ? (rawLang as Lang) : 'fr';
  const text = TEXT[lang];
  const problems: string[] = [];
  if (rawLang && rawLang !== lang) problems.push(text.lang(short(rawLang)));
  const rawId = params.get('id');
  const id = rawId !== null && /^[\w-]{1,64}$/.test(rawId) ? rawId : null;
  if (rawId !== null && !id) problems.push(text.id(short(rawId)));

  const name = (params.get('widget') ?? '').trim().toLowerCase();
  const plan: EmbedPlan = {attributes: [], events: [], lang, id, problems};
  if (!widgets.includes(name)) {
    problems.unshift(widgets.length ? text.unknownWidget(short(name), widgets.join(', ')) : text.noScript);
    return plan;
  }
  plan.tag = `pp-${name}`;
  const observed = ((customElements.get(plan.tag) as {observedAttributes?: string[]}).observedAttributes ?? []).filter((a) => !REFUSED.includes(a));
  const timeline = name === 'contract-timeline';
  for (const [key, value] of params) {
    const attribute = key.trim().toLowerCase();
    if (attribute === 'event' && timeline) {
      const parts = value.split('|').map((part) => part.trim());
      const [date, label] = parts;
      if (date && label && parts.length <= 4) plan.events.push(parts.length > 2 && !parts.slice(2).join('') ? [date, label] : parts);
      else problems.push(text.event(short(value)));
    } else if (REFUSED.includes(attribute)) problems.push(text.refused(short(attribute)));
    else if (observed.includes(attribute)) plan.attributes.push([attribute, value]);
    else if (!OWN.includes(attribute) || attribute === 'event') {
      problems.push(text.unknownParameter(short(key), [...observed, ...(timeline ? ['event'] : []), 'lang', 'id'].join(', ')));
    }
  }
  return plan;
}

/** Builds the page from the plan: the problems (in words), then the widget. */
export function renderEmbed(plan: EmbedPlan, container: HTMLElement): HTMLElement | undefined {
  document.documentElement.lang = plan.lang;
  document.title = TEXT[plan.lang].page;
  container.replaceChildren();
  if (plan.problems.length) {
    const box = document.createElement('div');
    box.className = 'pp-embed-problems';
    const title = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = TEXT[plan.lang].title;
    title.append(strong);
    const list = document.createElement('ul');
    for (const problem of plan.problems) list.append(Object.assign(document.createElement('li'), {textContent: problem}));
    box.append(title, list);
    container.append(box);
  }
  if (!plan.tag) return undefined;
  const widget = document.createElement(plan.tag);
  for (const [name, value] of plan.attributes) widget.setAttribute(name, value);
  for (const [date, label, href, description] of plan.events) {
    const event = document.createElement('pp-timeline-event');
    event.setAttribute('date', date);
    event.setAttribute('label', label);
    if (href) event.setAttribute('href', href);
    if (description) event.textContent = description;
    widget.append(event);
  }
  container.append(widget);
  return widget;
}

/** Posts the content's height to the parent window whenever it changes (nothing outside a frame). */
export function reportHeight(id: string | null, target: Window = window.parent): () => void {
  if (target === window) return () => undefined;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // only a height and the page's own id: nothing a host could not see anyway, so any origin may read it
    target.postMessage({type: HEIGHT_MESSAGE, id, height}, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
