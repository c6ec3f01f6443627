/**
 * What the resilience suites check after every value: no error escaped, nothing of the payload became
 * DOM or ran, and the widget shows its content or its configuration message.
 */

declare global {
  interface Window {
    __ppPwned?: (n?: number) => void;
  }
}

/** Uncaught errors, unhandled rejections and console.error calls while installed. */
export class ErrorTrap {
  readonly errors: string[] = [];
  private readonly onError = (event: ErrorEvent) => {
    this.errors.push(`uncaught ${event.error?.stack ?? event.message}`);
    event.preventDefault();
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as {stack?: string} | undefined;
    this.errors.push(`unhandled rejection ${reason?.stack ?? String(event.reason)}`);
    event.preventDefault();
  };
  private originalConsoleError?: typeof console.error;

  install(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    this.originalConsoleError = console.error;
    console.error = (...args: unknown[]) => this.errors.push(`console.error ${args.map(String).join(' ')}`);
    return this;
  }

  uninstall(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    if (this.originalConsoleError) console.error = this.originalConsoleError;
  }

  take(): string[] {
    return this.errors.splice(0);
  }
}

/** Calls of `__ppPwned()`, which every script payload makes. */
export const canary = {
  calls: [] as number[],
  install() {
    window.__ppPwned = (n = 0) => this.calls.push(n);
  },
};

// geo: (RFC 5870, a position for a maps application: <pp-nearest-service>'s "Ouvrir dans une application de
// cartes" link) runs nothing, as tel: does
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'geo:']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background'];

function* elementsDeep(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elementsDeep(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) yield* elementsDeep(el.content as unknown as Element);
  }
}

/**
 * What of a payload became DOM in the document or in any open shadow root: elements carrying the
 * marker, `<pp-injected>`, event-handler attributes (on*), and — inside widgets — links or sources
 * with a scriptable protocol. Returns one line per finding; none means clean.
 */
export function injections(root: Document | ShadowRoot = document, widgetTags: readonly string[] = []): string[] {
  const found: string[] = [];
  const insideWidget = (el: Element) => {
    const host = (el.getRootNode() as ShadowRoot).host;
    return !!host && widgetTags.includes(host.localName);
  };
  for (const el of elementsDeep(root)) {
    if (el.localName === 'pp-injected' || el.hasAttribute('data-pp-injected')) found.push(`injected element <${el.localName}>`);
    for (const attribute of el.getAttributeNames()) {
      if (/^on/i.test(attribute)) found.push(`event handler attribute ${attribute} on <${el.localName}>`);
    }
    if (insideWidget(el)) {
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(el.localName)) found.push(`<${el.localName}> in a widget`);
      for (const name of URL_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        let protocol: string;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          continue; // not a URL at all: the browser will not follow it
        }
        if (!SAFE_PROTOCOLS.has(protocol)) found.push(`${name}="${value.slice(0, 60)}" (${protocol}) on <${el.localName}> in a widget`);
      }
    }
  }
  return found;
}

/** Waits for the next animation frame (twice: rendering steps run between them). */
export const frames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** A macrotask without the 4 ms clamp of nested timers. */
export const macrotask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });

/** A short description of a value for failure messages. */
export function describeValue(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}… (${value.length} chars)` : JSON.stringify(value);
}
