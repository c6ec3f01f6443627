import {expect} from '@open-wc/testing';
import {
  AttributeProblem,
  parseCalendarDate,
  parseHeadingLevel,
  parseKeyword,
  parseLink,
  parseNumber,
  parseYear,
} from '../../src/shared/attributes.js';

const problemOf = (result: unknown) => {
  expect(result, 'a problem').to.be.instanceOf(AttributeProblem);
  return result as AttributeProblem;
};

describe('attribute parsers', () => {
  it('parse years within bounds and explain the rest', () => {
    expect(parseYear('from', '2010', 2008, 2026)).to.equal(2010);
    expect(parseYear('from', ' 2010 ', 2008, 2026)).to.equal(2010);
    expect(parseYear('from', null, 2008, 2026)).to.equal(undefined);
    expect(parseYear('from', '  ', 2008, 2026)).to.equal(undefined);
    for (const bad of ['abc', '2007', '2027', '2010.5', '20 10', '1e3', '0x7DA']) {
      const {message, attribute, value} = problemOf(parseYear('from', bad, 2008, 2026));
      expect(message, bad).to.contain('entre 2008 et 2026').and.contain(`from="${bad}"`);
      expect([attribute, value]).to.deep.equal(['from', bad]);
    }
  });

  it('parse heading levels 2 to 6', () => {
    expect(parseHeadingLevel(undefined)).to.equal(undefined);
    expect(parseHeadingLevel('4')).to.equal(4);
    expect(parseHeadingLevel(5)).to.equal(5);
    for (const bad of ['1', '7', '9', 'h3', '-2']) problemOf(parseHeadingLevel(bad));
  });

  it('parse whole and decimal numbers, with a French decimal comma', () => {
    expect(parseNumber('limit', '3', 1, 20, true)).to.equal(3);
    expect(parseNumber('limit', '', 1, 20, true)).to.equal(undefined);
    expect(problemOf(parseNumber('limit', '2.5', 1, 20, true)).message).to.contain('nombre entier entre 1 et 20');
    expect(parseNumber('max-distance', '2,5', 0, 100)).to.equal(2.5);
    expect(parseNumber('max-distance', '.5', 0, 100)).to.equal(0.5);
    for (const bad of ['-1', 'Infinity', 'NaN', '1e3', '2,5 km']) expect(problemOf(parseNumber('max-distance', bad, 0, 100)).message, bad).to.contain('nombre entre 0 et 100');
  });

  it('parse keywords case-insensitively and list the allowed values', () => {
    expect(parseKeyword('orientation', 'Vertical', ['auto', 'vertical'] as const)).to.equal('vertical');
    expect(parseKeyword('orientation', undefined, ['auto', 'vertical'] as const)).to.equal(undefined);
    expect(problemOf(parseKeyword('orientation', 'diagonal', ['auto', 'vertical'] as const)).message).to.contain('"auto", "vertical"');
  });

  it('parse calendar dates of year, month or day precision and reject impossible ones', () => {
    expect(parseCalendarDate('date', '2022')).to.deep.equal({year: 2022, month: undefined, day: undefined});
    expect(parseCalendarDate('date', '2022-06')).to.deep.equal({year: 2022, month: 6, day: undefined});
    expect(parseCalendarDate('date', '2024-02-29')).to.deep.equal({year: 2024, month: 2, day: 29});
    for (const bad of ['2023-02-29', '2022-13', '2022-00', '2022-6', '22-06-01', 'juin 2022', '2022-06-31', '1850']) problemOf(parseCalendarDate('date', bad));
    expect(problemOf(parseCalendarDate('today', '2022-06', true)).message).to.contain('AAAA-MM-JJ');
  });

  it('accept only http(s) links or paths of the site', () => {
    expect(parseLink('href', 'https://mairie.example/poste', 'https://site.example/')).to.equal('https://mairie.example/poste');
    expect(parseLink('href', '/actualites/agence', 'https://site.example/page')).to.equal('https://site.example/actualites/agence');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) problemOf(parseLink('href', bad, 'https://site.example/'));
  });

  it('shorten huge or multi-line values in messages', () => {
    expect(new AttributeProblem('a', 'x\n\n y', 'z').value).to.equal('x y');
    expect(new AttributeProblem('a', 'x'.repeat(500), 'z').value).to.have.length(40);
  });
});
