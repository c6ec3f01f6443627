/**
 * Counts what a page keeps alive: pending timeouts, intervals, animation frames and idle callbacks;
 * observers observing something (Mutation, Intersection, Resize); event listeners on window, document,
 * <html>, <body> and media query lists. It wraps the constructors and functions when imported, so a test
 * file must import it before anything it measures (ES modules evaluate in import order).
 */

type Kind = 'timeouts' | 'intervals' | 'animationFrames' | 'idleCallbacks' | 'observers' | 'listeners';

/** Live items per kind, with where each was created (stack, for the failure message). */
const live: Record<Kind, Map<unknown, string>> = {
  timeouts: new Map(),
  intervals: new Map(),
  animationFrames: new Map(),
  idleCallbacks: new Map(),
  observers: new Map(),
  listeners: new Map(),
};

/** Where an item was created; undefined for the test runner's own (its server commands leave timeouts pending). */
const where = (): string | undefined => {
  const frames = (new Error().stack ?? '').split('\n').slice(3, 7).map((line) => line.trim());
  // frames[0] called the wrapped function
  if (/__web-dev-server__|\/node_modules\/(@web|mocha)\//.test(frames[0] ?? '')) return undefined;
  return frames.join(' < ');
};

export type Counts = Record<Kind, number>;

export function counts(): Counts {
  return Object.fromEntries(Object.entries(live).map(([kind, items]) => [kind, items.size])) as Counts;
}

/** Where the live items of a kind were created, most recent last. */
export function origins(kind: Kind, last = 3): string[] {
  return [...live[kind].values()].slice(-last);
}

// Timers and frames: live from their creation until they run (once) or are cancelled.
function wrapOnce(kind: Kind, set: (fn: (...a: unknown[]) => void, ...rest: unknown[]) => number, clear: (id: number) => void) {
  return {
    set(fn: unknown, ...rest: unknown[]): number {
      if (typeof fn !== 'function') return set(fn as never, ...rest);
      const id: number = set((...args: unknown[]) => {
        live[kind].delete(id);
        (fn as (...a: unknown[]) => void)(...args);
      }, ...rest);
      const origin = where();
      if (origin) live[kind].set(id, origin);
      return id;
    },
    clear(id: number): void {
      live[kind].delete(id);
      clear(id);
    },
  };
}

const timeout = wrapOnce('timeouts', window.setTimeout.bind(window) as never, window.clearTimeout.bind(window));
window.setTimeout = timeout.set as typeof window.setTimeout;
window.clearTimeout = timeout.clear as typeof window.clearTimeout;
const frame = wrapOnce('animationFrames', window.requestAnimationFrame.bind(window) as never, window.cancelAnimationFrame.bind(window));
window.requestAnimationFrame = frame.set as typeof window.requestAnimationFrame;
window.cancelAnimationFrame = frame.clear;
if (window.requestIdleCallback) {
  const idle = wrapOnce('idleCallbacks', window.requestIdleCallback.bind(window) as never, window.cancelIdleCallback.bind(window));
  window.requestIdleCallback = idle.set as typeof window.requestIdleCallback;
  window.cancelIdleCallback = idle.clear;
}

const originalSetInterval = window.setInterval.bind(window);
const originalClearInterval = window.clearInterval.bind(window);
window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
  const id = originalSetInterval(fn, ms, ...rest);
  const origin = where();
  if (origin) live.intervals.set(id, origin);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  live.intervals.delete(id);
  originalClearInterval(id);
}) as typeof window.clearInterval;

// Observers: live while observing at least one target.
type AnyObserver = {observe(target: Node | Element, options?: unknown): void; disconnect(): void; unobserve?(target: Element): void};
for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'] as const) {
  const Original = window[name] as unknown as {new (...args: unknown[]): AnyObserver; prototype: AnyObserver};
  const targets = new WeakMap<AnyObserver, Set<unknown>>();
  const Counted = class extends Original {
    override observe(target: Node | Element, options?: unknown): void {
      super.observe(target, options);
      let set = targets.get(this);
      if (!set) targets.set(this, (set = new Set()));
      set.add(target);
      const origin = live.observers.has(this) ? undefined : where();
      if (origin) live.observers.set(this, `${name} ${origin}`);
    }
    override unobserve(target: Element): void {
      super.unobserve?.(target);
      const set = targets.get(this);
      set?.delete(target);
      if (!set?.size) live.observers.delete(this);
    }
    override disconnect(): void {
      super.disconnect();
      targets.delete(this);
      live.observers.delete(this);
    }
  };
  Object.defineProperty(Counted, 'name', {value: name});
  (window as unknown as Record<string, unknown>)[name] = Counted;
}

// Listeners on the page-wide targets a widget could forget: window, document, <html>, <body>, media queries.
const watched = (target: EventTarget) =>
  target === window || target === document || target === document.documentElement || target === document.body || (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList);
const registered = new Map<string, {target: EventTarget; listener: unknown; wrapper: EventListener}>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);
const keyOf = (target: EventTarget, type: string, listener: object, options?: boolean | EventListenerOptions) =>
  `${idOf(target)}|${type}|${idOf(listener)}|${typeof options === 'boolean' ? options : !!options?.capture}`;

const originalAdd = EventTarget.prototype.addEventListener;
const originalRemove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  const origin = listener && watched(this) ? where() : undefined;
  if (!origin) return originalAdd.call(this, type, listener, options);
  const key = keyOf(this, type, listener!, options);
  if (registered.has(key)) return; // the DOM ignores a duplicate
  const once = typeof options === 'object' && options.once;
  const wrapper: EventListener = function (this: unknown, event: Event) {
    if (once) {
      registered.delete(key);
      live.listeners.delete(key);
    }
    return typeof listener === 'function' ? listener.call(this, event) : listener!.handleEvent(event);
  };
  registered.set(key, {target: this, listener, wrapper});
  live.listeners.set(key, `${type} on ${this === window ? 'window' : (this as Node).nodeName ?? 'media query'} ${origin}`);
  const signal = typeof options === 'object' ? options.signal : undefined;
  signal?.addEventListener('abort', () => {
    registered.delete(key);
    live.listeners.delete(key);
  });
  originalAdd.call(this, type, wrapper, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (!listener || !watched(this)) return originalRemove.call(this, type, listener, options);
  const key = keyOf(this, type, listener!, options);
  const entry = registered.get(key);
  registered.delete(key);
  live.listeners.delete(key);
  originalRemove.call(this, type, entry?.wrapper ?? listener, options);
};
