// Safari before 16.4 has no constructable stylesheets (no adoptedStyleSheets, `new CSSStyleSheet()`
// throws). Here Chromium is made to look like it before the classic script loads: the script must not
// throw, and the widgets render styled through a <style> carrying the page's Lit nonce.
import {expect} from '@open-wc/testing';
import {loadClassicScript, waitForShadowText} from './helpers.js';

delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
const RealSheet = window.CSSStyleSheet;
window.CSSStyleSheet = function CSSStyleSheet() {
  throw new TypeError('Illegal constructor');
};
window.litNonce = 'n0nce-for-test';

describe('dist/presence-postale.iife.js without constructable stylesheets (Safari < 16.4)', () => {
  after(() => (window.CSSStyleSheet = RealSheet));

  it('loads without an error and renders every widget, styled by a <style> with the nonce', async () => {
    let errors = 0;
    const onError = () => errors++;
    window.addEventListener('error', onError);
    document.body.innerHTML = `<pp-funding-counter since="2020" until="2022" animation="none"></pp-funding-counter>
      <pp-contract-timeline today="2026-11-27" compact></pp-contract-timeline>`;
    try {
      await loadClassicScript('../../dist/presence-postale.iife.js');
      const [counter, timeline] = document.body.children;
      await waitForShadowText(counter, /522 millions d’euros/);
      await waitForShadowText(timeline, /Contrat 2023-2025/);
      for (const el of [counter, timeline]) {
        const styles = el.shadowRoot.querySelectorAll('style');
        expect(styles.length, el.localName).to.equal(1);
        expect(styles[0].nonce).to.equal('n0nce-for-test');
        // the styles apply: `:host {display: block}` (a custom element is inline by default)
        expect(getComputedStyle(el).display, el.localName).to.equal('block');
      }
      expect(errors).to.equal(0);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
