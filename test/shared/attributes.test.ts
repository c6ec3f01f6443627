import {expect} from '@open-wc/testing';
import {
  parseCalendarDate,
  parseDecimal,
  parseHeadingLevel,
  parseInteger,
  parseKeyword,
  parseLink,
  parseYear,
  shortValue,
} from '../../src/shared/attributes.js';

describe('attribute parsers', () => {
  it('parse years within bounds and explain the rest', () => {
    expect(parseYear('from', '2010', 2008, 2026)).to.deep.equal({ok: true, value: 2010});
    expect(parseYear('from', ' 2010 ', 2008, 2026)).to.deep.equal({ok: true, value: 2010});
    expect(parseYear('from', null, 2008, 2026)).to.deep.equal({ok: true, value: undefined});
    for (const bad of ['abc', '2007', '2027', '2010.5', '20 10', '1e3', '0x7DA']) {
      const result = parseYear('from', bad, 2008, 2026);
      expect(result.ok, bad).to.equal(false);
      if (!result.ok) expect(result.problem.message).to.contain('entre 2008 et 2026').and.contain(`from="${bad}"`);
    }
  });

  it('parse heading levels 2 to 6, defaulting to 2', () => {
    expect(parseHeadingLevel(undefined)).to.deep.equal({ok: true, value: 2});
    expect(parseHeadingLevel('4')).to.deep.equal({ok: true, value: 4});
    expect(parseHeadingLevel(5)).to.deep.equal({ok: true, value: 5});
    for (const bad of ['1', '7', '9', 'h3', '-2']) expect(parseHeadingLevel(bad).ok, bad).to.equal(false);
  });

  it('parse integers and decimals, with a French decimal comma', () => {
    expect(parseInteger('limit', '3', 1, 20, 1)).to.deep.equal({ok: true, value: 3});
    expect(parseInteger('limit', '', 1, 20, 1)).to.deep.equal({ok: true, value: 1});
    expect(parseDecimal('max-distance', '2,5', 0, 100)).to.deep.equal({ok: true, value: 2.5});
    expect(parseDecimal('max-distance', '-1', 0, 100).ok).to.equal(false);
    expect(parseDecimal('max-distance', 'Infinity', 0, 100).ok).to.equal(false);
  });

  it('parse keywords case-insensitively and list the allowed values', () => {
    expect(parseKeyword('orientation', 'Vertical', ['auto', 'vertical'] as const, 'auto')).to.deep.equal({ok: true, value: 'vertical'});
    const bad = parseKeyword('orientation', 'diagonal', ['auto', 'vertical'] as const, 'auto');
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.problem.message).to.contain('"auto", "vertical"');
  });

  it('parse calendar dates of year, month or day precision and reject impossible ones', () => {
    expect(parseCalendarDate('date', '2022')).to.deep.equal({ok: true, value: {year: 2022, month: undefined, day: undefined}});
    expect(parseCalendarDate('date', '2022-06')).to.deep.equal({ok: true, value: {year: 2022, month: 6, day: undefined}});
    expect(parseCalendarDate('date', '2024-02-29')).to.deep.equal({ok: true, value: {year: 2024, month: 2, day: 29}});
    for (const bad of ['2023-02-29', '2022-13', '2022-6', '22-06-01', 'juin 2022', '2022-06-31']) {
      expect(parseCalendarDate('date', bad).ok, bad).to.equal(false);
    }
    expect(parseCalendarDate('today', '2022-06', 'day').ok).to.equal(false);
  });

  it('accept only http(s) links or paths of the site', () => {
    expect(parseLink('href', 'https://mairie.example/poste', 'https://site.example/')).to.deep.equal({ok: true, value: 'https://mairie.example/poste'});
    expect(parseLink('href', '/actualites/agence', 'https://site.example/page')).to.deep.equal({ok: true, value: 'https://site.example/actualites/agence'});
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      expect(parseLink('href', bad, 'https://site.example/').ok, bad).to.equal(false);
    }
  });

  it('shorten huge or multi-line values in messages', () => {
    expect(shortValue('a\n\n b')).to.equal('a b');
    expect(shortValue('x'.repeat(500))).to.have.length(40);
  });
});
