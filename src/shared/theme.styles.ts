import {css} from 'lit';

/**
 * The neutral default theme shared by every widget: the host's font, colours through `--pp-*` custom
 * properties (each with a light and a dark default), forced colours respected. No State branding.
 * Widgets read only the private `--_*` values, so a page sets one `--pp-*` property and every widget follows.
 */

const lightDefaults = css`
  --_fg: var(--pp-color-text, #1f2328);
  --_muted: var(--pp-color-muted, #57606a);
  --_bg: var(--pp-color-background, #ffffff);
  --_surface: var(--pp-color-surface, #f4f6f8);
  --_border: var(--pp-color-border, #767d86);
  --_accent: var(--pp-color-accent, #0b5b6f);
  --_accent-soft: var(--pp-color-accent-soft, #e3f0f3);
  --_on-accent: var(--pp-color-on-accent, #ffffff);
  --_focus: var(--pp-color-focus, #0b5b6f);
  --_danger: var(--pp-color-danger, #a4161a);
  --_ok: var(--pp-color-success, #1a6b3a);
`;

const darkDefaults = css`
  --_fg: var(--pp-color-text, #e8eaed);
  --_muted: var(--pp-color-muted, #aab2bb);
  --_bg: var(--pp-color-background, #17191c);
  --_surface: var(--pp-color-surface, #22262b);
  --_border: var(--pp-color-border, #8b949e);
  --_accent: var(--pp-color-accent, #7cc8d8);
  --_accent-soft: var(--pp-color-accent-soft, #16343c);
  --_on-accent: var(--pp-color-on-accent, #0d1b1f);
  --_focus: var(--pp-color-focus, #7cc8d8);
  --_danger: var(--pp-color-danger, #ff8a80);
  --_ok: var(--pp-color-success, #7dd99a);
`;

export const themeStyles = css`
  :host {
    ${lightDefaults}
    --_radius: var(--pp-radius, 0.5rem);
    --_space: var(--pp-spacing, 1rem);
    display: block;
    padding: var(--pp-padding, 0.75rem);
    border-radius: var(--_radius);
    box-sizing: border-box;
    max-width: 100%;
    font: inherit;
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkDefaults}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkDefaults}
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .problems {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  .problems p {
    margin: 0;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .source {
    margin: 0.75rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_accent-soft: Canvas;
      --_on-accent: Canvas;
      --_focus: Highlight;
      --_danger: CanvasText;
      --_ok: CanvasText;
    }
  }
`;
