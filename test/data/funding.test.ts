import {expect} from '@open-wc/testing';
import {annualFundAt, contractTotal, cumulativeFund, fundBetween, ratePerSecond, yearStart} from '../../src/data/funding.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

describe('funding amounts (contractual, from the contract data)', () => {
  it('gives exactly 522 million euros for 2020-2022, the figure of the government and of the facts sheet', () => {
    expect(cumulativeFund(2020, 2022, utc('2026-11-27'))).to.equal(522_000_000);
  });

  it('gives 2 484 million euros for 2008-2022: "more than 2.4 billion" (140×3 + 170×6 + 174×6 million, summed by hand)', () => {
    const byHand = (140 * 3 + 170 * 3 + 170 * 3 + 174 * 3 + 174 * 3) * 1e6;
    expect(byHand).to.equal(2_484_000_000);
    expect(cumulativeFund(2008, 2022, utc('2026-11-27'))).to.equal(byHand);
    expect(cumulativeFund(2008, 2022, utc('2026-11-27'))).to.be.greaterThan(2.4e9);
  });

  it('sums each contract’s three years to its total', () => {
    const now = utc('2030-01-01');
    expect(cumulativeFund(2008, 2010, now)).to.equal(420e6);
    expect(cumulativeFund(2011, 2013, now)).to.equal(510e6);
    expect(cumulativeFund(2017, 2019, now)).to.equal(522e6);
    expect(cumulativeFund(2023, 2025, now)).to.equal(522e6);
    // the extension year at the same rate; nothing after it
    expect(cumulativeFund(2026, 2026, now)).to.equal(174e6);
    expect(cumulativeFund(2008, 2026, now)).to.equal((420 + 510 + 510 + 522 + 522 + 522 + 174) * 1e6);
  });

  it('counts the current year pro rata of the time elapsed in it', () => {
    // 1 January 2026 to 27 November 2026: 330 days of 365
    const now = utc('2026-11-27');
    expect((now - yearStart(2026)) / DAY).to.equal(330);
    expect(cumulativeFund(2026, 2026, now)).to.be.closeTo((174e6 * 330) / 365, 1e-6);
    expect(cumulativeFund(2008, 2026, now)).to.be.closeTo(3_006e6 + (174e6 * 330) / 365, 1e-3);
    // half of a leap year (2024 has 366 days): 183 days
    expect(cumulativeFund(2024, 2024, utc('2024-07-02'))).to.be.closeTo(87e6, 1e-6);
    // until today only, never the future
    expect(cumulativeFund(2025, 2026, utc('2026-01-01'))).to.equal(174e6);
    expect(cumulativeFund(2026, 2026, utc('2025-06-01'))).to.equal(0);
  });

  it('computes funding between any two instants, across years of different funds', () => {
    // the last day of 2010 (140 M€/year) and the first of 2011 (170 M€/year)
    expect(fundBetween(utc('2010-12-31'), utc('2011-01-02'))).to.be.closeTo(140e6 / 365 + 170e6 / 365, 1e-6);
    expect(fundBetween(utc('2000-01-01'), utc('2008-01-01'))).to.equal(0);
    expect(fundBetween(utc('2027-01-01'), utc('2030-01-01'))).to.equal(0);
    expect(fundBetween(utc('2022-01-01'), utc('2020-01-01'))).to.equal(0);
  });

  it('gives the annual fund in force, and none after the last contract', () => {
    expect(annualFundAt(utc('2009-06-01'))).to.equal(140e6);
    expect(annualFundAt(utc('2012-06-01'))).to.equal(170e6);
    expect(annualFundAt(utc('2026-11-27'))).to.equal(174e6);
    expect(annualFundAt(utc('2027-06-01'))).to.equal(0);
    expect(annualFundAt(utc('2007-12-31'))).to.equal(0);
  });

  it('gives the total of the contract covering a year, its extension excluded', () => {
    expect(contractTotal(2009)).to.equal(420e6);
    expect(contractTotal(2021)).to.equal(522e6);
    expect(contractTotal(2026)).to.equal(522e6); // 2023-2025, extended to 2026
    expect(contractTotal(2027)).to.equal(undefined);
  });

  it('gives the live rate: about 5.5 euros a second at 174 million a year', () => {
    const rate = ratePerSecond(utc('2026-11-27'));
    expect(rate).to.be.closeTo(174e6 / (365 * 86_400), 1e-9);
    expect(rate).to.be.closeTo(5.52, 0.01);
    expect(ratePerSecond(utc('2024-03-01'))).to.be.closeTo(174e6 / (366 * 86_400), 1e-9);
    expect(ratePerSecond(utc('2027-03-01'))).to.equal(0);
    // a day at that rate is a day's share of the fund
    const now = utc('2026-03-01');
    expect(fundBetween(now, now + DAY)).to.be.closeTo(ratePerSecond(now) * 86_400, 1e-6);
  });
});
