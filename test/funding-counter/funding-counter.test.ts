import {expect, fixture, html, nextFrame, oneEvent, waitUntil} from '@open-wc/testing';
import type {FundingCounter} from '../../src/funding-counter/funding-counter.js';
import {DURATION, LIVE_PERIOD} from '../../src/funding-counter/count-up.js';
import {cumulativeFund} from '../../src/data/funding.js';
import {setLocale} from '../../src/shared/i18n.js';
import {captureWarnings} from '../helpers/console.js';
import {emulateMediaFeatures} from '../helpers/media.js';
import {normalizeSpaces} from '../helpers/text.js';
import {$, $$, ManualClock, advance, caption, counter, digits, problemText, sourceLine, spoken, started, type Attributes} from './helpers.js';

const TODAY = '2026-11-27';
const STILL = {today: TODAY, animation: 'none'};
const CDC = 'https://www.caissedesdepots.fr/actualites/territoires-le-6e-contrat-de-presence-postale-territoriale-signe';

/** The numeric value of digits such as "1,24 milliards d’euros" or "522 000 000 €" (French). */
const numberIn = (text: string) => Number(/[\d ]+(,\d+)?/.exec(text)![0].replace(/ /g, '').replace(',', '.'));
const links = (el: Element) => $$(el, '[part="source"] a').map((a) => [a.textContent, a.getAttribute('href')]);

