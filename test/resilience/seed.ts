import fc from 'fast-check';
import {executeServerCommand} from '@web/test-runner-commands';

/** The fuzz suites are deterministic in CI; `PP_FUZZ_SEED=random` (or a number) explores further. */
export const DEFAULT_SEED = 20261127;

export async function fuzzSeed(): Promise<number> {
  const wanted = await executeServerCommand<string, undefined>('pp-fuzz-seed');
  if (wanted === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (wanted && Number.isInteger(Number(wanted))) return Number(wanted);
  return DEFAULT_SEED;
}

/**
 * fc.assert with a seed, and a failure message that says how to replay it. fast-check's own message
 * follows: the counterexample (shrunk) and its `path`.
 */
export async function assertProperty<T>(label: string, property: fc.IAsyncProperty<T>, seed: number, numRuns: number, file: string): Promise<void> {
  try {
    await fc.assert(property, {seed, numRuns, includeErrorInReport: true});
  } catch (error) {
    const e = error as Error;
    // counterexamples can be 200,000 characters long: shorten the strings fast-check prints
    const message = e.message.replace(/"(?:[^"\\]|\\.){300,}?"/g, (s) => `${s.slice(0, 120)}…" (${s.length} characters)`);
    e.message = `${label} failed with seed ${seed} (replay: PP_FUZZ_SEED=${seed} npx wtr --files ${file})\n${message}`;
    throw e;
  }
}
