// Tests of the benchmark helpers (the figures themselves are printed, never asserted).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cumulativeLayoutShift, median, quantile, table} from './lib.mjs';
import {ALTERNATIVES} from './size.mjs';
import {BENCH_WIDGETS} from './widgets.mjs';

test('median and quantiles interpolate between sorted values', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(quantile([10, 20, 30, 40, 50], 0.95), 48);
  assert.ok(Number.isNaN(median([])));
});

test('CLS is the largest session window: shifts < 1 s apart, windows ≤ 5 s, input excluded', () => {
  assert.equal(cumulativeLayoutShift([]), 0);
  // one window: 0.1 + 0.2 + 0.05 (each < 1 s after the previous)
  const burst = [
    {value: 0.1, startTime: 100},
    {value: 0.2, startTime: 900},
    {value: 0.05, startTime: 1800},
  ];
  assert.equal(cumulativeLayoutShift(burst).toFixed(2), '0.35');
  // a gap of 1 s or more starts a new window: the largest wins
  assert.equal(cumulativeLayoutShift([{value: 0.1, startTime: 0}, {value: 0.3, startTime: 1000}, {value: 0.1, startTime: 1500}]).toFixed(2), '0.40');
  // a window stops at 5 s even with no gap
  const steady = Array.from({length: 12}, (_, i) => ({value: 0.1, startTime: i * 900}));
  assert.equal(cumulativeLayoutShift(steady).toFixed(2), '0.60');
  // shifts right after input do not count
  assert.equal(cumulativeLayoutShift([{value: 0.5, startTime: 0, hadRecentInput: true}, {value: 0.01, startTime: 10}]), 0.01);
});

test('tables are Markdown with padded columns, numbers right-aligned', () => {
  const text = table(['file', 'gzip B'], [['a.js', '1,234'], ['long-name.js', '56']]);
  assert.deepEqual(text.split('\n'), ['| file         | gzip B |', '| ------------ | -----: |', '| a.js         |  1,234 |', '| long-name.js |     56 |']);
});

test('every benchmarked widget names alternatives that exist, and has its own bundle entry', () => {
  for (const widget of BENCH_WIDGETS) {
    assert.match(widget.tag, /^pp-[a-z-]+$/);
    assert.equal(widget.entry, `elements/${widget.tag}.js`);
    assert.ok(widget.alternative.length > 0, widget.tag);
    for (const name of widget.alternative) assert.ok(ALTERNATIVES[name], `${widget.tag}: unknown alternative ${name}`);
  }
});
