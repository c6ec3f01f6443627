/** Text of a node with the spaces Intl and French typography use (U+202F, U+00A0, U+2009) made plain, collapsed and trimmed. */
export function normalizeSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u202f\u00a0\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Normalised text content of the first element matching `selector` in a widget's shadow root. */
export function shadowText(host: Element, selector: string): string {
  const node = host.shadowRoot?.querySelector(selector);
  if (!node) throw new Error(`${selector} not found in <${host.localName}>'s shadow root`);
  return normalizeSpaces(node.textContent);
}

/** Normalised text of every element matching `selector` in a widget's shadow root. */
export function shadowTexts(host: Element, selector: string): string[] {
  return [...(host.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => normalizeSpaces(n.textContent));
}
