// Browser-side helpers of the data tests: the built files read directly (not through src/data), an
// independent distance, a seeded PRNG, a tiny CSV reader for the raw files, and a fetch spy.

/** Where the tests find dist/data (the WTR server serves the project root). */
export const BASE = '/dist/';

export interface RawPoint {
  id: string;
  type: string;
  lat: number;
  lon: number;
  commune: string;
}

/** Every point of dist/data, read from the index and all tiles with plain fetches. */
export async function loadAllPoints(): Promise<{index: {types: string[]; tiles: number[][]; info: {count: number}}; points: RawPoint[]}> {
  const index = await (await fetch(`${BASE}data/points/index.json`)).json();
  const tiles: RawPoint[][] = await Promise.all(index.tiles.map((_: unknown, n: number) => fetch(`${BASE}data/points/${n}.json`).then((r) => r.json())));
  const points = tiles.flat().map(({id, type, lat, lon, commune}) => ({id, type, lat, lon, commune}));
  return {index, points};
}

/** Great-circle distance in km by the spherical Vincenty formula (atan2), radius 6371.0088 km: not the code under test. */
export function oracleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const [p1, p2, dl] = [lat1 * r, lat2 * r, (lon2 - lon1) * r];
  const y = Math.hypot(Math.cos(p2) * Math.sin(dl), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
  const x = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
  return 6371.0088 * Math.atan2(y, x);
}

/** Distance from (lat, lon) to every point (oracle formula), in the order of `points`. */
export function distancesTo(points: RawPoint[], lat: number, lon: number): Float64Array {
  const out = new Float64Array(points.length);
  points.forEach((p, i) => (out[i] = oracleKm(lat, lon, p.lat, p.lon)));
  return out;
}

/** Brute force over every point: the `count` nearest of the types (all when empty) within maxKm, by distance then id. */
export function bruteNearest(points: RawPoint[], km: Float64Array, count: number, types: string[] = [], maxKm = Infinity) {
  const best: {id: string; km: number}[] = [];
  const before = (a: {id: string; km: number}, b: {id: string; km: number}) => a.km < b.km || (a.km === b.km && a.id < b.id);
  points.forEach((p, i) => {
    if ((types.length && !types.includes(p.type)) || km[i] > maxKm) return;
    const hit = {id: p.id, km: km[i]};
    if (best.length === count && !before(hit, best[count - 1])) return;
    let j = best.length === count ? count - 1 : best.length;
    while (j > 0 && before(hit, best[j - 1])) {
      best[j] = best[j - 1];
      j--;
    }
    best[j] = hit;
  });
  return best;
}

export {prng} from '../../scripts/prng.mjs';

/** Rows of a CSV text (RFC 4180 quotes, multi-line fields), first row the header. */
export function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** Header name without '#', accents, case: "#Libellé_du_site" → "libelle_du_site". */
export const column = (name: string) => name.replace(/^#/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Records the URLs passed to window.fetch until restored. */
export function spyFetch(): {urls: string[]; restore: () => void} {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input), document.baseURI).pathname);
    return original(input, init);
  };
  return {urls, restore: () => (window.fetch = original)};
}

export const countBy = (list: string[]) => list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
