import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/contract-timeline/pp-contract-timeline.js';
import type {ContractTimeline} from '../../src/contract-timeline/contract-timeline.js';
import {setLocale} from '../../src/shared/i18n.js';
import {clearDataCache} from '../../src/data/loader.js';
import {captureWarnings} from '../helpers/console.js';
import {emulateMediaFeatures} from '../helpers/media.js';
import {normalizeSpaces, shadowText, shadowTexts} from '../helpers/text.js';

const TODAY = '2026-11-27';

async function timeline(template: ReturnType<typeof html>): Promise<ContractTimeline> {
  const el = await fixture<ContractTimeline>(template);
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const itemTitles = (el: Element) => shadowTexts(el, '.item-title');

describe('<pp-contract-timeline>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    document.documentElement.lang = '';
    await setLocale('fr');
    await emulateMediaFeatures([]);
  });

  it('renders the six contracts as an ordered list with headings and times', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY}></pp-contract-timeline>`);
    expect($(el, 'h2.title')!.textContent).to.equal('Les contrats de présence postale territoriale');
    expect($$(el, 'ol > li.contract')).to.have.length(6);
    expect(itemTitles(el)).to.deep.equal([
      'Contrat 2008-2010', 'Contrat 2011-2013', 'Contrat 2014-2016', 'Contrat 2017-2019', 'Contrat 2020-2022', 'Contrat 2023-2025',
    ]);
    expect($$(el, 'li h3')).to.have.length(6);
    expect($(el, 'li time')!.getAttribute('datetime')).to.equal('2008');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('marks the contract in force in text and with aria-current, not by colour alone', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY}></pp-contract-timeline>`);
    const current = $$(el, 'li[aria-current="true"]');
    expect(current).to.have.length(1);
    expect(normalizeSpaces(current[0].querySelector('.item-title')!.textContent)).to.equal('Contrat 2023-2025');
    expect(normalizeSpaces(current[0].querySelector('.badges')!.textContent)).to.equal('En cours');
    expect(normalizeSpaces(current[0].querySelector('.extension')!.textContent)).to.equal('Prolongé jusqu’à fin 2026');
  });

  it('follows the today attribute', async () => {
    const el = await timeline(html`<pp-contract-timeline today="2018-03-01"></pp-contract-timeline>`);
    expect(normalizeSpaces($(el, 'li[aria-current="true"] .item-title')!.textContent)).to.equal('Contrat 2017-2019');
    el.today = '2027-02-01';
    await el.updateComplete;
    expect($$(el, '[aria-current="true"]')).to.have.length(0);
    expect($$(el, '.current-badge')).to.have.length(0);
  });

  it('shows annual funds with the "jusqu’à 177 M€" nuance and uncertain amounts as such', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY}></pp-contract-timeline>`);
    const amounts = shadowTexts(el, '.amount');
    expect(amounts[0]).to.equal('140 millions d’euros par an (montant incertain)');
    expect(amounts[1]).to.equal('170 millions d’euros par an');
    expect(amounts[4]).to.equal('174 millions d’euros par an (jusqu’à 177 millions d’euros selon les communiqués)');
  });

  it('opens a contract’s details with the keyboard and shows signature, signatories, total, novelties and sources', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2017" to="2019"></pp-contract-timeline>`);
    const details = $(el, 'details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    ($(el, 'summary') as HTMLElement).focus();
    await sendKeys({press: 'Enter'});
    await nextFrame();
    expect(details.open).to.equal(true);
    // the long texts load on first opening
    await waitUntil(() => details.querySelector('.novelties'), 'texts loaded');
    const text = normalizeSpaces(details.textContent);
    expect(text).to.contain('11 janvier 2017');
    expect(text).to.contain('Jean-Michel Baylet');
    expect(text).to.contain('François Baroin');
    expect(text).to.contain('Total sur 3 ans 522 millions d’euros');
    // 2017-2019 has no "jusqu'à" figure: the total stands alone
    expect(text).not.to.contain('jusqu’à');
    expect(details.querySelectorAll('.novelties li')).to.have.length(3);
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include(
      'https://www.lapostegroupe.com/fr/actualite/le-contrat-de-presence-postale-2017-2019',
    );
    await sendKeys({press: 'Space'});
    await nextFrame();
    expect(details.open).to.equal(false);
  });

  it('gives the three-year total with the "jusqu’à" figure of the communiqués where there is one', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2020" to="2022"></pp-contract-timeline>`);
    const total = [...$$(el, 'details dt')].find((dt) => dt.textContent!.includes('Total'))!.nextElementSibling!;
    expect(normalizeSpaces(total.textContent)).to.equal('522 millions d’euros (jusqu’à 531 millions d’euros selon les communiqués)');
  });

  it('says the 2020 signing date is uncertain, then why once the details are open', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2020" to="2022"></pp-contract-timeline>`);
    expect(normalizeSpaces($(el, 'details dd')!.textContent)).to.equal('5 février 2020 (date incertaine)');
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await waitUntil(() => normalizeSpaces($(el, 'details dd')!.textContent).includes('20 janvier'), 'note loaded');
    expect(normalizeSpaces($(el, 'details dd')!.textContent)).to.equal('5 février 2020 (date incertaine : le décret de 2022 indique le 20 janvier 2020)');
  });

  it('says when the texts cannot be loaded, and loads them on retry', async () => {
    clearDataCache();
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('offline'));
    try {
      const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2011" to="2013"></pp-contract-timeline>`);
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await waitUntil(() => $(el, '.texts-error'), 'error shown');
      expect(shadowText(el, '.texts-error')).to.equal('Le détail n’a pas pu être chargé. Réessayer');
      window.fetch = realFetch;
      ($(el, '.texts-error button') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '.novelties'), 'texts loaded on retry');
      expect($$(el, '.novelties li')).to.have.length(4);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('formats the figures of the texts with Intl, in each language', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2017" to="2019"></pp-contract-timeline>`);
    ($(el, 'details') as HTMLDetailsElement).open = true;
    await waitUntil(() => $(el, '.novelties'), 'texts loaded');
    expect(shadowTexts(el, '.novelties li')[1]).to.contain('environ 10 000 établissements');
    await setLocale('en');
    await el.updateComplete;
    expect(shadowTexts(el, '.novelties li')[1]).to.contain('about 10,000 establishments');
  });

  it('filters with from and to', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2015" to="2020"></pp-contract-timeline>`);
    expect(itemTitles(el)).to.deep.equal(['Contrat 2014-2016', 'Contrat 2017-2019', 'Contrat 2020-2022']);
  });

  it('highlights the contract covering a year, in text too', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} highlight="2012"></pp-contract-timeline>`);
    const highlighted = $$(el, 'li.highlighted');
    expect(highlighted).to.have.length(1);
    expect(highlighted[0].getAttribute('part')).to.equal('item contract highlighted');
    expect(normalizeSpaces(highlighted[0].querySelector('.badges')!.textContent)).to.equal('Mis en avant');
  });

  it('shows periods and amounts only when compact', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} compact></pp-contract-timeline>`);
    expect($$(el, 'details')).to.have.length(0);
    expect($$(el, '.amount')).to.have.length(6);
  });

  it('uses the configured heading level, entries one level below', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} heading-level="4"></pp-contract-timeline>`);
    expect($(el, 'h4.title')).to.exist;
    expect($$(el, 'li h5')).to.have.length(6);
    el.headingLevel = 6;
    await el.updateComplete;
    expect($(el, 'h6.title')).to.exist;
    expect($$(el, 'li h6')).to.have.length(6);
  });

  it('merges the commune’s milestones chronologically, with a visible "événement local" label and a link', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2020">
      <pp-timeline-event date="2024-03-15" label="Maison France services"></pp-timeline-event>
      <pp-timeline-event date="2022-06" label="Ouverture de l’agence postale communale" href="https://mairie.example/agence">
        Au rez-de-chaussée de la mairie.
      </pp-timeline-event>
    </pp-contract-timeline>`);
    expect(itemTitles(el)).to.deep.equal([
      'Contrat 2020-2022',
      'juin 2022 : Ouverture de l’agence postale communale',
      'Contrat 2023-2025',
      '15 mars 2024 : Maison France services',
    ]);
    const event = $$(el, 'li.event')[0];
    expect(event.getAttribute('part')).to.equal('item event');
    expect(normalizeSpaces(event.querySelector('.badge')!.textContent)).to.equal('Événement local');
    expect(event.querySelector('time')!.getAttribute('datetime')).to.equal('2022-06');
    expect(event.querySelector('a')!.href).to.equal('https://mairie.example/agence');
    expect(normalizeSpaces(event.querySelector('.description')!.textContent)).to.equal('Au rez-de-chaussée de la mairie.');
  });

  it('follows milestones added, changed or removed later', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2023"></pp-contract-timeline>`);
    const child = document.createElement('pp-timeline-event');
    child.setAttribute('date', '2025');
    child.setAttribute('label', 'Relais poste');
    el.append(child);
    await nextFrame();
    await el.updateComplete;
    expect(itemTitles(el)).to.deep.equal(['Contrat 2023-2025', '2025 : Relais poste']);
    child.setAttribute('label', 'Relais poste commerçant');
    await nextFrame();
    await el.updateComplete;
    expect(itemTitles(el)[1]).to.equal('2025 : Relais poste commerçant');
    child.remove();
    await nextFrame();
    await el.updateComplete;
    expect(itemTitles(el)).to.deep.equal(['Contrat 2023-2025']);
  });

  it('switches to English at runtime, and follows <html lang>', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2023"></pp-contract-timeline>`);
    await setLocale('en');
    await el.updateComplete;
    expect(shadowText(el, '.title')).to.equal('The territorial postal presence contracts');
    expect(itemTitles(el)).to.deep.equal(['Contract 2023-2025']);
    expect(shadowText(el, '.badges')).to.equal('In force');
    expect(shadowText(el, '.amount')).to.equal('174 million euros a year (up to 177 million euros according to press releases)');
    document.documentElement.lang = 'fr-FR';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(shadowText(el, '.badges')).to.equal('En cours');
    document.documentElement.lang = 'en-GB';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(shadowText(el, '.badges')).to.equal('In force');
  });

  it('shows a source line with the date of the facts and links to the publishers', async () => {
    const el = await timeline(html`<pp-contract-timeline today=${TODAY}></pp-contract-timeline>`);
    const line = shadowText(el, '.source');
    expect(line).to.match(/^Sources : AMF, AMF du Var, Groupe La Poste, Banque des Territoires, La Gazette des communes\./);
    expect(line).to.contain('Montants prévus par les contrats, données à jour en novembre 2026.');
    expect($$(el, '.source a').every((a) => /^https?:/.test(a.getAttribute('href')!))).to.equal(true);
  });

  describe('invalid attributes: one message in the widget, one console warning, no exception', () => {
    const cases: Array<[string, ReturnType<typeof html>, string]> = [
      ['from="abc"', html`<pp-contract-timeline today=${TODAY} from="abc"></pp-contract-timeline>`, 'from="abc" n’est pas valide : indiquez une année entre 1900 et 2100.'],
      ['to="20x"', html`<pp-contract-timeline today=${TODAY} to="20x"></pp-contract-timeline>`, 'to="20x" n’est pas valide'],
      ['from after to', html`<pp-contract-timeline today=${TODAY} from="2020" to="2012"></pp-contract-timeline>`, 'l’année de début doit précéder l’année de fin (to="2012")'],
      ['heading-level="9"', html`<pp-contract-timeline today=${TODAY} heading-level="9"></pp-contract-timeline>`, 'heading-level="9" n’est pas valide : indiquez un nombre entier entre 2 et 6.'],
      ['highlight="1990"', html`<pp-contract-timeline today=${TODAY} highlight="1990"></pp-contract-timeline>`, 'highlight="1990" n’est pas valide : indiquez une année entre 2008 et 2026.'],
      ['orientation="diagonal"', html`<pp-contract-timeline today=${TODAY} orientation="diagonal"></pp-contract-timeline>`, 'valeurs possibles : "auto", "vertical", "horizontal".'],
      ['today="x"', html`<pp-contract-timeline today="x"></pp-contract-timeline>`, 'today="x" n’est pas valide : indiquez une date au format AAAA-MM-JJ'],
      ['theme="purple"', html`<pp-contract-timeline today=${TODAY} theme="purple"></pp-contract-timeline>`, 'theme="purple" n’est pas valide'],
      ['event date="2022-13"', html`<pp-contract-timeline today=${TODAY}><pp-timeline-event date="2022-13" label="x"></pp-timeline-event></pp-contract-timeline>`, 'pp-timeline-event date="2022-13" n’est pas valide'],
      ['event without label', html`<pp-contract-timeline today=${TODAY}><pp-timeline-event date="2022"></pp-timeline-event></pp-contract-timeline>`, 'pp-timeline-event label="" n’est pas valide : le libellé et la date de l’événement sont obligatoires.'],
      ['event href="javascript:…"', html`<pp-contract-timeline today=${TODAY}><pp-timeline-event date="2022" label="x" href="javascript:alert(1)"></pp-timeline-event></pp-contract-timeline>`, 'pp-timeline-event href="javascript:alert(1)" n’est pas valide'],
    ];
    for (const [name, template, expected] of cases) {
      it(name, async () => {
        const el = await timeline(template);
        expect(shadowText(el, '[part="problems"]')).to.contain(expected);
        expect(warnings.messages, 'one warning').to.have.length(1);
        expect(warnings.messages[0]).to.contain('<pp-contract-timeline>').and.contain(expected.slice(0, 20));
        // the widget still renders, with the documented fallback
        expect($$(el, 'li').length).to.be.greaterThan(0);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages, 'not repeated on re-render').to.have.length(1);
      });
    }

    it('keeps a javascript: link out of the DOM while keeping the event', async () => {
      const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2022" to="2022"><pp-timeline-event date="2022" label="x" href="javascript:alert(1)"></pp-timeline-event></pp-contract-timeline>`);
      expect($$(el, 'li.event')).to.have.length(1);
      expect($$(el, 'li.event a')).to.have.length(0);
    });

    it('falls back to the whole period and heading level 2', async () => {
      const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="2020" to="2012" heading-level="9"></pp-contract-timeline>`);
      expect($$(el, 'li.contract')).to.have.length(6);
      expect($(el, 'h2.title')).to.exist;
      expect(warnings.messages).to.have.length(2);
    });

    it('leaves a neighbour widget untouched', async () => {
      const wrapper = await fixture(html`<div>
        <pp-contract-timeline today=${TODAY} from="abc" to="zzz"></pp-contract-timeline>
        <pp-contract-timeline today=${TODAY} from="2023"></pp-contract-timeline>
      </div>`);
      const [bad, good] = [...wrapper.querySelectorAll('pp-contract-timeline')] as ContractTimeline[];
      await bad.updateComplete;
      await good.updateComplete;
      expect($(good, '[part="problems"]')).to.equal(null);
      expect(itemTitles(good)).to.deep.equal(['Contrat 2023-2025']);
      expect($$(bad, '[part="problems"] li')).to.have.length(2);
    });

    it('translates messages', async () => {
      await setLocale('en');
      const el = await timeline(html`<pp-contract-timeline today=${TODAY} from="abc"></pp-contract-timeline>`);
      expect(shadowText(el, '[part="problems"]')).to.equal('Widget configuration to fix: from="abc" is not valid: give a year between 1900 and 2100.');
    });
  });

  describe('layout', () => {
    async function inWidth(width: number, attrs = '') {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.width = `${width}px`;
      wrapper.innerHTML = `<pp-contract-timeline today="${TODAY}" ${attrs}></pp-contract-timeline>`;
      const el = wrapper.firstElementChild as ContractTimeline;
      await el.updateComplete;
      await nextFrame();
      return el;
    }
    const columns = (el: ContractTimeline) => getComputedStyle($(el, 'ol')!).gridTemplateColumns.split(' ').length;

    it('is vertical and never wider than a 320 px container', async () => {
      const el = await inWidth(320);
      expect(columns(el)).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '*')) expect((node as HTMLElement).getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      // details open too
      for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
      await nextFrame();
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('is horizontal when there is room (auto), vertical when told', async () => {
      expect(columns(await inWidth(1100))).to.be.greaterThan(1);
      expect(columns(await inWidth(1100, 'orientation="vertical"'))).to.equal(1);
      const forced = await inWidth(320, 'orientation="horizontal"');
      expect(forced.scrollWidth, 'wraps instead of scrolling').to.be.at.most(320);
    });

    it('follows a dark colour scheme, and a fixed theme', async () => {
      const el = await inWidth(600);
      const light = getComputedStyle(el).backgroundColor;
      await emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'dark'}]);
      const dark = getComputedStyle(el).backgroundColor;
      expect(dark).to.not.equal(light);
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal(light);
    });

    it('takes its colours from --pp-* custom properties set with CSSOM', async () => {
      const el = await inWidth(600);
      el.style.setProperty('--pp-color-accent', 'rgb(200, 0, 100)');
      const current = $(el, 'li.current') as HTMLElement;
      expect(getComputedStyle(current).borderTopColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(current).boxShadow).to.contain('rgb(200, 0, 100)');
    });

    it('keeps borders and markers in forced colours', async () => {
      await emulateMediaFeatures([{name: 'forced-colors', value: 'active'}]);
      const el = await inWidth(600);
      const item = $(el, 'li.contract') as HTMLElement;
      expect(getComputedStyle(item).borderTopStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(item).borderTopWidth)).to.be.greaterThan(0);
    });
  });

  describe('accessibility (axe)', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['default', html`<pp-contract-timeline today=${TODAY}></pp-contract-timeline>`],
      ['compact', html`<pp-contract-timeline today=${TODAY} compact></pp-contract-timeline>`],
      ['highlighted, heading level 3', html`<pp-contract-timeline today=${TODAY} highlight="2015" heading-level="3"></pp-contract-timeline>`],
      ['with local events', html`<pp-contract-timeline today=${TODAY}><pp-timeline-event date="2022-06" label="Agence postale" href="/agence">Texte</pp-timeline-event></pp-contract-timeline>`],
      ['invalid configuration', html`<pp-contract-timeline today=${TODAY} from="abc" heading-level="9"></pp-contract-timeline>`],
      ['empty period', html`<pp-contract-timeline today=${TODAY} from="2090" to="2095"></pp-contract-timeline>`],
      ['dark', html`<pp-contract-timeline today=${TODAY} theme="dark"></pp-contract-timeline>`],
      ['a period (from, to)', html`<pp-contract-timeline today=${TODAY} from="2017" to="2022"></pp-contract-timeline>`],
    ];
    for (const [name, template] of states) {
      it(`has no violation: ${name}`, async () => {
        const el = await timeline(template);
        for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
        if ($$(el, 'details').length) await waitUntil(() => $(el, '.novelties'), 'texts loaded');
        await expect(el).to.be.accessible();
      });
    }

    it('has no violation at 320 px wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.width = '320px';
      wrapper.innerHTML = `<pp-contract-timeline today="${TODAY}"></pp-contract-timeline>`;
      const el = wrapper.firstElementChild as ContractTimeline;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no violation in English', async () => {
      await setLocale('en');
      const el = await timeline(html`<pp-contract-timeline today=${TODAY} highlight="2020"></pp-contract-timeline>`);
      await expect(el).to.be.accessible();
    });
  });
});
