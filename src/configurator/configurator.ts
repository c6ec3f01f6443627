/**
 * The configurator (French, for commune webmasters): pick a widget and its options, see it live, copy
 * the snippet in three flavours. Plain DOM, no Lit: the page already has the widgets' copy of Lit, and
 * a second copy would try to create a second "lit-html" Trusted Types policy, which a strict CSP
 * refuses. Nothing is written with innerHTML; the page needs no inline script or style.
 */
import {communeByCode, searchCommunes} from '../data/communes.js';
import type {Commune} from '../data/types.js';
import {ATTRIBUTE_WORDS, EVENT_LABEL, WIDGET_WORDS, type AttributeWords} from './labels.js';
import {
  attributeList,
  embedUrl,
  filledChildren,
  iframeSnippet,
  mountSnippet,
  tagSnippet,
  widgetsFromManifest,
  type AttributeSpec,
  type BuildInfo,
  type ChildConfig,
  type Config,
  type Lang,
  type Manifest,
  type ObservedAttributes,
  type WidgetSpec,
} from './model.js';

export interface ConfiguratorOptions {
  manifest: Manifest;
  info: BuildInfo;
  /** The widgets' setLocale (from presence-postale.js): the preview follows the chosen language. */
  setLocale?: (lang: Lang) => Promise<unknown> | unknown;
  /** Where the data files are, when they are not beside the script (Storybook). */
  dataBase?: string;
  initial?: Partial<Config>;
  observed?: ObservedAttributes;
}

export interface Snippets {
  tag: string;
  mount: string;
  iframe: string;
}

export interface Configurator {
  readonly widgets: WidgetSpec[];
  /** The current configuration (a copy). */
  config(): Config;
  /** Changes the configuration and redraws everything (tests, stories). */
  set(changes: Partial<Config>): void;
  /** The widget of the live preview. */
  preview(): HTMLElement | undefined;
  snippets(): Snippets;
  /** The preview and the snippets are up to date (after the last change and the commune lookup). */
  ready(): Promise<void>;
}

type Child = Node | string | false | null | undefined;
type Props = Record<string, string | boolean | number | EventListener | undefined>;

