import {expect} from '@open-wc/testing';
import {clearDataCache} from '../../src/data/loader.js';
import {distanceKm, nearest} from '../../src/data/nearest.js';
import type {PointType} from '../../src/data/types.js';
import {BASE, type RawPoint, bruteNearest, distancesTo, loadAllPoints, oracleKm, prng, spyFetch} from '../helpers/data.js';

// The correctness oracle: nearest() against a brute-force scan of every point of dist/data, with an
// independent distance formula: same ids in the same order, distances within 1 m.

interface Place {
  lat: number;
  lon: number;
  what: string;
}

/** 1,000 seeded random places: metropolitan France (Corsica included), every overseas département and collectivity, and far away. */
function randomPlaces(): Place[] {
  const random = prng(42);
  const between = (a: number, b: number) => a + (b - a) * random();
  const boxes: [string, number, number, number, number, number][] = [
    // name, count, latMin, latMax, lonMin, lonMax
    ['metropole', 700, 41.3, 51.1, -5.2, 9.6],
    ['corse', 40, 41.3, 43.1, 8.5, 9.6],
    ['guadeloupe', 30, 15.8, 16.6, -61.9, -61.0],
    ['martinique', 30, 14.35, 14.9, -61.25, -60.8],
    ['guyane', 40, 2.1, 5.8, -54.6, -51.6],
    ['reunion', 60, -21.4, -20.85, 55.2, 55.85],
    ['mayotte', 30, -13.05, -12.6, 45.0, 45.3],
    ['saint-pierre-et-miquelon', 20, 46.7, 47.15, -56.45, -56.1],
    ['saint-barthelemy-saint-martin', 20, 17.85, 18.15, -63.2, -62.75],
    ['world', 30, -60, 70, -179.9, 179.9],
  ];
  const places: Place[] = [];
  for (const [what, n, a, b, c, d] of boxes) for (let i = 0; i < n; i++) places.push({lat: between(a, b), lon: between(c, d), what});
  return places;
}

const CONFIGS: {count: number; types?: PointType[]; maxKm?: number}[] = [
  {count: 1},
  {count: 5},
  {count: 5, types: ['france-services']},
  {count: 5, types: ['bureau', 'agence-intercommunale']},
  {count: 3, maxKm: 4},
];

let all: RawPoint[] = [];

/** nearest() for every config at one place, against the brute-force scan. */
async function check(lat: number, lon: number, what: string) {
  const km = distancesTo(all, lat, lon);
  for (const config of CONFIGS) {
    const actual = await nearest(lat, lon, {...config, base: BASE});
    const expected = bruteNearest(all, km, config.count, config.types, config.maxKm);
    const label = `${what} (${lat.toFixed(5)}, ${lon.toFixed(5)}) ${JSON.stringify(config)}`;
    expect(
      actual.map((p) => p.id),
      label,
    ).to.deep.equal(expected.map((p) => p.id));
    actual.forEach((p, i) => {
      expect(Math.abs(p.distanceKm - expected[i].km), label).to.be.below(0.001);
      if (config.types) expect(config.types, label).to.include(p.type);
    });
    checked++;
  }
}
let checked = 0;

describe('nearest(): the correctness oracle', () => {
  before(async function () {
    this.timeout(60000);
    clearDataCache();
    ({points: all} = await loadAllPoints());
  });

  it('reads a dataset of every type', () => {
    const types = new Set(all.map((p) => p.type));
    expect([...types].sort()).to.deep.equal(['agence-communale', 'agence-intercommunale', 'bureau', 'france-services', 'relais']);
    expect(new Set(all.map((p) => p.id)).size).to.equal(all.length);
  });

  it(`equals a brute-force scan for 1,000 random places (seeded), for count 1 and 5, type filters and maxKm`, async function () {
    this.timeout(60000);
    const places = randomPlaces();
    expect(places.length).to.equal(1000);
    checked = 0;
    for (const {lat, lon, what} of places) await check(lat, lon, what);
    expect(checked).to.equal(1000 * CONFIGS.length);
  });

  for (const dep of ['72', '13', '974']) {
    it(`equals a brute-force scan for every commune centre of département ${dep}`, async function () {
      this.timeout(60000);
      const centres = (await (await fetch('/__raw/communes')).json()) as {code: string; dept: string; lat: number; lon: number}[];
      const mine = centres.filter((c) => c.dept === dep);
      expect(mine.length).to.be.greaterThan(dep === '974' ? 20 : 100);
      for (const c of mine) await check(c.lat, c.lon, c.code);
    });
  }
});

