import {annualFundByYear, contractCoveringYear} from './contracts.js';

/**
 * Amounts of the funding counter, from the contract data: what the contracts foresee ("montants
 * prévus"), not what was paid. Instants are milliseconds since the epoch; years run in UTC.
 */

/** 1 January of a year, 00:00 UTC. */
export const yearStart = (year: number): number => Date.UTC(year, 0, 1);

/** Contractual funding in euros between two instants, each year's fund spread evenly over the year. */
export function fundBetween(from: number, to: number): number {
  let total = 0;
  for (const [year, fund] of annualFundByYear()) {
    const start = yearStart(year);
    const end = yearStart(year + 1);
    const overlap = Math.min(to, end) - Math.max(from, start);
    if (overlap > 0) total += (fund * overlap) / (end - start);
  }
  return total;
}

/** Funding of the years `since` to `until` (both included), counted up to `now` (pro rata of its year). */
export function cumulativeFund(since: number, until: number, now: number): number {
  return fundBetween(yearStart(since), Math.min(now, yearStart(until + 1)));
}

/** The annual fund in force at an instant, in euros; 0 when no contract covers its year. */
export function annualFundAt(now: number): number {
  return annualFundByYear().get(new Date(now).getUTCFullYear()) ?? 0;
}

/** The live rate at an instant, in euros a second (174 M€ a year ≈ 5.5 €/s). */
export function ratePerSecond(now: number): number {
  const year = new Date(now).getUTCFullYear();
  return (annualFundAt(now) * 1000) / (yearStart(year + 1) - yearStart(year));
}

/** Total of the contract covering a year (its contractual period, extension excluded), in euros. */
export function contractTotal(year: number): number | undefined {
  const contract = contractCoveringYear(year);
  return contract && contract.totalMillionEuros * 1e6;
}
