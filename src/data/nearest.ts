import {loadJson} from './loader.js';
import type {DataInfo, DataOptions, NearestOptions, NearestResult, PointType, ServicePoint} from './types.js';

/**
 * The nearest postal points and France services of a place, exact (great-circle distance) and read
 * from a few small files: `data/points/index.json` (one box per tile of an adaptive k-d partition)
 * then the tiles nearest the place, nearest first, until no unread tile can hold a nearer point.
 *
 * ```ts
 * const points = await nearest(47.9667, -0.0167, {count: 5, types: ['bureau'], maxKm: 30, base: el.dataset.base});
 * points[0].name; // "Bureau de poste de Brûlon"
 * points[0].distanceKm; // 0.21
 * ```
 * Rejects with a `DataError` (see loader.ts) when a file cannot be loaded.
 */

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const {sin, cos, min} = Math;

/** Haversine of an angle in degrees: sin²(x / 2). */
const hav = (x: number) => sin((x * RAD) / 2) ** 2;
/** Great-circle distance in km from a haversine value. */
const km = (h: number) => 2 * EARTH_RADIUS_KM * Math.asin(min(1, Math.sqrt(h)));

/** Great-circle (haversine) distance in km. */
export const distanceKm = (lat1: number, lon1: number, lat2: number, lon2: number): number =>
  km(hav(lat2 - lat1) + cos(lat1 * RAD) * cos(lat2 * RAD) * hav(lon2 - lon1));

/** The smallest haversine of `v` to any angle of [lo, hi] (0 inside). */
const gap = (v: number, lo: number, hi: number) => ((v - lo) * (v - hi) > 0 ? min(hav(v - lo), hav(v - hi)) : 0);

/** points/index.json: tiles as [latMin, lonMin, latMax, lonMax] (degrees) and a bit mask of the `types` they hold. */
interface PointsIndex {
  types: PointType[];
  tiles: number[][];
  info: DataInfo;
}

const pointsIndex = (options: DataOptions) => loadJson<PointsIndex>('points/index.json', options, 'tiles');

/** Attribution lines, source dates and number of points, for the widgets' footers. */
export const pointsInfo = async (options: DataOptions = {}): Promise<DataInfo> => (await pointsIndex(options)).info;

/** Nearest points of (lat, lon), nearest first (ties by id); at most `count`, within `maxKm`. */
export async function nearest(lat: number, lon: number, options: NearestOptions = {}): Promise<NearestResult[]> {
  const {types, maxKm = Infinity} = options;
  const count = Math.floor(options.count ?? 5);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && count >= 1)) throw new RangeError('nearest(lat, lon, {count})');
  const wanted = (type: PointType) => !types?.length || types.includes(type);
  const index = await pointsIndex(options);
  const mask = index.types.reduce((m, type, i) => (wanted(type) ? m | (1 << i) : m), 0);
  let best: NearestResult[] = [];
  // a lower bound of the distance to each tile holding a wanted type, from a lower bound of each term
  // of the haversine over the box (the smallest latitude gap; the smallest longitude gap times the
  // smallest cosine of the box), minus a hair against rounding; then the tiles nearest first
  const tiles = index.tiles
    .flatMap(([a, b, c, d, m], n) => {
      const bound = km(gap(lat, a, c) + cos(lat * RAD) * min(cos(a * RAD), cos(c * RAD)) * gap(lon, b, d)) - 1e-9;
      return m & mask && bound <= maxKm ? [[bound, n]] : [];
    })
    .sort((x, y) => x[0] - y[0]);
  for (const [bound, n] of tiles) {
    // no unread tile can hold a point nearer than the count-th found
    if (best[count - 1]?.distanceKm < bound) break;
    for (const point of await loadJson<ServicePoint[]>(`points/${n}.json`, options, '0')) {
      const d = distanceKm(lat, lon, point.lat, point.lon);
      if (wanted(point.type) && d <= maxKm) best.push({...point, distanceKm: d});
    }
    best = best.sort((x, y) => x.distanceKm - y.distanceKm || (x.id < y.id ? -1 : 1)).slice(0, count);
  }
  return best;
}
