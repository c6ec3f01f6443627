import {css} from '../shared/css.js';

/** The horizontal layout, for a list with the class `orientation`: a wrapping row of cards. */
const horizontal = (orientation: 'horizontal' | 'auto') => {
  const list = `.list.${orientation}`;
  return css`
    ${list} {
      margin-top: 1.5rem;
      padding: 0;
      border: 0;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      row-gap: 2.25rem;
      align-items: start;
    }
    /* each entry draws its stretch of the axis, gap included, so every wrapped row has its own line */
    ${list} .card::before {
      content: '';
      position: absolute;
      top: -0.85rem;
      inset-inline: -0.5rem;
      border-top: 2px solid var(--_border);
    }
    ${list} .marker {
      inset-inline-start: 1rem;
      top: calc(-0.75rem - 8px);
    }
  `;
};

/**
 * Vertical list with an axis on the left in narrow containers; a wrapping row of cards under a
 * horizontal axis when there is room. Wrapping instead of scrolling: no horizontal scrollbar at
 * any width, so nothing to drag and no scroll region to make focusable.
 */
export const timelineStyles = css`
  .frame {
    container-type: inline-size;
  }
  .list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0 0 0 1.5rem;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }
  .marker {
    position: absolute;
    inset-inline-start: calc(-1.5rem - 8px);
    top: 1.1rem;
    width: 14px;
    height: 14px;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_bg);
  }
  .current {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .current .marker,
  .current-badge {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .highlighted {
    background: var(--_accent-soft);
    outline: 3px double var(--_accent);
    outline-offset: 2px;
  }
  .event {
    border-style: dashed;
    background: var(--_bg);
  }
  .event .marker {
    border-color: var(--_fg);
    border-radius: 2px;
    transform: rotate(45deg);
  }
  .event-badge {
    border-style: dashed;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  summary {
    margin-top: 0.5rem;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
  }
  dt,
  .strong {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  @container (max-width: 24rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  ${horizontal('horizontal')}
  @container (min-width: 48rem) {
    ${horizontal('auto')}
  }
  @media (forced-colors: active) {
    .current .marker {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
