// Spatial partition: an adaptive k-d tree over the points. A node becomes a tile (one file) when its
// encoded size is at most `maxBytes` gzip; otherwise it is cut across its longer side (measured in km,
// so a node in the north is not cut across a narrow longitude band), at the rank that leaves each side
// a whole number of tiles' worth of points, so tiles come out close to `maxBytes`. Tiles of dense
// cities are small in area, tiles of the countryside large, and each file stays about the same size.
// The index keeps one bounding box (of the points themselves, so boxes never overlap) per tile.
import {gzipSync} from 'node:zlib';

const KM_PER_DEG = 111.195;

/**
 * @template P
 * @param {P[]} points            each with integer `lat`, `lon` (1e-5 degree) and a string `id`
 * @param {(points: P[]) => string} encode   the file text of a tile
 * @param {{maxBytes: number, minPoints?: number}} options
 * @returns {P[][]} the tiles, in depth-first order (south/west half first)
 */
export function kdPartition(points, encode, {maxBytes, minPoints = 8}) {
  const tiles = [];
  // how many tiles a node needs (at least); gzip only what could fit, JSON compresses about 3.5 times
  const tilesNeeded = (list) => {
    const text = encode(list);
    if (text.length > maxBytes * 8) return Math.ceil(text.length / (maxBytes * 3.5));
    return Math.ceil(gzipSync(text, {level: 9}).length / maxBytes);
  };
  const visit = (list) => {
    const needed = list.length <= minPoints ? 1 : tilesNeeded(list);
    if (needed <= 1) {
      tiles.push(list);
      return;
    }
    const box = bbox(list);
    const midLat = ((box[0] + box[2]) / 2) * 1e-5;
    const heightKm = (box[2] - box[0]) * 1e-5 * KM_PER_DEG;
    const widthKm = (box[3] - box[1]) * 1e-5 * KM_PER_DEG * Math.cos((midLat * Math.PI) / 180);
    const axis = widthKm > heightKm ? 'lon' : 'lat';
    const other = axis === 'lon' ? 'lat' : 'lon';
    const sorted = [...list].sort((a, b) => a[axis] - b[axis] || a[other] - b[other] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // cut so that both sides need whole numbers of tiles: 5 tiles' worth → 2 + 3, not 2.5 + 2.5
    const cut = Math.round((sorted.length * Math.floor(needed / 2)) / needed);
    visit(sorted.slice(0, cut));
    visit(sorted.slice(cut));
  };
  if (points.length) visit(points);
  return tiles;
}

/** [latMin, lonMin, latMax, lonMax] of the points, in their integer unit. */
export function bbox(points) {
  let latMin = Infinity;
  let lonMin = Infinity;
  let latMax = -Infinity;
  let lonMax = -Infinity;
  for (const p of points) {
    if (p.lat < latMin) latMin = p.lat;
    if (p.lat > latMax) latMax = p.lat;
    if (p.lon < lonMin) lonMin = p.lon;
    if (p.lon > lonMax) lonMax = p.lon;
  }
  return [latMin, lonMin, latMax, lonMax];
}
