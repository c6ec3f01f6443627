import {render, type TemplateResult} from 'lit/html.js';
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How a reactive property maps to an attribute (the subset of Lit's PropertyDeclaration the widgets use). */
export interface PropertyOptions {
  /** Attribute name; default the property name in lower case. */
  attribute?: string;
  /** `Boolean`: present attribute = true. Default: the attribute's text. */
  type?: BooleanConstructor;
  /** Write the property back to its attribute. */
  reflect?: boolean;
}

export type PropertyValues = Map<PropertyKey, unknown>;

type Declared = [name: string, options: PropertyOptions];

/**
 * A small reactive custom-element base on Lit's template engine (lit-html), with the slice of
 * LitElement's contract the widgets use: `static properties` (attribute ↔ property, reflection),
 * `static styles` (adopted, so a strict CSP holds; a <style> where stylesheets cannot be
 * constructed), `willUpdate()` then `render()` batched in a microtask, `updateComplete`,
 * `requestUpdate()` and reactive controllers (which @lit/localize and the widgets' own controllers
 * use). Why not LitElement: the three widgets must fit in 20 KB gzip, and LitElement with
 * ReactiveElement takes about 2.3 KB gzip of it, this class about 0.8 KB.
 */
export abstract class ReactiveBase extends HTMLElement implements ReactiveControllerHost {
  static properties: Record<string, PropertyOptions> = {};
  /** CSS texts (see css.ts), adopted as one stylesheet per class. */
  static styles: string[] = [];
  private static sheet?: CSSStyleSheet;
  /** Attribute name → [property, options], this class and its ancestors, built once per class. */
  private static declared?: Map<string, Declared>;

  private values = new Map<PropertyKey, unknown>();
  private changed: PropertyValues = new Map();
  private controllers = new Set<ReactiveController>();
  private pending?: Promise<boolean>;
  private connected = false;

  private static finish(): Map<string, Declared> {
    if (Object.prototype.hasOwnProperty.call(this, 'declared')) return this.declared!;
    const parent = Object.getPrototypeOf(this);
    const declared = new Map<string, Declared>(parent.finish?.());
    for (const [name, options] of Object.entries(this.properties)) {
      declared.set(options.attribute ?? name.toLowerCase(), [name, options]);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveBase) {
          return this.values.get(name);
        },
        set(this: ReactiveBase, value: unknown) {
          const old = this.values.get(name);
          if (old === value) return;
          this.values.set(name, value);
          this.requestUpdate(name, old);
        },
      });
    }
    // Safari before 16.4 cannot construct stylesheets (connectedCallback gives it a <style> instead)
    if (document.adoptedStyleSheets) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.styles.join(''));
    }
    return (this.declared = declared);
  }

  static get observedAttributes(): string[] {
    return [...this.finish().keys()];
  }

  constructor() {
    super();
    // properties set on the element before its definition loaded shadow the accessors: move them behind
    for (const [name] of (this.constructor as typeof ReactiveBase).finish().values()) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const [name, options] = (this.constructor as typeof ReactiveBase).declared!.get(attribute)!;
    (this as Record<string, unknown>)[name] = options.type ? value !== null : (value ?? undefined);
  }

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const root = this.attachShadow({mode: 'open'});
      const {sheet, styles} = this.constructor as typeof ReactiveBase;
      if (sheet) root.adoptedStyleSheets = [sheet];
      // a strict CSP lets this <style> in with the nonce a page gives Lit (window.litNonce)
      else root.append(Object.assign(document.createElement('style'), {nonce: (window as {litNonce?: string}).litNonce ?? '', textContent: styles.join('')}));
    }
    this.connected = true;
    this.controllers.forEach((c) => c.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }

  /** Schedules one update for everything changed in this task (the old value of `name` is kept). */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.changed.has(name)) this.changed.set(name, old);
    this.pending ??= Promise.resolve().then(() => this.update());
  }

  /** Resolves once the pending update, if any, is rendered. */
  get updateComplete(): Promise<boolean> {
    return this.pending ?? Promise.resolve(true);
  }

  private update(): boolean {
    this.pending = undefined;
    if (!this.connected) return false;
    const changed = this.changed;
    this.changed = new Map();
    this.willUpdate(changed);
    render(this.render(), this.shadowRoot!, {host: this});
    for (const [attribute, [name, options]] of (this.constructor as typeof ReactiveBase).declared!) {
      const value = this.values.get(name);
      if (options.reflect && changed.has(name)) {
        if (value == null || value === false) this.removeAttribute(attribute);
        else this.setAttribute(attribute, value === true ? '' : String(value));
      }
    }
    this.controllers.forEach((c) => c.hostUpdated?.());
    return true;
  }

  /** Reads the changed properties before rendering. */
  protected willUpdate(_changed: PropertyValues): void {}

  protected abstract render(): TemplateResult;
}
