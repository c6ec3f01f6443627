// Property-based tests (fast-check) of every attribute of every registered widget (widgets.ts):
// random strings — huge, empty, unicode, markup, javascript: payloads, numbers — set as attributes and
// as properties, before and after the element is connected. After each value: no uncaught error, no
// unhandled rejection, no console.error; nothing of the payload in the DOM (document and shadow roots)
// nor run; and the widget shows its content or its configuration message ([part="problems"]), which
// names the attribute. Seeded (seed.ts); replay a failure with the PP_FUZZ_SEED it prints.
// A widget that loads data (<pp-nearest-service>) is fuzzed around the fixed place of its base
// (commune="72050"; lat with lon fixed, and lon with lat, through their `context`), with as many runs as
// the others: settled() waits for each value's data, which the loader caches after the first load, so
// its 24 tests take about 8 s. Its other right answers: the error message of a lookup that led nowhere
// (an unknown commune, a folder without data: `lookup`), and its search form when every place is blank.
// Its search field is fuzzed too: what a visitor types, suggested and submitted.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {setLocale} from '../../src/shared/i18n.js';
import {captureWarnings} from '../helpers/console.js';
import {ErrorTrap, canary, describeValue, injections, macrotask} from './checks.js';
import {attributeValues, channels, otherPropertyValues, type Channel} from './payloads.js';
import {assertProperty, fuzzSeed} from './seed.js';
import {WIDGETS, create, loadAll, problemsText, settled, type AttributeSpec, type ChildSpec, type WidgetSpec} from './widgets.js';

const FILE = 'test/resilience/fuzz.test.ts';
/** Runs per attribute (strings) and per attribute (other property types), and of whole random configurations. */
const RUNS = {strings: 100, others: 25, configurations: 120};
const TAGS = WIDGETS.map((w) => w.tag);

let seed: number;
let container: HTMLElement;
const trap = new ErrorTrap();
let warnings: ReturnType<typeof captureWarnings>;

type Target = {child?: ChildSpec; attribute?: AttributeSpec; text?: true};

/**
 * Inputs of bugs reported and not fixed yet, each reproduced by a "KNOWN FAILURE" test of
 * regressions.test.ts (which fails until src/ is fixed): left out here so that the fuzzing goes on with
 * every other value (a throwing update also leaks unhandled rejections into the next test). Delete an
 * entry with its fix.
 */
const KNOWN_FAILURES: {tag: string; attribute: string; value(value: unknown): boolean}[] = [];
const knownFailure = (tag: string, attribute: string, value: unknown) => KNOWN_FAILURES.some((k) => k.tag === tag && k.attribute === attribute && k.value(value));

const blank = (value: unknown) => String(value ?? '').trim() === '';

/**
 * Why what the widget shows is no answer, or undefined when it is one: its content; its problems
 * message; the error message of a lookup that led nowhere (an unknown commune, a folder without data),
 * when an attribute the test `set` is a lookup whose messages include it; its search form, when every
 * attribute that gives a place is blank in `values` (the base with what the test set).
 */
function noAnswer(widget: WidgetSpec, el: HTMLElement, set: Readonly<Record<string, unknown>>, values: Readonly<Record<string, unknown>>): string | undefined {
  if (widget.hasContent(el) || problemsText(el)) return undefined;
  const error = widget.failed?.(el) ?? '';
  if (error) {
    const lookups = widget.attributes.filter((a) => a.lookup && a.name in set && !blank(set[a.name]));
    return lookups.some((a) => a.lookup!.test(error)) ? undefined : `its error message "${error}", which no lookup attribute set here explains (${lookups.map((a) => a.name).join(', ') || 'none set'})`;
  }
  const places = widget.attributes.filter((a) => a.place);
  if (widget.idle?.(el)) {
    return places.length && places.every((a) => blank(values[a.name])) ? undefined : 'its search form, though a place is given';
  }
  return 'neither content nor a problems message';
}

