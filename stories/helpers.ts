import {html, type TemplateResult} from 'lit';

/** Wraps a story in a box of a given width, to show narrow-container layouts. */
export const inWidth = (width: number, story: TemplateResult): TemplateResult =>
  html`<div style="width:${width}px;max-width:100%;border:1px dashed #999">${story}</div>`;

/** Shows a story on a dark host page (the widget itself follows its `theme`). */
export const onDarkPage = (story: TemplateResult): TemplateResult => html`<div style="background:#101214;color:#e8eaed;padding:1rem">${story}</div>`;
