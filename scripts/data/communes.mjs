// Commune mapping: every code a source may carry (current commune, municipal arrondissement,
// commune déléguée / associée, pre-merger code) → the current commune, from
// @etalab/decoupage-administratif; plus the commune records the widgets load (name, postcodes,
// département, EPCI, centre, population).

import {haversineKm} from './geo.mjs';

/** Codes that are not French communes: La Poste lists the Andorran and Monegasque offices. */
export const FOREIGN_CODES = {'99130': 'Andorre', '09920': 'Andorre', '99138': 'Monaco'};

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * @param {object[]} decoupage  @etalab/decoupage-administratif data/communes.json
 * @param {object[]} epcis      data/epci.json
 * @param {object[]} centres    commune centres (code, nom, dept, lat, lon, population)
 */
export function buildCommunes(decoupage, epcis, centres) {
  const epciOf = new Map();
  for (const e of [...epcis].sort(byCode)) for (const m of e.membres) epciOf.set(m.code, {code: e.code, name: e.nom});
  const centreOf = new Map(centres.map((c) => [c.code, c]));

  /** @type {Map<string, {code:string,name:string,dep:string,postcodes:string[],lat:number|null,lon:number|null,population:number|null,epci:{code:string,name:string}|null}>} */
  const current = new Map();
  for (const c of [...decoupage].sort(byCode)) {
    if (c.type !== 'commune-actuelle') continue;
    const centre = centreOf.get(c.code);
    current.set(c.code, {
      code: c.code,
      name: c.nom,
      dep: c.departement ?? centre?.dept,
      postcodes: [...new Set(c.codesPostaux ?? [])].sort(),
      lat: centre?.lat ?? null,
      lon: centre?.lon ?? null,
      population: centre ? centre.population ?? null : c.population ?? null,
      epci: epciOf.get(c.code) ?? null,
    });
  }

  // Municipal arrondissements of Paris, Lyon and Marseille: places of their own for a visitor (a
  // code or a postcode of one means that district, not the city hall), centred by centreArrondissements().
  /** @type {Map<string, {code:string,name:string,dep:string,postcodes:string[],lat:number|null,lon:number|null,population:number|null,epci:{code:string,name:string}|null,commune:string}>} */
  const arrondissements = new Map();
  for (const c of [...decoupage].sort(byCode)) {
    const city = c.type === 'arrondissement-municipal' && current.get(c.commune);
    if (city) arrondissements.set(c.code, {...city, code: c.code, name: c.nom, postcodes: [...new Set(c.codesPostaux ?? [])].sort(), lat: null, lon: null, population: c.population ?? null, commune: city.code});
  }

  // Other codes → current commune, with the proper name of the place the code designates.
  /** @type {Map<string, {code:string, via:string, place:string}>} */
  const aliases = new Map();
  const ambiguous = new Set();
  const add = (code, target, via, place) => {
    if (current.has(code) || !current.has(target)) return;
    const prev = aliases.get(code);
    if (prev && prev.code !== target) ambiguous.add(code);
    else if (!prev) aliases.set(code, {code: target, via, place});
  };
  for (const c of [...decoupage].sort(byCode)) {
    if (c.type === 'arrondissement-municipal') add(c.code, c.commune, 'arrondissement', current.get(c.commune)?.name);
  }
  for (const c of [...decoupage].sort(byCode)) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') add(c.code, c.chefLieu, c.type.slice(8), c.nom);
  }
  for (const c of [...decoupage].sort(byCode)) {
    if (c.type !== 'commune-actuelle') continue;
    for (const old of c.anciensCodes ?? []) add(old, c.code, 'ancien-code', c.nom);
  }
  for (const code of ambiguous) aliases.delete(code);

  return {
    current,
    aliases,
    arrondissements,
    /**
     * @returns {{code:string, via:string, place:string} | {code:null, reason:string}}
     *   via: 'commune' | 'arrondissement' | 'deleguee' | 'associee' | 'ancien-code'
     */
    resolve(code) {
      const c = current.get(code);
      if (c) return {code, via: 'commune', place: c.name};
      const alias = aliases.get(code);
      if (alias) return alias;
      if (FOREIGN_CODES[code]) return {code: null, reason: 'outside-france', country: FOREIGN_CODES[code]};
      return {code: null, reason: ambiguous.has(code) ? 'ambiguous-code' : 'unknown-code'};
    },
  };
}

