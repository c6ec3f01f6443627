/**
 * A commune's own milestone inside `<pp-contract-timeline>`, merged chronologically with the contracts.
 * It renders nothing itself: the timeline reads it. Before the script loads (or without JavaScript)
 * its text shows as plain fallback content.
 *
 * @summary A local milestone of the timeline.
 * @tagname pp-timeline-event
 *
 * @attr date - When it happened: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Required.
 * @attr label - What happened, in a few words. Required.
 * @attr href - Optional link (http, https or a path of the site) for more information.
 */
export class TimelineEvent extends HTMLElement {
  /** When it happened: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  declare date: string;
  /** What happened, in a few words. */
  declare label: string;
  /** Optional link for more information. */
  declare href: string;
}

// Each property mirrors its attribute.
for (const name of ['date', 'label', 'href']) {
  Object.defineProperty(TimelineEvent.prototype, name, {
    get(this: Element) {
      return this.getAttribute(name) ?? '';
    },
    set(this: Element, value: string) {
      this.setAttribute(name, value);
    },
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-timeline-event': TimelineEvent;
  }
}
