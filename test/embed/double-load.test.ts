// The script pasted twice on one page (ES module + classic script, in both orders): every mount is
// upgraded exactly once, its children and fallback text are neither lost nor doubled, nothing throws.
import {expect} from '@open-wc/testing';
import {attributesOf, frame, normalize, settledText, until, widgetsIn} from './helpers.js';

type FrameWindow = Window & {ppErrors: string[]; ppViolations: unknown[]; PresencePostale?: object};

for (const [fixture, order] of [
  ['double.html', 'ES module first, then the classic script (defer)'],
  ['double-classic-first.html', 'classic script in <head> first (before the body is parsed), then the ES module'],
]) {
  describe(`two copies of the script: ${order}`, () => {
    let iframe: HTMLIFrameElement;
    let doc: Document;

    before(async () => {
      iframe = await frame(`/test/embed/fixtures/${fixture}`, {width: 900, height: 1200});
      doc = iframe.contentDocument!;
      await until(() => !doc.querySelector('[data-pp-widget]') && (iframe.contentWindow as FrameWindow).PresencePostale, 'both copies ran');
    });
    after(() => iframe.remove());

    it('upgrades each mount once: three widgets, one per mount, same ids', async () => {
      const widgets = widgetsIn(doc);
      expect(widgets.map((w) => `${w.localName}#${w.id}`)).to.deep.equal(['pp-funding-counter#m1', 'pp-contract-timeline#m2', 'pp-nearest-service#m3']);
      // no widget inside a widget, no mount left
      for (const w of widgets) expect(widgetsIn(w)).to.have.length(0);
      expect(doc.querySelectorAll('[data-pp-widget], [data-pp-event]')).to.have.length(0);
    });

    it('keeps every child and the fallback text once, even when the parser stopped in the middle of a mount', async () => {
      const [counter, timeline] = widgetsIn(doc);
      expect(counter.textContent).to.equal('Repli 1.');
      const events = [...timeline.querySelectorAll('pp-timeline-event')];
      expect(events.map((e) => attributesOf(e))).to.deep.equal([
        {date: '2021-03', label: 'Événement A'},
        {date: '2024', label: 'Événement B'},
      ]);
      expect(normalize(timeline.textContent)).to.equal('Texte A. Repli 2.');
      const text = await settledText(timeline);
      expect(text).to.contain('Événement A').and.contain('Événement B');
    });

    it('renders every widget, without error or warning about the second copy', async () => {
      for (const w of widgetsIn(doc)) expect(await settledText(w)).to.not.equal('');
      const win = iframe.contentWindow as FrameWindow;
      expect(win.ppErrors).to.deep.equal([]);
      expect(win.ppViolations).to.deep.equal([]);
    });

    it('upgrades a mount added afterwards once', async () => {
      const mount = doc.createElement('div');
      mount.setAttribute('data-pp-widget', 'funding-counter');
      mount.setAttribute('data-metric', 'annual');
      mount.id = 'late';
      mount.textContent = 'Repli tardif.';
      doc.body.append(mount);
      await until(() => doc.getElementById('late')?.localName === 'pp-funding-counter', 'late mount upgraded');
      await new Promise((r) => setTimeout(r, 100));
      expect(doc.querySelectorAll('#late')).to.have.length(1);
      expect(doc.getElementById('late')!.textContent).to.equal('Repli tardif.');
      expect(widgetsIn(doc)).to.have.length(4);
    });
  });
}
