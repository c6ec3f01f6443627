import {expect} from '@open-wc/testing';
import {
  CONTRACTS,
  FIRST_CONTRACT_YEAR,
  LAST_CONTRACT_YEAR,
  annualFundByYear,
  contractCoveringYear,
  contractInForce,
  lastYearOf,
} from '../../src/data/contracts.js';
import {loadContractTexts} from '../../src/data/contract-texts.js';

describe('contracts data (from the fact sheet)', () => {
  it('lists the six contracts from 2008, the last extended to 2026', () => {
    expect(CONTRACTS.map((c) => c.id)).to.deep.equal(['2008-2010', '2011-2013', '2014-2016', '2017-2019', '2020-2022', '2023-2025']);
    expect(FIRST_CONTRACT_YEAR).to.equal(2008);
    expect(LAST_CONTRACT_YEAR).to.equal(2026);
    expect(lastYearOf(CONTRACTS[5])).to.equal(2026);
  });

  it('has contiguous periods with totals equal to the annual fund times the years', () => {
    for (let i = 0; i < CONTRACTS.length; i++) {
      const c = CONTRACTS[i];
      if (i) expect(c.startYear, c.id).to.equal(CONTRACTS[i - 1].endYear + 1);
      expect(c.totalMillionEuros, c.id).to.equal(c.annualFund.millionEuros * (c.endYear - c.startYear + 1));
      expect(c.sources.length, c.id).to.be.greaterThan(0);
      for (const s of c.sources) expect(s.url, c.id).to.match(/^https?:\/\//);
    }
  });

  it('gives 522 million euros for 2020-2022 and over 2.4 billion for 2008-2022', () => {
    const byYear = annualFundByYear();
    const sum = (from: number, to: number) => {
      let total = 0;
      for (let y = from; y <= to; y++) total += byYear.get(y) ?? 0;
      return total;
    };
    expect(sum(2020, 2022)).to.equal(522_000_000);
    // 140×3 + 170×3 + 170×3 + 174×3 + 174×3 million (fact sheet: 2.47-2.48 billion)
    expect(sum(2008, 2022)).to.equal(2_484_000_000);
    expect(sum(2008, 2022)).to.be.greaterThan(2.4e9);
    expect(byYear.get(2026)).to.equal(174_000_000);
    expect(byYear.has(2027)).to.equal(false);
  });

  it('has French and English texts for every contract, with the same figures, and notes for uncertain facts', async () => {
    const texts = await loadContractTexts();
    expect(Object.keys(texts.fr)).to.deep.equal(CONTRACTS.map((c) => c.id));
    expect(Object.keys(texts.en)).to.deep.equal(CONTRACTS.map((c) => c.id));
    const tokens = (list: string[]) => list.join(' ').match(/\{(n|meur):\d+\}/g) ?? [];
    for (const c of CONTRACTS) {
      const [fr, en] = [texts.fr[c.id], texts.en[c.id]];
      expect(fr.novelties.length, c.id).to.be.within(2, 4);
      expect(en.novelties.length, c.id).to.equal(fr.novelties.length);
      expect(tokens(en.novelties), c.id).to.deep.equal(tokens(fr.novelties));
      expect(en.signatories.amf, c.id).to.deep.equal(fr.signatories.amf);
      if (c.signed.uncertain) expect(fr.signedNote && en.signedNote, `${c.id} signed note`).to.be.a('string');
      if (c.annualFund.uncertain) expect(fr.fundNote && en.fundNote, `${c.id} fund note`).to.be.a('string');
    }
  });

  it('marks the uncertain facts of the sheet as uncertain', () => {
    expect(CONTRACTS[0].annualFund.uncertain).to.equal(true); // 140 vs 135 M€
    expect(CONTRACTS[2].annualFund.uncertain).to.equal(true); // inferred from 2017
    expect(CONTRACTS[4].signed.uncertain).to.equal(true); // 20 Jan or 5 Feb 2020
    expect(CONTRACTS[4].annualFund.upToMillionEuros).to.equal(177);
    expect(CONTRACTS[5].annualFund.upToMillionEuros).to.equal(177);
  });

  it('finds the contract in force on a date', () => {
    expect(contractInForce(new Date('2026-11-27T12:00:00Z'))?.id).to.equal('2023-2025');
    expect(contractInForce(new Date('2019-12-31T12:00:00Z'))?.id).to.equal('2017-2019');
    expect(contractInForce(new Date('2027-01-01T12:00:00Z'))).to.equal(undefined);
    expect(contractCoveringYear(2008)?.id).to.equal('2008-2010');
    expect(contractCoveringYear(2007)).to.equal(undefined);
  });
});
