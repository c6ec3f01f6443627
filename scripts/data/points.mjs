// Normalisation of the points: La Poste rows and France services rows → one record per point, with
// its type, display name, readable address, current commune, rounded coordinates, parent office,
// weekly hours and the France services ⇄ post office link. Rows that cannot be kept are returned with
// a reason, never dropped silently.
import {haversineKm, toE5} from './geo.mjs';
import {WEEK_FIELDS, normalizeHours} from './sources.mjs';
import {deName, fold, readableCase} from './text.mjs';

/** Point types, in the order the files number them (index = type code). */
export const TYPES = ['bureau', 'agence-communale', 'agence-intercommunale', 'relais', 'france-services'];

/**
 * IANA time zone of a place outside metropolitan France, from its INSEE code (undefined: Europe/Paris).
 * Saint-Barthélemy (977) and Saint-Martin (978) keep Guadeloupe's time.
 */
export function timeZoneOf(insee) {
  return {
    971: 'America/Guadeloupe',
    972: 'America/Martinique',
    973: 'America/Cayenne',
    974: 'Indian/Reunion',
    975: 'America/Miquelon',
    976: 'Indian/Mayotte',
    977: 'America/Guadeloupe',
    978: 'America/Guadeloupe',
  }[insee.slice(0, 3)];
}

const TYPE_NAMES = {
  bureau: 'Bureau de poste',
  'agence-communale': 'Agence postale communale',
  'agence-intercommunale': 'Agence postale intercommunale',
  relais: 'Relais poste',
};

/** A point farther than this from the centre of its commune is misplaced (French Guiana's communes reach 75 km). */
export const MISPLACED_KM = 100;

/**
 * La Poste's `caracteristique_du_site` → a type, or an exclusion reason. Accepts the wordings seen
 * over the years ("Bureau de Poste", "BUREAU DE POSTE", "Relais poste commerçant", "Relais poste",
 * "La Poste Relais", "Point partenaire", "Agence postale ou Relais poste"...).
 */
export function laPosteType(kind, label = '') {
  const k = fold(kind).toLowerCase().replace(/\s+/g, ' ').trim();
  if (/militaire/.test(k)) return {reason: 'military'};
  if (/^bureau/.test(k)) return {type: 'bureau'};
  if (/intercommunale/.test(k)) return {type: 'agence-intercommunale'};
  if (/agence postale ou relais/.test(k)) return {type: /\bRP$/.test(fold(label).trim()) ? 'relais' : 'agence-communale'};
  if (/^(la poste )?agence( postale)?( communale)?$/.test(k)) return {type: 'agence-communale'};
  if (/relais|partenaire/.test(k)) return {type: 'relais'};
  return {reason: 'unknown-type'};
}

const SUFFIXES = new Set(['BP', 'AP', 'RP', 'LPAC', 'LPAI', 'APC', 'API', 'RPC', 'LPR', 'LPRT', 'CDIS']);
const tokensOf = (text) =>
  fold(text)
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((t) => (t === 'ST' ? 'SAINT' : t === 'STE' ? 'SAINTE' : t));

/** The part of a La Poste label that tells a point from others of its commune: "MONTPELLIER LA POMPIGNANE BP" → "LA POMPIGNANE". */
export function labelRemainder(label, placeNames) {
  const words = stripSuffixes(label).split(' ').filter(Boolean);
  const tokens = tokensOf(words.join(' '));
  let strip = 0;
  for (const place of placeNames) {
    const p = tokensOf(place);
    if (p.length && p.length <= tokens.length && p.every((t, i) => tokens[i] === t)) strip = Math.max(strip, p.length);
  }
  // drop the words that made up the first `strip` tokens, and a type word that follows ("PARIS LPR MONOPRIX")
  let seen = 0;
  let i = 0;
  while (i < words.length && seen < strip) seen += tokensOf(words[i++]).length;
  while (strip && i < words.length && SUFFIXES.has(fold(words[i]))) i++;
  return words.slice(i).join(' ');
}

/** A label without its trailing type words: "LA SOUCHE AP" → "LA SOUCHE". */
export function stripSuffixes(label) {
  const words = String(label).replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && SUFFIXES.has(fold(words.at(-1)))) words.pop();
  return words.join(' ');
}

const finiteCoordinate = (lat, lon) => Number.isFinite(lat) && Number.isFinite(lon) && !(lat === 0 && lon === 0) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
const num = (s) => (s === '' || s == null ? NaN : Number(String(s).replace(',', '.')));

