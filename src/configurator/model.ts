/**
 * The configurator's model, without DOM: which widgets and options exist (read from the custom
 * elements manifest, so a new attribute appears by itself), a configuration, and the three snippets
 * it gives (tag + script, data-attribute mount, iframe).
 */

export interface ManifestAttribute {
  name: string;
  type?: {text: string};
  default?: string;
  description?: string;
}
export interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
  slots?: {name: string; description?: string}[];
}
export interface Manifest {
  modules: {declarations?: ManifestDeclaration[]}[];
}

export type ControlKind = 'boolean' | 'choice' | 'list' | 'number' | 'text';

export interface AttributeSpec {
  name: string;
  kind: ControlKind;
  /** Keywords of a `choice` or a `list`. */
  options: string[];
  /** The default value the manifest gives, without quotes. */
  defaultValue?: string;
  /** The manifest's (English) description. */
  description: string;
  min?: number;
  max?: number;
}

export interface ChildSpec {
  tag: string;
  attributes: AttributeSpec[];
}

export interface WidgetSpec {
  /** Name without `pp-`: what `data-pp-widget` and `embed.html?widget=` take. */
  name: string;
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  /** Child elements the widget reads (`<pp-timeline-event>`), from its slot description. */
  children: ChildSpec[];
}

/** Attributes for previews and tests (`today`, `now`) or set by the hosting choice (`data-base`): not offered. */
export const HIDDEN_ATTRIBUTES = ['today', 'now', 'data-base'];

/** The attribute names the element really observes (the manifest also lists some internal state). */
export type ObservedAttributes = (tag: string) => readonly string[] | undefined;
export const registryObserved: ObservedAttributes = (tag) => (customElements.get(tag) as {observedAttributes?: string[]} | undefined)?.observedAttributes;

const unquote = (text?: string) => text?.replace(/^(['"])(.*)\1$/, '$2');

/** One attribute's control, guessed from its type and description. */
export function attributeSpec(attribute: ManifestAttribute, siblings: readonly string[]): AttributeSpec {
  const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
  const type = attribute.type?.text ?? 'string';
  const defaultValue = unquote(attribute.default);
  const spec: AttributeSpec = {name: attribute.name, kind: 'text', options: [], defaultValue, description};
  // keywords in backticks that are not the names of other attributes: `auto`, `vertical`…
  const tokens = [...new Set([...description.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]))].filter((t) => !siblings.includes(t));
  const list = /comma-separated: ([a-z0-9-]+(?:, [a-z0-9-]+)+)/.exec(description);
  const range = /(?:between )?(\d+)(?: to | and |-)(\d+)/.exec(description);
  if (/^boolean\b/.test(type)) spec.kind = 'boolean';
  else if (list) Object.assign(spec, {kind: 'list', options: list[1].split(', ')});
  else if (tokens.length >= 2 && (/\b[A-Z]\w*\b/.test(type) || tokens.includes(defaultValue ?? ''))) Object.assign(spec, {kind: 'choice', options: tokens});
  else if (/\bnumber\b/.test(type)) spec.kind = 'number';
  if (spec.kind === 'number' && range) Object.assign(spec, {min: Number(range[1]), max: Number(range[2])});
  return spec;
}

/** The widgets of the manifest: `pp-*` elements that observe attributes, in manifest order. */
export function widgetsFromManifest(manifest: Manifest, observed: ObservedAttributes = registryObserved): WidgetSpec[] {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('pp-'));
  const byTag = new Map(declarations.map((d) => [d.tagName!, d]));
  const specsOf = (d: ManifestDeclaration, keep: (name: string) => boolean) => {
    const names = (d.attributes ?? []).map((a) => a.name);
    const seen = new Set<string>();
    return (d.attributes ?? []).filter((a) => keep(a.name) && !HIDDEN_ATTRIBUTES.includes(a.name) && !seen.has(a.name) && seen.add(a.name)).map((a) => attributeSpec(a, names));
  };
  const widgets: WidgetSpec[] = [];
  for (const d of declarations) {
    const tag = d.tagName!;
    const real = observed(tag);
    if (!real?.length) continue;
    const slotText = (d.slots ?? []).map((s) => s.description ?? '').join(' ');
    const children = [...slotText.matchAll(/<(pp-[a-z-]+)>/g)]
      .map((m) => byTag.get(m[1]))
      .filter((c): c is ManifestDeclaration => !!c)
      .map((c) => ({tag: c.tagName!, attributes: specsOf(c, () => true)}));
    widgets.push({name: tag.slice(3), tag, summary: d.summary ?? '', attributes: specsOf(d, (name) => real.includes(name)), children});
  }
  return widgets;
}

export type Lang = 'fr' | 'en';

export interface ChildConfig {
  /** Attribute values (date, label, href…); empty ones are left out. */
  attributes: Record<string, string>;
  /** Text inside the child (a milestone's description). */
  text: string;
}

export interface Config {
  widget: string;
  /** Attribute values: a string, or `true` for a boolean attribute; empty strings and false are left out. */
  attributes: Record<string, string | boolean>;
  children: ChildConfig[];
  /** Text shown without JavaScript, inside the tag. */
  fallback: string;
  lang: Lang;
  /** `cdn`: versioned jsDelivr URLs with SRI; `self`: the site's own copy of dist/ at `path`. */
  hosting: 'cdn' | 'self';
  path: string;
}

export interface BuildInfo {
  version: string;
  /** `sha384-…` of each file of dist/ (dist/sri.json); missing hashes give snippets without `integrity`. */
  integrity: Record<string, string>;
  /** Where embed.html lives when the scripts come from the CDN (jsDelivr does not serve HTML pages). */
  embedPage: string;
}

export const cdnBase = (version: string) => `https://cdn.jsdelivr.net/npm/presence-postale-widgets@${version}/dist/`;

/** The folder URL of the files: the CDN's, or the site's copy (always ending with a slash). */
export function filesBase(config: Config, info: BuildInfo): string {
  if (config.hosting === 'cdn') return cdnBase(info.version);
  const path = config.path.trim() || '/';
  return path.endsWith('/') ? path : `${path}/`;
}

/** The attributes of the widget, in a stable order, as [name, value]; `''` for a boolean one. */
export function attributeList(config: Config, widget?: WidgetSpec): [string, string][] {
  const order = widget?.attributes.map((a) => a.name) ?? [];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return Object.entries(config.attributes)
    .filter(([, value]) => value !== false && String(value).trim() !== '')
    .map(([name, value]): [string, string] => [name, value === true ? '' : String(value).trim()])
    .sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1));
}

