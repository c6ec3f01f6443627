import {html, type TemplateResult} from 'lit/html.js';

const templates: TemplateStringsArray[] = [];

/**
 * A real `<h2>`…`<h6>` at the level the host page chooses (a widget cannot know the page's outline).
 * Lit cannot bind a tag name, so the template for each level is built once, from constant strings
 * (lit-html accepts a strings array with its own `raw`, as static-html does).
 */
export function heading(level: number, content: unknown, className = '', part = ''): TemplateResult {
  const n = Math.min(6, Math.max(2, Math.round(level)));
  const strings = [`<h${n} class="`, '" part="', '">', `</h${n}>`];
  templates[n] ??= Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray;
  return html(templates[n], className, part, content);
}
