/**
 * Types of the data the widgets load from `data/` (built by `npm run data`, see docs/data.md).
 * Runtime API: `nearest()` in ./nearest.ts, `communeByCode()`, `communesByPostcode()`,
 * `searchCommunes()` in ./communes.ts; errors are `DataError`s (./loader.ts).
 */

/**
 * - `bureau`: bureau de poste, run by La Poste;
 * - `agence-communale` / `agence-intercommunale`: La Poste agence (inter)communale, run by the commune or EPCI;
 * - `relais`: La Poste relais, in a shop;
 * - `france-services`: a France services public-services desk (ANCT), some hosted in a bureau.
 */
export type PointType = 'bureau' | 'agence-communale' | 'agence-intercommunale' | 'relais' | 'france-services';

/**
 * Weekly opening hours, Monday first (index 0 = lundi … 6 = dimanche). Each day is its opening
 * slots "HH:MM-HH:MM" joined by "," ("09:00-12:00,14:00-16:30"), or '' when closed.
 */
export type WeeklyHours = [string, string, string, string, string, string, string];

export interface ServicePoint {
  /** La Poste site id ("01145A"), or "fs" + the ANCT id for France services ("fs2"). */
  id: string;
  type: PointType;
  /** Display name: "Bureau de poste de Tournon-sur-Rhône", "Agence postale communale d'Aubenas (Ville)". */
  name: string;
  /** The label of the source, as published ("TOURNON SUR RHONE"). */
  label: string;
  /** Street line in readable case ("7 quai Farconnet"); '' when the source has none. */
  address: string;
  /** Building, shop or lieu-dit ("Tabac", "Le Bourg"); '' when none. */
  addressExtra: string;
  postcode: string;
  /** Name of the place: the commune, or the commune déléguée the source names ("Tournon-sur-Rhône"). */
  city: string;
  /** INSEE code of the current commune (arrondissements and former codes mapped). */
  commune: string;
  /** Degrees, WGS 84, rounded to 5 decimals (about 1 m). */
  lat: number;
  lon: number;
  /** The source placed it at the centre of its commune, not at its address. */
  approximate: boolean;
  /** Id of the office it reports to (agences, relais), when that office is in the data. */
  parent?: string;
  /** France services: opening hours, wall-clock times of the place. */
  hours?: WeeklyHours;
  /** IANA time zone of the hours, outside metropolitan France ("Indian/Reunion"); absent: Europe/Paris. */
  timeZone?: string;
  /** France services hosted in a post office: the id of that bureau. */
  hostedBy?: string;
  /** Bureau hosting a France services: the id of that France services. */
  franceServices?: string;
}

export interface NearestResult extends ServicePoint {
  /** Great-circle distance from the query point, in km. */
  distanceKm: number;
}

export interface DataOptions {
  /** Folder holding `data/` (a widget's `data-base` attribute); default: see assetBase(). */
  base?: string | null;
  /** Milliseconds before a file request fails with a 'timeout' DataError (default 8000). */
  timeoutMs?: number;
}

export interface NearestOptions extends DataOptions {
  /** How many points (default 5). */
  count?: number;
  /** Only these types (default: all). */
  types?: readonly PointType[];
  /** Only points within this distance, in km (default: no limit). */
  maxKm?: number;
}

export interface Commune {
  /** Current INSEE code ("72050"), also when it was looked up by an older or arrondissement code. */
  code: string;
  /** Official name ("Brûlon"). */
  name: string;
  /** Département code ("72", "2A", "974"). */
  departement: string;
  /** Every postcode of the commune, sorted. */
  postcodes: string[];
  /** Centre of the commune (geo.api.gouv.fr), degrees. */
  lat: number;
  lon: number;
  /** Municipal population, or null when unknown. */
  population: number | null;
  /** The EPCI (intercommunality) it belongs to: SIREN code and name; null for the few outside any. */
  epci: {code: string; name: string} | null;
}

export interface SearchOptions extends DataOptions {
  /** At most this many communes (default 10, at most 10; a whole postcode gives all its communes). */
  limit?: number;
}

/** What a widget shows under the data: the sources' attribution lines and dates. */
export interface DataInfo {
  /** Three lines ("Données La Poste (points de contact, décembre 2020), Licence Ouverte", …). */
  attribution: string[];
  /** Date of each source: {laposte: "2020-12", franceServices: "2024-08-01", communes: "2025-08-19"}. */
  dates: Record<string, string>;
  /** Number of points. */
  count: number;
}
