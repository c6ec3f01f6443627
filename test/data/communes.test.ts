import {expect} from '@open-wc/testing';
import {communeByCode, communesByPostcode, searchCommunes, searchKey} from '../../src/data/communes.js';
import {clearDataCache} from '../../src/data/loader.js';
import type {Commune} from '../../src/data/types.js';
import {BASE, prng, spyFetch} from '../helpers/data.js';

// Commune lookups against dist/data; the oracle for postcodes and search is
// @etalab/decoupage-administratif (served from node_modules) and the raw centres file.

interface Decoupage {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
  /** Arrondissements: the city they belong to. */
  commune?: string;
}

const opts = {base: BASE};
const names = (list: Commune[]) => list.map((c) => c.name);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The test's own reading of "starts with, ignoring accents, case, hyphens and apostrophes". */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('communes', () => {
  let current: Decoupage[];
  /** "<city code> <postcode>" → the arrondissement of Paris, Lyon or Marseille that postcode serves. */
  let districtOf: Map<string, string>;
  let population: Map<string, number | null>;

  before(async function () {
    this.timeout(30000);
    const all: Decoupage[] = await (await fetch('/node_modules/@etalab/decoupage-administratif/data/communes.json')).json();
    current = all.filter((c) => c.type === 'commune-actuelle');
    districtOf = new Map(
      all.filter((c) => c.type === 'arrondissement-municipal').flatMap((a) => (a.codesPostaux ?? []).map((pc): [string, string] => [`${a.commune} ${pc}`, a.code])),
    );
    const centres: {code: string; population: number | null}[] = await (await fetch('/__raw/communes')).json();
    population = new Map(centres.map((c) => [c.code, c.population]));
  });
  beforeEach(() => clearDataCache());

  it('resolves an INSEE code with one shard file (after the index)', async () => {
    const spy = spyFetch();
    let brulon: Commune | null;
    try {
      brulon = await communeByCode('72050', opts);
    } finally {
      spy.restore();
    }
    expect(spy.urls).to.have.length(2);
    expect(spy.urls[0]).to.equal('/dist/data/communes/index.json');
    expect(spy.urls[1]).to.match(/^\/dist\/data\/communes\/code\/\d+\.json$/);
    expect(brulon).to.deep.include({code: '72050', name: 'Brûlon', departement: '72', postcodes: ['72350']});
    expect(brulon!.population).to.equal(population.get('72050'));
    expect(brulon!.lat).to.be.closeTo(47.97, 0.05);
    expect(brulon!.lon).to.be.closeTo(-0.23, 0.05);
    expect(brulon!.epci?.code).to.match(/^\d{9}$/);
    expect(brulon!.epci?.name).to.match(/\w/);
  });

  it('gives each arrondissement of Paris, Lyon and Marseille its own place, by code, postcode and name', async () => {
    const paris = await communeByCode('75056', opts);
    expect(paris).to.deep.include({code: '75056', name: 'Paris', departement: '75'});
    expect(paris!.postcodes).to.include.members(['75001', '75020', '75116']);
    const twelfth = (await communeByCode('75112', opts))!;
    expect(twelfth).to.deep.include({code: '75112', name: 'Paris 12e Arrondissement', departement: '75', postcodes: ['75012']});
    // its own centre, east of the city's (Hôtel de Ville), within the 12e
    expect(twelfth.lon).to.be.within(2.37, 2.42);
    expect(twelfth.lat).to.be.within(48.83, 48.85);
    expect((await communesByPostcode('75012', opts)).map((c) => c.code)).to.deep.equal(['75112']);
    expect((await communesByPostcode('75116', opts)).map((c) => c.code)).to.deep.equal(['75116']);
    expect((await communeByCode('13216', opts))?.name).to.equal('Marseille 16e Arrondissement');
    expect((await communeByCode('69381', opts))?.name).to.equal('Lyon 1er Arrondissement');
    expect((await searchCommunes('paris 12', opts)).map((c) => c.code)).to.deep.equal(['75112']);
  });

  it('maps communes déléguées and former codes to the current commune', async () => {
    expect((await communeByCode('01340', opts))?.name).to.equal('Arboys en Bugey'); // former code
    expect((await communeByCode('01039', opts))?.code).to.equal('01138'); // commune déléguée (Béon)
    expect((await communeByCode('2a004', opts))?.name).to.equal('Ajaccio');
  });

  it('resolves overseas communes', async () => {
    expect(await communeByCode('97209', opts)).to.deep.include({name: 'Fort-de-France', departement: '972', postcodes: ['97200', '97234']});
    expect((await communeByCode('97411', opts))?.name).to.equal('Saint-Denis');
    expect((await communeByCode('97611', opts))?.departement).to.equal('976');
    expect((await communeByCode('97801', opts))?.name).to.equal('Saint-Martin');
  });

  it('answers null for unknown codes', async () => {
    for (const code of ['00000', '99999', '75000', 'abc', '']) expect(await communeByCode(code, opts), code).to.equal(null);
  });

  it('gives every commune of a postcode, from one file', async () => {
    const spy = spyFetch();
    let list: Commune[];
    try {
      list = await communesByPostcode('72350', opts);
    } finally {
      spy.restore();
    }
    expect(spy.urls).to.have.length(2);
    expect(names(list).sort()).to.deep.equal(['Avessé', 'Brûlon', 'Chevillé', 'Fontenay-sur-Vègre', 'Poillé-sur-Vègre', "Saint-Denis-d'Orques", 'Saint-Ouen-en-Champagne', 'Viré-en-Champagne']);
    expect(list[0].name).to.equal('Brûlon'); // most populated first
    expect(await communesByPostcode('00000', opts)).to.deep.equal([]);
    expect(await communesByPostcode('723', opts)).to.deep.equal([]);
  });

  it('matches @etalab/decoupage-administratif for 300 random postcodes', async function () {
    this.timeout(30000);
    const byPostcode = new Map<string, string[]>();
    // a postcode of an arrondissement gives that arrondissement, not its city
    for (const c of current) for (const pc of c.codesPostaux ?? []) byPostcode.set(pc, [...(byPostcode.get(pc) ?? []), districtOf.get(`${c.code} ${pc}`) ?? c.code]);
    const postcodes = [...byPostcode.keys()].sort();
    const random = prng(7);
    for (let i = 0; i < 300; i++) {
      const pc = postcodes[Math.floor(random() * postcodes.length)];
      const list = await communesByPostcode(pc, opts);
      expect(list.map((c) => c.code).sort(), pc).to.deep.equal(byPostcode.get(pc)!.sort());
      for (const c of list) expect(c.postcodes, pc).to.include(pc);
    }
  });

  it('searches name prefixes ignoring accents, case and hyphens: "brûl", "BRUL"', async () => {
    const spy = spyFetch();
    let brul: Commune[];
    try {
      brul = await searchCommunes('brûl', opts);
    } finally {
      spy.restore();
    }
    expect(spy.urls).to.have.length(2);
    const expected = current.filter((c) => plain(c.nom).startsWith('brul'));
    expect(names(brul).sort()).to.deep.equal(expected.map((c) => c.nom).sort());
    expect(names(brul)).to.include('Brûlon');
    expect(await searchCommunes('BRUL', opts)).to.deep.equal(brul);
    expect(await searchCommunes('  Brul ', opts)).to.deep.equal(brul);
    expect(names(await searchCommunes('brûlon', opts))).to.deep.equal(['Brûlon']);
  });

  it('searches "saint-m": the most populated first, exact names first', async () => {
    const list = await searchCommunes('saint-m', opts);
    const expected = current
      .filter((c) => plain(c.nom).startsWith('saint m'))
      .sort((a, b) => (population.get(b.code) ?? -1) - (population.get(a.code) ?? -1) || cmp(plain(a.nom), plain(b.nom)) || cmp(a.code, b.code))
      .slice(0, 10);
    expect(list.map((c) => c.code)).to.deep.equal(expected.map((c) => c.code));
    expect(await searchCommunes('Saint M', opts)).to.deep.equal(list);
    expect(await searchCommunes('st-m', opts)).to.deep.equal(list);
    expect((await searchCommunes('saint-m', {...opts, limit: 3})).map((c) => c.code)).to.deep.equal(expected.slice(0, 3).map((c) => c.code));
    // an exact name comes first even when a longer name is more populated
    for (const [query, name] of [['bar', 'Bar'], ['Bou', 'Bou'], ['aube', 'Aube']]) {
      const list = await searchCommunes(query, opts);
      expect(list[0].name, query).to.equal(name);
      const byPopulation = (a: Decoupage, b: Decoupage) => (population.get(b.code) ?? -1) - (population.get(a.code) ?? -1) || cmp(plain(a.nom), plain(b.nom)) || cmp(a.code, b.code);
      const matches = current.filter((c) => plain(c.nom).startsWith(plain(query)));
      const exact = matches.filter((c) => plain(c.nom) === plain(query)).sort(byPopulation);
      const rest = matches.filter((c) => plain(c.nom) !== plain(query)).sort(byPopulation);
      expect(list.map((c) => c.code), query).to.deep.equal([...exact, ...rest].slice(0, 10).map((c) => c.code));
    }
  });

  it('finds 2,000 random communes by their full name, each with one file after the index', async function () {
    this.timeout(60000);
    const random = prng(11);
    const sameName = new Map<string, number>();
    for (const c of current) sameName.set(plain(c.nom), (sameName.get(plain(c.nom)) ?? 0) + 1);
    let fetched = 0;
    for (let i = 0; i < 2000; i++) {
      const c = current[Math.floor(random() * current.length)];
      const twins = sameName.get(plain(c.nom))!;
      const spy = spyFetch();
      let list: Commune[];
      try {
        list = await searchCommunes(c.nom, {...opts, limit: 10});
      } finally {
        spy.restore();
      }
      fetched = Math.max(fetched, spy.urls.filter((u) => !u.endsWith('index.json')).length);
      if (twins <= 10) expect(list.map((x) => x.code), c.nom).to.include(c.code);
      expect(plain(list[0].name), c.nom).to.equal(plain(c.nom));
    }
    expect(fetched).to.equal(1);
  });

  it('searches postcodes when the query is digits', async () => {
    const list = await searchCommunes('7235', opts);
    expect(list.length).to.be.within(1, 10);
    expect(list.every((c) => c.postcodes.some((p) => p.startsWith('7235')))).to.equal(true);
    expect(names(list)).to.include('Brûlon');
    const exact = await searchCommunes('72350', opts);
    expect(names(exact).sort()).to.deep.equal(names(await communesByPostcode('72350', opts)).sort());
    // a whole postcode gives every commune it serves, beyond the limit of 10
    const big = current.filter((c) => c.codesPostaux?.includes('51300')).map((c) => c.code);
    expect(big.length).to.be.greaterThan(40);
    expect((await searchCommunes('51 300', {...opts, limit: 3})).map((c) => c.code).sort()).to.deep.equal(big.sort());
    const short = await searchCommunes('7', opts);
    expect(short.length).to.equal(10);
    expect(short[0].name).to.equal('Paris 15e Arrondissement'); // 75015, the most populated place of the 7s
  });

  it('returns nothing for an empty or unknown query', async () => {
    expect(await searchCommunes('', opts)).to.deep.equal([]);
    expect(await searchCommunes(' - ', opts)).to.deep.equal([]);
    expect(await searchCommunes('zzzzqx', opts)).to.deep.equal([]);
    // names of Object.prototype's properties are not prefixes (a shard's `top` is a plain object)
    expect(await searchCommunes('constructor', opts)).to.deep.equal([]);
    expect(await searchCommunes('Constructor', opts)).to.deep.equal([]);
  });

  it('normalises queries like the build', () => {
    expect(searchKey("L'Haÿ-les-Roses")).to.equal('l hay les roses');
    expect(searchKey('Œuilly')).to.equal('oeuilly');
    expect(searchKey('St-Malo')).to.equal('saint malo');
    expect(searchKey('Ste Marie')).to.equal('sainte marie');
    expect(searchKey('Saint-Étienne-du-Rouvray')).to.equal('saint etienne du rouvray');
  });
});
