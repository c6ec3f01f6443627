import {html, nothing, type TemplateResult} from 'lit/html.js';
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface Suggestion {
  /** Stable key, unique in a list. */
  key: string;
  label: string;
  /** Secondary text shown after the label, e.g. the postcode. */
  detail?: string;
}

/**
 * An editable combobox with a list of suggestions (WAI-ARIA APG "list autocomplete"): type, move
 * with the arrow keys, pick with Enter or a click, close with Escape. The input keeps the focus; the
 * active option is exposed with aria-activedescendant, every IDREF stays in the host's shadow root.
 * Suggestions come from an async function; stale answers are dropped.
 */
export class ComboboxController<T extends Suggestion> implements ReactiveController {
  query = '';
  suggestions: T[] = [];
  active = -1;
  expanded = false;
  private timer?: ReturnType<typeof setTimeout>;
  private sequence = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly suggest: (query: string) => Promise<T[]>,
    private readonly pick: (suggestion: T) => void,
    private readonly submit: (query: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.sequence++;
  }

  private update(changes: Partial<Pick<this, 'suggestions' | 'active' | 'expanded'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  // Arrow functions: Lit calls listeners with `this` set to the host element, not to this controller.
  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    const query = this.query.trim();
    const sequence = ++this.sequence;
    if (query.length < 2) return this.update({suggestions: [], active: -1, expanded: false});
    // a short pause so that typing "brulon" asks once, not six times
    this.timer = setTimeout(() => {
      this.suggest(query).then(
        (suggestions) => sequence === this.sequence && this.update({suggestions, active: -1, expanded: suggestions.length > 0}),
        () => sequence === this.sequence && this.update({suggestions: [], active: -1, expanded: false}),
      );
    }, 150);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const count = this.suggestions.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const active = this.expanded ? (this.active + step + count) % count : step > 0 ? 0 : count - 1;
      this.update({expanded: true, active});
    } else if (event.key === 'Enter' && this.expanded && this.active >= 0) {
      event.preventDefault();
      this.choose(this.suggestions[this.active]);
    } else if (event.key === 'Escape') {
      if (this.expanded) this.update({expanded: false, active: -1});
      else {
        this.query = '';
        this.update({suggestions: []});
      }
    }
  };

  private choose(suggestion: T): void {
    this.query = suggestion.label;
    this.update({expanded: false, active: -1});
    this.pick(suggestion);
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.timer);
    this.update({expanded: false, active: -1});
    this.submit(this.query.trim());
  };

  render(label: string, hint: string, submit: string): TemplateResult {
    const active = this.expanded && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<form role="search" class="search" part="search" @submit=${this.onSubmit} novalidate>
      <label for="query" id="query-label">${label}</label>
      <div class="row">
        <input
          id="query"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="suggestions"
          aria-activedescendant=${active ?? nothing}
          aria-describedby="query-hint"
          autocomplete="address-level2"
          spellcheck="false"
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${() => this.expanded && this.update({expanded: false})}
        />
        <button type="submit" part="button">${submit}</button>
      </div>
      <p id="query-hint" class="muted">${hint}</p>
      <ul id="suggestions" role="listbox" aria-labelledby="query-label" ?hidden=${!this.expanded}>
        ${this.suggestions.map(
          (s, i) => html`<li
            id="option-${i}"
            role="option"
            aria-selected=${i === this.active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.choose(s)}
          >
            ${s.label}${s.detail ? html` <span class="muted">${s.detail}</span>` : ''}
          </li>`,
        )}
      </ul>
    </form>`;
  }
}