export const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (list: [string, string][]) => list.map(([name, value]) => (value === '' && !name.startsWith('data-') ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
/** Children being written (no date and no label yet) are left out until they say something. */
export const filledChildren = (config: Config) => config.children.filter((c) => Object.values(c.attributes).some((v) => v.trim()) || c.text.trim());
const childAttributes = (child: ChildConfig) => Object.entries(child.attributes).filter(([, v]) => v.trim() !== '').map(([n, v]): [string, string] => [n, v.trim()]);

/** `<script>` for the main bundle (module) or the resizer (classic), with SRI from the CDN. */
function scriptTag(file: string, config: Config, info: BuildInfo, module: boolean): string {
  const integrity = config.hosting === 'cdn' && info.integrity[file] ? ` integrity="${info.integrity[file]}" crossorigin="anonymous"` : '';
  return `<script${module ? ' type="module"' : ' async'} src="${escapeAttribute(filesBase(config, info) + file)}"${integrity}></script>`;
}

const langNote = (config: Config) =>
  config.lang === 'en' ? '<!-- Les widgets suivent la langue de la page : ils sont en anglais sur une page <html lang="en">. -->\n' : '';

/** Flavour 1: the script and the custom tag. */
export function tagSnippet(config: Config, info: BuildInfo, widget?: WidgetSpec): string {
  const tag = `pp-${config.widget}`;
  const children = filledChildren(config).map((c) => `  <${widget?.children[0]?.tag ?? 'pp-timeline-event'}${attrs(childAttributes(c))}>${escapeText(c.text.trim())}</${widget?.children[0]?.tag ?? 'pp-timeline-event'}>\n`);
  const inner = children.length ? `\n${children.join('')}  ${escapeText(config.fallback.trim())}\n` : escapeText(config.fallback.trim());
  return `${langNote(config)}${scriptTag('presence-postale.js', config, info, true)}\n<${tag}${attrs(attributeList(config, widget))}>${inner}</${tag}>`;
}

/** The `data-*` name of an attribute on a mount (nearest-service's own `data-base` stays `data-base`). */
export const mountAttribute = (name: string) => (name.startsWith('data-') ? name : `data-${name}`);

/** Flavour 2: the script (once per page, or in the site's theme) and a `<div data-pp-widget>` mount. */
export function mountSnippet(config: Config, info: BuildInfo, widget?: WidgetSpec): string {
  const list = attributeList(config, widget).map(([name, value]): [string, string] => [mountAttribute(name), value]);
  const children = filledChildren(config).map((c) => {
    const a = childAttributes(c).map(([name, value]): [string, string] => [mountAttribute(name), value]);
    return `  <div data-pp-event${attrs(a)}>${escapeText(c.text.trim())}</div>\n`;
  });
  const inner = children.length ? `\n${children.join('')}  ${escapeText(config.fallback.trim())}\n` : escapeText(config.fallback.trim());
  return `${langNote(config)}${scriptTag('presence-postale.js', config, info, true)}\n<div data-pp-widget="${escapeAttribute(config.widget)}"${attrs(list)}>${inner}</div>`;
}

/** The URL of embed.html showing this configuration. */
export function embedUrl(config: Config, info: BuildInfo, widget?: WidgetSpec, id?: string): string {
  const params = new URLSearchParams({widget: config.widget});
  for (const [name, value] of attributeList(config, widget)) params.append(name, value);
  for (const child of filledChildren(config)) {
    const {date = '', label = '', href = ''} = Object.fromEntries(childAttributes(child));
    // DATE|LABEL[|LINK[|DESCRIPTION]] (see src/embed/embed-page.ts); a `|` inside would cut the parts
    const parts = [date, label, href, child.text.trim()].map((part) => part.replace(/\|/g, '/'));
    while (parts.length > 2 && !parts.at(-1)) parts.pop();
    if (date || label) params.append('event', parts.join('|'));
  }
  if (config.lang !== 'fr') params.set('lang', config.lang);
  if (id) params.set('id', id);
  const page = config.hosting === 'cdn' ? info.embedPage : `${filesBase(config, info)}embed.html`;
  return `${page}?${params.toString().replace(/\+/g, '%20')}`;
}

/**
 * Height (px) of the iframe without the resizer: the content's height at about 40 rem wide, measured on
 * embed.html (a 360 px wide phone needs more, and scrolls inside the frame).
 */
export function fixedHeight(config: Config): number {
  if (config.widget === 'funding-counter') return 260;
  if (config.widget === 'nearest-service') {
    const limit = Math.min(20, Math.max(1, Math.round(Number(config.attributes.limit)) || 1));
    // with a search, the results come after the visitor's search: room for them
    const place = config.attributes.commune || config.attributes.postcode || config.attributes.lat;
    return (place ? 720 : 760) + (limit - 1) * 240;
  }
  return config.attributes.compact ? 800 : 1000;
}

/** The iframe's `title` (RGAA 2.1: every frame has a title saying what it holds). */
export function frameTitle(config: Config, communeName?: string): string {
  const en = config.lang === 'en';
  if (config.widget === 'contract-timeline') return en ? 'Timeline of the postal presence contracts' : 'Frise des contrats de présence postale territoriale';
  if (config.widget === 'funding-counter') return en ? 'Postal presence funding' : 'Financement de la présence postale territoriale';
  if (config.widget === 'nearest-service') {
    if (communeName) return en ? `Nearest postal service to ${communeName}` : `Service postal le plus proche de ${communeName}`;
    return en ? 'Nearest postal service' : 'Service postal le plus proche';
  }
  return `Présence postale : ${config.widget}`;
}

/** Flavour 3: an iframe of embed.html, and the optional resizer script. */
export function iframeSnippet(config: Config, info: BuildInfo, widget?: WidgetSpec, communeName?: string): string {
  // geolocation is asked only by nearest-service, and only when the visitor searches (no place given)
  const place = config.attributes.commune || config.attributes.postcode || config.attributes.lat;
  const allow = config.widget === 'nearest-service' && !place ? ' allow="geolocation"' : '';
  const src = escapeAttribute(embedUrl(config, info, widget));
  return (
    // frameborder: obsolete but understood everywhere (a `style` attribute is stripped by CMS filters and blocked by strict CSPs)
    `<iframe src="${src}" title="${escapeAttribute(frameTitle(config, communeName))}" width="100%" height="${fixedHeight(config)}" frameborder="0" loading="lazy"${allow}></iframe>\n` +
    `<!-- Facultatif, une fois par page : ajuste la hauteur des iframes à leur contenu. -->\n` +
    scriptTag('embed-resizer.js', config, info, false)
  );
}
