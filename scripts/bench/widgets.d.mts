// Types of widgets.mjs, for the browser tests that import it (test/resilience/registry.test.ts).
export interface BenchWidget {
  tag: string;
  entry: string;
  attributes: Record<string, string>;
  ready?: string;
  alternative: string[];
}
export const BENCH_WIDGETS: BenchWidget[];
