// Small, hand-made inputs for the Node tests (shapes of @etalab/decoupage-administratif and the raw files).
import {buildCommunes} from './communes.mjs';
import {accentTable} from './text.mjs';

export const DECOUPAGE = [
  {code: '07315', nom: 'La Souche', type: 'commune-actuelle', departement: '07', codesPostaux: ['07380']},
  {code: '07324', nom: 'Tournon-sur-Rhône', type: 'commune-actuelle', departement: '07', codesPostaux: ['07300']},
  {code: '07019', nom: 'Aubenas', type: 'commune-actuelle', departement: '07', codesPostaux: ['07200']},
  {code: '72181', nom: 'Le Mans', type: 'commune-actuelle', departement: '72', codesPostaux: ['72000', '72100']},
  {code: '72050', nom: 'Brûlon', type: 'commune-actuelle', departement: '72', codesPostaux: ['72350']},
  {code: '72016', nom: 'Avessé', type: 'commune-actuelle', departement: '72', codesPostaux: ['72350']},
  {code: '75056', nom: 'Paris', type: 'commune-actuelle', departement: '75', codesPostaux: ['75001', '75002']},
  {code: '75101', nom: 'Paris 1er Arrondissement', type: 'arrondissement-municipal', commune: '75056', departement: '75', codesPostaux: ['75001'], population: 15919},
  {code: '01015', nom: 'Arboys en Bugey', type: 'commune-actuelle', departement: '01', codesPostaux: ['01300'], anciensCodes: ['01340']},
  {code: '01015', nom: 'Arbignieu', type: 'commune-deleguee', chefLieu: '01015', departement: '01'},
  {code: '01138', nom: 'Culoz-Béon', type: 'commune-actuelle', departement: '01', codesPostaux: ['01350']},
  {code: '01039', nom: 'Béon', type: 'commune-deleguee', chefLieu: '01138', departement: '01'},
  {code: '97209', nom: 'Fort-de-France', type: 'commune-actuelle', departement: '972', codesPostaux: ['97200', '97234']},
  {code: '91692', nom: 'Les Ulis', type: 'commune-actuelle', departement: '91', codesPostaux: ['91940']},
];
export const EPCIS = [
  {code: '200000001', nom: 'CC Test', membres: [{code: '72050'}, {code: '72016'}]},
  {code: '200054781', nom: 'Métropole du Grand Paris', membres: [{code: '75056'}]},
];
export const CENTRES = [
  {code: '07315', nom: 'La Souche', dept: '07', lat: 44.62, lon: 4.2, population: 400},
  {code: '07324', nom: 'Tournon-sur-Rhône', dept: '07', lat: 45.067, lon: 4.833, population: 10000},
  {code: '07019', nom: 'Aubenas', dept: '07', lat: 44.62, lon: 4.39, population: 12000},
  {code: '72181', nom: 'Le Mans', dept: '72', lat: 48.0, lon: 0.2, population: 145000},
  {code: '72050', nom: 'Brûlon', dept: '72', lat: 47.9667, lon: -0.2333, population: 1549},
  {code: '72016', nom: 'Avessé', dept: '72', lat: 47.95, lon: -0.25, population: 300},
  {code: '75056', nom: 'Paris', dept: '75', lat: 48.8589, lon: 2.347, population: 2113705},
  {code: '01015', nom: 'Arboys en Bugey', dept: '01', lat: 45.72, lon: 5.65, population: 710},
  {code: '01138', nom: 'Culoz-Béon', dept: '01', lat: 45.85, lon: 5.78, population: 3500},
  {code: '97209', nom: 'Fort-de-France', dept: '972', lat: 14.64, lon: -61.07, population: 75506},
  {code: '91692', nom: 'Les Ulis', dept: '91', lat: 48.68, lon: 2.17, population: 25000},
];

export const communes = () => buildCommunes(DECOUPAGE, EPCIS, CENTRES);
export const accents = () => accentTable(DECOUPAGE.map((c) => c.nom));

/** A La Poste row with canonical keys (as parseLaPoste returns them). */
export function lp(id, label, kind, insee, lat, lon, extra = {}) {
  return {id, label, kind, parent: '', address: '', extra: '', place: '', postcode: '', locality: '', insee, country: 'FRANCE', lat: String(lat), lon: String(lon), precision: 'Géocodé au numéro', ...extra};
}

/** A France services row (keys of the ANCT CSV). */
export function fs(id, lib, insee, lat, lon, hours = {}) {
  return {id_fs: String(id), lib_fs: lib, adresse: '1 Rue de la Poste', complement_adresse: '', insee_com: insee, code_postal: '00000', latitude: String(lat), longitude: String(lon), format_fs: 'Fixe', h_lundi: '', h_mardi: '', h_mercredi: '', h_jeudi: '', h_vendredi: '', h_samedi: '', ...hours};
}
