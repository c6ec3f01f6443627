// The self-registering ES module bundle, as a host page loads it (run `npm run build` first).
import {expect} from '@open-wc/testing';
import {waitForShadowText} from './helpers.js';

describe('dist/presence-postale.js (ES module)', () => {
  let errors = [];
  const onError = (e) => errors.push(e.message ?? String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('upgrades tags that were in the page before the script, and exports the API', async () => {
    const early = document.createElement('pp-contract-timeline');
    early.setAttribute('today', '2026-11-27');
    early.setAttribute('from', '2023');
    early.textContent = 'Texte de repli';
    document.body.append(early);
    const api = await import('../../dist/presence-postale.js');
    expect(customElements.get('pp-contract-timeline')).to.equal(api.ContractTimeline);
    expect(api.VERSION).to.match(/^\d+\.\d+\.\d+/);
    await waitForShadowText(early, /Contrat 2023-2025/);
    // the fallback text stays in the light DOM, hidden by the shadow root
    expect(early.textContent).to.equal('Texte de repli');
    expect(early.getBoundingClientRect().height).to.be.greaterThan(50);
  });

  it('switches to English, fetching the catalog beside the script, and back', async () => {
    const api = await import('../../dist/presence-postale.js');
    const el = document.querySelector('pp-contract-timeline');
    await api.setLocale('en');
    await waitForShadowText(el, /Contract 2023-2025.*In force/);
    const fetched = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched).to.include('/dist/locales/en.json');
    await api.setLocale('fr');
    await waitForShadowText(el, /Contrat 2023-2025.*En cours/);
  });

  it('follows <html lang> in the built bundle', async () => {
    const el = document.querySelector('pp-contract-timeline');
    document.documentElement.lang = 'en';
    await waitForShadowText(el, /In force/);
    document.documentElement.lang = 'fr';
    await waitForShadowText(el, /En cours/);
  });

  it('is a production build: no dev-mode Lit, no eval', async () => {
    const source = await (await fetch(new URL('../../dist/presence-postale.js', import.meta.url))).text();
    expect(source).to.not.contain('Lit is in dev mode');
    expect(source).to.not.match(/\beval\(|new Function\(/);
    expect(source).to.not.match(/^import |\nimport /);
  });

  it('loading the same bundle a second time (another URL) neither throws nor warns', async () => {
    const warnings = [];
    const original = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const again = await import('../../dist/presence-postale.js?second-copy');
      expect(customElements.get('pp-contract-timeline')).to.not.equal(again.ContractTimeline);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
    expect(errors).to.deep.equal([]);
  });
});
