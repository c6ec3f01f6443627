// Every widget, the embed page and the configurator under the strict policy of issue 6:
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
// sent as a real header by the test server (test/embed/wtr-embed.mjs), with zero violations, seen both
// by a listener in the page and by the browser's own reports (report-uri).
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {frame, settledText, shadowText, sleep, until, widgetsIn} from './helpers.js';

interface Violation {
  directive: string;
  blocked: string;
  sample?: string;
  page?: string;
}
type FrameWindow = Window & {ppViolations: Violation[]; ppErrors: string[]; PresencePostale?: object};

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const csp = (policy: 'strict' | 'strict-duplicates', path: string) => `/__pp-csp/${policy}/${path}`;

/** The violation reports the browser posted since the last call. */
const reports = async (): Promise<Violation[]> => (await fetch('/__pp-csp-report')).json();
/** Reports about pages whose URL contains `page`, after giving the browser time to send them. */
async function reportsFor(page: string): Promise<Violation[]> {
  await sleep(500);
  return (await reports()).filter((r) => r.page?.includes(page));
}

const win = (iframe: HTMLIFrameElement) => iframe.contentWindow as FrameWindow;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('strict Content-Security-Policy with Trusted Types', () => {
  before(async () => {
    await executeServerCommand('pp-media', [{name: 'prefers-reduced-motion', value: 'reduce'}]);
    await reports(); // forget earlier ones
  });

  it('the test server sends the policy of the issue as a header (control of the route)', async () => {
    const response = await fetch(csp('strict', 'test/embed/fixtures/all-widgets.html'));
    expect(response.headers.get('content-security-policy')).to.equal(`${STRICT}; report-uri /__pp-csp-report`);
  });

  it('catches a page that breaks the policy (control: the checks below can fail)', async () => {
    const iframe = await frame(csp('strict', 'test/embed/fixtures/csp-control.html'));
    await until(() => win(iframe).ppViolations.length >= 2, 'violations seen by the page');
    expect(win(iframe).ppViolations.map((v) => v.directive)).to.include.members(['style-src-attr', 'require-trusted-types-for']);
    const reported = await until(async () => {
      const found = await reportsFor('csp-control.html');
      return found.length >= 2 && found;
    }, 'violations reported by the browser');
    expect(reported.map((r) => r.directive)).to.include.members(['style-src-attr', 'require-trusted-types-for']);
    iframe.remove();
  });

  it('renders every widget, as tags and as mounts, in several configurations, with zero violations', async () => {
    const iframe = await frame(csp('strict', 'test/embed/fixtures/all-widgets.html'), {width: 1000, height: 2000});
    const doc = iframe.contentDocument!;
    await until(() => !doc.querySelector('[data-pp-widget]'), 'mounts upgraded');
    const widgets = widgetsIn(doc);
    expect(widgets).to.have.length(15);
    for (const el of widgets) {
      const text = await settledText(el);
      if (el.id.endsWith('-invalid')) expect(text, el.id).to.contain('Configuration du widget à corriger');
      else expect(text, el.id).to.not.contain('Configuration du widget');
    }
    expect(shadowText(doc.getElementById('timeline')!)).to.contain('Ouverture de l’agence postale communale').and.contain('En cours');
    expect(shadowText(doc.getElementById('counter-contract')!)).to.contain('522 M €');
    expect(shadowText(doc.getElementById('nearest-commune')!)).to.contain('Pour Brûlon (72350)');
    expect(shadowText(doc.getElementById('mount-timeline')!)).to.contain('Nouvelle agence postale');
    expect(shadowText(doc.getElementById('mount-counter')!)).to.contain('522 000 000 €');
    expect(shadowText(doc.getElementById('mount-nearest')!)).to.contain('Saint-Denis');

    // more code paths: a contract's details (texts fetched on demand), a search, English (catalog fetched)
    const timeline = doc.getElementById('timeline')!;
    $(timeline, 'details summary').click();
    await until(() => /Chargement|Loading/.test($(timeline, 'details').textContent!) === false && $(timeline, 'details').textContent!.trim().length > 40, 'details loaded');
    const search = doc.getElementById('nearest-search')!;
    const input = $(search, 'input') as HTMLInputElement;
    input.value = 'brulon';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await until(() => search.shadowRoot!.querySelectorAll('[role="option"]').length, 'suggestions');
    ($(search, 'form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => /Pour Brûlon/.test(shadowText(search)), 'search results');
    doc.documentElement.lang = 'en';
    await until(() => /In force/.test(shadowText(timeline)) && /Nearest postal service|nearest/i.test(shadowText(search)), 'English');

    expect(win(iframe).ppErrors).to.deep.equal([]);
    expect(win(iframe).ppViolations).to.deep.equal([]);
    expect(await reportsFor('all-widgets.html')).to.deep.equal([]);
    iframe.remove();
  });

  it('dist/embed.html shows each widget under the policy with zero violations', async () => {
    for (const query of ['widget=contract-timeline&compact&lang=en', 'widget=funding-counter&metric=annual&theme=dark', 'widget=nearest-service&commune=72050', 'widget=nearest-service']) {
      const iframe = await frame(csp('strict', `dist/embed.html?${query}`), {width: 600, height: 600});
      const widget = await until(() => iframe.contentDocument!.querySelector('#pp-embed > [theme]'), `widget of ${query}`);
      expect(await settledText(widget)).to.not.contain('Configuration du widget');
      iframe.remove();
    }
    expect(await reportsFor('embed.html')).to.deep.equal([]);
  });

  it('dist/configurateur.html works under the policy with zero violations', async () => {
    const iframe = await frame(csp('strict', 'dist/configurateur.html'), {width: 1280, height: 1500});
    const doc = iframe.contentDocument!;
    for (const name of ['funding-counter', 'nearest-service', 'contract-timeline']) {
      const radio = await until(() => doc.querySelector<HTMLInputElement>(`input[type="radio"][value="${name}"]`), 'widget choice');
      radio.click();
      const preview = await until(() => doc.querySelector(`.ppc-preview > pp-${name}`), `${name} preview`);
      await settledText(preview);
    }
    // the commune search of the configurator, with its data
    doc.querySelector<HTMLInputElement>(`input[value="nearest-service"]`)!.click();
    const search = doc.querySelector<HTMLInputElement>('.ppc-commune input')!;
    search.value = 'brul';
    search.dispatchEvent(new Event('input'));
    (await until(() => doc.querySelector<HTMLButtonElement>('.ppc-result'), 'communes found')).click();
    await until(() => /data-commune="\d+"/.test(doc.querySelectorAll('textarea')[2]?.value ?? '') || [...doc.querySelectorAll('textarea')].some((t) => /data-commune="\d+"/.test(t.value)), 'commune in the snippet');
    expect(await reportsFor('configurateur.html')).to.deep.equal([]);
    iframe.remove();
  });

  it('two copies of the script need \'allow-duplicates\': each copy of Lit creates its "lit-html" policy', async () => {
    const strict = await frame(csp('strict', 'test/embed/fixtures/double.html'));
    await until(() => win(strict).ppViolations.length, 'the second policy refused');
    expect(win(strict).ppViolations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
    // the first copy still upgraded every mount
    await until(() => widgetsIn(strict.contentDocument!).length === 3 && !strict.contentDocument!.querySelector('[data-pp-widget]'), 'mounts upgraded');
    strict.remove();
    await reportsFor('double.html');

    const allowed = await frame(csp('strict-duplicates', 'test/embed/fixtures/double.html'));
    await until(() => win(allowed).PresencePostale && !allowed.contentDocument!.querySelector('[data-pp-widget]'), 'both copies ran');
    for (const el of widgetsIn(allowed.contentDocument!)) await settledText(el);
    expect(win(allowed).ppViolations).to.deep.equal([]);
    expect(win(allowed).ppErrors).to.deep.equal([]);
    expect(await reportsFor('double.html')).to.deep.equal([]);
    allowed.remove();
  });
});
