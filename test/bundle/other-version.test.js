// Another version of the library already registered on the page: keep it, warn once, never throw.
import {expect} from '@open-wc/testing';

describe('a different version already registered', () => {
  it('keeps the existing definition and warns once per element', async () => {
    class OlderTimeline extends HTMLElement {}
    OlderTimeline.ppVersion = '0.0.1';
    customElements.define('pp-contract-timeline', OlderTimeline);
    const warnings = [];
    const original = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      await import('../../dist/presence-postale.js');
      await import('../../dist/presence-postale.js?again');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('pp-contract-timeline')).to.equal(OlderTimeline);
    const about = warnings.filter((w) => w.includes('<pp-contract-timeline>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('0.0.1').and.contain('chargez le script une seule fois');
  });
});
