import {css, unsafeCSS} from 'lit';

/** The horizontal layout, applied to a list carrying the class `orientation`. */
const horizontal = (orientation: 'horizontal' | 'auto') => {
  const list = unsafeCSS(`.list.${orientation}`);
  return css`
    ${list} {
      padding: 0;
      border-inline-start: 0;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      row-gap: calc(var(--_space) * 0.75 + 1.5rem);
      align-items: start;
      margin-top: 1.5rem;
    }
    /* Each entry draws its stretch of the axis, gap included, so every wrapped row has its own line. */
    ${list} .item::before {
      content: '';
      position: absolute;
      top: calc(-0.75rem - 2px);
      inset-inline: calc(var(--_space) * -0.375 - 1px);
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
  .title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.5rem;
    border-inline-start: 2px solid var(--_border);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .item {
    position: relative;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .marker {
    position: absolute;
    inset-inline-start: calc(-1.5rem - 8px);
    top: 1.1rem;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    background: var(--_bg);
  }
  .item.current .marker {
    background: var(--_accent);
  }
  .item.event .marker {
    border-radius: 2px;
    transform: rotate(45deg);
    border-color: var(--_fg);
  }
  .item.current {
    /* a thicker look without a thicker border, so markers keep their place */
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .item.highlighted {
    background: var(--_accent-soft);
    outline: 3px double var(--_accent);
    outline-offset: 2px;
  }
  .item.event {
    border-style: dashed;
    background: var(--_bg);
  }
  .item-title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .badges {
    margin: 0.35rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  .current-badge {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .highlight-badge,
  .event-badge {
    color: var(--_fg);
    background: var(--_bg);
  }
  .event-badge {
    border-color: var(--_fg);
    border-style: dashed;
  }
  .amount,
  .extension,
  .description {
    margin: 0.35rem 0 0;
  }
  .extension {
    color: var(--_muted);
    font-size: 0.9em;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    min-height: 1.5rem;
    padding: 0.15rem 0;
    color: var(--_accent);
    font-weight: 600;
  }
  dl {
    margin: 0.5rem 0 0;
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .novelties-title {
    margin: 0.75rem 0 0;
    font-weight: 600;
  }
  .novelties {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .sources {
    margin: 0.5rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .empty {
    margin: 0;
  }
  @container (max-width: 24rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-bottom: 0.35rem;
    }
  }
  /* Horizontal: forced, or automatic from 48rem of container width. */
  ${horizontal('horizontal')}
  @container (min-width: 48rem) {
    ${horizontal('auto')}
  }
  @media (forced-colors: active) {
    .marker,
    .item.current .marker {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .current-badge {
      border-width: 2px;
    }
  }
`;
