// Round trip of the built configurator (dist/configurateur.html): options chosen in its form, its three
// snippets pasted into blank pages give the same widget as its preview: same tag, same attributes,
// same children, same rendered text. The CDN snippets carry the SRI hashes of the files in dist/.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {attributesOf, frame, settledText, sleep, until} from './helpers.js';

/** The widget embed.html made (not its <noscript>, before embed.js replaces it). */
const EMBEDDED = ['pp-contract-timeline', 'pp-funding-counter', 'pp-nearest-service'].map((t) => `#pp-embed > ${t}`).join(', ');

let configurator: HTMLIFrameElement;
let doc: Document;

/** The control a visible label names (first text of the label). */
function control(text: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const label = [...doc.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return doc.getElementById(label.htmlFor) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}
function fill(text: string, value: string): void {
  const el = control(text);
  el.value = value;
  el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input'));
}
const check = (text: string) => control(text).click();
const choose = (value: string) => doc.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!.click();
/** After typing, the configurator waits 300 ms before drawing again. */
const drawn = () => sleep(450);
const snippet = (kind: 'balise et script' | 'point de montage' | 'iframe') =>
  [...doc.querySelectorAll<HTMLTextAreaElement>('textarea.ppc-code')].find((t) => doc.querySelector(`label[for="${t.id}"]`)!.textContent!.toLowerCase().includes(kind))!.value;
const preview = () => doc.querySelector('.ppc-preview > *')!;

interface Shown {
  tag: string;
  attributes: Record<string, string>;
  children: {tag: string; attributes: Record<string, string>; text: string}[];
  text: string;
}
async function shown(el: Element): Promise<Shown> {
  return {
    tag: el.localName,
    attributes: attributesOf(el),
    children: [...el.children].map((c) => ({tag: c.localName, attributes: attributesOf(c), text: c.textContent!.trim()})),
    text: await settledText(el),
  };
}

/** A blank page with the snippet pasted in its body (scripts run, as on a real page). */
async function pasted(code: string, lang: string): Promise<HTMLIFrameElement> {
  return frame(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page vide</title></head><body>\n${code}\n</body></html>`, {srcdoc: true, width: 900, height: 1200});
}
const widgetOf = (d: Document) => until(() => d.querySelector('pp-contract-timeline, pp-funding-counter, pp-nearest-service'), 'widget in the pasted page');

/** The three snippets of the current configuration each give the preview's widget. */
async function roundTrip(lang: string): Promise<void> {
  const expected = await shown(preview());
  for (const kind of ['balise et script', 'point de montage'] as const) {
    const page = await pasted(snippet(kind), lang);
    expect(await shown(await widgetOf(page.contentDocument!)), kind).to.deep.equal(expected);
    page.remove();
  }
  // the iframe snippet, with its resizer, in a blank page (of any language): the widget inside embed.html
  const page = await pasted(snippet('iframe'), 'fr');
  const iframe = page.contentDocument!.querySelector('iframe')!;
  expect(iframe.title).to.not.equal('');
  const inner = await until(() => iframe.contentDocument?.querySelector(EMBEDDED), 'widget in embed.html');
  expect(iframe.contentDocument!.querySelector('.pp-embed-problems'), 'no problem with the address').to.equal(null);
  expect(iframe.contentDocument!.documentElement.lang).to.equal(lang);
  // embed.html has no fallback text (a page made for the widget does not need one); all the rest is the same
  expect(await shown(inner), 'iframe').to.deep.equal(expected);
  await until(() => iframe.style.height === `${Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height)}px`, 'resized by embed-resizer.js');
  page.remove();
}

describe('configurator round trip (dist/configurateur.html)', () => {
  before(async () => {
    await executeServerCommand('pp-media', [{name: 'prefers-reduced-motion', value: 'reduce'}]);
    configurator = await frame('/dist/configurateur.html', {width: 1280, height: 1400});
    doc = configurator.contentDocument!;
    await until(() => doc.querySelector('.ppc-preview > *'), 'configurator ready');
  });
  after(() => configurator.remove());

  it('by default: versioned CDN URLs whose SRI hashes are those of the built files', async () => {
    const {version} = await (await fetch('/package.json')).json();
    const hash = async (file: string) => {
      const digest = await crypto.subtle.digest('SHA-384', await (await fetch(`/dist/${file}`)).arrayBuffer());
      return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
    };
    const cdn = `https://cdn.jsdelivr.net/npm/presence-postale-widgets@${version}/dist/`;
    const script = `<script type="module" src="${cdn}presence-postale.js" integrity="${await hash('presence-postale.js')}" crossorigin="anonymous"></script>`;
    await until(() => snippet('balise et script').includes('integrity='), 'hashes loaded');
    expect(snippet('balise et script')).to.contain(script);
    expect(snippet('point de montage')).to.contain(script);
    expect(snippet('iframe')).to.contain(`<script async src="${cdn}embed-resizer.js" integrity="${await hash('embed-resizer.js')}" crossorigin="anonymous"></script>`);
    expect(snippet('iframe')).to.contain(`src="${new URL('/dist/embed.html', location.href).href}?widget=`);
  });

  describe('hosted on the site (path /dist/), each snippet pasted into a blank page', () => {
    before(async () => {
      choose('self');
      fill('Adresse du dossier copié', '/dist/');
      await drawn();
    });

    it('funding counter: total of a contract, compact, dark', async function () {
      this.timeout(40_000);
      choose('funding-counter');
      fill('Montant affiché', 'contract');
      fill('Année du contrat', '2018');
      fill('Notation', 'compact');
      fill('Thème', 'dark');
      fill('Texte de repli', 'Le contrat 2017-2019 : 522 millions d’euros.');
      await drawn();
      expect(snippet('balise et script')).to.contain('<pp-funding-counter metric="contract" year="2018" notation="compact" theme="dark">Le contrat 2017-2019 : 522 millions d’euros.</pp-funding-counter>');
      expect(snippet('point de montage')).to.contain('<div data-pp-widget="funding-counter" data-metric="contract" data-year="2018" data-notation="compact" data-theme="dark">');
      await roundTrip('fr');
    });

    it('timeline: period, compact, highlighted contract, two milestones of the commune', async function () {
      this.timeout(40_000);
      choose('contract-timeline');
      fill('Première année', '2014');
      fill('Contrat mis en avant', '2021');
      check('Version compacte (périodes et montants seulement)');
      for (const [date, label, href, text] of [
        ['2019-09', 'Ouverture de l’agence postale "communale"', '/mairie/agence', 'À la mairie, du lundi au samedi.'],
        ['2024-03-15', 'Labellisation France services', '', ''],
      ]) {
        doc.querySelector<HTMLButtonElement>('.ppc-secondary')!.click();
        const event = [...doc.querySelectorAll('.ppc-event')].at(-1)!;
        const inputs = event.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
        [date, label, href, text].forEach((value, i) => {
          inputs[i].value = value;
          inputs[i].dispatchEvent(new Event('input'));
        });
      }
      await drawn();
      expect(snippet('point de montage')).to.contain('<div data-pp-event data-date="2019-09" data-label="Ouverture de l’agence postale &quot;communale&quot;" data-href="/mairie/agence">À la mairie, du lundi au samedi.</div>');
      expect((await shown(preview())).children).to.have.length(2);
      await roundTrip('fr');
    });

    it('nearest service: a commune found by the search, two points of two types, in English', async function () {
      this.timeout(40_000);
      choose('nearest-service');
      const search = doc.querySelector<HTMLInputElement>('.ppc-commune input')!;
      search.value = 'brûlon';
      search.dispatchEvent(new Event('input'));
      (await until(() => doc.querySelector<HTMLButtonElement>('.ppc-result'), `communes found (${doc.querySelector('.ppc-commune')?.textContent})`)).click();
      fill('Nombre de points', '2');
      check('Bureaux de poste');
      check('France services');
      choose('en');
      await drawn();
      await until(() => /Nearest postal service/i.test(preview().shadowRoot?.textContent ?? ''), 'English preview');
      expect(snippet('balise et script')).to.contain('<pp-nearest-service commune="72050" types="bureau,france-services" limit="2">');
      expect(snippet('iframe')).to.contain('title="Nearest postal service to Brûlon"');
      await roundTrip('en');
      choose('fr');
    });
  });
});
