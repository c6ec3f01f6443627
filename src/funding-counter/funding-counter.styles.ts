import {css} from '../shared/css.js';

/**
 * The amount in large tabular figures. The final text sits, invisible, in the same grid cell as the
 * moving digits: the box takes the final size from the first frame and never changes while they
 * move. Long amounts wrap instead of overflowing a narrow column.
 */
export const counterStyles = css`
  .value { display: grid; font-size: var(--pp-counter-size, 2em); font-weight: 700; line-height: 1.2; color: var(--_accent); font-variant-numeric: tabular-nums; overflow-wrap: anywhere }
  .value > * { grid-area: 1/1 }
  .final { visibility: hidden }
  .label { display: block; margin-top: .25rem }
`;
