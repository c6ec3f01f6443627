import {css} from './css.js';

/**
 * The neutral default theme shared by every widget: the host's font, colours through `--pp-*` custom
 * properties (each with a light and a dark default), forced colours respected, no State branding;
 * and the pieces the widgets share (title, card, badge, button, source line, problems).
 * Widgets read only the private `--_*` values, so a page sets one `--pp-*` property and every widget follows.
 */

const dark = css`
  --_fg: var(--pp-color-text, #e8eaed);
  --_muted: var(--pp-color-muted, #aab2bb);
  --_bg: var(--pp-color-background, #17191c);
  --_surface: var(--pp-color-surface, #22262b);
  --_border: var(--pp-color-border, #8b949e);
  --_accent: var(--pp-color-accent, #7cc8d8);
  --_accent-soft: var(--pp-color-accent-soft, #16343c);
  --_on-accent: var(--pp-color-on-accent, #0d1b1f);
  --_danger: var(--pp-color-danger, #ff8a80);
  --_ok: var(--pp-color-success, #7dd99a);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    --_fg: var(--pp-color-text, #1f2328);
    --_muted: var(--pp-color-muted, #57606a);
    --_bg: var(--pp-color-background, #fff);
    --_surface: var(--pp-color-surface, #f4f6f8);
    --_border: var(--pp-color-border, #767d86);
    --_accent: var(--pp-color-accent, #0b5b6f);
    --_accent-soft: var(--pp-color-accent-soft, #e3f0f3);
    --_on-accent: var(--pp-color-on-accent, #fff);
    --_danger: var(--pp-color-danger, #a4161a);
    --_ok: var(--pp-color-success, #1a6b3a);
    --_radius: var(--pp-radius, 0.5rem);
    --_space: var(--pp-spacing, 1rem);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: var(--pp-padding, 0.75rem);
    border-radius: var(--_radius);
    font: inherit;
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  p {
    margin: 0.35rem 0 0;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--pp-color-focus, var(--_accent));
    outline-offset: 2px;
  }
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .card {
    position: relative;
    min-width: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .name {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .muted,
  .source {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .source {
    margin-top: 0.75rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid;
    border-radius: 1rem;
    font-size: 0.85em;
    font-weight: 600;
  }
  button {
    min-height: 2.5rem;
    padding: 0.4rem 0.9rem;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_bg);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .problems,
  .error {
    margin-bottom: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .problems * {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
