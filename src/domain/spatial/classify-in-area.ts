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

/**
 * Geodesic distance from a point to the nearest edge of the area whose box meets the point's
 * disc box, km; Infinity when no edge is that near (the disc then lies on one side of all rings).
 * Edges are Turf great-circle segments (`pointToLineDistance`, method geodesic).
 */
export function distanceToBoundaryWithinKm(
  area: PreparedArea,
  lon: number,
  lat: number,
  radiusKm: number,
): number {
  const [a, b, c, d] = discBboxDeg(lon, lat, radiusKm);
  let best = Infinity;
  const e = area.edges;
  for (const k of area.edgeIndex.search(a, b, c, d)) {
    if (4 * k >= e.length) continue;
    const dist = pointToLineDistance(
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
    if (dist < best) best = dist;
  }
  return best;
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
  const d = distanceToBoundaryWithinKm(area, lon, lat, radiusKm);
  if (inside) return d >= radiusKm ? INSIDE : POSSIBLY;
  return d <= radiusKm ? POSSIBLY : OUT;
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
  const prepared = 'edgeIndex' in area ? area : prepareArea(area);
  const { allowed, index } = options;
  const n = pointCount(points);
  let candidates: ArrayLike<number>;
  if (index) {
    const [a, b, c, d] = prepared.bbox;
    const found = index.boxes.search(a, b, c, d);
    found.sort((x, y) => x - y);
    candidates = found;
  } else {
    candidates = { length: n } as ArrayLike<number>;
  }
  const useIdx = !!index;
  const positions: number[] = [];
  const classes: number[] = [];
  const cs = points.coords;
  for (let j = 0; j < candidates.length; j++) {
    const i = useIdx ? candidates[j]! : j;
    if (allowed && !allowed[i]) continue;
    const k = classifyPointInArea(
      prepared,
      cs[2 * i]!,
      cs[2 * i + 1]!,
      points.radiiKm[i]!,
      points.precise[i] === 1,
    );
    if (k === OUT) continue;
    positions.push(i);
    classes.push(k);
  }
  return { positions: Uint32Array.from(positions), classes: Uint8Array.from(classes) };
}
