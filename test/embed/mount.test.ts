// The custom tag and the data-attribute mount points of the built bundle (dist/presence-postale.js):
// mounts present before the script, added later, nested, and what is (not) copied onto the widget.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {captureWarnings} from '../helpers/console.js';
import {attributesOf, normalize, settledText, shadowText, until} from './helpers.js';

const BUNDLE = '/dist/presence-postale.js';
type Api = {upgradeMounts: (root?: ParentNode) => void};

/** Adds HTML to the test page (the test page has no CSP: innerHTML is fine here). */
function add(html: string): HTMLElement {
  const box = document.createElement('section');
  box.innerHTML = html;
  document.body.append(box);
  return box;
}

describe('custom tag and data-pp-widget mounts (dist/presence-postale.js)', () => {
  let api: Api;
  let initial: {mountHeight: number; mountText: string};
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    await executeServerCommand('pp-media', [{name: 'prefers-reduced-motion', value: 'reduce'}]);
    warnings = captureWarnings();
    // in the page before the script, as a CMS writes them
    add(`
      <pp-funding-counter id="tag-counter" since="2020" until="2022" notation="full">Repli de la balise.</pp-funding-counter>
      <div id="counter" class="a b" lang="fr" data-pp-widget="funding-counter" data-since="2020" data-until="2022" data-notation="full" data-onclick="window.pwned = 1" data-hidden="">Repli du compteur.</div>
      <div id="timeline" data-pp-widget="contract-timeline" data-from="2017" data-to="2026" data-compact data-today="2026-11-27" data-heading-level="3">
        <div data-pp-event data-date="2019-09" data-label="Ouverture de l’agence postale" data-href="/mairie">À la mairie.</div>
        <div data-pp-event data-date="2024-03-15" data-label="Labellisation France services"></div>
        Repli de la frise.
      </div>
      <div id="nearest" data-pp-widget="nearest-service" data-commune="72050" data-base="/dist/" data-now="2026-11-24T10:00">Repli du service.</div>
      <div id="nearest2" data-pp-widget="nearest-service" data-commune="72050" data-data-base="/dist/" data-now="2026-11-24T10:00"></div>
      <div id="unknown" data-pp-widget="funding-countre" data-since="2020">Repli d’un nom mal écrit.</div>`);
    const mount = document.getElementById('counter')!;
    initial = {mountHeight: mount.getBoundingClientRect().height, mountText: mount.innerText};
    api = await import(BUNDLE);
  });
  after(() => warnings.restore());

  it('shows the fallback text of a mount before the script runs', () => {
    expect(initial.mountHeight).to.be.greaterThan(0);
    expect(initial.mountText).to.equal('Repli du compteur.');
  });

  it('upgrades a mount into the widget: data-NAME → NAME, other attributes kept, fallback kept but hidden', async () => {
    const el = await until(() => document.querySelector('pp-funding-counter#counter'), 'mount upgraded');
    expect(document.querySelector('div#counter')).to.equal(null);
    expect(attributesOf(el)).to.deep.equal({
      class: 'a b',
      'data-hidden': '',
      'data-onclick': 'window.pwned = 1',
      id: 'counter',
      lang: 'fr',
      notation: 'full',
      since: '2020',
      theme: 'auto', // reflected by the widget
      until: '2022',
    });
    // the fallback text moved into the widget's light DOM, not rendered once the widget renders
    expect(el.textContent).to.equal('Repli du compteur.');
    const text = await settledText(el);
    expect((el as HTMLElement).innerText.trim()).to.equal('');
    // the same widget as the tag written by hand
    expect(text).to.equal(await settledText(document.getElementById('tag-counter')!));
    expect(text).to.match(/522 000 000 €/);
  });

  it('copies data-* onto the widget only for its own attributes: no onclick from data-onclick', () => {
    const el = document.getElementById('counter')!;
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('hidden')).to.equal(false);
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('turns data-pp-event children into <pp-timeline-event>s, before the timeline reads them', async () => {
    const el = document.getElementById('timeline')!;
    expect(el.localName).to.equal('pp-contract-timeline');
    expect(attributesOf(el)).to.deep.equal({compact: '', from: '2017', 'heading-level': '3', id: 'timeline', theme: 'auto', to: '2026', today: '2026-11-27'});
    const events = [...el.children];
    expect(events.map((e) => e.localName)).to.deep.equal(['pp-timeline-event', 'pp-timeline-event']);
    expect(attributesOf(events[0])).to.deep.equal({date: '2019-09', href: '/mairie', label: 'Ouverture de l’agence postale'});
    expect(events[0].textContent).to.equal('À la mairie.');
    expect(attributesOf(events[1])).to.deep.equal({date: '2024-03-15', label: 'Labellisation France services'});
    const text = await settledText(el);
    expect(text).to.contain('Ouverture de l’agence postale').and.contain('Labellisation France services').and.contain('Contrat 2017-2019');
    expect(text).to.not.contain('Configuration du widget');
    expect(normalize(el.textContent)).to.equal('À la mairie. Repli de la frise.');
  });

  it('keeps nearest-service’s own data-base as data-base (and accepts data-data-base)', async () => {
    for (const id of ['nearest', 'nearest2']) {
      const el = document.getElementById(id)!;
      expect(el.localName).to.equal('pp-nearest-service');
      expect(el.getAttribute('data-base')).to.equal('/dist/');
      expect(el.hasAttribute('base')).to.equal(false);
      expect(await settledText(el)).to.contain('Pour Brûlon (72350)');
    }
  });

  it('leaves a mount with an unknown name as it is, with its fallback, and warns once', async () => {
    const mount = document.getElementById('unknown')!;
    expect(mount.localName).to.equal('div');
    expect(mount.textContent).to.equal('Repli d’un nom mal écrit.');
    // more changes in the page: scanned again, not warned again
    add('<p>autre contenu</p>');
    await until(() => document.querySelectorAll('section').length > 1, 'change observed');
    await new Promise((r) => setTimeout(r, 50));
    const about = warnings.messages.filter((m) => m.includes('funding-countre'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('widget inconnu');
  });

  it('upgrades mounts added later: appended, written with innerHTML, nested in a new container', async () => {
    const one = document.createElement('div');
    one.dataset.ppWidget = 'funding-counter';
    one.dataset.metric = 'annual';
    one.id = 'later-1';
    one.textContent = 'Repli tardif.';
    document.body.append(one);
    const box = add('<article><div><div id="later-2" data-pp-widget="contract-timeline" data-compact data-today="2026-11-27"><div data-pp-event data-date="2010" data-label="Événement ajouté"></div></div></div></article>');
    box.insertAdjacentHTML('beforeend', '<div id="later-3" data-pp-widget="nearest-service" data-postcode="72350" data-base="/dist/"></div>');
    const [a, b, c] = await until(() => {
      const found = ['later-1', 'later-2', 'later-3'].map((id) => document.getElementById(id));
      return found.every((el) => el && el.localName.startsWith('pp-')) && found;
    }, 'later mounts upgraded');
    expect([a!.localName, b!.localName, c!.localName]).to.deep.equal(['pp-funding-counter', 'pp-contract-timeline', 'pp-nearest-service']);
    expect(a!.getAttribute('metric')).to.equal('annual');
    expect(await settledText(a!)).to.match(/par an/);
    expect(await settledText(b!)).to.contain('Événement ajouté');
    expect(await settledText(c!)).to.match(/Brûlon|Avessé|choisissez|laquelle/i);
    expect(document.querySelectorAll('[data-pp-widget], [data-pp-event]')).to.have.length(1); // only the unknown one
  });

  it('upgrades mounts in a shadow root on request (upgradeMounts), which the observer cannot see', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    const mount = document.createElement('div');
    mount.setAttribute('data-pp-widget', 'funding-counter');
    mount.setAttribute('data-metric', 'annual');
    root.append(mount);
    await new Promise((r) => setTimeout(r, 50));
    expect(root.firstElementChild!.localName).to.equal('div');
    api.upgradeMounts(root);
    expect(root.firstElementChild!.localName).to.equal('pp-funding-counter');
    expect(await settledText(root.firstElementChild!)).to.match(/par an/);
  });

  it('a widget written as a custom tag renders too (the path without mounts)', async () => {
    const el = document.getElementById('tag-counter')!;
    expect(shadowText(el)).to.match(/522 000 000 €/);
    expect(el.textContent).to.equal('Repli de la balise.');
  });
});