/**
 * @param {{laposte: object[], franceServices: object[], communes: ReturnType<import('./communes.mjs').buildCommunes>, accents: Map<string,string>}} input
 * @returns {{points: object[], excluded: object[], corrected: object[], links: object}}
 */
export function normalizePoints({laposte, franceServices, communes, accents}) {
  const excluded = [];
  const corrected = [];
  const points = [];
  const seen = new Set();
  const exclude = (source, row, reason, detail) => excluded.push({source, id: row.id, label: row.label, code: row.insee, reason, ...(detail ? {detail} : {})});

  for (const row of laposte) {
    const typed = laPosteType(row.kind, row.label);
    if (typed.reason) {
      exclude('laposte', row, typed.reason, row.kind);
      continue;
    }
    if (seen.has(row.id)) {
      exclude('laposte', row, 'duplicate-id');
      continue;
    }
    const country = fold(row.country || 'FRANCE').trim();
    const where = communes.resolve(row.insee);
    // four Monaco offices carry Menton's code (06083) in 2020: their Monaco postcode (980xx) tells
    const monaco = /^980/.test(row.postcode) ? 'MONACO' : undefined;
    if ((country && country !== 'FRANCE') || where.reason === 'outside-france' || monaco) {
      exclude('laposte', row, 'outside-france', where.country ?? monaco ?? row.country);
      continue;
    }
    let lat = num(row.lat);
    let lon = num(row.lon);
    if (!finiteCoordinate(lat, lon)) {
      exclude('laposte', row, 'no-coordinates');
      continue;
    }
    if (!where.code) {
      exclude('laposte', row, 'unmapped-code', where.reason);
      continue;
    }
    seen.add(row.id);
    const commune = communes.current.get(where.code);
    // geocoded at the centre of the commune: the position is approximate
    let approx = /CENTRE DE LA COMMUNE/.test(fold(row.precision));
    if (commune.lat != null && haversineKm(lat, lon, commune.lat, commune.lon) > MISPLACED_KM) {
      corrected.push({source: 'laposte', id: row.id, label: row.label, code: row.insee, reason: 'misplaced', detail: `${lat},${lon} is ${Math.round(haversineKm(lat, lon, commune.lat, commune.lon))} km from the centre of ${commune.name}; placed at that centre`});
      lat = commune.lat;
      lon = commune.lon;
      approx = true;
    }
    const street = readableCase(row.address, {address: true, accents});
    const extras = [row.extra, row.place].map((s) => readableCase(s, {address: true, accents})).filter(Boolean);
    points.push({
      id: row.id,
      type: typed.type,
      label: row.label.replace(/\s+/g, ' '),
      place: where.place,
      placeNames: [where.place, commune.name],
      address: street || extras.shift() || '',
      extra: [...new Set(extras)].filter((e) => e !== street).join(', '),
      postcode: row.postcode,
      city: where.place,
      insee: where.code,
      lat: toE5(lat),
      lon: toE5(lon),
      parent: row.parent || '',
      approx,
    });
  }

  // France services
  const fsPoints = [];
  for (const r of franceServices) {
    const row = {id: `fs${r.id_fs}`, label: r.lib_fs, insee: r.insee_com};
    if (seen.has(row.id)) {
      exclude('france-services', row, 'duplicate-id');
      continue;
    }
    const lat = num(r.latitude);
    const lon = num(r.longitude);
    if (!finiteCoordinate(lat, lon)) {
      exclude('france-services', row, 'no-coordinates');
      continue;
    }
    const where = communes.resolve(r.insee_com);
    if (!where.code) {
      exclude('france-services', row, where.reason === 'outside-france' ? 'outside-france' : 'unmapped-code', where.country ?? where.reason);
      continue;
    }
    // a bus or itinerant service is not at its listed address (its base): sending a visitor there would mislead
    if (/bus|itin/i.test(fold(r.format_fs))) {
      exclude('france-services', row, 'mobile', r.format_fs);
      continue;
    }
    seen.add(row.id);
    const hours = WEEK_FIELDS.map((f) => normalizeHours(r[f]));
    const name = r.lib_fs.replace(/\s+/g, ' ').trim().replace(/^(Bus )?France Services\b/, (m) => m.replace('Services', 'services'));
    const point = {
      id: row.id,
      type: 'france-services',
      label: r.lib_fs.replace(/\s+/g, ' ').trim(),
      name,
      place: where.place,
      address: readableCase(r.adresse, {address: true, accents}),
      extra: readableCase(r.complement_adresse, {address: true, accents}),
      postcode: r.code_postal,
      city: where.place,
      insee: where.code,
      lat: toE5(lat),
      lon: toE5(lon),
      parent: '',
      approx: false,
      hours: hours.some((h) => h === null) ? null : hours,
      // the hours are wall-clock times of the place
      timeZone: timeZoneOf(where.code),
      inPostOffice: /\bla poste\b/i.test(r.lib_fs),
    };
    if (point.hours === null) corrected.push({source: 'france-services', id: row.id, label: row.label, code: row.insee, reason: 'unreadable-hours', detail: WEEK_FIELDS.map((f) => r[f] ?? '').join(' | ')});
    fsPoints.push(point);
  }

  nameLaPostePoints(points);
  const links = linkFranceServices(fsPoints, points);

  // parents absent from the output (excluded, or not in this edition) are dropped, and counted
  const ids = new Set(points.map((p) => p.id));
  let parentsDropped = 0;
  for (const p of points) {
    if (p.parent && !ids.has(p.parent)) {
      p.parent = '';
      parentsDropped++;
    }
  }
  const all = [...points, ...fsPoints].map(({placeNames: _p, place: _q, ...rest}) => rest);
  all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {points: all, excluded, corrected, links: {...links, parentsDropped}};
}

