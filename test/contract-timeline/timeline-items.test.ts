import {expect} from '@open-wc/testing';
import {timelineItems, type LocalEvent} from '../../src/contract-timeline/timeline-items.js';

const today = {year: 2026, month: 11, day: 27};
const ids = (items: ReturnType<typeof timelineItems>) =>
  items.map((item) => (item.kind === 'contract' ? item.contract.id : `event:${item.event.label}`));

describe('timelineItems', () => {
  it('lists every contract in order and marks the one in force', () => {
    const items = timelineItems([], {today});
    expect(ids(items)).to.deep.equal(['2008-2010', '2011-2013', '2014-2016', '2017-2019', '2020-2022', '2023-2025']);
    expect(items.filter((i) => i.kind === 'contract' && i.current).map((i) => i.kind === 'contract' && i.contract.id)).to.deep.equal(['2023-2025']);
  });

  it('keeps contracts overlapping [from, to] and events within it', () => {
    const events: LocalEvent[] = [
      {date: {year: 2012}, label: 'a'},
      {date: {year: 2022, month: 6}, label: 'b'},
    ];
    expect(ids(timelineItems(events, {today, from: 2012, to: 2021}))).to.deep.equal(['2011-2013', 'event:a', '2014-2016', '2017-2019', '2020-2022']);
    // 2026 lies in the extension of 2023-2025
    expect(ids(timelineItems([], {today, from: 2026}))).to.deep.equal(['2023-2025']);
  });

  it('merges events chronologically, after the contract starting the same year, keeping document order on ties', () => {
    const events: LocalEvent[] = [
      {date: {year: 2022, month: 6}, label: 'june'},
      {date: {year: 2020}, label: 'year'},
      {date: {year: 2022, month: 6, day: 1}, label: 'first'},
      {date: {year: 2022, month: 6}, label: 'june-bis'},
    ];
    expect(ids(timelineItems(events, {today, from: 2020, to: 2022}))).to.deep.equal(['2020-2022', 'event:year', 'event:june', 'event:june-bis', 'event:first']);
  });

  it('highlights the contract covering a year', () => {
    const items = timelineItems([], {today, highlight: 2015});
    expect(items.filter((i) => i.kind === 'contract' && i.highlighted).map((i) => i.kind === 'contract' && i.contract.id)).to.deep.equal(['2014-2016']);
  });

  it('marks nothing in force after the last contract', () => {
    expect(timelineItems([], {today: {year: 2027, month: 1, day: 1}}).some((i) => i.kind === 'contract' && i.current)).to.equal(false);
  });
});
