// dist/embed.html (one widget in an iframe, from its URL) with its height messages, and
// dist/embed-resizer.js, which applies them only for the right frame and origin.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {planEmbed} from '../../src/embed/embed-page.js';
import '../../src/index.js';
import {attributesOf, frame, settledText, sleep, until} from './helpers.js';

/** The widget embed.html made (not its <noscript>, before embed.js replaces it). */
const EMBEDDED = ['pp-contract-timeline', 'pp-funding-counter', 'pp-nearest-service'].map((t) => `#pp-embed > ${t}`).join(', ');

interface HeightMessage {
  type: string;
  id: string | null;
  height: number;
}

/** Every pp-embed-height message this page receives, with the window and origin it came from. */
const received: {data: HeightMessage; source: MessageEventSource | null; origin: string}[] = [];
addEventListener('message', (e) => e.data?.type === 'pp-embed-height' && received.push({data: e.data, source: e.source, origin: e.origin}));
const messagesFrom = (iframe: HTMLIFrameElement) => received.filter((m) => m.source === iframe.contentWindow);

const widgetIn = (iframe: HTMLIFrameElement) => iframe.contentDocument!.querySelector(EMBEDDED);
const problemsIn = (iframe: HTMLIFrameElement) => (iframe.contentDocument!.querySelector<HTMLElement>('.pp-embed-problems')?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('embed.html parameters (planEmbed)', () => {
  it('takes the widget, its attributes, lang, id and timeline events', () => {
    const plan = planEmbed('?widget=contract-timeline&from=2017&compact=&lang=en&id=frise-1&event=2019-09|Agency opened|/town&event=2024|Label');
    expect(plan).to.deep.equal({
      tag: 'pp-contract-timeline',
      attributes: [
        ['from', '2017'],
        ['compact', ''],
      ],
      events: [
        ['2019-09', 'Agency opened', '/town'],
        ['2024', 'Label'],
      ],
      lang: 'en',
      id: 'frise-1',
      problems: [],
    });
  });

  it('explains an unknown or missing widget, in the page’s language', () => {
    expect(planEmbed('?widget=compteur').problems[0]).to.equal('Widget inconnu : « compteur ». Widgets possibles : contract-timeline, funding-counter, nearest-service.');
    expect(planEmbed('?widget=compteur&lang=en').problems[0]).to.match(/^Unknown widget: “compteur”/);
    expect(planEmbed('').problems[0]).to.match(/^Indiquez le widget dans l’adresse/);
    expect(planEmbed('?widget=timeline-event').tag).to.equal(undefined);
    expect(planEmbed('?widget=funding-counter', []).problems[0]).to.match(/n’a pas pu être chargé/);
  });

  it('ignores, with a message, unknown parameters, data-base, a bad lang, id or event', () => {
    const plan = planEmbed('?widget=funding-counter&sinse=2020&data-base=https://evil.example/&lang=de&id=a%20b&event=2019|x&since=2020');
    expect(plan.tag).to.equal('pp-funding-counter');
    expect(plan.attributes).to.deep.equal([['since', '2020']]);
    expect(plan.lang).to.equal('fr');
    expect(plan.id).to.equal(null);
    expect(plan.problems).to.have.length(5);
    expect(plan.problems.join('\n')).to.contain('« sinse »').and.contain('« data-base »').and.contain('lang="de"').and.contain('id="a b"').and.contain('« event »');
  });
});

describe('dist/embed.html in an iframe', () => {
  before(() => executeServerCommand('pp-media', [{name: 'prefers-reduced-motion', value: 'reduce'}]));

  it('renders the widget of the URL and posts its height, with the id, to the parent', async () => {
    const iframe = await frame('/dist/embed.html?widget=funding-counter&metric=annual&id=compteur', {width: 400, height: 100});
    const widget = await until(() => widgetIn(iframe), 'widget in the frame');
    expect(widget.localName).to.equal('pp-funding-counter');
    expect(attributesOf(widget)).to.deep.equal({metric: 'annual', theme: 'auto'});
    expect(await settledText(widget)).to.match(/par an/);
    expect(problemsIn(iframe)).to.equal('');
    const doc = iframe.contentDocument!;
    await until(() => messagesFrom(iframe).at(-1)?.data.height === Math.ceil(doc.documentElement.getBoundingClientRect().height), 'height message');
    const last = messagesFrom(iframe).at(-1)!;
    expect(last.data).to.deep.include({type: 'pp-embed-height', id: 'compteur'});
    expect(last.data.height).to.be.greaterThan(60);
    expect(last.origin).to.equal(location.origin);
    iframe.remove();
  });

  it('follows lang=en and theme=dark, and the timeline events', async () => {
    const iframe = await frame('/dist/embed.html?widget=contract-timeline&compact&theme=dark&today=2026-11-27&lang=en&event=2019-09|Post office agency opened', {width: 600, height: 300});
    const widget = await until(() => widgetIn(iframe), 'widget in the frame');
    expect(iframe.contentDocument!.documentElement.lang).to.equal('en');
    expect(iframe.contentDocument!.title).to.equal('Postal presence — widget');
    expect(widget.getAttribute('theme')).to.equal('dark');
    const text = await settledText(widget);
    expect(text).to.contain('In force').and.contain('Post office agency opened');
    iframe.remove();
  });

  it('says what is wrong with the address, in the page, and still reports its height', async () => {
    const iframe = await frame('/dist/embed.html?widget=compteur&id=x', {width: 400, height: 100});
    await until(() => problemsIn(iframe), 'message in the page');
    expect(problemsIn(iframe)).to.equal(
      'Adresse du widget à corriger Widget inconnu : « compteur ». Widgets possibles : contract-timeline, funding-counter, nearest-service.',
    );
    expect(widgetIn(iframe)).to.equal(null);
    await until(() => messagesFrom(iframe).at(-1)?.data.height, 'height message');
    iframe.remove();

    const typo = await frame('/dist/embed.html?widget=funding-counter&sinse=2020', {width: 400, height: 100});
    await until(() => problemsIn(typo), 'message in the page');
    expect(problemsIn(typo)).to.contain('Paramètre inconnu : « sinse » (ignoré)').and.contain('since');
    expect(await settledText(await until(() => widgetIn(typo), 'widget'))).to.match(/milliards/);
    typo.remove();
  });
});

describe('dist/embed-resizer.js on the host page', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed-resizer.js';
    const loaded = new Promise((resolve) => (script.onload = resolve));
    document.head.append(script);
    await loaded;
  });

  it('fits the frame to its content, and again when the content grows', async () => {
    const iframe = await frame('/dist/embed.html?widget=contract-timeline&compact&today=2026-11-27', {width: 700, height: 50});
    const content = () => Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);
    await until(() => iframe.style.height === `${content()}px` && content() > 200, 'frame resized to its content');
    expect(iframe.getBoundingClientRect().height).to.be.closeTo(content() + 4, 4); // + the default 2px borders
    const before = content();
    widgetIn(iframe)!.removeAttribute('compact');
    await until(() => content() > before && iframe.style.height === `${content()}px`, 'frame resized again');
    iframe.remove();
  });

  it('ignores a message that does not come from one of the page’s frames', async () => {
    const iframe = await frame('/dist/embed.html?widget=funding-counter', {width: 400, height: 50});
    await until(() => iframe.style.height, 'first resize');
    const height = iframe.style.height;
    window.postMessage({type: 'pp-embed-height', id: null, height: 3000}, '*');
    await until(() => received.some((m) => m.source === window && m.data.height === 3000), 'forged message delivered');
    await sleep(50);
    expect(iframe.style.height).to.equal(height);
    iframe.remove();
  });

  it('ignores a frame whose content is not from the origin its src names', async () => {
    // the frame's src is on this origin; it then goes to the same page on 127.0.0.1 (another origin)
    const other = new URL(`/dist/embed.html?widget=funding-counter&id=elsewhere`, location.href);
    other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const iframe = document.createElement('iframe');
    iframe.src = `/test/embed/fixtures/redirect.html#${encodeURIComponent(other.href)}`;
    iframe.height = '50';
    document.body.append(iframe);
    await until(() => received.some((m) => m.source === iframe.contentWindow && m.data.id === 'elsewhere'), 'message from the other origin');
    expect(received.find((m) => m.data.id === 'elsewhere')!.origin).to.equal(other.origin);
    await sleep(50);
    expect(iframe.style.height).to.equal('');
    iframe.remove();
  });
});
