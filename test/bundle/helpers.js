/** Loads a built script as a classic <script> and resolves once it ran. */
export function loadClassicScript(path) {
  const script = document.createElement('script');
  script.src = new URL(path, import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${path}`));
  });
  document.head.append(script);
  return loaded.then(() => script);
}

/** Waits until an element has rendered text matching `pattern` in its shadow root. */
export async function waitForShadowText(el, pattern, timeout = 5000) {
  const start = performance.now();
  for (;;) {
    const text = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    if (pattern.test(text)) return text;
    if (performance.now() - start > timeout) throw new Error(`<${el.localName}> never showed ${pattern}: "${text.slice(0, 200)}"`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