/**
 * Display names: "Agence postale communale de Tournon-sur-Rhône"; several points of one type in one
 * place are told apart by their label in readable case: "Bureau de poste du Havre (Graville)".
 */
function nameLaPostePoints(points) {
  const groups = new Map();
  for (const p of points) {
    p.name = `${TYPE_NAMES[p.type]} ${deName(p.place)}`;
    const key = `${p.insee}|${p.name}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const base = group[0].name;
    const named = group.map((p) => {
      const rest = readableCase(labelRemainder(p.label, p.placeNames));
      return rest ? `${base} (${rest})` : base;
    });
    // still ambiguous: the whole label, then the id
    const count = (list) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map());
    let counts = count(named);
    group.forEach((p, i) => {
      if (counts.get(named[i]) > 1) named[i] = `${base} (${readableCase(stripSuffixes(p.label))})`;
    });
    counts = count(named);
    group.forEach((p, i) => {
      p.name = counts.get(named[i]) > 1 ? `${named[i]} ${p.id}` : named[i];
    });
  }
}

/** France services hosted by La Poste ("France services La Poste de …") ⇄ the nearest bureau of the same commune. */
function linkFranceServices(fsPoints, points) {
  const bureauxOf = new Map();
  for (const p of points) {
    if (p.type !== 'bureau') continue;
    if (!bureauxOf.has(p.insee)) bureauxOf.set(p.insee, []);
    bureauxOf.get(p.insee).push(p);
  }
  const unlinked = [];
  const far = [];
  let linked = 0;
  const claims = new Map(); // bureau id → [fs, km]
  for (const fs of fsPoints) {
    if (!fs.inPostOffice) continue;
    const candidates = bureauxOf.get(fs.insee) ?? [];
    let best = null;
    let bestKm = Infinity;
    for (const b of candidates) {
      const km = haversineKm(fs.lat / 1e5, fs.lon / 1e5, b.lat / 1e5, b.lon / 1e5);
      if (km < bestKm || (km === bestKm && b.id < best.id)) [best, bestKm] = [b, km];
    }
    if (!best) {
      unlinked.push({id: fs.id, label: fs.label, code: fs.insee});
      continue;
    }
    fs.hostedBy = best.id;
    linked++;
    if (bestKm > 1) far.push({id: fs.id, bureau: best.id, km: Math.round(bestKm * 10) / 10});
    const prev = claims.get(best.id);
    if (!prev || bestKm < prev[1] || (bestKm === prev[1] && fs.id < prev[0].id)) claims.set(best.id, [fs, bestKm]);
  }
  const byId = new Map(points.map((p) => [p.id, p]));
  for (const [bureauId, [fs]] of claims) byId.get(bureauId).franceServices = fs.id;
  for (const fs of fsPoints) delete fs.inPostOffice;
  far.sort((a, b) => (a.id < b.id ? -1 : 1));
  unlinked.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {inPostOffice: linked + unlinked.length, linked, bureauxLinked: claims.size, unlinked, farther1km: far};
}
