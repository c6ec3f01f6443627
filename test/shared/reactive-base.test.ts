import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {html} from 'lit/html.js';
import {css} from '../../src/shared/css.js';
import {ReactiveBase, type PropertyValues} from '../../src/shared/reactive-base.js';

class TestBase extends ReactiveBase {
  static override properties = {name: {}, headingLevel: {attribute: 'heading-level'}, compact: {type: Boolean, reflect: true}, mode: {reflect: true}};
  static override styles = [css`:host { display: block; color: rgb(1, 2, 3); }`];
  declare name?: string;
  declare headingLevel?: string;
  compact = false;
  mode = 'auto';
  renders = 0;
  changes: PropertyValues[] = [];
  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push(changed);
  }
  protected render() {
    this.renders++;
    return html`<p>${this.name ?? '-'} ${this.headingLevel ?? '-'} ${this.compact}</p>`;
  }
}
customElements.define('pp-test-base', TestBase);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('ReactiveBase (the widgets’ base class on lit-html)', () => {
  it('maps attributes to properties, renders into an open shadow root with adopted styles', async () => {
    const el = await fixture<TestBase>(testHtml`<pp-test-base name="Ada" heading-level="3" compact></pp-test-base>`);
    expect(el.shadowRoot!.mode).to.equal('open');
    expect(text(el)).to.equal('Ada 3 true');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(1);
  });

  it('batches changes into one update per task, with the old values', async () => {
    const el = await fixture<TestBase>(testHtml`<pp-test-base name="a"></pp-test-base>`);
    const before = el.renders;
    el.name = 'b';
    el.name = 'c';
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(el.renders - before).to.equal(1);
    expect(text(el)).to.equal('c 4 false');
    const last = el.changes[el.changes.length - 1];
    expect([...last.entries()]).to.deep.equal([['name', 'a'], ['headingLevel', undefined]]);
  });

  it('does not update for an unchanged value', async () => {
    const el = await fixture<TestBase>(testHtml`<pp-test-base name="a"></pp-test-base>`);
    const before = el.renders;
    el.name = 'a';
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });

  it('reads boolean attributes by presence and reflects reflected properties', async () => {
    const el = await fixture<TestBase>(testHtml`<pp-test-base></pp-test-base>`);
    expect(el.getAttribute('mode')).to.equal('auto');
    expect(el.hasAttribute('compact')).to.equal(false);
    el.compact = true;
    el.mode = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('compact')).to.equal('');
    expect(el.getAttribute('mode')).to.equal('dark');
    el.removeAttribute('compact');
    await el.updateComplete;
    expect(el.compact).to.equal(false);
    expect(text(el)).to.equal('- - false');
  });

  it('keeps a property set before the element was defined', async () => {
    const el = document.createElement('pp-test-base-late') as TestBase;
    (el as unknown as {name: string}).name = 'early';
    document.body.append(el);
    customElements.define('pp-test-base-late', class extends TestBase {});
    await el.updateComplete;
    expect(text(el)).to.equal('early - false');
    el.name = 'later';
    await el.updateComplete;
    expect(text(el)).to.equal('later - false');
    el.remove();
  });

  it('drives reactive controllers and stops updating once disconnected', async () => {
    const el = await fixture<TestBase>(testHtml`<pp-test-base></pp-test-base>`);
    const calls: string[] = [];
    el.addController({hostConnected: () => calls.push('connected'), hostDisconnected: () => calls.push('disconnected'), hostUpdated: () => calls.push('updated')});
    expect(calls).to.deep.equal(['connected']);
    el.requestUpdate();
    await el.updateComplete;
    expect(calls).to.deep.equal(['connected', 'updated']);
    const renders = el.renders;
    el.remove();
    el.name = 'while away';
    await el.updateComplete;
    expect(calls).to.deep.equal(['connected', 'updated', 'disconnected']);
    expect(el.renders).to.equal(renders);
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('while away - false');
    el.remove();
  });
});
