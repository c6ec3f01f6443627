import {check, loadJson} from './loader.js';
import type {DataInfo, DataOptions, NearestOptions, NearestResult, PointType, ServicePoint, WeeklyHours} from './types.js';

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

/** Great-circle (haversine) distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Smallest distance from a point to any point of a lat/lon box: along its own meridian when the box
 * spans its longitude, else to the nearer point of each side meridian (where the great circle through
 * the point meets that meridian at right angles, clamped to the box).
 */
function boxKm(lat: number, lon: number, latMin: number, lonMin: number, latMax: number, lonMax: number): number {
  if (lon >= lonMin && lon <= lonMax) return Math.max(latMin - lat, 0, lat - latMax) * RAD * EARTH_RADIUS_KM;
  let best = Infinity;
  for (const side of [lonMin, lonMax]) {
    const foot = Math.atan2(Math.sin(lat * RAD), Math.cos(lat * RAD) * Math.cos((lon - side) * RAD)) / RAD;
    for (const at of foot > latMin && foot < latMax ? [foot] : [latMin, latMax]) best = Math.min(best, distanceKm(lat, lon, at, side));
  }
  return best;
}

interface PointsIndex extends DataInfo {
  types: PointType[];
  /** [latMin, lonMin, latMax, lonMax] in 1e-3 degree, bit mask of the types in the tile. */
  tiles: [number, number, number, number, number][];
}

/** A tile: one array per field (see docs/data.md). */
interface Tile {
  id: string[];
  t: number[];
  n: string[];
  l: string[];
  a: string[];
  x: string[];
  z: string[];
  m: string[];
  c: string[];
  y: number[];
  o: number[];
  p: string[];
  f: number[];
  h: (WeeklyHours | 0)[];
  k: string[];
}

const INDEX = 'points/index.json';

async function pointsIndex(options: DataOptions): Promise<PointsIndex> {
  const index = await loadJson<PointsIndex>(INDEX, options);
  check(Array.isArray(index?.tiles) && Array.isArray(index.types), INDEX, options);
  return index;
}

/** Attribution lines, source dates and number of points, for the widgets' footers. */
export async function pointsInfo(options: DataOptions = {}): Promise<DataInfo> {
  const {attribution, dates, count} = await pointsIndex(options);
  return {attribution, dates, count};
}

function pointOf(tile: Tile, i: number, types: PointType[]): ServicePoint {
  const type = types[tile.t[i]];
  const link = tile.k[i];
  const point: ServicePoint = {
    id: tile.id[i],
    type,
    name: tile.n[i],
    label: tile.l[i] || tile.n[i],
    address: tile.a[i],
    addressExtra: tile.x[i],
    postcode: tile.z[i],
    city: tile.m[i],
    commune: tile.c[i],
    lat: tile.y[i],
    lon: tile.o[i],
    approximate: !!(tile.f[i] & 1),
  };
  if (tile.p[i]) point.parent = tile.p[i];
  if (tile.h[i]) point.hours = tile.h[i] as WeeklyHours;
  if (tile.f[i] & 2) point.mobile = true;
  if (link) point[type == 'bureau' ? 'franceServices' : 'hostedBy'] = link;
  return point;
}

/** Nearest points of (lat, lon), nearest first (ties by id); at most `count`, within `maxKm`. */
export async function nearest(lat: number, lon: number, options: NearestOptions = {}): Promise<NearestResult[]> {
  const {types, maxKm = Infinity} = options;
  const count = Math.floor(options.count ?? 5);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && count >= 1)) throw new RangeError('nearest(lat, lon, {count})');
  const index = await pointsIndex(options);
  const wanted = types?.length ? types.reduce((mask, type) => mask | (1 << index.types.indexOf(type)), 0) : -1;
  const order = index.tiles
    .map(([a, b, c, d, mask], tile) => ({tile, mask, km: boxKm(lat, lon, a / 1e3, b / 1e3, c / 1e3, d / 1e3) - 1e-9}))
    .filter((t) => t.mask & wanted && t.km <= maxKm)
    .sort((a, b) => a.km - b.km || a.tile - b.tile);
  let best: {km: number; id: string; tile: Tile; i: number}[] = [];
  for (const {tile: n, km} of order) {
    if (best.length >= count && km > best[count - 1].km) break;
    const path = `points/${n}.json`;
    const tile = await loadJson<Tile>(path, options);
    check(tile && Array.isArray(tile.id) && Array.isArray(tile.y) && tile.y.length == tile.id.length, path, options);
    tile.id.forEach((id, i) => {
      const d = wanted & (1 << tile.t[i]) ? distanceKm(lat, lon, tile.y[i], tile.o[i]) : Infinity;
      if (d <= maxKm) best.push({km: d, id, tile, i});
    });
    best = best.sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, count);
  }
  return best.map(({km, tile, i}) => ({...pointOf(tile, i, index.types), distanceKm: km}));
}
