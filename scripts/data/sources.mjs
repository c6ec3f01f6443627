// Raw inputs: where the data folder is, which files in it, and parsing them with a real CSV parser
// (csv-parse) into plain rows with canonical field names.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'csv-parse/sync';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run data:fetch` puts the data when no folder is named (ignored by git). */
export const FETCH_DIR = join(PROJECT_DIR, '.cache', 'data');
export const SHARED_DIR = resolve(PROJECT_DIR, '..', 'shared', 'data');

/** The official sources, their licences and the attribution lines every widget shows. */
export const SOURCES = {
  laposte: {
    title: 'Liste des bureaux de poste, agences postales et relais poste (laposte-poincont2)',
    publisher: 'La Poste',
    licence: 'Licence Ouverte / Open Licence (Etalab)',
    licenceUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    url: 'https://www.data.gouv.fr/fr/datasets/liste-des-bureaux-de-poste-agences-postales-et-relais-poste/',
    api: 'https://data.laposte.fr/data-fair/api/v1/datasets/laposte-poincont2/lines',
    file: /^laposte_poincont2_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/,
  },
  franceServices: {
    title: 'Liste des structures France services',
    publisher: 'ANCT (Agence nationale de la cohésion des territoires)',
    licence: 'Licence Ouverte 2.0 (Etalab)',
    licenceUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    url: 'https://www.data.gouv.fr/fr/datasets/r/afc3f97f-0ef5-429b-bf16-7b7876d27cd4',
    file: /^france_services_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/,
  },
  communes: {
    title: 'Communes : centre, nom, département, population (geo.api.gouv.fr), codes postaux et EPCI (@etalab/decoupage-administratif)',
    publisher: 'IGN Admin Express / INSEE COG via geo.api.gouv.fr; Etalab',
    licence: 'Licence Ouverte 2.0 (Etalab)',
    licenceUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    url: 'https://geo.api.gouv.fr/communes?fields=nom,code,codeDepartement,population,centre',
    file: /^communes_centres_geoapi_(\d{4}-\d{2}(?:-\d{2})?)\.json$/,
  },
};