describe('<pp-funding-counter>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await setLocale('fr');
    await emulateMediaFeatures([]);
    window.scrollTo(0, 0);
  });

  describe('figures', () => {
    it('shows by default the contractual total since 2008 up to today, labelled as foreseen, with sources and date', async () => {
      const el = await counter(STILL);
      // 140×3 + 170×6 + 174×9 million (2008-2025) + 330/365 of 174 million (2026 up to 27 November)
      expect(digits(el)).to.equal('3,16 milliards d’euros');
      expect(caption(el)).to.equal('prévus par les contrats de présence postale depuis 2008');
      expect(spoken(el)).to.equal('3,16 milliards d’euros prévus par les contrats de présence postale depuis 2008');
      // our sum, said to be ours, with what is uncertain in it and the 2026 budget proposal; every contract's sources
      expect(sourceLine(el)).to.equal(
        'Somme, calculée ici, des montants annuels prévus par chaque contrat. Montant incertain pour 2008-2010, 2014-2016. ' +
          'Pour l’année de prolongation 2026, le projet de loi de finances proposait 122 millions d’euros. ' +
          'Sources : AMF, AMF du Var, Groupe La Poste, Banque des Territoires, La Gazette des communes. Montants prévus par les contrats, données à jour en novembre 2026.',
      );
      // the Caisse des Dépôts' "plus de 2,4 milliards" covers 2008-2022 only: not a source of this total
      expect(links(el).map(([label]) => label)).not.to.include('Caisse des Dépôts');
      expect(links(el).every(([, href]) => /^https:\/\//.test(href!))).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('formats every notation in French', async () => {
      const cases: Array<[Attributes, string]> = [
        [{notation: 'long'}, '3,16 milliards d’euros'],
        [{notation: 'compact'}, '3,16 Md €'],
        [{notation: 'full'}, '3 163 315 068 €'],
        [{notation: 'LONG', since: '2020', until: '2022'}, '522 millions d’euros'],
        [{notation: 'compact', since: '2020', until: '2022'}, '522 M €'],
        [{notation: 'full', since: '2020', until: '2022'}, '522 000 000 €'],
      ];
      for (const [attributes, expected] of cases) {
        const el = await counter({...STILL, ...attributes});
        expect(digits(el), JSON.stringify(attributes)).to.equal(expected);
        // the spoken text is always in words
        expect(spoken(el)).to.match(/^(3,16 milliards|522 millions) d’euros prévus/);
      }
    });

    it('checks the totals per period against hand sums from the facts sheet', async () => {
      const cases: Array<[Attributes, string, string]> = [
        // 174 + 174 + 174 million
        [{since: '2020', until: '2022'}, '522 000 000 €', 'prévus par les contrats de présence postale de 2020 à 2022'],
        // 140×3 + 170×3 + 170×3 + 174×3 + 174×3 = 2 484 million: "more than 2.4 billion since 2008"
        [{until: '2022'}, '2 484 000 000 €', 'prévus par les contrats de présence postale de 2008 à 2022'],
        [{since: '2008', until: '2010'}, '420 000 000 €', 'prévus par les contrats de présence postale de 2008 à 2010'],
        [{since: '2011', until: '2016'}, '1 020 000 000 €', 'prévus par les contrats de présence postale de 2011 à 2016'],
        // the current year counts up to today only: 174 × 6 + 174 × 330/365 million
        [{since: '2020'}, '1 201 315 068 €', 'prévus par les contrats de présence postale depuis 2020'],
        [{since: '2020', until: '2026'}, '1 201 315 068 €', 'prévus par les contrats de présence postale depuis 2020'],
      ];
      for (const [attributes, full, label] of cases) {
        const el = await counter({...STILL, notation: 'full', ...attributes});
        expect(digits(el), JSON.stringify(attributes)).to.equal(full);
        expect(caption(el)).to.equal(label);
      }
      const twentyTwenty = await counter({...STILL, since: '2020', until: '2022'});
      expect(spoken(twentyTwenty)).to.equal('522 millions d’euros prévus par les contrats de présence postale de 2020 à 2022');
      // no Caisse des Dépôts aggregate for a period that does not start in 2008; the 2020-2022 contract's source
      expect(links(twentyTwenty).map(([label]) => label)).to.deep.equal(['Banque des Territoires']);
      const since2008 = await counter({...STILL, until: '2022'});
      expect(spoken(since2008)).to.equal('2,48 milliards d’euros prévus par les contrats de présence postale de 2008 à 2022');
      // 2008-2022 is the period of the Caisse des Dépôts' aggregate: cited first; no 2026 note
      expect(links(since2008)[0]).to.deep.equal(['Caisse des Dépôts', CDC]);
      expect(sourceLine(since2008)).to.match(/^Somme, calculée ici, des montants annuels prévus par chaque contrat\. Montant incertain pour 2008-2010, 2014-2016\. Sources : Caisse des Dépôts, /);
      expect(numberIn(digits(since2008))).to.be.greaterThan(2.4);
    });

    it('shows the annual fund in force with the "jusqu’à 177 M€" nuance, the contract’s note and its sources', async () => {
      const el = await counter({...STILL, metric: 'annual'});
      expect(digits(el)).to.equal('174 millions d’euros');
      expect(caption(el)).to.equal('par an, prévus par le contrat 2023-2025 (jusqu’à 177 millions d’euros selon les communiqués)');
      expect(spoken(el)).to.equal('174 millions d’euros par an, prévus par le contrat 2023-2025 (jusqu’à 177 millions d’euros selon les communiqués)');
      expect(sourceLine(el)).to.equal(
        'Pour l’année de prolongation 2026, le projet de loi de finances proposait 122 millions d’euros. ' +
          'Sources : Groupe La Poste, La Gazette des communes. Montants prévus par les contrats, données à jour en novembre 2026.',
      );
      const early = await counter({metric: 'annual', today: '2009-05-01', animation: 'none'});
      expect(digits(early)).to.equal('140 millions d’euros');
      expect(caption(early)).to.equal('par an, prévus par le contrat 2008-2010 (montant incertain)');
      expect(sourceLine(early)).to.match(/^Sources : AMF\. Montants prévus par les contrats/);
      const plain = await counter({metric: 'annual', today: '2012-05-01', animation: 'none', notation: 'full'});
      expect(digits(plain)).to.equal('170 000 000 €');
      expect(caption(plain)).to.equal('par an, prévus par le contrat 2011-2013');
    });

    it('shows the total of the contract covering a year (default: the current one)', async () => {
      const current = await counter({...STILL, metric: 'contract'});
      expect(digits(current)).to.equal('522 millions d’euros');
      expect(caption(current)).to.equal('prévus par le contrat 2023-2025 (jusqu’à 531 millions d’euros selon les communiqués)');
      const cases: Array<[string, string, string]> = [
        ['2009', '420 millions d’euros', 'prévus par le contrat 2008-2010 (montant incertain)'],
        ['2013', '510 millions d’euros', 'prévus par le contrat 2011-2013'],
        ['2018', '522 millions d’euros', 'prévus par le contrat 2017-2019'],
        ['2026', '522 millions d’euros', 'prévus par le contrat 2023-2025 (jusqu’à 531 millions d’euros selon les communiqués)'],
      ];
      for (const [year, amount, label] of cases) {
        const el = await counter({...STILL, metric: 'contract', year});
        expect(digits(el), year).to.equal(amount);
        expect(caption(el), year).to.equal(label);
      }
    });

    it('says that no contract is known to be in force after the last one, rather than showing 0', async () => {
      const el = await counter({metric: 'annual', today: '2027-06-01', animation: 'none'});
      expect(problemText(el)).to.equal(
        'Configuration du widget à corriger : aucun contrat de présence postale en vigueur en 2027 n’est connu (données à jour en novembre 2026).',
      );
      expect($(el, '[part="value"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.match(/\b0 euros?\b|0 €/);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<pp-funding-counter> aucun contrat de présence postale en vigueur en 2027');
      const contract = await counter({metric: 'contract', today: '2027-06-01', animation: 'none'});
      expect(problemText(contract)).to.contain('aucun contrat de présence postale en vigueur en 2027 n’est connu');
      // the cumulative total still stands: everything the contracts foresaw, up to 2026
      const total = await counter({today: '2027-06-01', animation: 'none', notation: 'full'});
      expect(digits(total)).to.equal('3 180 000 000 €');
    });

    it('formats a custom amount the same way, with the label and source given, and nothing invented', async () => {
      const el = await counter({
        ...STILL,
        value: '1 250 000,50',
        label: 'investis dans les agences postales du département depuis 2015',
        source: 'Conseil départemental, rapport 2025',
      });
      expect(digits(el)).to.equal('1,25 million d’euros');
      expect(spoken(el)).to.equal('1,25 million d’euros investis dans les agences postales du département depuis 2015');
      expect(sourceLine(el)).to.equal('Conseil départemental, rapport 2025');
      expect($$(el, '[part="source"] a')).to.have.length(0);
      el.notation = 'full';
      await el.updateComplete;
      expect(digits(el)).to.equal('1 250 001 €');
      el.setAttribute('value', '950000');
      el.removeAttribute('label');
      el.removeAttribute('source');
      el.notation = 'long';
      await el.updateComplete;
      expect(digits(el)).to.equal('950 000 euros');
      expect(spoken(el)).to.equal('950 000 euros');
      expect($(el, '[part="label"]')).to.equal(null);
      expect($(el, '[part="source"]')).to.equal(null);
      el.value = '0';
      await el.updateComplete;
      expect(digits(el)).to.equal('0 euros');
      el.value = '1234.5';
      el.notation = 'compact';
      await el.updateComplete;
      expect(digits(el)).to.equal('1,23 k €');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('formats in English, spaces normalised, and follows a runtime locale change', async () => {
      const el = await counter(STILL);
      await setLocale('en');
      await el.updateComplete;
      expect(digits(el)).to.equal('3.16 billion euros');
      expect(spoken(el)).to.equal('3.16 billion euros foreseen by the postal presence contracts since 2008');
      expect(sourceLine(el)).to.equal(
        'Our sum of the annual amounts each contract foresees. Amount uncertain for 2008-2010, 2014-2016. For the 2026 extension year, the draft budget proposed 122 million euros. ' +
          'Sources: AMF, AMF du Var, Groupe La Poste, Banque des Territoires, La Gazette des communes. Amounts foreseen by the contracts, data as of November 2026.',
      );
      const cases: Array<[Attributes, string, string]> = [
        [{notation: 'compact'}, '€3.16bn', 'foreseen by the postal presence contracts since 2008'],
        [{notation: 'full'}, '€3,163,315,068', 'foreseen by the postal presence contracts since 2008'],
        [{since: '2020', until: '2022'}, '522 million euros', 'foreseen by the postal presence contracts from 2020 to 2022'],
        [{metric: 'annual'}, '174 million euros', 'a year, foreseen by the 2023-2025 contract (up to 177 million euros according to press releases)'],
        [{metric: 'contract', year: '2009', notation: 'full'}, '€420,000,000', 'foreseen by the 2008-2010 contract (uncertain amount)'],
        [{value: '1250000,5', label: 'for our post office'}, '1.25 million euros', 'for our post office'],
      ];
      for (const [attributes, amount, label] of cases) {
        const other = await counter({...STILL, ...attributes});
        expect(digits(other), JSON.stringify(attributes)).to.equal(amount);
        expect(caption(other)).to.equal(label);
      }
      const annual = await counter({...STILL, metric: 'annual'});
      expect(sourceLine(annual)).to.match(/^For the 2026 extension year, the draft budget proposed 122 million euros\. Sources:/);
      await setLocale('fr');
      await el.updateComplete;
      expect(digits(el)).to.equal('3,16 milliards d’euros');
    });

    it('uses the real date without a today attribute', async () => {
      const el = await counter({animation: 'none', notation: 'full', until: '2022'});
      expect(digits(el)).to.equal('2 484 000 000 €');
      const now = await counter({animation: 'none', notation: 'full'});
      const expected = cumulativeFund(2008, 2026, Date.now());
      expect(Math.abs(Number(digits(now).replace(/\D/g, '')) - expected)).to.be.below(1000);
    });
  });

  describe('count-up', () => {
    it('counts up once, within 2 s, with a spoken text and a box that never change, then fires pp-counter-end once', async () => {
      const clock = new ManualClock();
      const el = await counter({today: TODAY, notation: 'full'}, clock);
      const ends: Event[] = [];
      document.addEventListener('pp-counter-end', (e) => ends.push(e));
      const words = '3,16 milliards d’euros prévus par les contrats de présence postale depuis 2008';
      const value = $(el, '[part="value"]')!;
      const box = () => {
        const host = el.getBoundingClientRect();
        const inner = value.getBoundingClientRect();
        return [host.width, host.height, inner.width, inner.height];
      };
      const size = box();
      expect(digits(el)).to.equal('0 €');
      expect(spoken(el)).to.equal(words);
      await started(clock);
      const seen: number[] = [];
      for (let t = 0; t < DURATION; t += 100) {
        await advance(el, clock, 100);
        seen.push(Number(digits(el).replace(/\D/g, '')));
        expect(spoken(el), `at ${t + 100} ms`).to.equal(words);
        expect(box(), `box at ${t + 100} ms`).to.deep.equal(size);
        if (t + 100 < DURATION) expect(ends, `no end at ${t + 100} ms`).to.have.length(0);
      }
      // rising, ending on the exact final amount
      for (let i = 1; i < seen.length; i++) expect(seen[i]).to.be.at.least(seen[i - 1]);
      expect(seen[3]).to.be.above(0).and.below(3_163_315_068);
      expect(digits(el)).to.equal('3 163 315 068 €');
      expect(ends).to.have.length(1);
      expect(ends[0].target).to.equal(el);
      expect(ends[0].composed).to.equal(true);
      // once only: later frames, visibility changes and re-renders do not count again
      await advance(el, clock, 5000);
      el.requestUpdate();
      await el.updateComplete;
      expect(ends).to.have.length(1);
      expect(clock.pending, 'nothing left running').to.equal(0);
      const frames = clock.requests.length;
      await advance(el, clock, 5000);
      expect(clock.requests.length, 'no frame after the end').to.equal(frames);
      expect(box()).to.deep.equal(size);
      document.removeEventListener('pp-counter-end', (e) => ends.push(e));
    });

    it('never changes the size of its box while the digits move: shrink-to-fit in a flex row, and wrapping at 320 px', async () => {
      const layouts: Array<[string, string, Attributes]> = [
        ['flex row', 'display:flex;align-items:flex-start', {notation: 'full'}],
        ['flex row, compact', 'display:flex;align-items:flex-start', {notation: 'compact', since: '2020', until: '2022'}],
        ['320 px', 'width:320px', {}],
        ['320 px, full', 'width:320px', {notation: 'full'}],
      ];
      for (const [name, style, attributes] of layouts) {
        const clock = new ManualClock();
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.setAttribute('style', style);
        const el = await counter({today: TODAY, ...attributes}, clock, wrapper);
        const box = () => {
          const {width, height} = el.getBoundingClientRect();
          return [Math.round(width * 10) / 10, Math.round(height * 10) / 10];
        };
        const size = box();
        const texts = new Set([digits(el)]);
        await started(clock);
        for (let t = 0; t < DURATION; t += 50) {
          await advance(el, clock, 50);
          texts.add(digits(el));
          expect(box(), `${name} at ${t + 50} ms: "${digits(el)}"`).to.deep.equal(size);
        }
        expect(texts.size, `${name}: the digits did move`).to.be.above(10);
        wrapper.remove();
      }
    });

    it('keeps the accessible name constant mid-animation: only the final amount in words, no live region', async () => {
      const clock = new ManualClock();
      const wrapper = await fixture<HTMLDivElement>(html`<div id="a11y-probe"></div>`);
      const el = await counter({today: TODAY, since: '2020', until: '2022', notation: 'compact'}, clock, wrapper);
      expect(wrapper.id).to.equal('a11y-probe');
      await started(clock);
      await advance(el, clock, DURATION / 2);
      expect(digits(el)).to.match(/^\d+ M €$/);
      expect(digits(el)).not.to.equal('522 M €');
      // the text a screen reader can reach: every text node outside aria-hidden subtrees
      const reachable: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
        if (node.nodeType === Node.TEXT_NODE) reachable.push(node.textContent!);
        for (const child of node.childNodes) walk(child);
      };
      walk(el.shadowRoot!);
      const spokenText = normalizeSpaces(reachable.join(' '));
      expect(spokenText).to.match(/^522 millions d’euros prévus par les contrats de présence postale de 2020 à 2022 Somme, calculée ici, des montants annuels prévus par chaque contrat\. Sources : Banque des Territoires ?\./);
      expect(spokenText).not.to.match(/\d+ M €/);
      await advance(el, clock, DURATION / 4);
      reachable.length = 0;
      walk(el.shadowRoot!);
      expect(normalizeSpaces(reachable.join(' '))).to.equal(spokenText);
      expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"], [role="timer"]')).to.equal(null);
      expect($(el, '[part="value"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '[part="label"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('starts only when first scrolled into view', async () => {
      const clock = new ManualClock();
      const wrapper = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
      (wrapper.firstElementChild as HTMLElement).style.height = `${window.innerHeight * 2}px`;
      const el = await counter({today: TODAY, notation: 'full'}, clock, wrapper);
      let ended = 0;
      el.addEventListener('pp-counter-end', () => ended++);
      for (let i = 0; i < 5; i++) await nextFrame();
      await new Promise((r) => setTimeout(r, 100));
      expect(clock.pending, 'nothing scheduled below the fold').to.equal(0);
      await advance(el, clock, 5000);
      expect(digits(el)).to.equal('0 €');
      expect(ended).to.equal(0);
      el.scrollIntoView();
      await started(clock);
      await advance(el, clock, DURATION);
      expect(digits(el)).to.equal('3 163 315 068 €');
      expect(ended).to.equal(1);
      // scrolled away and back: no second count-up
      window.scrollTo(0, 0);
      await new Promise((r) => setTimeout(r, 100));
      el.scrollIntoView();
      await new Promise((r) => setTimeout(r, 100));
      await advance(el, clock, DURATION);
      expect(digits(el)).to.equal('3 163 315 068 €');
      expect(ended).to.equal(1);
    });

    it('shows the final amount at once under prefers-reduced-motion (matchMedia), and still fires pp-counter-end once', async () => {
      await emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const clock = new ManualClock();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const ended = oneEvent(wrapper, 'pp-counter-end');
      const el = await counter({today: TODAY, notation: 'full'}, clock, wrapper);
      expect(digits(el), 'from the first render').to.equal('3 163 315 068 €');
      await ended;
      expect(clock.requests.filter((delay) => delay === 0), 'no animation frame').to.deep.equal([]);
      expect(clock.pending).to.equal(0);
      await advance(el, clock, 1000);
      expect(digits(el)).to.equal('3 163 315 068 €');
    });

    it('shows the final amount at once with animation="none"', async () => {
      const clock = new ManualClock();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const ended = oneEvent(wrapper, 'pp-counter-end');
      const el = await counter({today: TODAY, animation: 'none'}, clock, wrapper);
      expect(digits(el)).to.equal('3,16 milliards d’euros');
      await ended;
      expect(clock.requests).to.deep.equal([]);
    });

    it('moves the digits in the unit of the final amount, never wider than it', async () => {
      const clock = new ManualClock();
      const el = await counter({today: TODAY}, clock);
      await started(clock);
      for (let t = 0; t < DURATION; t += 150) {
        await advance(el, clock, 150);
        expect(digits(el)).to.match(/^\d,?\d* milliards d’euros$/);
        expect(digits(el).length).to.be.at.most('3,16 milliards d’euros'.length);
      }
      expect(digits(el)).to.equal('3,16 milliards d’euros');
    });
  });

  describe('live mode', () => {
    const euros = (el: FundingCounter) => Number(digits(el).replace(/\D/g, ''));
    const exact = (ms: number) => Math.round(cumulativeFund(2008, 2026, Date.parse(`${TODAY}T00:00:00Z`) + ms));

    it('after the count-up, rises in real time at the current rate (about 5.5 € a second), 4 updates a second at most, never spoken', async () => {
      const clock = new ManualClock();
      const el = await counter({today: TODAY, live: true}, clock);
      const words = spoken(el);
      expect(words).to.equal('3,16 milliards d’euros prévus par les contrats de présence postale depuis 2008');
      await started(clock);
      await advance(el, clock, DURATION);
      // live defaults to full notation: a rounded figure could not visibly move
      expect(digits(el)).to.equal('3 163 315 068 €');
      const requestsBefore = clock.requests.length;
      await advance(el, clock, 10_000);
      const ticks = clock.requests.slice(requestsBefore);
      expect(ticks.every((delay) => delay === LIVE_PERIOD)).to.equal(true);
      expect(ticks.length).to.be.within(38, 41); // 10 s at 4 a second
      expect(euros(el)).to.equal(exact(10_000));
      expect(euros(el) - 3_163_315_068).to.be.within(54, 57); // 10 s × 5.5 €
      await advance(el, clock, 60_000);
      expect(euros(el)).to.equal(exact(70_000));
      expect(spoken(el), 'the spoken text stays the final amount').to.equal(words);
    });

    it('ticks only while visible, and stops when removed', async () => {
      const clock = new ManualClock();
      const wrapper = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
      const spacer = wrapper.firstElementChild as HTMLElement;
      const el = await counter({today: TODAY, live: true}, clock, wrapper);
      await started(clock);
      await advance(el, clock, DURATION + 1000);
      const shown = euros(el);
      spacer.style.height = `${window.innerHeight * 3}px`; // pushes the counter out of view
      await waitUntil(() => clock.pending === 0, 'live updates should stop out of view', {timeout: 3000});
      await advance(el, clock, 60_000);
      expect(euros(el)).to.equal(shown);
      el.scrollIntoView();
      await started(clock);
      await advance(el, clock, LIVE_PERIOD);
      // the live amount runs from the end of the count-up, in real time, while out of view too
      expect(euros(el), 'back in view, at the real time').to.equal(exact(1000 + 60_000 + LIVE_PERIOD));
      el.remove();
      expect(clock.pending).to.equal(0);
      await advance(el, clock, 10_000);
      expect(clock.pending).to.equal(0);
    });

    it('does not tick for a closed period, an annual figure or a custom value; keeps an explicit notation', async () => {
      for (const attributes of [{until: '2022'}, {metric: 'annual'}, {metric: 'contract'}, {value: '1000'}, {today: '2027-06-01'}] as Attributes[]) {
        const clock = new ManualClock();
        const el = await counter({today: TODAY, live: true, animation: 'none', ...attributes}, clock);
        await waitUntil(() => clock.requests.length > 0 || clock.pending === 0);
        await advance(el, clock, 5000);
        expect(clock.requests, JSON.stringify(attributes)).to.deep.equal([]);
        el.parentElement!.remove(); // keeps the next one in view
      }
      const clock = new ManualClock();
      const el = await counter({today: TODAY, live: true, notation: 'long'}, clock);
      await started(clock);
      await advance(el, clock, DURATION + 1000);
      expect(digits(el)).to.equal('3,16 milliards d’euros');
    });

    it('starts ticking when live is turned on after the count-up', async () => {
      const clock = new ManualClock();
      const el = await counter({today: TODAY, notation: 'full'}, clock);
      await started(clock);
      await advance(el, clock, DURATION);
      expect(clock.pending).to.equal(0);
      el.live = true;
      await el.updateComplete;
      expect(clock.pending).to.equal(1);
      await advance(el, clock, 1000);
      expect(euros(el)).to.be.above(3_163_315_068);
    });
  });

  describe('cleanup', () => {
    type Counters = {frames: Set<number>; timers: Set<number>; intervals: Set<number>; observers: Set<IntersectionObserver>; calls: number};
    // the test's own waiting uses the real functions, kept before they are wrapped
    const realTimeout = window.setTimeout.bind(window);
    const sleep = (ms: number) => new Promise((resolve) => realTimeout(resolve, ms));
    async function poll(predicate: () => boolean, message: string, timeout = 3000) {
      const start = performance.now();
      while (!predicate()) {
        if (performance.now() - start > timeout) throw new Error(message);
        await sleep(20);
      }
    }
    let restore: () => void;
    let counts: Counters;

    beforeEach(() => {
      const saved = {
        raf: window.requestAnimationFrame,
        caf: window.cancelAnimationFrame,
        st: window.setTimeout,
        ct: window.clearTimeout,
        si: window.setInterval,
        ci: window.clearInterval,
        io: window.IntersectionObserver,
      };
      const c: Counters = (counts = {frames: new Set(), timers: new Set(), intervals: new Set(), observers: new Set(), calls: 0});
      window.requestAnimationFrame = (callback) => {
        c.calls++;
        const id = saved.raf.call(window, (t) => {
          c.frames.delete(id);
          callback(t);
        });
        c.frames.add(id);
        return id;
      };
      window.cancelAnimationFrame = (id) => {
        c.frames.delete(id);
        saved.caf.call(window, id);
      };
      window.setTimeout = ((callback: () => void, ms?: number) => {
        c.calls++;
        const id: number = saved.st.call(window, () => {
          c.timers.delete(id);
          callback();
        }, ms) as unknown as number;
        c.timers.add(id);
        return id;
      }) as typeof setTimeout;
      window.clearTimeout = (id) => {
        c.timers.delete(id as number);
        saved.ct.call(window, id);
      };
      window.setInterval = ((callback: () => void, ms?: number) => {
        c.calls++;
        const id = saved.si.call(window, callback, ms) as unknown as number;
        c.intervals.add(id);
        return id;
      }) as typeof setInterval;
      window.clearInterval = (id) => {
        c.intervals.delete(id as number);
        saved.ci.call(window, id);
      };
      window.IntersectionObserver = class extends saved.io {
        override observe(target: Element) {
          c.observers.add(this);
          super.observe(target);
        }
        override disconnect() {
          c.observers.delete(this);
          super.disconnect();
        }
      };
      restore = () => {
        Object.assign(window, {
          requestAnimationFrame: saved.raf,
          cancelAnimationFrame: saved.caf,
          setTimeout: saved.st,
          clearTimeout: saved.ct,
          setInterval: saved.si,
          clearInterval: saved.ci,
          IntersectionObserver: saved.io,
        });
      };
    });
    afterEach(() => restore());

    /** A counter on the real clock: requestAnimationFrame, setTimeout, IntersectionObserver (all wrapped). */
    async function realCounter(attributes: Attributes): Promise<FundingCounter> {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('pp-funding-counter');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === true ? '' : String(value));
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }

    async function expectNothingRunningAfter(remove: () => void) {
      remove();
      expect(counts.frames.size, 'animation frames').to.equal(0);
      expect(counts.timers.size, 'timers').to.equal(0);
      expect(counts.intervals.size, 'intervals').to.equal(0);
      expect(counts.observers.size, 'observers').to.equal(0);
      const calls = counts.calls;
      await sleep(600);
      expect(counts.calls, 'nothing scheduled after removal').to.equal(calls);
      expect(counts.frames.size + counts.timers.size + counts.intervals.size).to.equal(0);
    }

    it('counts the real frames, timers and observers (the wrappers work)', async () => {
      const el = await realCounter({today: TODAY});
      await poll(() => counts.frames.size > 0, 'the real count-up never requested a frame');
      expect(counts.observers.size).to.equal(1);
      expect(counts.calls).to.be.above(0);
      el.remove();
    });

    it('leaves no frame or observer running when removed mid-animation', async () => {
      const el = await realCounter({today: TODAY});
      await poll(() => counts.frames.size > 0, 'the real count-up never requested a frame');
      await sleep(300);
      expect(counts.frames.size).to.equal(1);
      await expectNothingRunningAfter(() => el.remove());
    });

    it('leaves no timer or observer running when removed while ticking live, and uses no interval', async () => {
      const el = await realCounter({today: TODAY, live: true});
      let ended = false;
      el.addEventListener('pp-counter-end', () => (ended = true));
      await poll(() => ended, 'the real count-up never ended', DURATION + 2000);
      await poll(() => counts.timers.size > 0, 'no live timer');
      const before = Number(digits(el).replace(/\D/g, ''));
      await sleep(LIVE_PERIOD * 3);
      expect(Number(digits(el).replace(/\D/g, '')), 'ticking in real time').to.be.above(before);
      expect(counts.frames.size).to.equal(0);
      expect(counts.intervals.size).to.equal(0);
      await expectNothingRunningAfter(() => el.remove());
    });

    it('leaves nothing running once the count-up is over (not live)', async () => {
      const el = await realCounter({today: TODAY});
      let ended = false;
      el.addEventListener('pp-counter-end', () => (ended = true));
      await poll(() => ended, 'the real count-up never ended', DURATION + 2000);
      await sleep(50);
      expect(counts.frames.size + counts.timers.size, 'nothing after the end').to.equal(0);
      expect(counts.observers.size, 'the observer stays, for live mode turned on later').to.equal(1);
      await expectNothingRunningAfter(() => el.remove());
    });

    it('starts again when moved in the page, without counting up twice', async () => {
      const clock = new ManualClock();
      const el = await counter({today: TODAY, live: true}, clock);
      let ended = 0;
      el.addEventListener('pp-counter-end', () => ended++);
      await poll(() => clock.pending > 0, 'never started');
      await advance(el, clock, DURATION);
      const other = await fixture<HTMLDivElement>(html`<div></div>`);
      other.append(el); // disconnect + connect
      expect(counts.observers.size).to.equal(1);
      await poll(() => clock.pending > 0, 'live never resumed');
      await advance(el, clock, 1000);
      expect(ended).to.equal(1);
      expect(Number(digits(el).replace(/\D/g, ''))).to.be.above(3_163_315_068);
      await expectNothingRunningAfter(() => el.remove());
      expect(clock.pending).to.equal(0);
    });
  });

  describe('invalid attributes: one message in the widget, one console warning, no exception', () => {
    const cases: Array<[string, Attributes, string, boolean]> = [
      ['value="abc"', {value: 'abc'}, 'value="abc" n’est pas valide : indiquez un montant en euros, par exemple 1250000 ou 1 250 000,50.', false],
      ['value="-5"', {value: '-5'}, 'value="-5" n’est pas valide : indiquez un montant en euros', false],
      ['value="1e400"', {value: '1e400'}, 'value="1e400" n’est pas valide', false],
      ['value of 400 digits', {value: '9'.repeat(400)}, 'value="999999999999999999999999999999999999999…" n’est pas valide', false],
      ['value="1,5,5"', {value: '1,5,5'}, 'value="1,5,5" n’est pas valide', false],
      ['since after until', {since: '2022', until: '2020'}, 'since="2022" n’est pas valide : indiquez une année entre 2008 et 2020.', true],
      ['since="2007"', {since: '2007'}, 'since="2007" n’est pas valide : indiquez une année entre 2008 et 2026.', true],
      ['until="2030"', {until: '2030'}, 'until="2030" n’est pas valide : indiquez une année entre 2008 et 2026.', true],
      ['year="1990"', {metric: 'contract', year: '1990'}, 'year="1990" n’est pas valide : indiquez une année entre 2008 et 2026.', true],
      ['year="2027"', {metric: 'contract', year: '2027'}, 'year="2027" n’est pas valide : indiquez une année entre 2008 et 2026.', true],
      ['metric="total"', {metric: 'total'}, 'metric="total" n’est pas valide : valeurs possibles : "cumulative", "annual", "contract".', true],
      ['notation="short"', {notation: 'short'}, 'notation="short" n’est pas valide : valeurs possibles : "long", "compact", "full".', true],
      ['animation="slow"', {animation: 'slow'}, 'animation="slow" n’est pas valide : valeurs possibles : "auto", "none".', true],
      ['today="x"', {today: 'x'}, 'today="x" n’est pas valide : indiquez une date au format AAAA-MM-JJ, par exemple 2026-03-15.', true],
      ['today="2026-02-30"', {today: '2026-02-30'}, 'today="2026-02-30" n’est pas valide', true],
      ['theme="purple"', {theme: 'purple'}, 'theme="purple" n’est pas valide', true],
      ['annual after the last contract', {metric: 'annual', today: '2027-06-01'}, 'aucun contrat de présence postale en vigueur en 2027 n’est connu', false],
    ];
    for (const [name, attributes, expected, figure] of cases) {
      it(name, async () => {
        const el = await counter({today: TODAY, animation: 'none', ...attributes});
        expect(problemText(el)).to.contain(expected);
        expect(warnings.messages, 'one warning').to.have.length(1);
        expect(warnings.messages[0]).to.contain('<pp-funding-counter>').and.contain(expected.slice(0, 25));
        if (figure) expect(digits(el), 'the documented fallback is shown').to.match(/\d/);
        else expect($(el, '[part="value"]'), 'no figure').to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages, 'not repeated on re-render').to.have.length(1);
      });
    }

    it('falls back to the documented defaults', async () => {
      const el = await counter({today: TODAY, animation: 'none', since: '2022', until: '2020', notation: 'short', metric: 'total'});
      // since falls back to 2008, until stays: 140×3 + 170×6 + 174×4 million
      expect(digits(el)).to.equal('2,14 milliards d’euros');
      expect(caption(el)).to.equal('prévus par les contrats de présence postale de 2008 à 2020');
      const whole = await counter({today: TODAY, animation: 'none', since: '2007', notation: 'nope'});
      expect(digits(whole)).to.equal('3,16 milliards d’euros');
      expect(caption(whole)).to.equal('prévus par les contrats de présence postale depuis 2008');
      expect($$(el, '[part="problems"] li')).to.have.length(3);
      expect(warnings.messages).to.have.length(5);
      const badToday = await counter({today: 'x', until: '2022', animation: 'none', notation: 'full'});
      expect(digits(badToday)).to.equal('2 484 000 000 €');
    });

    it('leaves a neighbour widget untouched', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const bad = await counter({today: TODAY, value: 'abc', animation: 'none'}, new ManualClock(), wrapper);
      const good = await counter({today: TODAY, since: '2020', until: '2022', animation: 'none'}, new ManualClock(), wrapper);
      expect($(good, '[part="problems"]')).to.equal(null);
      expect(digits(good)).to.equal('522 millions d’euros');
      expect(problemText(bad)).to.contain('value="abc"');
      expect(warnings.messages).to.have.length(1);
    });

    it('translates messages', async () => {
      await setLocale('en');
      const el = await counter({today: TODAY, value: 'abc'});
      expect(problemText(el)).to.equal('Widget configuration to fix: value="abc" is not valid: give an amount in euros, for example 1250000 or 1250000.50.');
      const late = await counter({today: '2027-06-01', metric: 'annual'});
      expect(problemText(late)).to.equal('Widget configuration to fix: no postal presence contract in force in 2027 is known (data as of November 2026).');
      const order = await counter({today: TODAY, since: '2022', until: '2020'});
      expect(problemText(order)).to.equal('Widget configuration to fix: since="2022" is not valid: give a year between 2008 and 2020.');
    });
  });

  describe('layout and theme', () => {
    async function inWidth(width: number, attributes: Attributes) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.width = `${width}px`;
      return counter({today: TODAY, animation: 'none', ...attributes}, new ManualClock(), wrapper);
    }

    it('reflows at 320 px: the long notation wraps, nothing overflows, in every notation and state', async () => {
      for (const attributes of [{}, {notation: 'full'}, {notation: 'compact'}, {metric: 'annual'}, {value: '123456789012345', notation: 'full', label: 'x'}, {value: 'abc'}] as Attributes[]) {
        const el = await inWidth(320, attributes);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(el.scrollWidth, JSON.stringify(attributes)).to.be.at.most(320);
        const right = el.getBoundingClientRect().right + 0.5;
        for (const node of $$(el, '*')) {
          if (node.classList.contains('visually-hidden')) continue;
          expect(node.getBoundingClientRect().right, `${JSON.stringify(attributes)} ${node.className || node.localName}`).to.be.at.most(right);
        }
      }
      const long = await inWidth(320, {});
      const value = $(long, '[part="value"]')!;
      const lineHeight = parseFloat(getComputedStyle(value).lineHeight);
      expect(value.getBoundingClientRect().height, 'two lines at least').to.be.above(lineHeight * 1.5);
      const wide = await inWidth(1000, {});
      expect($(wide, '[part="value"]')!.getBoundingClientRect().height, 'one line when there is room').to.be.below(lineHeight * 1.5);
    });

    it('uses tabular figures and no style attribute (strict CSP)', async () => {
      const el = await inWidth(600, {live: true});
      expect(getComputedStyle($(el, '[part="value"]')!).fontVariantNumeric).to.equal('tabular-nums');
      expect($$(el, '[style]')).to.have.length(0);
      expect(el.hasAttribute('style')).to.equal(false);
    });

    it('follows a dark theme and --pp-* custom properties', async () => {
      const light = await inWidth(600, {});
      const dark = await inWidth(600, {theme: 'dark'});
      expect(getComputedStyle(dark).backgroundColor).not.to.equal(getComputedStyle(light).backgroundColor);
      expect(getComputedStyle($(dark, '[part="value"]')!).color).not.to.equal(getComputedStyle($(light, '[part="value"]')!).color);
      light.style.setProperty('--pp-color-accent', 'rgb(200, 0, 100)');
      light.style.setProperty('--pp-counter-size', '3rem');
      expect(getComputedStyle($(light, '[part="value"]')!).color).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle($(light, '[part="value"]')!).fontSize).to.equal('48px');
    });

    it('stays readable in forced colours', async () => {
      await emulateMediaFeatures([{name: 'forced-colors', value: 'active'}]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await inWidth(600, {theme: 'dark'});
      const value = getComputedStyle($(el, '[part="value"]')!);
      const host = getComputedStyle(el);
      expect(value.color).not.to.equal(host.backgroundColor);
      expect(value.visibility).to.equal('visible');
      expect(value.forcedColorAdjust).not.to.equal('none');
      const bad = await inWidth(600, {value: 'abc'});
      const box = getComputedStyle($(bad, '[part="problems"]')!);
      expect(box.borderTopStyle).to.equal('solid');
      expect(parseFloat(box.borderTopWidth)).to.be.above(0);
    });
  });

  describe('accessibility (axe)', () => {
    const states: Array<[string, Attributes]> = [
      ['cumulative', {}],
      ['cumulative 2020-2022, compact', {since: '2020', until: '2022', notation: 'compact'}],
      ['cumulative, full', {notation: 'full'}],
      ['annual', {metric: 'annual'}],
      ['contract 2009', {metric: 'contract', year: '2009'}],
      ['custom value', {value: '1250000', label: 'pour notre agence postale', source: 'Mairie, 2025'}],
      ['custom value without label', {value: '1250000'}],
      ['invalid', {value: 'abc', since: '2030'}],
      ['no contract in force', {metric: 'annual', today: '2027-06-01'}],
      ['dark', {theme: 'dark'}],
      ['dark, annual', {theme: 'dark', metric: 'annual'}],
      ['live', {live: true}],
    ];
    for (const [name, attributes] of states) {
      it(`has no violation: ${name}`, async () => {
        const el = await counter({today: TODAY, animation: 'none', ...attributes});
        await expect(el).to.be.accessible();
      });
    }

    it('has no violation mid-animation', async () => {
      const clock = new ManualClock();
      const el = await counter({today: TODAY}, clock);
      await started(clock);
      await advance(el, clock, DURATION / 3);
      await expect(el).to.be.accessible();
    });

    it('has no violation under reduced motion', async () => {
      await emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
      const el = await counter({today: TODAY, metric: 'annual'});
      await expect(el).to.be.accessible();
    });

    it('has no violation in English', async () => {
      await setLocale('en');
      for (const attributes of [{}, {metric: 'annual'}, {value: 'abc'}] as Attributes[]) {
        const el = await counter({today: TODAY, animation: 'none', ...attributes});
        await expect(el).to.be.accessible();
      }
    });
  });
});
