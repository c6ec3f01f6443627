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

      if (widget.loadsData) {
        it('the content check sees no content while loading, nor on a data error (self-test)', async () => {
          // an answer slower than the test: the skeleton shows
          const slow = create(widget, {'data-base': `/__pp-fault/slow-2000~registry-${Math.random()}/dist/`});
          document.body.append(slow);
          try {
            await (slow as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
            expect(widget.loading!(slow), 'loading').to.equal(true);
            expect(widget.hasContent(slow), 'content while loading').to.equal(false);
          } finally {
            slow.remove();
          }
          const failing = await render({'data-base': '/__pp-fault/404/dist/'});
          expect(widget.failed!(failing), 'the error message with its retry button').to.contain('introuvables');
          expect(widget.hasContent(failing), 'content on a data error').to.equal(false);
          expect(widget.idle?.(failing), 'search form').to.not.equal(true);
          expect(problemsText(failing)).to.equal('');
          failing.remove();
        });
      }

      const places = widget.attributes.filter((a) => a.place);
      if (places.length) {
        it('without a place, shows its search form: not content, not an error (self-test of idle())', async () => {
          const el = await render(Object.fromEntries(places.map((a) => [a.name, ''])));
          expect(widget.idle!(el), 'search form').to.equal(true);
          expect(widget.hasContent(el), 'content').to.equal(false);
          expect(widget.failed?.(el) ?? '', 'error').to.equal('');
          expect(problemsText(el)).to.equal('');
          el.remove();
          const shown = await render({});
          expect(widget.idle!(shown), 'search form beside results').to.equal(false);
          shown.remove();
        });
      }

      for (const attribute of widget.attributes) {
        it(`${attribute.name}: valid samples render, the invalid one shows a message (attribute and property)`, async () => {
          // with the attributes it goes with (e.g. lat with lon), over the base
          const context = attribute.context ?? {};
          const where = Object.entries(context).map(([name, value]) => ` ${name}="${value}"`).join('');
          for (const value of attribute.valid) {
            check(await render({...context, [attribute.name]: value}), `${attribute.name}="${value}"${where}`, true, attribute.name);
            check(await render(context, {[attribute.property]: value}), `.${attribute.property}="${value}"${where}`, true, attribute.name);
          }
          if (attribute.lookup) {
            // a value that leads nowhere: the error message the fuzz suite accepts for it
            expect(attribute.nowhere, `${attribute.name}: a sample that leads nowhere`).to.be.a('string');
            const el = await render({...context, [attribute.name]: attribute.nowhere!});
            expect(problemsText(el), `${attribute.name}="${attribute.nowhere}": no configuration message`).to.equal('');
            expect(widget.failed!(el), `${attribute.name}="${attribute.nowhere}": the error message`).to.match(attribute.lookup);
            expect(widget.hasContent(el)).to.equal(false);
            el.remove();
          }
          if (attribute.invalid !== undefined) {
            check(await render({...context, [attribute.name]: attribute.invalid}), `${attribute.name}="${attribute.invalid}"${where}`, false, attribute.name);
            check(await render(context, {[attribute.property]: attribute.invalid}), `.${attribute.property}="${attribute.invalid}"${where}`, false, attribute.name);
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
