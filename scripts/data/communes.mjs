// Commune mapping: every code a source may carry (current commune, municipal arrondissement,
// commune déléguée / associée, pre-merger code) → the current commune, from
// @etalab/decoupage-administratif; plus the commune records the widgets load (name, postcodes,
// département, EPCI, centre, population).

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

/** A commune record as the files carry it, with the field names of the runtime's `Commune` (src/data/types.ts). */
export function communeRow(c) {
  return {code: c.code, name: c.name, departement: c.dep, postcodes: c.postcodes, lat: c.lat, lon: c.lon, population: c.population, epci: c.epci ? {code: c.epci.code, name: c.epci.name} : null};
}
