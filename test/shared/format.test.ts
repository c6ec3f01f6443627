import {expect} from '@open-wc/testing';
import {
  formatEurosCompact,
  formatEurosFull,
  formatEurosLong,
  formatDistance,
  formatNumber,
  formatPartialDate,
  partialDateToIso,
} from '../../src/shared/format.js';
import {setLocale} from '../../src/shared/i18n.js';
import {normalizeSpaces as n} from '../helpers/text.js';

describe('format (French conventions through Intl)', () => {
  afterEach(() => setLocale('fr'));

  it('groups thousands with a narrow no-break space in French', () => {
    expect(formatNumber(12345, 'fr')).to.equal('12\u202f345');
    expect(formatNumber(12345, 'en')).to.equal('12,345');
  });

  it('writes amounts in grammatical French words', () => {
    expect(n(formatEurosLong(2_469_000_000, 'fr'))).to.equal('2,47 milliards d’euros');
    expect(n(formatEurosLong(522_000_000, 'fr'))).to.equal('522 millions d’euros');
    expect(n(formatEurosLong(1_500_000, 'fr'))).to.equal('1,5 million d’euros');
    expect(n(formatEurosLong(950_000, 'fr'))).to.equal('950 000 euros');
  });

  it('writes amounts in English words once the English catalog is loaded', async () => {
    await setLocale('en');
    expect(n(formatEurosLong(2_469_000_000))).to.equal('2.47 billion euros');
    expect(n(formatEurosLong(950_000))).to.equal('950,000 euros');
  });

  it('formats compact and full currency amounts', () => {
    expect(n(formatEurosCompact(2_469_000_000, 'fr'))).to.equal('2,47 Md €');
    expect(n(formatEurosFull(2_469_000_000, 'fr'))).to.equal('2 469 000 000 €');
    expect(n(formatEurosFull(522_000_000, 'en'))).to.equal('€522,000,000');
  });

  it('formats distances in kilometres, one decimal below 10 km', () => {
    expect(n(formatDistance(2.34, 'fr'))).to.equal('2,3 km');
    expect(n(formatDistance(12.6, 'fr'))).to.equal('13 km');
  });

  it('formats distances under 1 km in metres, to the nearest 10, never "0"', () => {
    expect(n(formatDistance(0.347, 'fr'))).to.equal('350 m');
    expect(n(formatDistance(0.5, 'en'))).to.equal('500 m');
    expect(n(formatDistance(0.004, 'fr'))).to.equal('10 m');
    expect(n(formatDistance(0, 'fr'))).to.equal('10 m');
    // 996 m rounds to 1,000 m: said in kilometres
    expect(n(formatDistance(0.996, 'fr'))).to.equal('1 km');
    expect(n(formatDistance(1.04, 'fr'))).to.equal('1 km');
  });

  it('writes "1er" for the first day of a month in French only', () => {
    expect(n(formatPartialDate({year: 2008, month: 1, day: 1}, 'fr'))).to.equal('1er janvier 2008');
    expect(n(formatPartialDate({year: 2007, month: 11, day: 19}, 'fr'))).to.equal('19 novembre 2007');
    expect(n(formatPartialDate({year: 2008, month: 1, day: 1}, 'en'))).to.equal('1 January 2008');
    expect(n(formatPartialDate({year: 2022, month: 6}, 'fr'))).to.equal('juin 2022');
    expect(formatPartialDate({year: 2022}, 'fr')).to.equal('2022');
  });

  it('never moves a calendar date with the time zone', () => {
    // 31 December formatted in UTC whatever the browser's zone
    expect(n(formatPartialDate({year: 2026, month: 12, day: 31}, 'fr'))).to.equal('31 décembre 2026');
  });

  it('writes datetime attribute values', () => {
    expect(partialDateToIso({year: 2022, month: 6})).to.equal('2022-06');
    expect(partialDateToIso({year: 2007, month: 11, day: 9})).to.equal('2007-11-09');
    expect(partialDateToIso({year: 2022})).to.equal('2022');
  });
});
