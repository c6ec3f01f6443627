import {html, nothing, type TemplateResult} from 'lit/html.js';
import {ReactiveBase, type PropertyOptions, type PropertyValues} from './reactive-base.js';
import {msg} from '@lit/localize';
import {followDocumentLanguage} from './i18n.js';
import {AttributeProblem, parseKeyword, type Parsed} from './attributes.js';

/** What the widget shows and warns about a configuration: an AttributeProblem, or a notice of the same shape. */
export type Problem = Pick<AttributeProblem, 'attribute' | 'value' | 'message'>;

export const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * What every widget shares: it follows `<html lang>`, takes a `theme`, and turns invalid attribute
 * values into one visible, localized message and one console warning each, never an exception.
 * Subclasses read their attributes in `configure()`, with `read()` and `report()`.
 */
export abstract class PresenceElement extends ReactiveBase {
  static override properties: Record<string, PropertyOptions> = {theme: {reflect: true}};
  /**
   * Colour scheme: `auto` follows the visitor's system setting (prefers-color-scheme); `light` or
   * `dark` fixes it, e.g. `light` for a site that has no dark mode.
   */
  theme = 'auto';

  /** Problems of the current attribute values, in the order of the attributes; rebuilt by every update. */
  protected problems: Problem[] = [];

  private readonly warned = new Set<string>();
  /** Re-renders once a new locale is ready (what @lit/localize's updateWhenLocaleChanges does). */
  private readonly onLocale = (event: Event) => (event as CustomEvent<{status: string}>).detail.status === 'ready' && this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLanguage();
    window.addEventListener('lit-localize-status', this.onLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lit-localize-status', this.onLocale);
  }

  /** Reads the attributes into the element's state, reporting invalid values. */
  protected abstract configure(changed: PropertyValues): void;

  protected override willUpdate(changed: PropertyValues): void {
    this.problems = [];
    this.read(parseKeyword('theme', this.theme, THEMES));
    this.configure(changed);
    for (const {attribute, value, message} of this.problems) {
      // once per attribute value, not again on every render
      if (this.warned.has(attribute + value)) continue;
      this.warned.add(attribute + value);
      console.warn(`[presence-postale] <${this.localName}> ${message}`);
    }
  }

  /** The value of a parse result; for an invalid one, records its problem and returns undefined (the caller's default applies). */
  protected read<T>(result: Parsed<T>): T | undefined {
    if (!(result instanceof AttributeProblem)) return result;
    this.problems.push(result);
    return undefined;
  }

  /** Records a problem found by the element itself (a missing partner attribute, an impossible combination). */
  protected report(attribute: string, value: unknown, expected: string): void {
    this.problems.push(new AttributeProblem(attribute, value, expected));
  }

  /** Whether an attribute has a problem in this update. */
  protected invalid(attribute: string): boolean {
    return this.problems.some((p) => p.attribute === attribute);
  }

  /** The visible list of configuration problems (nothing when there are none). */
  protected renderProblems(): TemplateResult | typeof nothing {
    return this.problems.length
      ? html`<div class="problems" part="problems">
          <p>${msg('Configuration du widget à corriger :', {id: 'problems-title'})}</p>
          <ul>
            ${this.problems.map((p) => html`<li>${p.message}</li>`)}
          </ul>
        </div>`
      : nothing;
  }
}