describe('nearest(): results', () => {
  beforeEach(() => clearDataCache());

  it('returns full records, nearest first, with the distance in km', async () => {
    // Tournon-sur-Rhône, 7 quai Farconnet
    const [first, ...rest] = await nearest(45.070598, 4.828298, {count: 4, types: ['bureau'], base: BASE});
    expect(first).to.include({id: '01145A', type: 'bureau', name: 'Bureau de poste de Tournon-sur-Rhône', label: 'TOURNON SUR RHONE', address: '7 quai Farconnet', postcode: '07300', city: 'Tournon-sur-Rhône', commune: '07324', approximate: false});
    expect(first.lat).to.be.closeTo(45.0706, 0.0001);
    expect(first.distanceKm).to.be.below(0.001);
    for (let i = 1; i < rest.length; i++) expect(rest[i].distanceKm).to.be.at.least(rest[i - 1].distanceKm);
  });

  it('names agences postales and relais after their commune, with French elision', async () => {
    const [agence] = await nearest(44.62868, 4.201706, {count: 1, base: BASE});
    expect(agence).to.include({id: '01140A', type: 'agence-communale', name: 'Agence postale communale de La Souche', parent: '01143A'});
    const [mans] = await nearest(48.0061, 0.1996, {count: 1, types: ['bureau'], base: BASE});
    expect(mans.name).to.match(/^Bureau de poste du Mans( \(.+\))?$/);
    const [aubenas] = await nearest(44.6206, 4.3903, {count: 1, types: ['bureau'], base: BASE});
    expect(aubenas.name).to.match(/^Bureau de poste d'Aubenas( \(.+\))?$/);
    const [ulis] = await nearest(48.6817, 2.1694, {count: 1, types: ['bureau'], base: BASE});
    expect(ulis.name).to.match(/^Bureau de poste des Ulis( \(.+\))?$/);
  });

  it('gives France services their weekly hours (Monday first) and links those in a post office both ways', async () => {
    // France services La Poste de Saint-Trivier-de-Courtes (ANCT id 2): closed on Monday
    const [fs] = await nearest(46.45916, 5.083785, {count: 1, types: ['france-services'], base: BASE});
    expect(fs.id).to.equal('fs2');
    expect(fs.name).to.equal('France services La Poste de Saint-Trivier-de-Courtes');
    expect(fs.hours).to.deep.equal(['', '09:00-12:00,14:00-16:30', '09:00-12:00,14:00-16:30', '09:00-12:00,14:00-16:30', '09:00-12:00,14:00-16:30', '09:00-12:00', '']);
    expect(fs.hostedBy).to.match(/^\w+$/);
    const bureaux = await nearest(fs.lat, fs.lon, {count: 3, types: ['bureau'], base: BASE});
    const host = bureaux.find((b) => b.id === fs.hostedBy)!;
    expect(host, 'the hosting bureau is among the nearest').to.not.equal(undefined);
    expect(host.franceServices).to.equal('fs2');
    expect(host.commune).to.equal(fs.commune);
    for (const h of fs.hours!) expect(h).to.match(/^(|\d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*)$/);
  });

  it('keeps to maxKm, and returns nothing when no point is that near', async () => {
    const within = await nearest(47.97, -0.23, {count: 50, maxKm: 8, base: BASE});
    expect(within.length).to.be.within(3, 49);
    expect(within.every((p) => p.distanceKm <= 8)).to.equal(true);
    expect(await nearest(45, -30, {count: 5, maxKm: 100, base: BASE})).to.deep.equal([]); // mid-Atlantic
  });

  it('reads few small files for one query', async () => {
    const spy = spyFetch();
    try {
      await nearest(47.97, -0.23, {count: 5, base: BASE});
    } finally {
      spy.restore();
    }
    expect(spy.urls[0]).to.equal('/dist/data/points/index.json');
    expect(spy.urls.length).to.be.within(2, 3);
  });

  it('measures great-circle distances', () => {
    expect(distanceKm(48.8566, 2.3522, 45.764, 4.8357)).to.be.closeTo(oracleKm(48.8566, 2.3522, 45.764, 4.8357), 1e-6);
    expect(distanceKm(48.8566, 2.3522, 45.764, 4.8357)).to.be.closeTo(391.5, 0.1); // Paris – Lyon
    expect(distanceKm(-21.1, 55.5, 16.2, -61.5)).to.be.closeTo(oracleKm(-21.1, 55.5, 16.2, -61.5), 1e-6);
  });

  it('refuses impossible coordinates', async () => {
    for (const [lat, lon] of [[NaN, 2], [91, 2], [45, 181]]) {
      let error: unknown;
      await nearest(lat, lon, {base: BASE}).catch((e) => (error = e));
      expect(error).to.be.instanceOf(RangeError);
    }
  });
});
