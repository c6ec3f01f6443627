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
