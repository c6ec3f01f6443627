import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {formatNumber} from '../shared/format.js';

/** Time source of the count-up; tests inject one they drive by hand. */
export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls back at the next animation frame (`delay` 0) or after `delay` ms; returns a cancel function. */
  later(callback: () => void, delay: number): () => void;
}

export const browserClock: Clock = {
  now: () => performance.now(),
  later(callback, delay) {
    if (delay) {
      const id = setTimeout(callback, delay);
      return () => clearTimeout(id);
    }
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  },
};

/** Length of the count-up in ms (at most 2 s; RGAA 13.8 allows 5), and the live mode's update period (4 a second). */
export const DURATION = 1500;
export const LIVE_PERIOD = 250;

/**
 * Counts up once, from the first time the host is scrolled into view, in DURATION ms with an ease-out;
 * at once under `prefers-reduced-motion` or when `animate` is false. With a `live` function it then
 * re-renders the host every LIVE_PERIOD ms, only while the host is visible. Disconnecting the host
 * cancels every frame, timer and observer. Fires `pp-counter-end` on the host once, at the end.
 */
export class CountUp implements ReactiveController {
  clock: Clock = browserClock;
  animate = true;
  /** The amount at a number of ms after the end of the count-up, for live mode. */
  live?: (elapsed: number) => number;
  private start?: number;
  private end?: number;
  private visible = false;
  private cancel?: () => void;
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The amount to show now: 0 before the start, eased up to `final`, then live; `final` at once without motion. */
  at(final: number): number {
    const now = this.clock.now();
    if (this.end !== undefined) return this.live?.(now - this.end) ?? final;
    if (!this.moving()) return final;
    const p = Math.min(1, (now - (this.start ?? now)) / DURATION);
    return final * (1 - (1 - p) ** 3);
  }

  hostConnected(): void {
    this.observer = new IntersectionObserver((entries) => {
      this.visible = entries[entries.length - 1].isIntersecting;
      this.step();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = false;
    this.step();
  }

  /** Picks up `live` turned on after the end. */
  hostUpdated(): void {
    if (!this.cancel && this.observer) this.step();
  }

  private moving(): boolean {
    return this.animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private step = (): void => {
    this.cancel?.();
    this.cancel = undefined;
    if (!this.observer) return;
    const now = this.clock.now();
    if (this.end === undefined) {
      if (!this.visible && this.start === undefined) return;
      this.start ??= now;
      if (!this.moving() || now - this.start >= DURATION) {
        this.end = now;
        this.host.dispatchEvent(new Event('pp-counter-end', {bubbles: true, composed: true}));
      }
    } else if (!this.live || !this.visible) return;
    this.host.requestUpdate();
    if (this.end === undefined || this.live) this.cancel = this.clock.later(this.step, this.end === undefined ? 0 : LIVE_PERIOD);
  };
}

/**
 * The text of `amount` shaped like `finalText`, the formatted final amount: same unit and words, at
 * most as many digits, so the box does not grow while the digits move ("1,23 milliards d’euros" on
 * the way to "2,47 milliards d’euros", "12 345 €" on the way to "522 000 000 €").
 */
export function digitsLike(finalText: string, finalAmount: number, amount: number, locale: string): string {
  const match = /\d(?:[\d\s.,]*\d)?/.exec(finalText);
  if (!match || !finalAmount) return finalText;
  const decimals = match[0].split(formatNumber(0.5, locale, 1)[1])[1]?.length ?? 0;
  // the unit of the figure shown: 1 (full), 1e3, 1e6 or 1e9 (compact and long)
  const unit = 10 ** Math.round(Math.log10((finalAmount * 10 ** decimals) / Number(match[0].replace(/\D/g, ''))));
  return finalText.replace(match[0], formatNumber(amount / unit, locale, decimals));
}
