// The classic-script bundle, with the ES module loaded on the same page afterwards.
import {expect} from '@open-wc/testing';
import {loadClassicScript, waitForShadowText} from './helpers.js';

describe('dist/presence-postale.iife.js (classic script)', () => {
  it('registers the widgets as a classic script and exposes window.PresencePostale', async () => {
    const el = document.createElement('pp-contract-timeline');
    el.setAttribute('today', '2026-11-27');
    el.setAttribute('compact', '');
    document.body.append(el);
    const script = await loadClassicScript('../../dist/presence-postale.iife.js');
    expect(script.type).to.equal('');
    expect(window.PresencePostale).to.be.an('object');
    expect(customElements.get('pp-contract-timeline')).to.equal(window.PresencePostale.ContractTimeline);
    await waitForShadowText(el, /Contrat 2023-2025/);
  });

  it('finds its locales beside the script (document.currentScript), not beside the page', async () => {
    const el = document.querySelector('pp-contract-timeline');
    await window.PresencePostale.setLocale('en');
    await waitForShadowText(el, /In force/);
    await window.PresencePostale.setLocale('fr');
    await waitForShadowText(el, /En cours/);
  });

  it('then loading the ES module too neither throws nor warns, and the widgets keep working', async () => {
    const warnings = [];
    const original = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    let errors = 0;
    const onError = () => errors++;
    window.addEventListener('error', onError);
    try {
      await import('../../dist/presence-postale.js');
      await loadClassicScript('../../dist/presence-postale.iife.js?again');
      const late = document.createElement('pp-contract-timeline');
      late.setAttribute('today', '2026-11-27');
      late.setAttribute('from', '2020');
      document.body.append(late);
      await waitForShadowText(late, /Contrat 2020-2022/);
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(warnings).to.deep.equal([]);
    expect(errors).to.equal(0);
  });
});