/** document.createElement with properties, attributes (names with a dash or aria-/data-) and children. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name.includes('-') || name === 'for' || name === 'lang' || name === 'role') el.setAttribute(name, value === true ? '' : String(value));
    else (el as unknown as Record<string, unknown>)[name] = value;
  }
  el.append(...(children.filter((c) => c !== false && c !== null && c !== undefined) as (Node | string)[]));
  return el;
}

let instances = 0;

export function createConfigurator(root: HTMLElement, options: ConfiguratorOptions): Configurator {
  const uid = `ppc${++instances}`;
  const widgets = widgetsFromManifest(options.manifest, options.observed);
  const first = widgets[0]?.name ?? 'funding-counter';
  const state: Config = {
    widget: first,
    attributes: {},
    children: [],
    fallback: WIDGET_WORDS[first]?.fallback ?? '',
    lang: 'fr',
    hosting: 'cdn',
    path: '/presence-postale/',
    ...options.initial,
  };
  if (options.initial?.widget && options.initial.fallback === undefined) state.fallback = WIDGET_WORDS[state.widget]?.fallback ?? '';
  let communeName: string | undefined;
  let pending: Promise<unknown> = Promise.resolve();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let previewEl: HTMLElement | undefined;
  let previewChildrenKey = '';
  let previewSet = new Set<string>();
  const spec = () => widgets.find((w) => w.name === state.widget);
  const dataOptions = {base: options.dataBase};

  // ---- layout
  const optionsBox = h('div', {className: 'ppc-generated'});
  const form = h(
    'form',
    {className: 'ppc-form', 'aria-labelledby': `${uid}-form-title`, onsubmit: ((e: Event) => e.preventDefault()) as EventListener},
    h('h2', {id: `${uid}-form-title`}, 'Réglages'),
    widgetChooser(),
    h('fieldset', {className: 'ppc-group'}, h('legend', {}, '2. Options du widget'), optionsBox),
    languageAndText(),
    hostingChooser(),
  );
  // a scrolling region (a long timeline): focusable and named, for keyboard users
  const previewBox = h('div', {className: 'ppc-preview', role: 'region', tabIndex: 0, 'aria-label': 'Aperçu du widget'});
  const status = h('p', {className: 'ppc-status', role: 'status'});
  const snippetAreas: Record<keyof Snippets, HTMLTextAreaElement> = {} as never;
  const iframeNote = h('p', {className: 'ppc-hint'});
  const output = h(
    'div',
    {className: 'ppc-output'},
    h(
      'section',
      {className: 'ppc-section', 'aria-labelledby': `${uid}-preview-title`},
      h('h2', {id: `${uid}-preview-title`}, 'Aperçu'),
      h('p', {className: 'ppc-note'}, 'Le widget tel qu’il s’affichera, avec les données livrées : changez un réglage, l’aperçu suit.'),
      previewBox,
    ),
    h(
      'section',
      {className: 'ppc-section', 'aria-labelledby': `${uid}-code-title`},
      h('h2', {id: `${uid}-code-title`}, 'Code à copier'),
      h('p', {className: 'ppc-note'}, 'Trois façons d’intégrer le même widget : choisissez celle que votre site accepte.'),
      snippetBlock('tag', '1. Balise et script', 'Le plus simple, si votre éditeur accepte les balises <script> (administrateur WordPress, format « HTML complet » de Drupal…). Le script se colle une seule fois par page.'),
      snippetBlock(
        'mount',
        '2. Point de montage (éditeurs qui filtrent le code)',
        'Un simple <div> avec des attributs data-…, que WordPress et Drupal conservent ; le script, lui, va une fois dans le thème ou le pied de page du site.',
      ),
      snippetBlock('iframe', '3. Iframe (sans script)', 'Pour les sites qui n’acceptent que des iframes. Le script d’ajustement de la hauteur est facultatif.', iframeNote),
      status,
    ),
  );
  root.replaceChildren(h('div', {className: 'ppc'}, form, output));

  // ---- building blocks
  function field(id: string, words: AttributeWords, control: HTMLElement, english?: string): HTMLElement {
    const hint = words.hint ?? english;
    if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
    return h(
      'div',
      {className: 'ppc-field'},
      h('label', {for: id}, words.label),
      hint && h('p', {className: 'ppc-hint', id: `${id}-hint`, lang: words.hint ? undefined : 'en'}, hint),
      control,
    );
  }

  function widgetChooser(): HTMLElement {
    return h(
      'fieldset',
      {className: 'ppc-group ppc-widgets'},
      h('legend', {}, '1. Widget'),
      ...widgets.map((w) => {
        const id = `${uid}-widget-${w.name}`;
        const words = WIDGET_WORDS[w.name];
        return h(
          'div',
          {className: 'ppc-choice'},
          h('input', {type: 'radio', name: `${uid}-widget`, id, value: w.name, checked: w.name === state.widget, 'aria-describedby': `${id}-hint`, onchange: () => chooseWidget(w.name)}),
          h('label', {for: id}, words?.label ?? `<${w.tag}>`),
          h('p', {className: 'ppc-hint', id: `${id}-hint`, lang: words ? undefined : 'en'}, words?.hint ?? w.summary),
        );
      }),
    );
  }

  function languageAndText(): HTMLElement {
    const langs: [Lang, string][] = [
      ['fr', 'Français'],
      ['en', 'English (anglais)'],
    ];
    const fallbackId = `${uid}-fallback`;
    return h(
      'fieldset',
      {className: 'ppc-group'},
      h('legend', {}, '3. Langue et texte de repli'),
      h(
        'fieldset',
        {className: 'ppc-inline'},
        h('legend', {}, 'Langue du widget'),
        ...langs.map(([lang, label]) =>
          h(
            'span',
            {className: 'ppc-choice'},
            h('input', {type: 'radio', name: `${uid}-lang`, id: `${uid}-lang-${lang}`, value: lang, checked: state.lang === lang, onchange: () => change({lang})}),
            h('label', {for: `${uid}-lang-${lang}`, lang: lang === 'en' ? 'en' : undefined}, label),
          ),
        ),
      ),
      h('p', {className: 'ppc-hint'}, 'Les widgets suivent la langue de la page qui les accueille (<html lang>) ; l’iframe la fixe dans son adresse.'),
      field(
        fallbackId,
        {label: 'Texte de repli', hint: 'Visible tant que le script n’a pas chargé, et sans JavaScript.'},
        h('textarea', {id: fallbackId, rows: 5, value: state.fallback, oninput: ((e: Event) => type({fallback: (e.target as HTMLTextAreaElement).value})) as EventListener}),
      ),
    );
  }

  function hostingChooser(): HTMLElement {
    const pathId = `${uid}-path`;
    const path = h('input', {type: 'text', id: pathId, value: state.path, disabled: state.hosting !== 'self', spellcheck: false, oninput: ((e: Event) => type({path: (e.target as HTMLInputElement).value})) as EventListener});
    const choice = (value: Config['hosting'], label: string, hint: string) =>
      h(
        'div',
        {className: 'ppc-choice'},
        h('input', {
          type: 'radio',
          name: `${uid}-hosting`,
          id: `${uid}-hosting-${value}`,
          value,
          checked: state.hosting === value,
          'aria-describedby': `${uid}-hosting-${value}-hint`,
          onchange: () => {
            path.disabled = value !== 'self';
            change({hosting: value});
          },
        }),
        h('label', {for: `${uid}-hosting-${value}`}, label),
        h('p', {className: 'ppc-hint', id: `${uid}-hosting-${value}-hint`}, hint),
      );
    return h(
      'fieldset',
      {className: 'ppc-group'},
      h('legend', {}, '4. Hébergement des fichiers'),
      choice('cdn', `CDN jsDelivr, version ${options.info.version}`, 'Adresse figée et empreinte d’intégrité (SRI) : le navigateur refuse un fichier modifié. Le paquet n’est pas encore publié sur npm : d’ici là, hébergez les fichiers sur votre site.'),
      choice('self', 'Sur le site de la commune', 'Copiez tout le dossier dist/ (scripts et données) sur votre site : aucune requête vers un autre site.'),
      field(pathId, {label: 'Adresse du dossier copié', hint: 'Par exemple /presence-postale/ : le dossier qui contient presence-postale.js et data/.'}, path),
    );
  }

  function snippetBlock(kind: keyof Snippets, title: string, explanation: string, extra?: HTMLElement): HTMLElement {
    const id = `${uid}-code-${kind}`;
    const area = h('textarea', {id, readOnly: true, rows: 6, spellcheck: false, className: 'ppc-code', 'aria-describedby': `${id}-hint`});
    snippetAreas[kind] = area;
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = `Code « ${title.replace(/^\d\. /, '')} » copié dans le presse-papiers.`;
      } catch {
        area.focus();
        area.select();
        status.textContent = 'Copie automatique impossible : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).';
      }
    };
    return h(
      'div',
      {className: 'ppc-snippet'},
      h('h3', {}, title),
      h('p', {className: 'ppc-hint', id: `${id}-hint`}, explanation),
      extra,
      h('label', {for: id, className: 'ppc-code-label'}, 'Code', h('span', {className: 'ppc-visually-hidden'}, ` « ${title.replace(/^\d\. /, '')} »`)),
      area,
      h('button', {type: 'button', className: 'ppc-button', onclick: copy as EventListener}, 'Copier ', h('span', {className: 'ppc-visually-hidden'}, `le code « ${title.replace(/^\d\. /, '')} »`)),
    );
  }

  function attributeControl(attribute: AttributeSpec, values: Record<string, string | boolean>, onValue: (value: string | boolean) => void, words: AttributeWords | undefined, idBase: string): HTMLElement {
    const id = `${idBase}-${attribute.name}`;
    const label = words ?? {label: attribute.name};
    const english = words ? undefined : attribute.description;
    const current = values[attribute.name];
    if (attribute.kind === 'boolean') {
      const box = h('input', {type: 'checkbox', id, checked: current === true, onchange: ((e: Event) => onValue((e.target as HTMLInputElement).checked)) as EventListener});
      const hint = label.hint ?? english;
      if (hint) box.setAttribute('aria-describedby', `${id}-hint`);
      return h('div', {className: 'ppc-field ppc-check'}, box, h('label', {for: id}, label.label), hint && h('p', {className: 'ppc-hint', id: `${id}-hint`, lang: label.hint ? undefined : 'en'}, hint));
    }
    if (attribute.kind === 'choice') {
      const select = h(
        'select',
        {id, onchange: ((e: Event) => onValue((e.target as HTMLSelectElement).value)) as EventListener},
        !attribute.options.includes(attribute.defaultValue ?? '') && h('option', {value: ''}, 'Par défaut'),
        ...attribute.options.map((option) =>
          h('option', {value: option === attribute.defaultValue ? '' : option, selected: current === option}, `${label.options?.[option] ?? option}${option === attribute.defaultValue ? ' (par défaut)' : ''}`),
        ),
      );
      return field(id, label, select, english);
    }
    if (attribute.kind === 'list') {
      const chosen = new Set(String(current ?? '').split(',').filter(Boolean));
      const hint = label.hint ?? english;
      return h(
        'fieldset',
        {className: 'ppc-field ppc-list', 'aria-describedby': hint ? `${id}-hint` : undefined},
        h('legend', {}, label.label),
        hint && h('p', {className: 'ppc-hint', id: `${id}-hint`, lang: label.hint ? undefined : 'en'}, hint),
        ...attribute.options.map((option) =>
          h(
            'div',
            {className: 'ppc-check'},
            h('input', {
              type: 'checkbox',
              id: `${id}-${option}`,
              value: option,
              checked: chosen.has(option),
              onchange: ((e: Event) => {
                const box = e.target as HTMLInputElement;
                if (box.checked) chosen.add(option);
                else chosen.delete(option);
                onValue(attribute.options.filter((o) => chosen.has(o)).join(','));
              }) as EventListener,
            }),
            h('label', {for: `${id}-${option}`}, label.options?.[option] ?? option),
          ),
        ),
      );
    }
    const input = h('input', {
      type: 'text',
      id,
      value: typeof current === 'string' ? current : '',
      inputMode: attribute.kind === 'number' ? 'decimal' : undefined,
      spellcheck: false,
      oninput: ((e: Event) => onValue((e.target as HTMLInputElement).value)) as EventListener,
    });
    return field(id, label, input, english);
  }

  function communeControl(): HTMLElement {
    const id = `${uid}-commune`;
    const results = h('ul', {className: 'ppc-results', id: `${id}-results`});
    const found = h('p', {className: 'ppc-hint', role: 'status'});
    const chosen = h('p', {className: 'ppc-chosen'});
    const input = h('input', {type: 'search', id, autocomplete: 'off', spellcheck: false, 'aria-describedby': `${id}-hint`, 'aria-controls': `${id}-results`});
    let sequence = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const showChosen = () => {
      const code = String(state.attributes.commune ?? '');
      chosen.replaceChildren(
        code
          ? h('span', {}, 'Commune choisie : ', h('strong', {}, communeName ?? code), ` (code INSEE ${code}) `)
          : h('span', {}, 'Aucune commune : le visiteur cherche la sienne (ou utilise sa position).'),
        code && h('button', {type: 'button', className: 'ppc-link', onclick: () => pick(undefined)}, 'Retirer la commune'),
      );
    };
    const pick = (commune: Commune | undefined) => {
      communeName = commune?.name;
      results.replaceChildren();
      found.textContent = commune ? `${commune.name} choisie.` : 'Commune retirée.';
      input.value = '';
      changeAttribute('commune', commune?.code ?? '');
      showChosen();
      input.focus();
    };
    const search = async () => {
      const query = input.value.trim();
      const mine = ++sequence;
      if (query.length < 2) {
        results.replaceChildren();
        found.textContent = '';
        return;
      }
      try {
        const communes = await searchCommunes(query, {...dataOptions, limit: 8});
        if (mine !== sequence) return;
        results.replaceChildren(
          ...communes.map((c) =>
            h('li', {}, h('button', {type: 'button', className: 'ppc-result', onclick: () => pick(c)}, h('strong', {}, c.name), ` ${c.postcodes.join(', ')} · ${c.departement} · INSEE ${c.code}`)),
          ),
        );
        found.textContent = communes.length ? `${communes.length} commune${communes.length > 1 ? 's' : ''} : choisissez dans la liste ci-dessous.` : 'Aucune commune ne correspond.';
      } catch {
        if (mine === sequence) found.textContent = 'La recherche des communes n’a pas pu charger ses données.';
      }
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        clearTimeout(timer);
        void search();
      }
    });
    showChosen();
    return h(
      'div',
      {className: 'ppc-field ppc-commune'},
      h('label', {for: id}, 'Commune'),
      h('p', {className: 'ppc-hint', id: `${id}-hint`}, 'Cherchez par nom ou code postal (par exemple Brûlon ou 72350), puis choisissez dans la liste.'),
      input,
      found,
      results,
      chosen,
    );
  }

  function eventsEditor(widget: WidgetSpec): HTMLElement | undefined {
    const child = widget.children[0];
    if (!child) return undefined;
    const list = h('div', {className: 'ppc-events'});
    const draw = () => {
      list.replaceChildren(
        ...state.children.map((event, index) =>
          h(
            'fieldset',
            {className: 'ppc-event'},
            h('legend', {}, `Événement ${index + 1}`),
            ...child.attributes.map((a) =>
              attributeControl(a, event.attributes, (value) => updateChild(index, {attributes: {...state.children[index].attributes, [a.name]: String(value)}}), a.name === 'label' ? EVENT_LABEL : ATTRIBUTE_WORDS[a.name], `${uid}-event${index}`),
            ),
            field(`${uid}-event${index}-text`, {label: 'Description (facultative)'}, h('textarea', {id: `${uid}-event${index}-text`, rows: 2, value: event.text, oninput: ((e: Event) => updateChild(index, {text: (e.target as HTMLTextAreaElement).value})) as EventListener})),
            h(
              'button',
              {
                type: 'button',
                className: 'ppc-link',
                onclick: () => {
                  state.children.splice(index, 1);
                  draw();
                  refresh();
                  add.focus();
                },
              },
              `Supprimer l’événement ${index + 1}`,
            ),
          ),
        ),
      );
    };
    const add = h(
      'button',
      {
        type: 'button',
        className: 'ppc-button ppc-secondary',
        onclick: () => {
          state.children.push({attributes: {}, text: ''});
          draw();
          refresh();
          list.querySelector<HTMLInputElement>('.ppc-event:last-child input')?.focus();
        },
      },
      'Ajouter un événement',
    );
    draw();
    return h('fieldset', {className: 'ppc-field ppc-list'}, h('legend', {}, 'Événements de la commune'), h('p', {className: 'ppc-hint'}, 'Ouverture d’une agence postale, labellisation France services… : ils s’ajoutent à la frise.'), list, add);
  }

  function drawOptions(): void {
    const widget = spec();
    if (!widget) return optionsBox.replaceChildren(h('p', {}, 'Aucun widget trouvé dans le manifeste.'));
    const main: HTMLElement[] = [];
    const advanced: HTMLElement[] = [];
    for (const attribute of widget.attributes) {
      const words = ATTRIBUTE_WORDS[attribute.name];
      const control = attribute.name === 'commune' ? communeControl() : attributeControl(attribute, state.attributes, (value) => (typeof value === 'string' && attribute.kind !== 'choice' ? typeAttribute(attribute.name, value) : changeAttribute(attribute.name, value)), words, `${uid}-attr`);
      (words?.advanced ? advanced : main).push(control);
    }
    optionsBox.replaceChildren(...main, eventsEditor(widget) ?? '', advanced.length ? h('details', {className: 'ppc-advanced'}, h('summary', {}, 'Réglages avancés'), ...advanced) : '');
  }

  // ---- state changes
  function chooseWidget(name: string): void {
    state.widget = name;
    state.attributes = {};
    state.children = [];
    state.fallback = WIDGET_WORDS[name]?.fallback ?? '';
    communeName = undefined;
    const text = form.querySelector<HTMLTextAreaElement>(`#${uid}-fallback`);
    if (text) text.value = state.fallback;
    drawOptions();
    refresh();
  }

  function change(changes: Partial<Config>): void {
    const langChanged = changes.lang && changes.lang !== state.lang;
    Object.assign(state, changes);
    if (langChanged) pending = Promise.resolve(options.setLocale?.(state.lang));
    refresh();
  }

  /** Text typed: redraw after a short pause, not at every key. */
  function type(changes: Partial<Config>): void {
    Object.assign(state, changes);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(refresh, 300);
  }

  function changeAttribute(name: string, value: string | boolean): void {
    state.attributes = {...state.attributes, [name]: value};
    refresh();
  }

  function typeAttribute(name: string, value: string): void {
    type({attributes: {...state.attributes, [name]: value}});
  }

  function updateChild(index: number, changes: Partial<ChildConfig>): void {
    state.children[index] = {...state.children[index], ...changes};
    clearTimeout(typingTimer);
    typingTimer = setTimeout(refresh, 300);
  }

  // ---- output
  function buildChildren(widget: WidgetSpec | undefined): (Node | string)[] {
    const tag = widget?.children[0]?.tag ?? 'pp-timeline-event';
    const nodes: (Node | string)[] = filledChildren(state).map((child) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(child.attributes)) if (value.trim()) el.setAttribute(name, value.trim());
      el.textContent = child.text.trim();
      return el;
    });
    return [...nodes, state.fallback.trim()];
  }

  function drawPreview(): void {
    const widget = spec();
    const tag = `pp-${state.widget}`;
    if (!previewEl || previewEl.localName !== tag) {
      previewEl = document.createElement(tag);
      previewChildrenKey = '';
      previewSet = new Set();
      previewBox.replaceChildren(previewEl);
    }
    const wanted = new Map(attributeList(state, widget));
    // remove only what the configurator set: a widget may reflect attributes of its own (theme)
    for (const name of previewSet) if (!wanted.has(name)) previewEl.removeAttribute(name);
    previewSet = new Set(wanted.keys());
    if (options.dataBase && state.widget === 'nearest-service') wanted.set('data-base', options.dataBase);
    for (const [name, value] of wanted) if (previewEl.getAttribute(name) !== value) previewEl.setAttribute(name, value);
    const key = JSON.stringify([filledChildren(state), state.fallback]);
    if (key !== previewChildrenKey) {
      previewChildrenKey = key;
      previewEl.replaceChildren(...buildChildren(widget));
    }
  }

  function snippets(): Snippets {
    const widget = spec();
    return {
      tag: tagSnippet(state, options.info, widget),
      mount: mountSnippet(state, options.info, widget),
      iframe: iframeSnippet(state, options.info, widget, communeName),
    };
  }

  function refresh(): void {
    clearTimeout(typingTimer);
    drawPreview();
    const all = snippets();
    for (const kind of Object.keys(all) as (keyof Snippets)[]) {
      const area = snippetAreas[kind];
      area.value = all[kind];
      // as tall as the wrapped code (CSSOM, which a strict CSP allows)
      area.style.height = 'auto';
      if (area.scrollHeight) area.style.height = `${area.scrollHeight + 4}px`;
    }
    iframeNote.textContent =
      state.hosting === 'cdn'
        ? `jsDelivr ne sert pas les pages HTML : l’iframe affiche la page embed.html publiée à côté de ce configurateur (${options.info.embedPage}). Pour ne dépendre d’aucun autre site, choisissez « Sur le site de la commune ».`
        : 'L’iframe affiche la page embed.html de votre copie du dossier dist/.';
  }

  /** The name of a commune given by its code (set() or initial), for the iframe's title and the form. */
  function lookUpCommune(): void {
    const code = state.attributes.commune;
    if (typeof code !== 'string' || !code) return;
    pending = Promise.all([
      pending,
      communeByCode(code, dataOptions)
        .then((c) => {
          if (state.attributes.commune !== code) return;
          communeName = c?.name;
          drawOptions();
          refresh();
        })
        .catch(() => undefined),
    ]);
  }

  // ---- start
  drawOptions();
  if (state.lang !== 'fr') pending = Promise.resolve(options.setLocale?.(state.lang));
  lookUpCommune();
  refresh();

  return {
    widgets,
    config: () => structuredClone(state),
    set(changes) {
      const widgetChanged = changes.widget && changes.widget !== state.widget;
      if (widgetChanged) chooseWidget(changes.widget!);
      const langChanged = changes.lang && changes.lang !== state.lang;
      Object.assign(state, changes);
      if (langChanged) pending = Promise.resolve(options.setLocale?.(state.lang));
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${uid}-widget"], input[name="${uid}-lang"], input[name="${uid}-hosting"]`)) {
        input.checked = input.value === state.widget || input.value === state.lang || input.value === state.hosting;
      }
      const text = form.querySelector<HTMLTextAreaElement>(`#${uid}-fallback`);
      if (text) text.value = state.fallback;
      const path = form.querySelector<HTMLInputElement>(`#${uid}-path`);
      if (path) Object.assign(path, {value: state.path, disabled: state.hosting !== 'self'});
      if (changes.attributes && 'commune' in changes.attributes) {
        communeName = undefined;
        lookUpCommune();
      }
      drawOptions();
      refresh();
    },
    preview: () => previewEl,
    snippets,
    ready: async () => {
      clearTimeout(typingTimer);
      refresh();
      await pending;
    },
  };
}

export {embedUrl};
