import {fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/funding-counter/pp-funding-counter.js';
import type {FundingCounter} from '../../src/funding-counter/funding-counter.js';
import type {Clock} from '../../src/funding-counter/count-up.js';
import {normalizeSpaces} from '../helpers/text.js';

/** A clock the test moves by hand: frames and timers run only in `advance`. */
export class ManualClock implements Clock {
  time = 10_000;
  /** Every `later` call: its delay (0 for an animation frame). */
  readonly requests: number[] = [];
  private queue: Array<{id: number; at: number; callback: () => void}> = [];
  private nextId = 0;

  now(): number {
    return this.time;
  }

  later(callback: () => void, delay: number): () => void {
    const id = ++this.nextId;
    this.requests.push(delay);
    this.queue.push({id, at: this.time + delay, callback});
    return () => (this.queue = this.queue.filter((entry) => entry.id !== id));
  }

  /** Callbacks waiting to run. */
  get pending(): number {
    return this.queue.length;
  }

  /** Moves time forward in 16 ms frames, running what falls due (frames run at the next one). */
  advance(ms: number, frame = 16): void {
    const end = this.time + ms;
    while (this.time < end) {
      this.time = Math.min(end, this.time + frame);
      const due = this.queue.filter((entry) => entry.at <= this.time);
      this.queue = this.queue.filter((entry) => entry.at > this.time);
      for (const entry of due) entry.callback();
    }
  }
}

export type Attributes = Record<string, string | boolean | undefined>;

/** Creates a counter driven by `clock`, with attributes set before it connects, inside `parent` (a new fixture by default). */
export async function counter(attributes: Attributes = {}, clock = new ManualClock(), parent?: Element): Promise<FundingCounter> {
  const el = document.createElement('pp-funding-counter');
  el.countUp.clock = clock;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  (parent ?? (await fixture(html`<div></div>`))).append(el);
  await el.updateComplete;
  return el;
}

/** Resolves once the IntersectionObserver has started the count-up (a frame or timer is waiting). */
export async function started(clock: ManualClock): Promise<void> {
  await waitUntil(() => clock.pending > 0, 'the count-up never started', {timeout: 3000});
}

/** Advances the clock and waits for the element to render. */
export async function advance(el: FundingCounter, clock: ManualClock, ms: number): Promise<void> {
  clock.advance(ms);
  await el.updateComplete;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** What the eyes see: the moving digits (the last span of the value). */
export const digits = (el: Element) => normalizeSpaces($(el, '[part="value"] > span:last-child')?.textContent);
/** What screen readers get: the visually hidden final amount in words. */
export const spoken = (el: Element) => normalizeSpaces($(el, '.visually-hidden')?.textContent);
export const caption = (el: Element) => normalizeSpaces($(el, '[part="label"]')?.textContent);
export const sourceLine = (el: Element) => normalizeSpaces($(el, '[part="source"]')?.textContent);
export const problemText = (el: Element) => normalizeSpaces($(el, '[part="problems"]')?.textContent);
