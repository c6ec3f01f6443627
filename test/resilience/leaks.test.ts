// Mount and remove each registered widget 1,000 times: no growth of live timers, animation frames,
// observers or page-wide listeners (counted by instrument.ts, which wraps them before any widget
// module loads), and the JS heap roughly flat (measured after a forced garbage collection, through
// the pp-heap command of test/helpers/wtr-resilience.mjs). A widget that loads data is removed once
// its data is shown (settled() waits for it), and, in a test of its own, 1,000 times while its data is
// still being fetched (cold cache): every fetch must end (the loader's timeout timer cleared) with
// nothing left behind.
import './instrument.js';
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {clearDataCache} from '../../src/data/loader.js';
import {captureWarnings} from '../helpers/console.js';
import {counts, origins, type Counts} from './instrument.js';
import {ErrorTrap, frames} from './checks.js';
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

/**
 * Mounts and removes `n` widgets while their data is being fetched: the loader's cache is emptied before
 * each mount, so the first file is a real request when the widget is removed, right after its first
 * render (the skeleton). The fetches go on in the background. Returns how many removals happened mid-load.
 */
async function cyclesWhileLoading(widget: WidgetSpec, n: number): Promise<number> {
  let midLoad = 0;
  for (let i = 0; i < n; i++) {
    clearDataCache();
    const el = create(widget);
    container.append(el);
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    if (widget.loading!(el)) midLoad++;
    if (i % FRAME_EVERY === 0) await frames(2);
    el.remove();
  }
  return midLoad;
}

/** Waits until the live timeouts are back to `count` (the loader keeps one per fetch under way, until it ends). */
async function fetchesEnded(count: number, timeout = 20_000): Promise<void> {
  const started = performance.now();
  while (counts().timeouts > count) {
    if (performance.now() - started > timeout) throw new Error(`fetches still under way after ${timeout} ms: ${counts().timeouts - count} timeouts, created at ${origins('timeouts').join(' | ')}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
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

    if (widget.loadsData) {
      it(`<${widget.tag}>: removed while its data is being fetched, ${CYCLES} times: every fetch ends, nothing left, heap flat`, async () => {
        const trap = new ErrorTrap().install();
        try {
          await cyclesWhileLoading(widget, WARM_UP);
          await fetchesEnded(0);
          const before = counts();
          const heapBefore = await heap();
          const midLoad = await cyclesWhileLoading(widget, CYCLES);
          // the removals did happen while loading, and those fetches did run: one timer each, until they end
          expect(midLoad, 'removals while the skeleton showed').to.equal(CYCLES);
          expect(counts().timeouts, 'fetches under way right after the removals').to.be.greaterThan(before.timeouts);
          await fetchesEnded(before.timeouts);
          const after = counts();
          const heapAfter = await heap();
          expect(growth(before, after), 'live items that grew').to.deep.equal([]);
          expect(trap.take(), 'uncaught errors, unhandled rejections, console.error').to.deep.equal([]);
          const perWidget = retainedBytes.get(widget.tag)!;
          const limit = Math.min(1_000_000, Math.max(200_000, (perWidget * CYCLES) / 20));
          expect(heapAfter - heapBefore, `heap growth over ${CYCLES} removals mid-load (one retained widget ≈ ${Math.round(perWidget)} B)`).to.be.lessThan(limit);
        } finally {
          trap.uninstall();
          // leave the cache as the other tests found it: filled by a widget that loads to the end
          clearDataCache();
          const el = create(widget);
          container.append(el);
          await settled(el);
          el.remove();
        }
      });
    }
  }
});
