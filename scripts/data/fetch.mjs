#!/usr/bin/env node
// `npm run data:fetch`: downloads the raw open data the build reads, from the official endpoints, into
// a data folder (--out DIR, else PP_DATA_DIR, else .cache/data):
//   laposte_poincont2_<YYYY-MM>.csv         La Poste Data Fair API, every page (`next`), written as a
//                                           `;` CSV with Data Fair's snake_case header
//   france_services_<YYYY-MM-DD>.csv        the ANCT resource on data.gouv.fr, as published
//   communes_centres_geoapi_<YYYY-MM-DD>.json  geo.api.gouv.fr communes, as {code, nom, dept, lat, lon, population}
// File dates are the data's: Data Fair's dataUpdatedAt, else the answer's Last-Modified, else today.
// Endpoints can be moved by env (tests point them at a local server): PP_LAPOSTE_API (the dataset URL,
// …/data-fair/api/v1/datasets/laposte-poincont2), PP_FRANCE_SERVICES_URL, PP_GEO_API (https://geo.api.gouv.fr).
// --only laposte,franceServices,communes fetches some of them.
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {FETCH_DIR, parseCommuneCentres, parseFranceServices} from './sources.mjs';

export const ENDPOINTS = {
  laposte: 'https://data.laposte.fr/data-fair/api/v1/datasets/laposte-poincont2',
  franceServices: 'https://www.data.gouv.fr/fr/datasets/r/afc3f97f-0ef5-429b-bf16-7b7876d27cd4',
  geo: 'https://geo.api.gouv.fr',
};

/** Data Fair's field order for the CSV (other fields follow, sorted; Data Fair's own `_…` fields are left out). */
const LAPOSTE_ORDER = ['identifiant_a', 'libelle_du_site', 'caracteristique_du_site', 'site_acores_de_rattachement', 'adresse', 'complement_d_adresse', 'lieu_dit', 'code_postal', 'localite', 'code_insee', 'pays', 'latitude', 'longitude', 'precision_du_geocodage', 'numero_de_telephone'];
const TIMEOUT_MS = 120_000;

class FetchFailure extends Error {}

async function get(url, what) {
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(TIMEOUT_MS), headers: {accept: 'application/json, text/csv, */*'}});
      if (!response.ok) throw new FetchFailure(`${what}: HTTP ${response.status} for ${url}`);
      return response;
    } catch (error) {
      lastError = error;
      if (error instanceof FetchFailure && !/HTTP 5\d\d/.test(error.message)) break;
      if (attempt < 3) await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
  if (lastError instanceof FetchFailure) throw lastError;
  const cause = lastError?.cause?.code ?? lastError?.cause?.errors?.[0]?.code ?? lastError?.cause?.message ?? lastError?.message ?? lastError;
  throw new FetchFailure(`${what}: cannot reach ${url} (${cause}); offline?`);
}

const day = (date) => (date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : new Date().toISOString().slice(0, 10));
const dateOf = (response) => day(response.headers.get('last-modified') ? new Date(response.headers.get('last-modified')) : null);

function csvField(value) {
  const text = value == null ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every line of the Data Fair dataset, following `next` links; checks the count against `total`. */
export async function fetchLaPoste(api, log = console.log) {
  const meta = await (await get(api, 'La Poste dataset')).json();
  const date = day(new Date(meta.dataUpdatedAt ?? meta.updatedAt ?? NaN)).slice(0, 7);
  const rows = [];
  let url = `${api}/lines?size=10000`;
  let total = null;
  for (let page = 1; url; page++) {
    const body = await (await get(url, `La Poste lines, page ${page}`)).json();
    if (!Array.isArray(body.results)) throw new FetchFailure(`La Poste lines: unexpected answer from ${url}`);
    total ??= body.total;
    rows.push(...body.results);
    log(`  La Poste: page ${page}, ${rows.length}/${total ?? '?'} lines`);
    url = body.results.length && body.next ? body.next : null;
  }
  if (total != null && rows.length !== total) throw new FetchFailure(`La Poste lines: got ${rows.length} of ${total}`);
  const seen = new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !k.startsWith('_')));
  const fields = [...LAPOSTE_ORDER.filter((f) => seen.has(f)), ...[...seen].filter((f) => !LAPOSTE_ORDER.includes(f)).sort()];
  const text = [fields.join(';'), ...rows.map((r) => fields.map((f) => csvField(r[f])).join(';'))].join('\r\n') + '\r\n';
  return {name: `laposte_poincont2_${date}.csv`, text, count: rows.length};
}

export async function fetchFranceServices(url) {
  const response = await get(url, 'France services');
  const text = await response.text();
  const rows = parseFranceServices(text); // throws when it is not the expected CSV
  return {name: `france_services_${dateOf(response)}.csv`, text, count: rows.length};
}

export async function fetchCommunes(geo) {
  const response = await get(`${geo}/communes?fields=nom,code,codeDepartement,population,centre&format=json`, 'communes');
  const list = parseCommuneCentres(await response.text()).map(({code, nom, dept, lat, lon, population}) => ({code, nom, dept, lat, lon, population}));
  if (list.length < 30000) throw new FetchFailure(`communes: only ${list.length} communes from ${geo}`);
  return {name: `communes_centres_geoapi_${dateOf(response)}.json`, text: JSON.stringify(list), count: list.length};
}

export async function fetchAll({out, only, env = process.env, log = console.log}) {
  const endpoints = {
    laposte: env.PP_LAPOSTE_API || ENDPOINTS.laposte,
    franceServices: env.PP_FRANCE_SERVICES_URL || ENDPOINTS.franceServices,
    geo: env.PP_GEO_API || ENDPOINTS.geo,
  };
  const jobs = {
    laposte: () => fetchLaPoste(endpoints.laposte, log),
    franceServices: () => fetchFranceServices(endpoints.franceServices),
    communes: () => fetchCommunes(endpoints.geo),
  };
  const written = [];
  for (const key of Object.keys(jobs)) {
    if (only && !only.includes(key)) continue;
    log(`data:fetch: ${key}…`);
    const {name, text, count} = await jobs[key]();
    const path = join(out, name);
    mkdirSync(out, {recursive: true});
    writeFileSync(`${path}.part`, text);
    renameSync(`${path}.part`, path);
    log(`data:fetch: wrote ${path} (${count} rows)`);
    written.push(path);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const opt = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
  const out = resolve(opt('--out') ?? process.env.PP_DATA_DIR ?? FETCH_DIR);
  const only = opt('--only')?.split(',');
  try {
    await fetchAll({out, only});
    console.log(`data:fetch: done; build with \`npm run data -- --data ${out}\` (or PP_DATA_DIR=${out}).`);
  } catch (error) {
    console.error(`data:fetch: failed — ${error instanceof FetchFailure ? error.message : error?.stack ?? error}`);
    process.exit(2);
  }
}
