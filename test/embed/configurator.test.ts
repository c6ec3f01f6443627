// The configurator (source): controls generated from custom-elements.json, accessibility (axe, keyboard),
// the language, and snippets that survive any text.
import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {createConfigurator, type Configurator} from '../../src/configurator/configurator.js';
import {attributeSpec, mountSnippet, tagSnippet, widgetsFromManifest, type Config, type Manifest} from '../../src/configurator/model.js';
import {setAssetBase} from '../../src/shared/assets.js';
import {setLocale} from '../../src/shared/i18n.js';
import {settledText, shadowText, until} from './helpers.js';

const INFO = {version: '0.1.0', integrity: {'presence-postale.js': 'sha384-test', 'embed-resizer.js': 'sha384-resizer'}, embedPage: 'https://example.org/widgets/embed.html'};
let manifest: Manifest;

function mountConfigurator(options: Partial<Parameters<typeof createConfigurator>[1]> = {}): {root: HTMLElement; ui: Configurator} {
  const root = document.createElement('main');
  document.body.append(root);
  const ui = createConfigurator(root, {manifest, info: INFO, setLocale, ...options});
  return {root, ui};
}
const labelled = (root: Element, text: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return root.ownerDocument.getElementById(label.htmlFor) as HTMLInputElement & HTMLSelectElement;
};