/** Sets one value on a fresh widget (or on its child), renders, and returns what went wrong. */
async function exercise(widget: WidgetSpec, target: Target, value: unknown, channel: Channel, connectedFirst: boolean): Promise<string[]> {
  const context = target.child ? {} : (target.attribute?.context ?? {});
  const el = create(widget, context);
  const node = target.child ? el.querySelector(target.child.tag)! : el;
  const apply = () => {
    if (target.text) node.textContent = String(value);
    else if (channel === 'attribute') node.setAttribute(target.attribute!.name, String(value));
    else (node as unknown as Record<string, unknown>)[target.attribute!.property] = value;
  };
  const failures: string[] = [];
  try {
    if (connectedFirst) {
      container.append(el);
      await settled(el);
      apply();
    } else {
      apply();
      container.append(el);
    }
    await macrotask(); // children are read through a MutationObserver: let it request its update
    await settled(el);
  } catch (error) {
    failures.push(`update threw ${(error as Error)?.stack ?? String(error)}`);
  }
  failures.push(...trap.take(), ...injections(document, TAGS));
  if (canary.calls.length) failures.push(`payload ran: __ppPwned(${canary.calls.splice(0).join(', ')})`);
  const problems = problemsText(el);
  const set = target.child || target.text ? {} : {[target.attribute!.name]: value};
  const unanswered = noAnswer(widget, el, set, {...widget.base, ...context, ...set});
  if (unanswered) failures.push(unanswered);
  if (problems.length > 2000) failures.push(`problems message of ${problems.length} characters`);
  const name = target.text ? undefined : target.attribute!.name;
  if (problems && name && !problems.includes(name)) failures.push(`the problems message does not name ${name}: "${problems.slice(0, 200)}"`);
  el.remove();
  return failures;
}

function fail(failures: string[], what: string): void {
  if (failures.length) throw new Error(`${what}:\n  ${failures.join('\n  ')}`);
}

