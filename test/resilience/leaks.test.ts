// Mount and remove each registered widget 1,000 times: no growth of live timers, animation frames,
// observers or page-wide listeners (counted by instrument.ts, which wraps them before any widget
// module loads), and the JS heap roughly flat (measured after a forced garbage collection, through
// the pp-heap command of test/helpers/wtr-resilience.mjs).
import './instrument.js';
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {captureWarnings} from '../helpers/console.js';
import {counts, origins, type Counts} from './instrument.js';
import {frames} from './checks.js';
import {WIDGETS, create, settled, type WidgetSpec} from './widgets.js';

const CYCLES = 1000;
const WARM_UP = 50;
/** Every Nth cycle waits two frames before the removal, so that observers report and animations start. */
const FRAME_EVERY = 25;

const heap = async () => (await executeServerCommand<{usedSize: number}, undefined>('pp-heap')).usedSize;

let container: HTMLElement;

/** Mounts and removes `n` widgets, alternating the base and the lively attributes; `keep` retains them (leaky control). */
async function cycles(widget: WidgetSpec, n: number, keep?: HTMLElement[]): Promise<void> {
  for (let i = 0; i < n; i++) {
    const el = create(widget, i % 2 && widget.lively ? widget.lively : {});
    container.append(el);
    await settled(el);
    if (i % FRAME_EVERY === 0) await frames(2);
    el.remove();
    keep?.push(el);
  }
  await frames(2);
}

function growth(before: Counts, after: Counts): string[] {
  return (Object.keys(before) as (keyof Counts)[])
    .filter((kind) => after[kind] > before[kind])
    .map((kind) => `${kind}: ${before[kind]} → ${after[kind]}, created at ${origins(kind).join(' | ')}`);
}

describe('leaks: 1,000 mounts and removals of each widget', function () {
  this.timeout(120_000);
  let warnings: ReturnType<typeof captureWarnings>;
  const retained: HTMLElement[] = [];
  /** Heap kept by one removed widget that something still references, measured by the control. */
  const retainedBytes = new Map<string, number>();

  before(async () => {
    container = document.createElement('div');
    container.style.cssText = 'position:fixed;inset:0;overflow:hidden';
    document.body.append(container);
    for (const widget of WIDGETS) await widget.load();
  });
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());
  after(() => container.remove());

  it('the counters see a leaked interval, frame, observer and listener (detector self-test)', async () => {
    const before = counts();
    const interval = setInterval(() => undefined, 60_000);
    let frame = requestAnimationFrame(function loop() {
      frame = requestAnimationFrame(loop);
    });
    const observer = new ResizeObserver(() => undefined);
    observer.observe(container);
    const listener = () => undefined;
    window.addEventListener('resize', listener);
    document.addEventListener('visibilitychange', listener, {once: true});
    await frames(2);
    expect(growth(before, counts()).map((line) => line.split(':')[0])).to.deep.equal(['intervals', 'animationFrames', 'observers', 'listeners']);
    expect(counts().listeners - before.listeners).to.equal(2);
    clearInterval(interval);
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('resize', listener);
    document.removeEventListener('visibilitychange', listener);
    expect(counts()).to.deep.equal(before);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: the heap measure sees 100 removed widgets kept alive (control)`, async () => {
      await cycles(widget, WARM_UP);
      const start = await heap();
      const kept: HTMLElement[] = [];
      await cycles(widget, 100, kept);
      const perWidget = ((await heap()) - start) / 100;
      retained.push(...kept);
      retainedBytes.set(widget.tag, perWidget);
      // a rendered widget is kilobytes of DOM and Lit parts: if the measure cannot see it, it sees nothing
      expect(perWidget).to.be.greaterThan(1_000);
      retained.length = 0;
    });

    it(`<${widget.tag}>: no live timer, frame, observer or listener left, heap flat`, async () => {
      await cycles(widget, WARM_UP);
      const before = counts();
      const heapBefore = await heap();
      await cycles(widget, CYCLES);
      const after = counts();
      const heapAfter = await heap();
      expect(growth(before, after), 'live items that grew').to.deep.equal([]);
      // Flat: a twentieth of what 1,000 retained widgets would take (the control measured one), within
      // [200 KB, 1 MB]; the runner's own allocations move it by ~50 KB.
      const perWidget = retainedBytes.get(widget.tag)!;
      const limit = Math.min(1_000_000, Math.max(200_000, (perWidget * CYCLES) / 20));
      expect(heapAfter - heapBefore, `heap growth over ${CYCLES} cycles (one retained widget ≈ ${Math.round(perWidget)} B)`).to.be.lessThan(limit);
    });
  }
});
