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
  get date(): string {
    return this.getAttribute('date') ?? '';
  }
  set date(value: string) {
    this.setAttribute('date', value);
  }

  /** What happened, in a few words. */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string) {
    this.setAttribute('label', value);
  }

  /** Optional link for more information. */
  get href(): string {
    return this.getAttribute('href') ?? '';
  }
  set href(value: string) {
    this.setAttribute('href', value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-timeline-event': TimelineEvent;
  }
}
