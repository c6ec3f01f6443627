// Browser-side helpers of the embedding tests: frames, waiting, and what a widget shows.

export const WIDGET_TAGS = ['pp-contract-timeline', 'pp-funding-counter', 'pp-nearest-service'];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` until it returns a truthy value; throws `message` after `timeout` ms. */
export async function until<T>(fn: () => T | Promise<T>, message: string, timeout = 10_000): Promise<Exclude<T, false | null | undefined | '' | 0>> {
  const start = performance.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as Exclude<T, false | null | undefined | '' | 0>;
    } catch (error) {
      last = error;
    }
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}${last ? ` (${String(last)})` : ''}`);
    await sleep(25);
  }
}

/** An iframe on `src` (or `srcdoc`), in the page, once loaded. */
export async function frame(src: string, {srcdoc, width = 800, height = 600}: {srcdoc?: boolean; width?: number; height?: number} = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  const loaded = new Promise((resolve, reject) => {
    iframe.addEventListener('load', resolve, {once: true});
    iframe.addEventListener('error', reject, {once: true});
  });
  if (srcdoc) iframe.srcdoc = src;
  else iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

export const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a widget renders in its shadow root (its styles are adopted sheets, not <style> text). */
export const shadowText = (el: Element): string => normalize(el.shadowRoot?.textContent);

/** Waits until a widget has rendered, is not loading (no skeleton) and its text stays the same for 300 ms. */
export async function settledText(el: Element, timeout = 15_000): Promise<string> {
  let previous = '';
  let since = performance.now();
  return until(
    async () => {
      const busy = !el.shadowRoot || el.shadowRoot.querySelector('.skeleton') || /Recherche en cours|Searching/.test(shadowText(el));
      const text = busy ? '' : shadowText(el);
      if (text !== previous) {
        previous = text;
        since = performance.now();
        return '';
      }
      return text && performance.now() - since > 300 ? text : '';
    },
    `<${el.localName}> to settle`,
    timeout,
  );
}

/** Every widget element of a document (the three tags). */
export const widgetsIn = (doc: Document | Element) => [...doc.querySelectorAll(WIDGET_TAGS.join(','))];

/** The attributes of an element as a sorted object. */
export function attributesOf(el: Element): Record<string, string> {
  return Object.fromEntries(el.getAttributeNames().sort().map((name) => [name, el.getAttribute(name) ?? '']));
}
