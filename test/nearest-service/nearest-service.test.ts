import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/nearest-service/pp-nearest-service.js';
import type {NearestService} from '../../src/nearest-service/nearest-service.js';
import type {NearestResult} from '../../src/data/types.js';
import {setAssetBase} from '../../src/shared/assets.js';
import {setLocale} from '../../src/shared/i18n.js';
import {captureWarnings} from '../helpers/console.js';
import {normalizeSpaces, shadowText, shadowTexts} from '../helpers/text.js';

// The built data (npm test builds it before the browser tests).
const NOW = '2026-11-24T10:00:00+01:00'; // a Tuesday morning in Paris
const LA_POSTE = 'bureau,agence-communale,agence-intercommunale,relais';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Waits until the widget shows results, a choice, an empty answer or an error. */
async function settled(el: NearestService): Promise<void> {
  await waitUntil(() => $(el, '.points, .empty, .choose, .error, [part="problems"]:only-child') && !$(el, '.skeleton'), 'widget settled', {timeout: 8000});
  await el.updateComplete;
}

async function widget(template: ReturnType<typeof html>, wait = true): Promise<NearestService> {
  const el = await fixture<NearestService>(template);
  if (wait) await settled(el);
  return el;
}

const names = (el: Element) => shadowTexts(el, '.point .name');
const distances = (el: Element) =>
  shadowTexts(el, '.point .meta').map((text) => {
    const [, amount, unit] = /à ([\d,]+) (k?m)/.exec(text)!;
    return Number(amount.replace(',', '.')) / (unit === 'm' ? 1000 : 1);
  });

