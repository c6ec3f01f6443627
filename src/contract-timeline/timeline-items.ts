import {CONTRACTS, lastYearOf, type Contract} from '../data/contracts.js';
import type {CalendarDate} from '../shared/attributes.js';

/** A commune's own milestone, read from a `<pp-timeline-event>` child. */
export interface LocalEvent {
  date: CalendarDate;
  label: string;
  href?: string;
  description?: string;
}

export type TimelineItem =
  | {kind: 'contract'; contract: Contract; current: boolean; highlighted: boolean}
  | {kind: 'event'; event: LocalEvent};

export interface TimelineOptions {
  from?: number;
  to?: number;
  /** Today's date, to mark the contract in force. */
  today: CalendarDate;
  highlight?: number;
}

const covers = (contract: Contract, year: number) => year >= contract.startYear && year <= lastYearOf(contract);

/**
 * Sort key: the date as one number, year, month and day, then contracts before local events of the
 * same date (a contract starts on 1 January of its first year; an event without month or day counts
 * as the start of its year or month).
 */
function sortKey(item: TimelineItem): number {
  if (item.kind === 'contract') return item.contract.startYear * 1e5;
  const {year, month = 0, day = 0} = item.event.date;
  return year * 1e5 + month * 1e3 + day * 10 + 1;
}

/**
 * The contracts overlapping [from, to] and the local events within it, in chronological order,
 * with the contract in force today and the highlighted one marked. Pure: the element only renders it.
 */
export function timelineItems(events: readonly LocalEvent[], options: TimelineOptions, contracts: readonly Contract[] = CONTRACTS): TimelineItem[] {
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  const items: TimelineItem[] = [];
  for (const contract of contracts) {
    if (lastYearOf(contract) < from || contract.startYear > to) continue;
    items.push({
      kind: 'contract',
      contract,
      current: covers(contract, options.today.year),
      highlighted: options.highlight !== undefined && covers(contract, options.highlight),
    });
  }
  for (const event of events) {
    if (event.date.year >= from && event.date.year <= to) items.push({kind: 'event', event});
  }
  // Array.prototype.sort is stable, so events of the same date keep their document order.
  return items.sort((a, b) => sortKey(a) - sortKey(b));
}