/** The three attribution lines of ../shared/data/README.md, the data dates filled in from the files. */
export function attributionLines(dates) {
  return [
    `Données La Poste (points de contact, ${monthYear(dates.laposte)}), Licence Ouverte`,
    `ANCT, structures France services (${dayMonthYear(dates.franceServices)}), Licence Ouverte 2.0`,
    `IGN Admin Express / INSEE COG via geo.api.gouv.fr (${monthYear(dates.communes)}), Licence Ouverte 2.0`,
  ];
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** "2020-12" or "2025-08-19" → "décembre 2020" / "août 2025". */
function monthYear(date) {
  const [y, m] = date.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}
function dayMonthYear(date) {
  const [y, m, d] = date.split('-');
  if (!d) return monthYear(date);
  const day = Number(d) === 1 ? '1er' : String(Number(d));
  return `${day} ${MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * The data folder: `--data DIR`, else env PP_DATA_DIR, else ../shared/data when it exists, else
 * .cache/data (where `npm run data:fetch` writes by default). Returns {dir, explicit}.
 */
export function dataDirFrom(argv = process.argv.slice(2), env = process.env) {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return {dir: resolve(argv[i + 1]), explicit: true};
  const eq = argv.find((a) => a.startsWith('--data='));
  if (eq) return {dir: resolve(eq.slice(7)), explicit: true};
  if (env.PP_DATA_DIR) return {dir: resolve(env.PP_DATA_DIR), explicit: true};
  if (existsSync(SHARED_DIR)) return {dir: SHARED_DIR, explicit: false};
  return {dir: FETCH_DIR, explicit: false};
}

/** The newest file of each source in `dir` (by the date in its name), or the list of missing sources. */
export function findInputs(dir) {
  const names = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).sort() : [];
  const inputs = {};
  const missing = [];
  for (const [key, source] of Object.entries(SOURCES)) {
    const matches = names.map((n) => [n, n.match(source.file)]).filter(([, m]) => m);
    matches.sort(([, a], [, b]) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const last = matches.at(-1);
    if (last) inputs[key] = {path: join(dir, last[0]), date: last[1][1]};
    else missing.push(key);
  }
  return {inputs, missing};
}

// Canonical La Poste field names: the 2020 CSV header and today's Data Fair names both map here.
const LAPOSTE_FIELDS = {
  identifiant_du_site: 'id', identifiant_a: 'id', identifiant: 'id',
  libelle_du_site: 'label',
  caracteristique_du_site: 'kind',
  site_acores_de_rattachement: 'parent',
  adresse: 'address',
  complement_d_adresse: 'extra', complement_adresse: 'extra',
  lieu_dit: 'place',
  code_postal: 'postcode',
  localite: 'locality',
  code_insee: 'insee',
  pays: 'country',
  latitude: 'lat',
  longitude: 'lon',
  precision_du_geocodage: 'precision',
};

/** "#Libellé_du_site" → "libelle_du_site"; "identifiant_a" stays. */
export function fieldKey(header) {
  return String(header)
    .replace(/^\uFEFF/, '')
    .replace(/^#/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * La Poste points of contact, from the 2020 CSV (`;`, `#`-prefixed accented header) or a CSV written
 * with Data Fair's snake_case names (`,` or `;`). Rows come back with canonical keys (id, label, kind,
 * parent, address, extra, place, postcode, locality, insee, country, lat, lon, precision), strings trimmed.
 */
export function parseLaPoste(text) {
  const firstLine = text.slice(0, text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const unknown = new Set();
  const rows = parse(text, {
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: false,
    columns: (header) =>
      header.map((h) => {
        const key = LAPOSTE_FIELDS[fieldKey(h)];
        if (!key) unknown.add(h);
        return key ?? false; // false: column ignored
      }),
  });
  for (const field of ['id', 'label', 'kind', 'insee', 'lat', 'lon']) {
    if (!rows.length || !(field in rows[0])) throw new Error(`La Poste CSV: no column for "${field}" (header: ${firstLine.slice(0, 200)})`);
  }
  return rows.map((row) => {
    const out = {};
    for (const key of new Set(Object.values(LAPOSTE_FIELDS))) out[key] = String(row[key] ?? '').trim();
    return out;
  });
}

/** ANCT France services CSV (`,`, quoted, multi-line comments): rows keyed by the CSV header. */
export function parseFranceServices(text) {
  const rows = parse(text, {columns: (h) => h.map(fieldKey), bom: true, skip_empty_lines: true});
  for (const field of ['id_fs', 'lib_fs', 'insee_com', 'latitude', 'longitude', 'h_lundi']) {
    if (!rows.length || !(field in rows[0])) throw new Error(`France services CSV: no column "${field}"`);
  }
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? '').trim()])));
}

/** Commune centres: the shared file's shape `{code, nom, dept, lat, lon, population}`, or geo.api's own. */
export function parseCommuneCentres(text) {
  const list = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error('communes centres: not a JSON array');
  return list.map((c) => ({
    code: c.code,
    nom: c.nom,
    dept: c.dept ?? c.codeDepartement,
    lat: c.lat ?? c.centre?.coordinates?.[1] ?? null,
    lon: c.lon ?? c.centre?.coordinates?.[0] ?? null,
    population: c.population ?? null,
  }));
}

export function readInputs(inputs) {
  return {
    laposte: parseLaPoste(readFileSync(inputs.laposte.path, 'utf8')),
    franceServices: parseFranceServices(readFileSync(inputs.franceServices.path, 'utf8')),
    centres: parseCommuneCentres(readFileSync(inputs.communes.path, 'utf8')),
  };
}

/**
 * Weekly hours "09:00 - 12:00 / 14:00 - 16:30" → "09:00-12:00,14:00-16:30" ('' closed); null when
 * unreadable. Slots come out in order, overlapping or touching ones merged ("09:00 - 12:00 / 09:00 -
 * 17:00" is 09:00-17:00), empty ones dropped (the ANCT file writes a closed day "00:00 - 00:00").
 */
export function normalizeHours(text) {
  const clean = String(text ?? '').trim();
  if (!clean) return '';
  const slots = [];
  for (const slot of clean.split('/').map((s) => s.trim())) {
    const m = slot.match(/^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})$/);
    if (!m) return null;
    const [start, end] = [+m[1] * 60 + +m[2], +m[3] * 60 + +m[4]];
    if (start > end || end > 1440) return null;
    if (start < end) slots.push([start, end]);
  }
  slots.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of slots) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const time = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return merged.map(([start, end]) => `${time(start)}-${time(end)}`).join(',');
}

export const WEEK_FIELDS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'h_dimanche'];