describe('fuzz: attributes and properties of every widget (fast-check)', function () {
  this.timeout(120_000);

  before(async () => {
    await loadAll();
    seed = await fuzzSeed();
    canary.install();
    trap.install();
    container = document.createElement('div');
    document.body.append(container);
  });
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());
  after(() => {
    trap.uninstall();
    container.remove();
  });

  it('the checks catch an element that injects its attribute as HTML (detector self-test)', async () => {
    class Unsafe extends HTMLElement {
      static observedAttributes = ['label'];
      attributeChangedCallback(_name: string, _old: string | null, value: string | null) {
        (this.shadowRoot ?? this.attachShadow({mode: 'open'})).innerHTML = `<p>${value}</p>`;
      }
    }
    customElements.define('pp-unsafe-fixture', Unsafe);
    const el = document.createElement('pp-unsafe-fixture');
    // like INJECTIONS[0], with an image that fails without a request
    el.setAttribute('label', '<img src="data:," onerror=__ppPwned(99) data-pp-injected>');
    document.body.append(el);
    try {
      expect(injections(document, ['pp-unsafe-fixture']).join('\n')).to.match(/injected element <img>[\s\S]*event handler attribute onerror/);
      for (let i = 0; i < 50 && !canary.calls.includes(99); i++) await macrotask();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(canary.calls.splice(0)).to.deep.equal([99]);
      el.setAttribute('label', '<a href="javascript:void 0">x</a>');
      expect(injections(document, ['pp-unsafe-fixture'])).to.deep.equal(['href="javascript:void 0" (javascript:) on <a> in a widget']);
    } finally {
      el.remove();
    }
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      for (const attribute of widget.attributes) {
        it(`${attribute.name} (${attribute.kind}): random strings as attribute and as property`, async () => {
          await assertProperty(
            `<${widget.tag}> ${attribute.name}`,
            fc.asyncProperty(attributeValues(attribute).filter((value) => !knownFailure(widget.tag, attribute.name, value)), channels, fc.boolean(), async (value, channel, connectedFirst) => {
              fail(await exercise(widget, {attribute}, value, channel, connectedFirst), `${channel} ${attribute.name}=${describeValue(value)}${connectedFirst ? ' after connection' : ''}`);
            }),
            seed,
            RUNS.strings,
            FILE,
          );
        });

        it(`${attribute.name}: numbers, null and undefined as property`, async () => {
          await assertProperty(
            `<${widget.tag}> .${attribute.property}`,
            fc.asyncProperty(otherPropertyValues.filter((value) => !knownFailure(widget.tag, attribute.name, value)), fc.boolean(), async (value, connectedFirst) => {
              fail(await exercise(widget, {attribute}, value, 'property', connectedFirst), `property ${attribute.property}=${describeValue(value)}${connectedFirst ? ' after connection' : ''}`);
            }),
            seed,
            RUNS.others,
            FILE,
          );
        });
      }

      for (const child of widget.children ?? []) {
        for (const attribute of child.attributes) {
          it(`<${child.tag}> ${attribute.name} (${attribute.kind}): random strings as attribute and as property`, async () => {
            await assertProperty(
              `<${child.tag}> ${attribute.name}`,
              fc.asyncProperty(attributeValues(attribute), channels, fc.boolean(), async (value, channel, connectedFirst) => {
                fail(await exercise(widget, {child, attribute}, value, channel, connectedFirst), `<${child.tag}> ${channel} ${attribute.name}=${describeValue(value)}`);
              }),
              seed,
              RUNS.strings,
              FILE,
            );
          });
        }
        if (child.readsText) {
          it(`<${child.tag}> text content: random strings`, async () => {
            const text: AttributeSpec = {name: '#text', property: 'textContent', kind: 'text', valid: [child.text]};
            await assertProperty(
              `<${child.tag}> text`,
              fc.asyncProperty(attributeValues(text), fc.boolean(), async (value, connectedFirst) => {
                fail(await exercise(widget, {child, text: true}, value, 'property', connectedFirst), `<${child.tag}> text ${describeValue(value)}`);
              }),
              seed,
              RUNS.strings,
              FILE,
            );
          });
        }
      }

      if (widget.tag === 'pp-nearest-service') {
        it('search field: random text typed (suggestions), then submitted', async () => {
          const text: AttributeSpec = {name: 'search', property: 'value', kind: 'text', valid: ['Brûlon']};
          const el = create(widget, {commune: ''});
          container.append(el);
          await settled(el);
          const input = el.shadowRoot!.querySelector('input')!;
          await assertProperty(
            `<${widget.tag}> search text`,
            fc.asyncProperty(attributeValues(text), async (value) => {
              const failures: string[] = [];
              input.value = value;
              input.dispatchEvent(new Event('input'));
              // past the 150 ms pause, while the suggestions load
              await new Promise((resolve) => setTimeout(resolve, 200));
              await settled(el);
              input.form!.requestSubmit();
              try {
                await settled(el);
              } catch (error) {
                failures.push(`update threw ${(error as Error)?.stack ?? String(error)}`);
              }
              failures.push(...trap.take(), ...injections(document, TAGS));
              if (canary.calls.length) failures.push(`payload ran: __ppPwned(${canary.calls.splice(0).join(', ')})`);
              // the form stays, with an answer: results, a choice, or "no commune matches"
              if (!el.shadowRoot!.querySelector('form')) failures.push('the search form is gone');
              fail(failures, `typed ${describeValue(value)}`);
            }),
            seed,
            RUNS.others,
            FILE,
          );
          el.remove();
        });
      }

      it('whole random configurations (every attribute at once, French or English)', async () => {
        const configuration = fc.record(Object.fromEntries(widget.attributes.map((a) => [a.name, attributeValues(a).filter((value) => !knownFailure(widget.tag, a.name, value))])), {requiredKeys: []});
        try {
          await assertProperty(
            `<${widget.tag}> configuration`,
            fc.asyncProperty(configuration, channels, fc.constantFrom('fr', 'en'), async (config, channel, locale) => {
              await setLocale(locale);
              const el = create(widget);
              for (const [name, value] of Object.entries(config)) {
                const spec = widget.attributes.find((a) => a.name === name)!;
                if (channel === 'attribute') el.setAttribute(name, String(value));
                else (el as unknown as Record<string, unknown>)[spec.property] = value;
              }
              const failures: string[] = [];
              try {
                container.append(el);
                await settled(el);
              } catch (error) {
                failures.push(`update threw ${(error as Error)?.stack ?? String(error)}`);
              }
              failures.push(...trap.take(), ...injections(document, TAGS));
              if (canary.calls.length) failures.push(`payload ran: __ppPwned(${canary.calls.splice(0).join(', ')})`);
              const unanswered = noAnswer(widget, el, config, {...widget.base, ...config});
              if (unanswered) failures.push(unanswered);
              el.remove();
              fail(failures, `${channel}s ${describeValue(JSON.stringify(config))} (${locale})`);
            }),
            seed,
            RUNS.configurations,
            FILE,
          );
        } finally {
          await setLocale('fr');
        }
      });
    });
  }
});
