/**
 * Everything in an area, honest about precision. A row is
 * - INSIDE when its position is site/locality precise and inside, or its whole uncertainty disc
 *   is inside (point inside and geodesic distance to the boundary ≥ its radius);
 * - POSSIBLY when its disc overlaps the area without being contained (point inside, or
 *   distance to the boundary ≤ radius);
 * - out otherwise.
 * Positions are the rows' true coordinates (the point set), never display offsets.
 */
import { pointToLineDistance } from '@turf/turf';
import { discBboxDeg } from './precision-disc';
import { isPointInArea, prepareArea, type PreparedArea } from './prepare-area';
import type { PointIndex } from './index-points';
import { pointCount } from './point-set';
import {
  INSIDE,
  OUT,
  POSSIBLY,
  type AllowedMask,
  type AreaGeometry,
  type AreaMatches,
  type MembershipCode,
  type PointSet,
} from './types';

/** km per degree of latitude, and of longitude at the equator (for the planar screening below). */
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON = 111.32;
/**
 * The planar screening's error allowance. The equirectangular distance at the point's latitude
 * is within about 3 % (+ a few hundred metres) of the geodesic one for edges within a few degrees;
 * only edges whose planar distance is within 10 % + 1 km of the nearest are measured geodesically,
 * which keeps the exact nearest edge among them (3 % either side fits well inside 10 % + 1 km).
 */
const SCREEN_FACTOR = 1.1;
const SCREEN_KM = 1;