describe('<pp-nearest-service>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  before(() => setAssetBase('/dist/'));
  after(() => setAssetBase(undefined));
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await setLocale('fr');
  });

  describe('for a commune', () => {
    it('Brûlon (72050) finds its own bureau de poste first among La Poste points', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" types=${LA_POSTE} now=${NOW}></pp-nearest-service>`);
      expect(names(el)[0]).to.equal('Bureau de poste de Brûlon');
      expect(shadowText(el, '.near')).to.equal('Pour Brûlon (72350) :');
      const card = $(el, '.point')!;
      expect(normalizeSpaces(card.querySelector('.meta')!.textContent)).to.match(/^Bureau de poste · à 1,\d km à vol d’oiseau$/);
      expect(normalizeSpaces(card.querySelector('.address')!.textContent)).to.contain('72350 Brûlon');
      expect(card.querySelector('a[href="tel:3631"]')).to.exist;
      const directions = card.querySelector('a[href^="https://www.openstreetmap.org/directions"]') as HTMLAnchorElement;
      expect(normalizeSpaces(directions.textContent)).to.equal('Itinéraire vers Bureau de poste de Brûlon (OpenStreetMap)');
      expect(directions.target).to.equal('');
      expect(card.querySelector('a[href^="geo:47.96"]')).to.exist;
      expect(warnings.messages).to.deep.equal([]);
    });

    it('with every type, lists the France services of Brûlon (20 m nearer) and the bureau, nearest first', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" limit="2" now=${NOW}></pp-nearest-service>`);
      expect(names(el)).to.deep.equal(['France services Brûlon', 'Bureau de poste de Brûlon']);
      const [a, b] = distances(el);
      expect(a).to.be.at.most(b);
    });

    it('searches from the arrondissement itself for an arrondissement code (75112) or postcode (75012)', async () => {
      const el = await widget(html`<pp-nearest-service commune="75112" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(el, '.near')).to.equal('Pour Paris 12e Arrondissement (75012) :');
      expect($$(el, '.point')).to.have.length(1);
      expect(shadowText(el, '.point .address')).to.match(/75012 Paris/);
      const byPostcode = await widget(html`<pp-nearest-service postcode="75012" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(byPostcode, '.near')).to.equal('Pour Paris 12e Arrondissement (75012) :');
    });

    it('works overseas, with the local time zone for opening hours (Saint-Denis, La Réunion)', async () => {
      // 10:00 in Paris is 13:00 in La Réunion
      const el = await widget(html`<pp-nearest-service commune="97411" types="france-services" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(el, '.near')).to.equal('Pour Saint-Denis (97400) :');
      expect(shadowText(el, '.point .address')).to.match(/974\d\d /);
      expect(shadowText(el, '.status')).to.match(/^(Ouvert — ferme à|Fermé — ouvre aujourd’hui à) 1[3-7] h/);
    });

    it('reads the hours of Saint-Martin in its own time, given by the data (Guadeloupe’s)', async () => {
      // 10:00 in Paris is 05:00 in Saint-Martin: not yet open
      const el = await widget(html`<pp-nearest-service commune="97801" types="france-services" limit="5" now=${NOW}></pp-nearest-service>`);
      const card = $$(el, '.point').find((point) => point.querySelector('.name')!.textContent!.includes('Sandy Ground'))!;
      expect(normalizeSpaces(card.querySelector('.status')!.textContent)).to.equal('Fermé — ouvre aujourd’hui à 8 h 30');
    });

    it('shows the hours of a France services and whether it is open, in Paris time, with holidays', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" types="france-services" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(el, '.status')).to.equal('Ouvert — ferme à 12 h 30');
      const rows = $$(el, 'table[part="hours"] tr').map((tr) => normalizeSpaces(tr.textContent));
      expect(rows).to.have.length(7);
      expect(rows[0]).to.equal('lundi 9 h – 12 h 30, 14 h – 17 h 30');
      expect(rows[6]).to.equal('dimanche fermé');
      expect(shadowText(el, 'caption')).to.equal('Horaires de France services Brûlon');
      el.now = '2026-07-14T10:00:00+02:00';
      await el.updateComplete;
      expect(shadowText(el, '.status')).to.equal('Fermé (jour férié) — ouvre demain à 9 h');
      el.now = '2026-11-28T12:00:00+01:00'; // Saturday noon
      await el.updateComplete;
      expect(shadowText(el, '.status')).to.equal('Fermé — ouvre lundi à 9 h');
    });

    it('shows a France services hosted in a post office on that office’s card', async () => {
      const el = await widget(html`<pp-nearest-service commune="01388" now=${NOW}></pp-nearest-service>`);
      const first = $(el, '.point')!;
      expect(normalizeSpaces(first.querySelector('.name')!.textContent)).to.match(/^Bureau de poste de Saint-Trivier-de-Courtes/);
      expect(normalizeSpaces(first.querySelector('.meta')!.textContent)).to.contain('avec France services');
      expect(first.querySelector('table[part="hours"]')).to.exist;
      expect(names(el).filter((n) => n.startsWith('France services La Poste'))).to.deep.equal([]);
    });

    it('ranks an office and its France services at the nearer of the two, so neither is lost', async () => {
      // Creil: the France services in the post office is nearer than a relais, the office itself farther
      const el = await widget(html`<pp-nearest-service commune="60175" now=${NOW}></pp-nearest-service>`);
      expect(names(el)).to.have.length(1);
      expect(names(el)[0]).to.match(/^Bureau de poste/);
      expect(shadowText(el, '.point .meta')).to.contain('avec France services');
      const three = await widget(html`<pp-nearest-service commune="60175" limit="3" now=${NOW}></pp-nearest-service>`);
      expect(names(three)[0]).to.equal(names(el)[0]);
      const d = distances(three);
      expect(d[0]).to.be.at.most(d[1]);
      expect(d[1]).to.be.at.most(d[2]);
    });

    it('filters by type', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" types="relais" limit="3" now=${NOW}></pp-nearest-service>`);
      const metas = shadowTexts(el, '.point .meta');
      expect(metas).to.have.length(3);
      for (const meta of metas) expect(meta).to.match(/^Relais poste ·/);
    });

    it('lists limit="3" points nearest first', async () => {
      const el = await widget(html`<pp-nearest-service commune="75056" limit="3" now=${NOW}></pp-nearest-service>`);
      const d = distances(el);
      expect(d).to.have.length(3);
      expect(d[0]).to.be.at.most(d[1]);
      expect(d[1]).to.be.at.most(d[2]);
      expect($(el, 'ol[part="list"]')).to.exist;
    });

    it('says so when nothing lies within max-distance', async () => {
      const el = await widget(html`<pp-nearest-service lat="46.5" lon="2.5" max-distance="0,5" now=${NOW}></pp-nearest-service>`);
      expect($$(el, '.point')).to.have.length(0);
      expect(shadowText(el, '.empty')).to.equal('Aucun point de ce type à moins de 500 m.');
      // the 5 km reference still tells where the nearest La Poste point is
      expect(shadowText(el, '[part="law"]')).to.match(/^Le point La Poste le plus proche est à [\d,]+ km : (moins|plus) de 5 km\./);
    });

    it('states the 5 km reference of the law in informational words', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(el, '[part="law"]')).to.match(/^Le point La Poste le plus proche est à 1,\d km : moins de 5 km\. Pour repère, la loi du 20 mai 2005/);
    });

    it('shows the sources and says the La Poste data dates from December 2020', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" now=${NOW}></pp-nearest-service>`);
      const source = shadowText(el, '[part="source"]');
      expect(source).to.contain('La Poste, points de contact (décembre 2020)');
      expect(source).to.contain('ANCT, France services (août 2024)');
      expect(source).to.contain('Les données La Poste datent de décembre 2020');
    });

    it('fires pp-result with the points shown', async () => {
      const el = document.createElement('pp-nearest-service') as NearestService;
      el.setAttribute('commune', '72050');
      el.setAttribute('types', LA_POSTE);
      const event = oneEvent(el, 'pp-result') as Promise<CustomEvent<{points: NearestResult[]}>>;
      (await fixture(html`<div></div>`)).append(el);
      const {detail} = await event;
      expect(detail.points[0].name).to.equal('Bureau de poste de Brûlon');
      expect(detail.points[0].distanceKm).to.be.within(1, 2);
    });

    it('switches to English', async () => {
      await setLocale('en');
      const el = await widget(html`<pp-nearest-service commune="72050" types="france-services" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(el, '.title')).to.equal('The nearest postal service');
      expect(shadowText(el, '.status')).to.equal('Open — closes at 12:30');
      expect(shadowText(el, '.point .meta')).to.match(/^France services · 1.\d km as the crow flies$/);
    });
  });

  describe('for a postcode shared by several communes', () => {
    it('lets the visitor choose, then shows the points near that commune', async () => {
      const el = await widget(html`<pp-nearest-service postcode="72350" now=${NOW}></pp-nearest-service>`);
      const buttons = $$(el, '.choose button') as HTMLButtonElement[];
      expect(buttons.map((b) => b.textContent!.trim())).to.include.members(['Brûlon', 'Avessé', 'Poillé-sur-Vègre']);
      expect(shadowText(el, '[role="status"]')).to.equal('Plusieurs communes ont ce code postal : laquelle ?');
      buttons.find((b) => b.textContent!.trim() === 'Avessé')!.click();
      await el.updateComplete;
      await settled(el);
      expect(shadowText(el, '.near')).to.equal('Pour Avessé (72350) :');
      expect($$(el, '.point')).to.have.length(1);
    });

    it('goes straight to the results for a postcode of one commune', async () => {
      const el = await widget(html`<pp-nearest-service postcode="75001" types="bureau" now=${NOW}></pp-nearest-service>`);
      expect(!!$(el, '.choose')).to.equal(false);
      expect(shadowText(el, '.near')).to.equal('Pour Paris 1er Arrondissement (75001) :');
      expect(names(el)[0]).to.match(/^Bureau de poste/);
    });
  });

  describe('search and position', () => {
    async function searchWidget() {
      return widget(html`<pp-nearest-service types=${LA_POSTE} now=${NOW}></pp-nearest-service>`, false);
    }

    it('starts with a labelled search field, a position button and an empty status region, loading no data', async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = await searchWidget();
      const input = $(el, 'input') as HTMLInputElement;
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(shadowText(el, 'label[for="query"]')).to.equal('Commune ou code postal');
      expect($(el, '[role="status"]')).to.exist;
      expect(shadowText(el, '.position button')).to.equal('Utiliser ma position');
      expect(shadowText(el, '.position .muted')).to.contain('reste dans votre navigateur');
      await new Promise((r) => setTimeout(r, 100));
      const loaded = performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => n.includes('/data/'));
      expect(loaded).to.deep.equal([]);
    });

    for (const query of ['brûlon', 'BRULON']) {
      it(`suggests communes for "${query}" and goes from the keyboard to the result`, async () => {
        const el = await searchWidget();
        const input = $(el, 'input') as HTMLInputElement;
        input.focus();
        await sendKeys({type: query});
        await waitUntil(() => $(el, '[role="option"]'), 'suggestions');
        expect(input.getAttribute('aria-expanded')).to.equal('true');
        expect(shadowTexts(el, '[role="option"]')[0]).to.equal('Brûlon 72350');
        await sendKeys({press: 'ArrowDown'});
        await el.updateComplete;
        expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
        expect($(el, '#option-0')!.getAttribute('aria-selected')).to.equal('true');
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        await settled(el);
        expect(names(el)[0]).to.equal('Bureau de poste de Brûlon');
        expect(input.value).to.equal('Brûlon');
        expect(shadowText(el, '[role="status"]')).to.equal('1 résultat pour Brûlon.');
        // the keyboard goes on to the result's links
        await sendKeys({press: 'Tab'}); // search button
        await sendKeys({press: 'Tab'}); // position button
        await sendKeys({press: 'Tab'});
        expect(el.shadowRoot!.activeElement?.textContent).to.contain('Itinéraire');
      });
    }

    it('closes the suggestions with Escape and searches a typed postcode with Enter', async () => {
      const el = await searchWidget();
      ($(el, 'input') as HTMLInputElement).focus();
      await sendKeys({type: '0730'});
      await waitUntil(() => $(el, '[role="option"]'), 'suggestions');
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(($(el, '[role="listbox"]') as HTMLElement).hidden).to.equal(true);
      await sendKeys({type: '0'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await settled(el);
      // 07300 is shared by several communes: the visitor chooses
      expect(shadowTexts(el, '.choose button')).to.include('Tournon-sur-Rhône');
    });

    it('uses the position on click when the visitor allows it', async () => {
      const el = await searchWidget();
      await executeServerCommand('pp-geolocation', {permission: 'granted', lat: 47.9671, lon: -0.2357});
      ($(el, '.position button') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '.skeleton, .points'), 'position used');
      await settled(el);
      expect(shadowText(el, '.near')).to.equal('Pour votre position :');
      expect(names(el)[0]).to.equal('Bureau de poste de Brûlon');
      expect(distances(el)[0]).to.be.below(0.1);
      // metres under 1 km, never "0 km"
      expect(shadowTexts(el, '.point .meta')[0]).to.match(/à \d0 m à vol d’oiseau$/);
    });

    it('says clearly when the visitor refuses, and keeps the search', async () => {
      const el = await searchWidget();
      await executeServerCommand('pp-geolocation', {permission: 'denied'});
      ($(el, '.position button') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '.error'), 'refusal shown');
      expect(shadowText(el, '.error')).to.equal('Vous n’avez pas autorisé la géolocalisation. Recherchez votre commune ci-dessus.');
      expect(shadowText(el, '[role="status"]')).to.equal('Vous n’avez pas autorisé la géolocalisation.');
      expect($(el, 'input')).to.exist;
      await executeServerCommand('pp-geolocation', {permission: 'prompt'});
    });
  });

  describe('data failures', () => {
    for (const [kind, message] of [
      ['404', 'Les données de ce widget sont introuvables ou illisibles sur ce site.'],
      ['500', 'Les données de ce widget sont introuvables ou illisibles sur ce site.'],
      ['malformed', 'Les données de ce widget sont introuvables ou illisibles sur ce site.'],
      ['network', 'Les données n’ont pas pu être chargées : vérifiez la connexion.'],
    ] as const) {
      it(`${kind}: an error with a retry button, and the retry works`, async () => {
        const base = `/__fault/${kind}/nearest-${Math.random().toString(36).slice(2)}/`;
        const errors = oneEvent(document.body, 'pp-error') as Promise<CustomEvent<{kind: string}>>;
        const el = await widget(html`<pp-nearest-service commune="72050" types=${LA_POSTE} data-base=${base} now=${NOW}></pp-nearest-service>`);
        expect(shadowText(el, '.error p')).to.equal(message);
        expect((await errors).detail.kind).to.be.a('string');
        expect(shadowText(el, '[role="status"]')).to.equal(message);
        // each file fails once: retry until every file of the query has been served
        for (let attempt = 0; attempt < 15 && $(el, '.error'); attempt++) {
          ($(el, '.error button') as HTMLButtonElement).click();
          await el.updateComplete;
          await settled(el);
        }
        expect(names(el)[0]).to.equal('Bureau de poste de Brûlon');
      });
    }

    it('an unknown commune code says so', async () => {
      const el = await widget(html`<pp-nearest-service commune="99999" now=${NOW}></pp-nearest-service>`);
      expect(shadowText(el, '.error p')).to.equal('Aucune commune ne correspond.');
    });
  });

  describe('invalid attributes: a clear message and one console warning, never an exception', () => {
    const cases: Array<[string, ReturnType<typeof html>, string]> = [
      ['commune="abc"', html`<pp-nearest-service commune="abc"></pp-nearest-service>`, 'commune="ABC" n’est pas valide : indiquez un code INSEE, par exemple 72050.'],
      ['postcode="7235"', html`<pp-nearest-service postcode="7235"></pp-nearest-service>`, 'postcode="7235" n’est pas valide : indiquez un code postal de 5 chiffres'],
      ['lat without lon', html`<pp-nearest-service lat="47.9"></pp-nearest-service>`, 'lon="" n’est pas valide : lat et lon vont ensemble.'],
      ['lat="north"', html`<pp-nearest-service lat="north" lon="2"></pp-nearest-service>`, 'lat="north" n’est pas valide : indiquez un nombre entre -90 et 90.'],
      ['types="bureau,poste"', html`<pp-nearest-service types="bureau,poste"></pp-nearest-service>`, 'types="poste" n’est pas valide : valeurs possibles : "bureau", "agence-communale"'],
      ['lon without lat', html`<pp-nearest-service lon="2"></pp-nearest-service>`, 'lat="" n’est pas valide : lat et lon vont ensemble.'],
      ['limit="0"', html`<pp-nearest-service limit="0"></pp-nearest-service>`, 'limit="0" n’est pas valide : indiquez un nombre entier entre 1 et 20.'],
      ['max-distance="-1"', html`<pp-nearest-service max-distance="-1"></pp-nearest-service>`, 'max-distance="-1" n’est pas valide'],
      ['heading-level="9"', html`<pp-nearest-service heading-level="9"></pp-nearest-service>`, 'heading-level="9" n’est pas valide'],
      ['now="hier"', html`<pp-nearest-service now="hier"></pp-nearest-service>`, 'now="hier" n’est pas valide : indiquez une date et une heure'],
      ['data-base="javascript:…"', html`<pp-nearest-service data-base="javascript:alert(1)"></pp-nearest-service>`, 'data-base="javascript:alert(1)" n’est pas valide : indiquez une adresse web'],
    ];
    for (const [name, template, expected] of cases) {
      it(name, async () => {
        const el = await widget(template, false);
        await el.updateComplete;
        expect(shadowText(el, '[part="problems"]')).to.contain(expected);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<pp-nearest-service>');
        // the widget still offers the search
        expect($(el, 'input')).to.exist;
      });
    }
  });

  describe('accessibility (axe)', () => {
    it('search form', async () => {
      const el = await widget(html`<pp-nearest-service></pp-nearest-service>`, false);
      await expect(el).to.be.accessible();
    });
    it('suggestions open', async () => {
      const el = await widget(html`<pp-nearest-service></pp-nearest-service>`, false);
      ($(el, 'input') as HTMLInputElement).focus();
      await sendKeys({type: 'saint-m'});
      await waitUntil(() => $(el, '[role="option"]'), 'suggestions');
      await sendKeys({press: 'ArrowDown'});
      await expect(el).to.be.accessible();
    });
    it('loading', async () => {
      const el = await widget(html`<pp-nearest-service commune="72050" data-base="/__fault/slow/axe-loading/"></pp-nearest-service>`, false);
      await waitUntil(() => $(el, '.skeleton'), 'skeleton');
      await expect(el).to.be.accessible();
    });
    it('results with hours, several points, heading level 3', async () => {
      const el = await widget(html`<pp-nearest-service commune="01388" limit="3" heading-level="3" now=${NOW}></pp-nearest-service>`);
      expect($(el, 'h3.title')).to.exist;
      expect($$(el, 'h4.name').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
    it('choice of commune', async () => {
      await expect(await widget(html`<pp-nearest-service postcode="72350"></pp-nearest-service>`)).to.be.accessible();
    });
    it('error', async () => {
      await expect(await widget(html`<pp-nearest-service commune="72050" data-base="/__fault/404/axe-error/"></pp-nearest-service>`)).to.be.accessible();
    });
    it('invalid configuration, dark', async () => {
      await expect(await widget(html`<pp-nearest-service commune="x" theme="dark"></pp-nearest-service>`, false)).to.be.accessible();
    });
    it('English results', async () => {
      await setLocale('en');
      await expect(await widget(html`<pp-nearest-service commune="72050" now=${NOW}></pp-nearest-service>`)).to.be.accessible();
    });
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '320px';
    wrapper.innerHTML = `<pp-nearest-service commune="01388" limit="2" now="${NOW}"></pp-nearest-service>`;
    const el = wrapper.firstElementChild as NearestService;
    await settled(el);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, '*')) expect((node as HTMLElement).getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('requests nothing from any other origin', async () => {
    await widget(html`<pp-nearest-service commune="72050" now=${NOW}></pp-nearest-service>`);
    const foreign = performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
  });
});
