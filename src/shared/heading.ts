import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

/**
 * A real `<h2>`…`<h6>` at a level the host page chooses (widgets cannot know the page's outline).
 * A switch of static templates, because Lit cannot bind a tag name and static-html costs bytes.
 */
export function heading(level: number, content: unknown, className = '', part = '', id?: string): TemplateResult {
  const lvl = Math.min(6, Math.max(2, Math.round(level)));
  switch (lvl) {
    case 2:
      return html`<h2 class=${className} part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