/** Planar distance, km, from (x, y) to the segment (ax, ay)–(bx, by), all in km. */
function planarSegmentKm(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Planar distance, km, from (lon, lat) to edge k (kx: km per degree of longitude there). */
function edgePlanarKm(e: Float64Array, k: number, lon: number, lat: number, kx: number): number {
  return planarSegmentKm(
    0,
    0,
    (e[4 * k]! - lon) * kx,
    (e[4 * k + 1]! - lat) * KM_PER_DEG_LAT,
    (e[4 * k + 2]! - lon) * kx,
    (e[4 * k + 3]! - lat) * KM_PER_DEG_LAT,
  );
}

/** Geodesic distance, km, from (lon, lat) to edge k (Turf `pointToLineDistance`, great circle). */
function edgeGeodesicKm(e: Float64Array, k: number, lon: number, lat: number): number {
  return pointToLineDistance(
    [lon, lat],
    {
      type: 'LineString',
      coordinates: [
        [e[4 * k]!, e[4 * k + 1]!],
        [e[4 * k + 2]!, e[4 * k + 3]!],
      ],
    },
    { units: 'kilometers' },
  );
}

/** The area's edges whose box meets the point's disc box, and km per degree of longitude there. */
function nearEdges(area: PreparedArea, lon: number, lat: number, radiusKm: number) {
  const [a, b, c, d] = discBboxDeg(lon, lat, radiusKm);
  const n = area.edges.length / 4;
  return {
    ks: area.edgeIndex.search(a, b, c, d, (k) => k < n),
    kx: KM_PER_DEG_LON * Math.cos((lat * Math.PI) / 180),
  };
}

/**
 * Geodesic distance from a point to the nearest edge of the area whose box meets the point's
 * disc box, km; Infinity when no edge is that near (the disc then lies on one side of all rings).
 * Edges are Turf great-circle segments (`pointToLineDistance`, method geodesic); a planar
 * screening first skips the edges that cannot be the nearest, so a detailed state outline costs a
 * few geodesic measurements per point instead of hundreds.
 */
export function distanceToBoundaryWithinKm(
  area: PreparedArea,
  lon: number,
  lat: number,
  radiusKm: number,
): number {
  const e = area.edges;
  const { ks, kx } = nearEdges(area, lon, lat, radiusKm);
  const planar = ks.map((k) => edgePlanarKm(e, k, lon, lat, kx));
  let nearest = Infinity;
  for (const v of planar) if (v < nearest) nearest = v;
  const bound = nearest * SCREEN_FACTOR + SCREEN_KM;
  let best = Infinity;
  ks.forEach((k, j) => {
    if (planar[j]! > bound) return;
    const dist = edgeGeodesicKm(e, k, lon, lat);
    if (dist < best) best = dist;
  });
  return best;
}

/**
 * Whether some edge of the area lies within `radiusKm` (geodesic) of the point — closer than it
 * when `strict` — the same answer as comparing `distanceToBoundaryWithinKm` with the radius, but
 * without measuring what the planar screening already settles: an edge whose planar distance is
 * within the screening's error of the radius is measured geodesically, one clearly nearer ends
 * the search, and one clearly farther is skipped.
 */
export function boundaryWithinKm(
  area: PreparedArea,
  lon: number,
  lat: number,
  radiusKm: number,
  strict: boolean,
): boolean {
  const e = area.edges;
  const { ks, kx } = nearEdges(area, lon, lat, radiusKm);
  // Planar p and geodesic g: p ≤ g·SCREEN_FACTOR + SCREEN_KM and g ≤ p·SCREEN_FACTOR + SCREEN_KM.
  const surelyWithin = (radiusKm - SCREEN_KM) / SCREEN_FACTOR;
  const maybeWithin = radiusKm * SCREEN_FACTOR + SCREEN_KM;
  const borderline: number[] = [];
  for (const k of ks) {
    const p = edgePlanarKm(e, k, lon, lat, kx);
    if (p < surelyWithin) return true;
    if (p <= maybeWithin) borderline.push(k);
  }
  for (const k of borderline) {
    const g = edgeGeodesicKm(e, k, lon, lat);
    if (strict ? g < radiusKm : g <= radiusKm) return true;
  }
  return false;
}

/** The class of one position with an uncertainty radius (km) against a prepared area. */
export function classifyPointInArea(
  area: PreparedArea,
  lon: number,
  lat: number,
  radiusKm: number,
  precise: boolean,
): MembershipCode {
  const inside = isPointInArea(area, lon, lat);
  if (radiusKm <= 0 || (precise && inside)) return inside ? INSIDE : OUT;
  // Inside: the disc is contained unless an edge is nearer than its radius; outside: the disc
  // overlaps the area when an edge is within its radius.
  if (inside) return boundaryWithinKm(area, lon, lat, radiusKm, true) ? POSSIBLY : INSIDE;
  return boundaryWithinKm(area, lon, lat, radiusKm, false) ? POSSIBLY : OUT;
}

const preparedCache = new WeakMap<AreaGeometry, PreparedArea>();

/**
 * The area prepared once per geometry object: one drawn area queried across every dataset
 * pays for its grid and edge index once. Geometries are treated as immutable.
 */
export function preparedOnce(area: AreaGeometry): PreparedArea {
  let p = preparedCache.get(area);
  if (!p) {
    p = prepareArea(area);
    preparedCache.set(area, p);
  }
  return p;
}

export interface AreaQueryOptions {
  /** Only these positions may be returned (the active filter). */
  readonly allowed?: AllowedMask;
  /** The dataset's index: only points whose disc box meets the area's box are tested. */
  readonly index?: PointIndex | null;
}

/**
 * The rows of a point set in an area, with their class. Positions ascending.
 * @param area a polygon or multipolygon (holes, either winding), or one already prepared
 */
export function classifyInArea(
  area: AreaGeometry | PreparedArea,
  points: PointSet,
  options: AreaQueryOptions = {},
): AreaMatches {
  const prepared = 'edgeIndex' in area ? area : preparedOnce(area);
  const { allowed, index } = options;
  const cs = points.coords;
  const radii = points.radiiKm;
  let candidates: Uint32Array | null = null;
  if (index) {
    const [a, b, c, d] = prepared.bbox;
    candidates = Uint32Array.from(index.boxes.search(a, b, c, d));
  }
  const m = candidates ? candidates.length : pointCount(points);
  const positions = new Uint32Array(m);
  const classes = new Uint8Array(m);
  let n = 0;
  for (let j = 0; j < m; j++) {
    const i = candidates ? candidates[j]! : j;
    if (allowed && !allowed[i]) continue;
    const r = radii[i]!;
    // Exact positions (most of a big dataset) skip the disc logic.
    const k =
      r === 0
        ? isPointInArea(prepared, cs[2 * i]!, cs[2 * i + 1]!)
          ? INSIDE
          : OUT
        : classifyPointInArea(prepared, cs[2 * i]!, cs[2 * i + 1]!, r, points.precise[i] === 1);
    if (k === OUT) continue;
    positions[n] = i;
    classes[n++] = k;
  }
  if (!candidates) return { positions: positions.slice(0, n), classes: classes.slice(0, n) };
  // The index returns positions in tree order: sort the answers (with their classes) ascending.
  const order = positions.slice(0, n).sort();
  const kept = classes.subarray(0, n);
  if (kept.every((c) => c === INSIDE)) return { positions: order, classes: new Uint8Array(n).fill(INSIDE) };
  const classOf = new Map<number, number>();
  for (let j = 0; j < n; j++) classOf.set(positions[j]!, classes[j]!);
  return { positions: order, classes: Uint8Array.from(order, (p) => classOf.get(p)!) };
}
