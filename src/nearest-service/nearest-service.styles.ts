import {css} from '../shared/css.js';

export const nearestServiceStyles = css`
  .search {
    position: relative;
  }
  label,
  legend,
  .near,
  .status {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [type='submit'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='option'] {
    padding: 0.4rem 0.75rem;
    cursor: pointer;
  }
  /* the outline marks the active option where forced colours drop the background */
  [aria-selected='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    outline: 2px solid;
    outline-offset: -2px;
  }
  [aria-selected='true'] .muted {
    color: inherit;
  }
  .skeleton {
    min-height: 14rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .choose {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .points {
    display: grid;
    gap: 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    border: 2px solid;
    border-radius: 50%;
  }
  .open::before {
    background: var(--_ok);
    border-color: var(--_ok);
  }
  table {
    margin-top: 0.5rem;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.1rem 1rem 0.1rem 0;
    font-weight: normal;
    text-align: start;
    vertical-align: top;
  }
  ul {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
  }
  @media (forced-colors: active) {
    .open::before {
      background: CanvasText;
    }
  }
`;
