import {expect} from '@open-wc/testing';
import {digitsLike} from '../../src/funding-counter/count-up.js';
import {formatEurosCompact, formatEurosFull, formatEurosLong} from '../../src/shared/format.js';
import {setLocale} from '../../src/shared/i18n.js';
import {normalizeSpaces} from '../helpers/text.js';

const n = normalizeSpaces;

describe('digitsLike (the moving digits)', () => {
  it('keeps the unit and words of the final text, in French', () => {
    const final = formatEurosLong(2_469_000_000, 'fr');
    expect(n(final)).to.equal('2,47 milliards d’euros');
    expect(n(digitsLike(final, 2_469_000_000, 1_234_500_000, 'fr'))).to.equal('1,23 milliards d’euros');
    expect(n(digitsLike(final, 2_469_000_000, 0, 'fr'))).to.equal('0 milliards d’euros');
    expect(n(digitsLike(formatEurosCompact(522e6, 'fr'), 522e6, 261e6, 'fr'))).to.equal('261 M €');
    expect(n(digitsLike(formatEurosFull(522e6, 'fr'), 522e6, 12_345.4, 'fr'))).to.equal('12 345 €');
  });

  it('reads English separators the English way', async () => {
    await setLocale('en'); // the words of formatEurosLong follow the widgets' locale
    expect(n(digitsLike(formatEurosLong(2_469_000_000, 'en'), 2_469_000_000, 1_234_500_000, 'en'))).to.equal('1.23 billion euros');
    expect(digitsLike(formatEurosFull(2_469_000_000, 'en'), 2_469_000_000, 1_234_567_890, 'en')).to.equal('€1,234,567,890');
    expect(digitsLike(formatEurosCompact(2_469_000_000, 'en'), 2_469_000_000, 1e9, 'en')).to.equal('€1bn');
    await setLocale('fr');
  });

  it('never shows more characters than the final text on the way up', async () => {
    for (const locale of ['fr', 'en']) {
      await setLocale(locale);
      for (const final of [2_484_000_000, 3_163_315_068.49, 522e6, 174e6, 950_000, 1_500]) {
        for (const format of [formatEurosLong, formatEurosCompact, formatEurosFull]) {
          const text = format(final, locale);
          for (let i = 0; i <= 50; i++) {
            const moving = digitsLike(text, final, (final * i) / 50, locale);
            expect(moving.length, `${text} at ${i}/50: ${moving}`).to.be.at.most(text.length);
          }
          expect(digitsLike(text, final, final, locale), text).to.equal(text);
        }
      }
    }
    await setLocale('fr');
  });

  it('shows a rising live amount in the same shape', () => {
    const text = formatEurosFull(3_163_315_068.49, 'fr');
    expect(n(digitsLike(text, 3_163_315_068.49, 3_163_315_068.49 + 5.5 * 60, 'fr'))).to.equal('3 163 315 398 €');
  });
});