/**
 * Centres the arrondissements on the mean position of the La Poste points the source codes with
 * them (the shared commune file has no arrondissement centres; the points follow where people
 * live); one without any point takes its city's centre.
 * @param {ReturnType<typeof buildCommunes>} communes
 * @param {{insee:string, lat:string|number, lon:string|number}[]} laposteRows
 */
export function centreArrondissements(communes, laposteRows) {
  const sums = new Map();
  for (const row of laposteRows) {
    const [lat, lon] = [Number(row.lat), Number(row.lon)];
    if (!communes.arrondissements.has(row.insee) || row.lat === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const sum = sums.get(row.insee) ?? {lat: 0, lon: 0, n: 0};
    sums.set(row.insee, {lat: sum.lat + lat, lon: sum.lon + lon, n: sum.n + 1});
  }
  for (const a of communes.arrondissements.values()) {
    const sum = sums.get(a.code);
    const city = communes.current.get(a.commune);
    a.lat = sum ? Math.round((sum.lat / sum.n) * 1e5) / 1e5 : city.lat;
    a.lon = sum ? Math.round((sum.lon / sum.n) * 1e5) / 1e5 : city.lon;
  }
}

/** A commune centre farther than this from every La Poste point of the commune is not where its people are. */
export const RECENTRE_KM = 3;

/**
 * The centre of a commune is the centroid of its area (geo.api): in a commune of mountains, forest
 * or sea it lies far from the village, and the nearest points of that centroid are another commune's
 * (Saint-Laurent-du-Maroni's is 40 km into the forest). Where it is more than RECENTRE_KM from every
 * La Poste point placed at its address in the commune, the commune's centre moves to its town: the
 * point of the commune with the most of the commune's points within RECENTRE_KM (La Poste points
 * cluster where people live; ties: the nearest to the centroid). Returns the codes moved, sorted.
 * @param {ReturnType<typeof buildCommunes>} communes
 * @param {{type:string, insee:string, lat:number, lon:number, approx:boolean}[]} points  lat/lon in 1e-5 degrees
 */
export function recentreCommunes(communes, points) {
  const own = new Map();
  for (const p of points) {
    if (p.type === 'france-services' || p.approx) continue;
    if (!own.has(p.insee)) own.set(p.insee, []);
    own.get(p.insee).push([p.lat / 1e5, p.lon / 1e5]);
  }
  const moved = [];
  for (const c of communes.current.values()) {
    if (c.lat === null || !own.has(c.code)) continue;
    const places = own.get(c.code);
    const fromCentroid = places.map(([lat, lon]) => haversineKm(c.lat, c.lon, lat, lon));
    if (Math.min(...fromCentroid) <= RECENTRE_KM) continue;
    const around = places.map(([lat, lon]) => places.filter(([lat2, lon2]) => haversineKm(lat, lon, lat2, lon2) <= RECENTRE_KM).length);
    const town = places.map((_, i) => i).sort((a, b) => around[b] - around[a] || fromCentroid[a] - fromCentroid[b])[0];
    [c.lat, c.lon] = places[town];
    moved.push(c.code);
  }
  return moved.sort();
}

/** A commune record as the files carry it, with the field names of the runtime's `Commune` (src/data/types.ts). */
export function communeRow(c) {
  return {code: c.code, name: c.name, departement: c.dep, postcodes: c.postcodes, lat: c.lat, lon: c.lon, population: c.population, epci: c.epci ? {code: c.epci.code, name: c.epci.name} : null};
}
