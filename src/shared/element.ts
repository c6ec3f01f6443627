import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {followDocumentLanguage} from './i18n.js';
import {parseKeyword, type AttributeProblem, type Parsed} from './attributes.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every widget shares: it follows `<html lang>`, takes a `theme`, and turns invalid attribute
 * values into one visible, localized message and one console warning each, never an exception.
 */
export abstract class PresenceElement extends LitElement {
  /**
   * Colour scheme: `auto` follows the visitor's system setting (prefers-color-scheme); `light` or
   * `dark` fixes it, e.g. `light` for a site that has no dark mode.
   */
  @property({reflect: true}) theme: Theme | string = 'auto';

  /** Problems found in the current attribute values, in the order of the attributes. */
  protected problems: AttributeProblem[] = [];

  private readonly warnedKeys = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLanguage();
  }

  /** Collects the problem of a parse result and returns its value, or the fallback when invalid. */
  protected take<T>(result: Parsed<T>, fallback: T, problems: AttributeProblem[]): T {
    if (result.ok) return result.value;
    problems.push(result.problem);
    return fallback;
  }

  /** Parses the shared attributes; subclasses add their own problems after these. */
  protected parseSharedAttributes(problems: AttributeProblem[]): void {
    this.take(parseKeyword('theme', this.theme, THEMES, 'auto'), 'auto', problems);
  }

  /** Stores the problems of this update and warns once per attribute value (not again on re-render). */
  protected setProblems(problems: AttributeProblem[]): void {
    this.problems = problems;
    for (const {attribute, value, message} of problems) {
      const key = `${attribute}=${value}`;
      if (this.warnedKeys.has(key)) continue;
      this.warnedKeys.add(key);
      console.warn(`[presence-postale] <${this.localName}> ${message}`);
    }
  }

  /** The visible list of configuration problems (nothing when there are none). */
  protected renderProblems(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    const title = msg('Configuration du widget à corriger :', {id: 'problems-title'});
    return html`<div class="problems" part="problems">
      ${this.problems.length === 1
        ? html`<p>${title} ${this.problems[0].message}</p>`
        : html`<p>${title}</p>
            <ul>
              ${this.problems.map((p) => html`<li>${p.message}</li>`)}
            </ul>`}
    </div>`;
  }
}
