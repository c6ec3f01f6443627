// The registry (widgets.ts) and the benchmark list (scripts/bench/widgets.mjs) cover every element and
// every attribute the library declares (custom-elements.json, written by `npm run analyze`), and their
// samples mean what they say: valid values render content with no message, invalid ones show the
// configuration message naming the attribute. Without this, the fuzz suite could test a stale list.
import {expect} from '@open-wc/testing';
import {BENCH_WIDGETS} from '../../scripts/bench/widgets.mjs';
import {captureWarnings} from '../helpers/console.js';
import {PENDING, WIDGETS, create, loadAll, problemsText, settled, type AttributeSpec} from './widgets.js';

interface ManifestElement {
  tagName: string;
  path: string;
  attributes: {name: string; fieldName?: string}[];
}

async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json', {cache: 'no-store'});
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` (npm test does) before the browser tests');
  const manifest = (await response.json()) as {modules: {path: string; declarations?: {tagName?: string; attributes?: ManifestElement['attributes']}[]}[]};
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({tagName: d.tagName!, path: module.path, attributes: d.attributes ?? []})),
  );
}

/** Every tag of the registry with its attributes: widgets and the children they read. */
function registered(): Map<string, AttributeSpec[]> {
  const tags = new Map<string, AttributeSpec[]>();
  for (const widget of WIDGETS) {
    tags.set(widget.tag, widget.attributes);
    for (const child of widget.children ?? []) tags.set(child.tag, child.attributes);
  }
  return tags;
}

describe('resilience registry', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  before(loadAll);
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('lists every element of custom-elements.json, and nothing else', async () => {
    const elements = await manifestElements();
    const tags = registered();
    const missing = elements.filter((e) => !tags.has(e.tagName));
    // Elements still being built (PENDING) are announced in the test output, not failed: they get their
    // entry when they are done. Any other element missing from the registry fails.
    for (const e of missing.filter((e) => PENDING.includes(e.tagName))) {
      console.log(`TODO: <${e.tagName}> (${e.path}) is in custom-elements.json but only a TODO in test/resilience/widgets.ts and scripts/bench/widgets.mjs: the resilience suites and the benchmarks skip it until it has its entries.`);
    }
    expect(missing.filter((e) => !PENDING.includes(e.tagName)).map((e) => e.tagName), 'elements missing from test/resilience/widgets.ts').to.deep.equal([]);
    const stale = [...tags.keys()].filter((tag) => !elements.some((e) => e.tagName === tag));
    expect(stale, 'registry entries for elements that custom-elements.json does not declare').to.deep.equal([]);
  });

  it('lists every attribute of every element, with its property', async () => {
    const tags = registered();
    for (const element of (await manifestElements()).filter((e) => !PENDING.includes(e.tagName))) {
      const specs = tags.get(element.tagName) ?? [];
      expect(
        specs.map((a) => a.name).sort(),
        `attributes of <${element.tagName}>: test/resilience/widgets.ts (actual) against custom-elements.json (expected); ` +
          'add the new ones to the registry, or, if custom-elements.json lists something that is no attribute (a state), fix its declaration',
      ).to.deep.equal(element.attributes.map((a) => a.name).sort());
      for (const attribute of element.attributes) {
        if (attribute.fieldName) expect(specs.find((a) => a.name === attribute.name)?.property, `property of ${element.tagName}[${attribute.name}]`).to.equal(attribute.fieldName);
      }
    }
  });

  it('matches the benchmark list, scripts/bench/widgets.mjs', () => {
    expect(BENCH_WIDGETS.map((w) => w.tag)).to.deep.equal(WIDGETS.map((w) => w.tag));
  });

  it('has well-formed entries: enum keywords, samples of every attribute', () => {
    for (const widget of WIDGETS) {
      for (const attribute of [...widget.attributes, ...(widget.children ?? []).flatMap((c) => c.attributes)]) {
        const where = `<${widget.tag}> ${attribute.name}`;
        expect(attribute.valid.length, `${where}: valid samples`).to.be.greaterThan(0);
        if (attribute.kind === 'enum') expect(attribute.keywords?.length, `${where}: keywords`).to.be.greaterThan(1);
        if (attribute.kind !== 'boolean' && attribute.kind !== 'text') expect(attribute.invalid, `${where}: an invalid sample`).to.be.a('string');
      }
    }
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}> samples`, () => {
      const render = async (attributes: Record<string, string>, properties: Record<string, string> = {}, child?: {tag: string; name: string; value: string}) => {
        const el = create(widget, attributes);
        Object.assign(el, properties);
        if (child) el.querySelector(child.tag)!.setAttribute(child.name, child.value);
        document.body.append(el);
        await settled(el);
        return el;
      };
      const check = (el: HTMLElement, what: string, expectValid: boolean, name: string) => {
        const problems = problemsText(el);
        if (expectValid) {
          expect(problems, `${what}: no configuration message`).to.equal('');
          expect(widget.hasContent(el), `${what}: content`).to.equal(true);
        } else {
          expect(problems, `${what}: a configuration message naming ${name}`).to.contain(name);
        }
        el.remove();
      };

      it('renders its content, without a message, with its base attributes', async () => {
        check(await render({}), 'base', true, '');
      });

      for (const attribute of widget.attributes) {
        it(`${attribute.name}: valid samples render, the invalid one shows a message (attribute and property)`, async () => {
          for (const value of attribute.valid) {
            check(await render({[attribute.name]: value}), `${attribute.name}="${value}"`, true, attribute.name);
            check(await render({}, {[attribute.property]: value}), `.${attribute.property}="${value}"`, true, attribute.name);
          }
          if (attribute.invalid !== undefined) {
            check(await render({[attribute.name]: attribute.invalid}), `${attribute.name}="${attribute.invalid}"`, false, attribute.name);
            check(await render({}, {[attribute.property]: attribute.invalid}), `.${attribute.property}="${attribute.invalid}"`, false, attribute.name);
          }
        });
      }

      for (const child of widget.children ?? []) {
        it(`<${child.tag}>: valid samples render, invalid ones show a message`, async () => {
          for (const attribute of child.attributes) {
            for (const value of attribute.valid) check(await render({}, {}, {tag: child.tag, name: attribute.name, value}), `<${child.tag} ${attribute.name}="${value}">`, true, attribute.name);
            if (attribute.invalid !== undefined) {
              check(await render({}, {}, {tag: child.tag, name: attribute.name, value: attribute.invalid}), `<${child.tag} ${attribute.name}="${attribute.invalid}">`, false, attribute.name);
            }
          }
        });
      }
    });
  }
});
