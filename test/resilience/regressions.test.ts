// Bugs the resilience suites found, each reduced to its smallest reproduction; fixed, kept as regression tests.
// The fuzz suite (fuzz.test.ts) and the registry (registry.test.ts) fail on the same inputs.
import {expect} from '@open-wc/testing';
import '../../src/contract-timeline/pp-contract-timeline.js';
import {captureWarnings} from '../helpers/console.js';
import {WIDGETS, create, problemsText, settled} from './widgets.js';

const timeline = WIDGETS.find((w) => w.tag === 'pp-contract-timeline')!;

describe('regression: <pp-contract-timeline> with orientation = null (property)', () => {
  // src/contract-timeline/contract-timeline.ts: `this.orientation.toLowerCase()` when parseKeyword() took a
  // blank value as valid. Fix: lower-case the parsed keyword (or `String(this.orientation ?? 'auto')`).
  it('renders with the default orientation, no exception', async () => {
    const warnings = captureWarnings();
    const el = create(timeline) as HTMLElement & {orientation: unknown};
    document.body.append(el);
    try {
      await settled(el);
      el.orientation = null;
      await settled(el);
      expect(timeline.hasContent(el)).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="list"]')!.classList.contains('auto')).to.equal(true);
    } finally {
      el.remove();
      warnings.restore();
    }
  });
});

describe('regression: <pp-timeline-event> without a label names the attribute', () => {
  // It reads `pp-timeline-event="" n’est pas valide : le libellé et la date de l’événement sont obligatoires.`
  // (as if the element had a value, and without `label`). Fix: report the problem on
  // 'pp-timeline-event label' (and 'pp-timeline-event date' for a missing date), as the other attributes are.
  it('says label="" is what to fix', async () => {
    const warnings = captureWarnings();
    const el = create(timeline);
    el.querySelector('pp-timeline-event')!.setAttribute('label', '');
    document.body.append(el);
    try {
      await settled(el);
      expect(problemsText(el)).to.contain('label');
    } finally {
      el.remove();
      warnings.restore();
    }
  });
});

const nearest = WIDGETS.find((w) => w.tag === 'pp-nearest-service')!;

describe('regression: <pp-nearest-service> with a number as its types property', () => {
  // src/nearest-service/nearest-service.ts configure(): `(this.types ?? '').split(',')` — a number (`el.types = 0`,
  // a framework binding a numeric value) has no split(): a TypeError in willUpdate, so every update of the
  // element rejects (unhandled, from the widget's own requestUpdate() calls) and it stays on its last render.
  // Every other attribute goes through text() or a parser that takes any value. Fix: `String(this.types ?? '')`
  // (as text() does), which makes 0 an invalid keyword like "poste". (Any number fails the same way.)
  before(() => nearest.load());

  it('.types = 0: the problems message naming types, the points of every type, no exception', async () => {
    const warnings = captureWarnings();
    const el = create(nearest) as HTMLElement & {types: unknown};
    document.body.append(el);
    try {
      await settled(el);
      el.types = 0;
      await settled(el);
      expect(problemsText(el)).to.contain('types="0"');
      expect(nearest.hasContent(el)).to.equal(true);
    } finally {
      el.remove();
      warnings.restore();
    }
  });
});

describe('regression: <pp-nearest-service> with a blank data-base', () => {
  // data-base=" " (or "\n\t", "\u00a0", "\ufeff", which the fuzz suite found: what a CMS template leaves when
  // its variable is empty) is used as a folder: the loader resolves it to the page's own folder, the files
  // are not there, and the widget says "Les données de ce widget sont introuvables ou illisibles sur ce site."
  // Every other attribute of the library reads a blank value as absent (text() of src/shared/attributes.ts),
  // and data-base="" already falls back to the page's base (setAssetBase, <meta>, beside the script).
  // Fixed: data-base goes through parseLink() (blank = absent; javascript: and the like refused).
  before(() => nearest.load());

  it('data-base=" ": the data of the page’s base, as without the attribute', async () => {
    const el = create(nearest, {'data-base': ' '});
    document.body.append(el);
    try {
      await settled(el);
      expect(nearest.failed!(el), 'an error message').to.equal('');
      expect(nearest.hasContent(el)).to.equal(true);
    } finally {
      el.remove();
    }
  });
});
