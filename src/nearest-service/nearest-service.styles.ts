import {css} from 'lit';

export const nearestServiceStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .search {
    position: relative;
    margin: 0 0 0.5rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
  button {
    min-height: 2.5rem;
    padding: 0.4rem 0.9rem;
    font: inherit;
    font-weight: 600;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .position button,
  .choose button,
  .error button {
    color: var(--_accent);
    background: var(--_bg);
  }
  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
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
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  [role='option'] {
    padding: 0.4rem 0.75rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    outline: 2px solid var(--_focus);
  }
  .detail {
    font-size: 0.875em;
  }
  .position {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0.75rem 0;
  }
  .position .hint {
    margin: 0;
    flex: 1 1 14rem;
  }
  .skeleton {
    min-height: 14rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    border: 1px dashed var(--_border);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  .choose {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choose legend {
    padding: 0 0.25rem;
  }
  .error {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .near,
  .empty {
    margin: 0.5rem 0;
    font-weight: 600;
  }
  .points {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .point {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .name {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .point p,
  .links {
    margin: 0.35rem 0 0;
  }
  .meta {
    color: var(--_muted);
  }
  .status {
    font-weight: 600;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .status.open::before {
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
    padding: 0.15rem 1rem 0.15rem 0;
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: normal;
  }
  .links {
    padding-inline-start: 1.1rem;
  }
  .links li {
    margin: 0.2rem 0;
  }
  .law {
    margin: 0.75rem 0 0;
    font-size: 0.925em;
  }
  @media (forced-colors: active) {
    button,
    [role='option'][aria-selected='true'] {
      border: 2px solid ButtonText;
    }
    .status.open::before {
      background: CanvasText;
    }
  }
`;
