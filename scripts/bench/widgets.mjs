// The widgets `npm run bench` measures: one entry each. Plain data, no Node import, so that the
// browser tests can read it too (test/resilience/registry.test.ts checks it lists the same elements
// as test/resilience/widgets.ts and custom-elements.json).
//
//   tag          the element
//   entry        its own bundle under dist/ (rollup.config.mjs builds one per element)
//   attributes   fixed attributes of every rendered instance (no real date, no motion)
//   ready        optional CSS selector, in the shadow root, that marks a finished render (widgets that load data:
//                render.mjs renders them once before measuring, so the samples find their data cached)
//   alternative  names of ALTERNATIVES (scripts/bench/size.mjs) a webmaster would use instead

/** @type {{tag: string, entry: string, attributes: Record<string, string>, ready?: string, alternative: string[]}[]} */
export const BENCH_WIDGETS = [
  {tag: 'pp-contract-timeline', entry: 'elements/pp-contract-timeline.js', attributes: {today: '2026-11-27'}, alternative: ['timelinejs']},
  {tag: 'pp-funding-counter', entry: 'elements/pp-funding-counter.js', attributes: {today: '2026-11-27', animation: 'none'}, alternative: ['countup', 'shoelace']},
  // a fixed commune (no geolocation, no search form) and a fixed time for "open now"; rendered once before
  // the samples, so that they measure the render with its data files already in the loader's cache
  {
    tag: 'pp-nearest-service',
    entry: 'elements/pp-nearest-service.js',
    attributes: {commune: '72050', now: '2026-11-24T10:00:00+01:00'},
    ready: '[part~="list"] [part~="point"]',
    alternative: ['leaflet'],
  },
];