describe('configurator', () => {
  before(async () => {
    setAssetBase('/dist/');
    manifest = await (await fetch('/custom-elements.json')).json();
    await executeServerCommand('pp-media', [{name: 'prefers-reduced-motion', value: 'reduce'}]);
  });
  after(async () => {
    setAssetBase(undefined);
    await setLocale('fr');
  });

  describe('options read from custom-elements.json', () => {
    it('finds the three widgets, their real attributes and the control each needs', () => {
      const widgets = widgetsFromManifest(manifest);
      expect(widgets.map((w) => w.name)).to.deep.equal(['contract-timeline', 'funding-counter', 'nearest-service']);
      const counter = Object.fromEntries(widgets[1].attributes.map((a) => [a.name, a]));
      expect(Object.keys(counter)).to.include.members(['metric', 'year', 'since', 'until', 'value', 'label', 'source', 'notation', 'animation', 'live', 'theme']);
      expect(counter.metric).to.include({kind: 'choice', defaultValue: 'cumulative'});
      expect(counter.metric.options).to.deep.equal(['cumulative', 'annual', 'contract']);
      expect(counter.notation.options).to.deep.equal(['long', 'compact', 'full']);
      expect(counter.animation.options).to.deep.equal(['auto', 'none']);
      expect(counter.theme.options).to.deep.equal(['auto', 'light', 'dark']);
      expect(counter.live.kind).to.equal('boolean');
      expect(counter.since).to.include({kind: 'number', min: 2008, max: 2026});
      const nearest = Object.fromEntries(widgets[2].attributes.map((a) => [a.name, a]));
      expect(nearest.types).to.include({kind: 'list'});
      expect(nearest.types.options).to.deep.equal(['bureau', 'agence-communale', 'agence-intercommunale', 'relais', 'france-services']);
      expect(nearest.limit).to.include({kind: 'number', min: 1, max: 20});
      expect(nearest['heading-level']).to.include({min: 2, max: 6});
      // test-only and hosting attributes, and the manifest's internal state, are not offered
      for (const widget of widgets) {
        const names = widget.attributes.map((a) => a.name);
        expect(names).to.not.include.members(['today', 'now', 'data-base', 'view', 'announcement', 'texts']);
      }
      expect(widgets[0].children.map((c) => [c.tag, c.attributes.map((a) => a.name)])).to.deep.equal([['pp-timeline-event', ['date', 'label', 'href']]]);
      expect(widgets[0].attributes.find((a) => a.name === 'orientation')!.options).to.deep.equal(['auto', 'vertical', 'horizontal']);
    });

    it('offers an attribute added tomorrow, by itself: labelled with its name and its English description', async () => {
      const future = structuredClone(manifest);
      const counter = future.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'pp-funding-counter')!;
      counter.attributes!.push({name: 'future-mode', type: {text: 'Mode | string'}, default: "'fast'", description: '`fast` counts quickly, `slow` takes its time.'});
      const observed = (tag: string) => [...((customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes ?? []), 'future-mode'];
      const {root, ui} = mountConfigurator({manifest: future, observed, initial: {widget: 'funding-counter'}});
      const select = labelled(root, 'future-mode');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['fast (par défaut)', 'slow']);
      const hint = root.querySelector(`#${select.getAttribute('aria-describedby')}`)!;
      expect(hint.getAttribute('lang')).to.equal('en');
      expect(hint.textContent).to.contain('counts quickly');
      select.value = 'slow';
      select.dispatchEvent(new Event('change'));
      expect(ui.snippets().tag).to.contain('<pp-funding-counter future-mode="slow">');
      expect(ui.snippets().mount).to.contain('data-future-mode="slow"');
      expect(ui.snippets().iframe).to.contain('future-mode=slow');
      expect(ui.preview()!.getAttribute('future-mode')).to.equal('slow');
      root.remove();
    });

    it('guesses controls from the type and the description alone', () => {
      expect(attributeSpec({name: 'x', type: {text: 'boolean'}}, [])).to.include({kind: 'boolean'});
      expect(attributeSpec({name: 'x', type: {text: 'string'}, default: "'a'", description: '`a` or `b`'}, [])).to.include({kind: 'choice'});
      expect(attributeSpec({name: 'x', type: {text: 'string'}, description: 'see `other` and `x`'}, ['other', 'x'])).to.include({kind: 'text'});
      expect(attributeSpec({name: 'x', type: {text: 'string | number'}, description: 'From 3 to 9.'}, [])).to.include({kind: 'number', min: 3, max: 9});
    });
  });

  describe('the page', () => {
    it('is accessible (axe) for each widget, with a milestone, commune results and the advanced settings open', async () => {
      const {root, ui} = mountConfigurator();
      for (const widget of ui.widgets) {
        ui.set({widget: widget.name});
        await settledText(ui.preview()!);
        await expect(root).to.be.accessible();
      }
      ui.set({widget: 'contract-timeline'});
      root.querySelector<HTMLButtonElement>('.ppc-events + button, .ppc-secondary')!.click();
      root.querySelector<HTMLDetailsElement>('details.ppc-advanced')!.open = true;
      await expect(root).to.be.accessible();
      ui.set({widget: 'nearest-service'});
      const search = root.querySelector<HTMLInputElement>('.ppc-commune input')!;
      search.value = 'saint-';
      search.dispatchEvent(new Event('input'));
      await until(() => root.querySelectorAll('.ppc-result').length > 3, 'results');
      await expect(root).to.be.accessible();
      root.remove();
    });

    it('is usable with the keyboard alone: search a commune, pick it, find it in the snippets', async () => {
      const {root, ui} = mountConfigurator({initial: {widget: 'nearest-service'}});
      const search = root.querySelector<HTMLInputElement>('.ppc-commune input')!;
      search.focus();
      await sendKeys({type: 'brulon'});
      await until(() => root.querySelector('.ppc-result'), 'results');
      expect(root.querySelector('.ppc-commune [role="status"]')!.textContent).to.match(/^\d+ communes? :/);
      await sendKeys({press: 'Tab'});
      expect(document.activeElement!.textContent).to.match(/^Brûlon 72350/);
      await sendKeys({press: 'Enter'});
      await ui.ready();
      expect(ui.config().attributes.commune).to.equal('72050');
      expect(document.activeElement).to.equal(root.querySelector('.ppc-commune input'));
      expect(root.querySelector('.ppc-chosen')!.textContent).to.contain('Brûlon').and.contain('72050');
      expect(ui.snippets().tag).to.contain('<pp-nearest-service commune="72050">');
      expect(ui.snippets().mount).to.contain('<div data-pp-widget="nearest-service" data-commune="72050">');
      expect(ui.snippets().iframe).to.contain('title="Service postal le plus proche de Brûlon"').and.not.contain('allow="geolocation"');
      expect(await settledText(ui.preview()!)).to.contain('Pour Brûlon (72350)');
      root.remove();
    });

    it('switches the preview’s language; the snippets say how the page sets it', async () => {
      const {root, ui} = mountConfigurator({initial: {widget: 'contract-timeline'}});
      root.querySelector<HTMLInputElement>('input[type="radio"][value="en"]')!.click();
      await ui.ready();
      await until(() => /In force/.test(shadowText(ui.preview()!)), 'English preview');
      expect(ui.snippets().tag).to.match(/^<!-- Les widgets suivent la langue de la page : .*<html lang="en">/);
      expect(ui.snippets().iframe).to.contain('&amp;lang=en').and.contain('title="Timeline of the postal presence contracts"');
      root.querySelector<HTMLInputElement>('input[type="radio"][value="fr"]')!.click();
      await ui.ready();
      await until(() => /En cours/.test(shadowText(ui.preview()!)), 'French preview');
      root.remove();
    });

    it('uses versioned CDN URLs with SRI by default, the site’s own copy without them', () => {
      const {root, ui} = mountConfigurator({initial: {widget: 'funding-counter'}});
      expect(ui.snippets().tag).to.contain(
        '<script type="module" src="https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.1.0/dist/presence-postale.js" integrity="sha384-test" crossorigin="anonymous"></script>',
      );
      expect(ui.snippets().iframe).to.contain('src="https://example.org/widgets/embed.html?widget=funding-counter"');
      expect(ui.snippets().iframe).to.contain('<script async src="https://cdn.jsdelivr.net/npm/presence-postale-widgets@0.1.0/dist/embed-resizer.js" integrity="sha384-resizer" crossorigin="anonymous"></script>');
      root.querySelector<HTMLInputElement>('input[type="radio"][value="self"]')!.click();
      const path = labelled(root, 'Adresse du dossier copié');
      expect(path.disabled).to.equal(false);
      path.value = '/assets/pp';
      path.dispatchEvent(new Event('input'));
      ui.set({});
      expect(ui.snippets().tag).to.contain('<script type="module" src="/assets/pp/presence-postale.js"></script>');
      expect(ui.snippets().iframe).to.contain('src="/assets/pp/embed.html?widget=funding-counter"').and.contain('<script async src="/assets/pp/embed-resizer.js"></script>');
      root.remove();
    });
  });

  describe('snippets', () => {
    const config: Config = {
      widget: 'contract-timeline',
      attributes: {from: '2017', compact: true, orientation: ''},
      children: [{attributes: {date: '2019-09', label: 'L’agence "Centre" <ouvre> & plus', href: '/a?b=1&c=2'}, text: 'Texte <b>gras</b> & "cité"'}],
      fallback: 'Repli <script>alert(1)</script> & "fin"',
      lang: 'fr',
      hosting: 'self',
      path: '/dist/',
    };

    it('escape every value: parsed back, the same attributes and texts, no element injected', () => {
      for (const snippet of [tagSnippet(config, INFO), mountSnippet(config, INFO)]) {
        const doc = new DOMParser().parseFromString(snippet, 'text/html');
        const widget = doc.querySelector('pp-contract-timeline, [data-pp-widget]')!;
        const event = widget.querySelector('pp-timeline-event, [data-pp-event]')!;
        const attr = (el: Element, name: string) => el.getAttribute(name) ?? el.getAttribute(`data-${name}`);
        expect(attr(widget, 'from')).to.equal('2017');
        expect(attr(widget, 'compact')).to.equal('');
        expect(widget.hasAttribute('orientation') || widget.hasAttribute('data-orientation')).to.equal(false);
        expect(attr(event, 'label')).to.equal('L’agence "Centre" <ouvre> & plus');
        expect(attr(event, 'href')).to.equal('/a?b=1&c=2');
        expect(event.textContent).to.equal('Texte <b>gras</b> & "cité"');
        expect(widget.querySelectorAll('b, script')).to.have.length(0);
        expect(doc.querySelectorAll('script')).to.have.length(1); // the widgets' script only
        expect(widget.textContent).to.contain('Repli <script>alert(1)</script> & "fin"');
      }
    });
  });
});
