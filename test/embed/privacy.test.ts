// No cookie, no storage, no request to any origin but the script's own: every request of a page with
// every widget (tags, mounts, an embed.html iframe), a search, a granted geolocation and a language
// change, recorded by the browser itself (Chrome DevTools Protocol, test/embed/wtr-embed.mjs).
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {frame, settledText, shadowText, until, widgetsIn} from './helpers.js';

interface NetLog {
  requests: {url: string; type: string}[];
  setCookies: string[];
  cookies: {name: string; domain: string}[];
}
type FrameWindow = Window & {ppStorageUse: string[]; ppErrors: string[]};

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** What the page holds after the widgets ran (read after checking the spy's log: reading is a use too). */
async function storageOf(win: Window): Promise<Record<string, number>> {
  const w = win as Window & typeof globalThis;
  return {
    localStorage: w.localStorage.length,
    sessionStorage: w.sessionStorage.length,
    cookies: w.document.cookie.length,
    indexedDB: (await w.indexedDB.databases()).length,
    caches: (await w.caches.keys()).length,
    serviceWorkers: (await w.navigator.serviceWorker.getRegistrations()).length,
  };
}
const NOTHING = {localStorage: 0, sessionStorage: 0, cookies: 0, indexedDB: 0, caches: 0, serviceWorkers: 0};

describe('privacy: requests, cookies and storage of a page with every widget', () => {
  before(() => executeServerCommand('pp-media', [{name: 'prefers-reduced-motion', value: 'reduce'}]));

  it('control: the recorder sees a request to another origin, and the spy sees storage use', async () => {
    await executeServerCommand('pp-netlog-start');
    const iframe = await frame('/test/embed/fixtures/all-widgets.html', {width: 400, height: 300});
    const win = iframe.contentWindow as FrameWindow & typeof globalThis;
    await win.fetch('http://example.invalid/tracker.gif').catch(() => undefined);
    win.localStorage.setItem('pp-control', '1');
    const log = (await executeServerCommand('pp-netlog-stop')) as NetLog;
    expect(log.requests.map((r) => r.url)).to.include('http://example.invalid/tracker.gif');
    expect(win.ppStorageUse).to.include('Storage.setItem');
    expect((await storageOf(win)).localStorage).to.equal(1);
    win.localStorage.removeItem('pp-control');
    iframe.remove();
  });

  it('makes requests to its own origin only, sets no cookie and stores nothing', async () => {
    await executeServerCommand('pp-netlog-start');
    const iframe = await frame('/test/embed/fixtures/all-widgets.html', {width: 1000, height: 2000});
    const win = iframe.contentWindow as FrameWindow;
    const doc = iframe.contentDocument!;
    await until(() => !doc.querySelector('[data-pp-widget]'), 'mounts upgraded');
    for (const el of widgetsIn(doc)) await settledText(el);

    // a visitor's search
    const search = doc.getElementById('nearest-search')!;
    const input = $(search, 'input') as HTMLInputElement;
    input.value = '72350';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    ($(search, 'form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => search.shadowRoot!.querySelectorAll('.choose button').length > 1, 'communes of 72350 to choose from');
    search.shadowRoot!.querySelector<HTMLButtonElement>('.choose button')!.click();
    await until(() => /résultats? pour/.test(shadowText(search)) && !search.shadowRoot!.querySelector('.skeleton'), 'search results');

    // a visitor's position, granted (the position stays in the browser)
    await executeServerCommand('pp-geolocation', {permission: 'granted', lat: 48.8566, lon: 2.3522});
    const byPosition = doc.getElementById('nearest-position')!;
    [...byPosition.shadowRoot!.querySelectorAll('button')].find((b) => /Utiliser ma position/.test(b.textContent!))!.click();
    await until(() => /Pour votre position/.test(shadowText(byPosition)) && byPosition.shadowRoot!.querySelector('.point'), 'results near the position');

    // a contract's details, the English catalog, and the iframe embed
    const timeline = doc.getElementById('timeline')!;
    $(timeline, 'details summary').click();
    doc.documentElement.lang = 'en';
    await until(() => /In force/.test(shadowText(timeline)), 'English');
    const embed = doc.createElement('iframe');
    embed.src = '/dist/embed.html?widget=nearest-service&commune=97411&lang=en';
    doc.body.append(embed);
    await until(() => embed.contentDocument?.querySelector('pp-nearest-service')?.shadowRoot?.querySelector('.point'), 'embed.html rendered');

    const log = (await executeServerCommand('pp-netlog-stop')) as NetLog;
    const urls = log.requests.map((r) => r.url);
    // the recording saw the widgets' own files (it is not empty for a wrong reason)…
    for (const file of ['/dist/presence-postale.js', '/dist/locales/en.json', '/dist/data/contract-texts.json', '/dist/embed.html', '/dist/embed.js']) {
      expect(urls.some((u) => new URL(u).pathname === file), file).to.equal(true);
    }
    expect(urls.filter((u) => new URL(u).pathname.startsWith('/dist/data/')).length).to.be.greaterThan(5);
    // …and nothing else than this origin
    expect(urls.filter((u) => !u.startsWith(`${location.origin}/`))).to.deep.equal([]);
    // the position is not in any request
    expect(urls.filter((u) => u.includes('48.85') || u.includes('2.352'))).to.deep.equal([]);
    expect(log.setCookies).to.deep.equal([]);
    expect(log.cookies).to.deep.equal([]);
    expect(win.ppStorageUse).to.deep.equal([]);
    expect(await storageOf(win)).to.deep.equal(NOTHING);
    expect(await storageOf(embed.contentWindow!)).to.deep.equal(NOTHING);
    expect(win.ppErrors).to.deep.equal([]);
    iframe.remove();
  });
});
