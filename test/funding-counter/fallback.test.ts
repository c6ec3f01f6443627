// No static import of the element: this file checks the page before the script defines it.
import {expect, fixture, html} from '@open-wc/testing';

const FALLBACK = 'Plus de 2,4 milliards d’euros depuis 2008 pour la présence postale';

/** The rendered box of a light-DOM text node (zero when the shadow root does not show it). */
function textBox(node: Node): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

describe('<pp-funding-counter> without JavaScript, then upgraded', () => {
  it('shows the text inside the tag before the script runs, and hides it once upgraded', async () => {
    expect(customElements.get('pp-funding-counter'), 'not defined yet').to.equal(undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div><pp-funding-counter today="2026-11-27" animation="none">${FALLBACK}</pp-funding-counter></div>`);
    const el = wrapper.firstElementChild as HTMLElement & {updateComplete?: Promise<boolean>};
    const text = [...el.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    expect(el.shadowRoot).to.equal(null);
    expect(el.innerText.trim()).to.equal(FALLBACK);
    expect(textBox(text).width).to.be.above(100);

    await import('../../src/funding-counter/pp-funding-counter.js');
    await customElements.whenDefined('pp-funding-counter');
    await el.updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    // the fallback stays in the light DOM (for search engines and copy), but is no longer rendered
    expect(el.textContent!.trim()).to.equal(FALLBACK);
    expect(textBox(text).width).to.equal(0);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('3,16 milliards d’euros');
  });
});
