/**
 * Everything within N km of a point (a clicked place, or a feature with its own uncertainty):
 * INSIDE when the farthest it could be is within N (d + r ≤ N), POSSIBLY when the nearest it
 * could be is (d − r ≤ N); distances as ranges `[max(0, d − r), d + r]`, r the sum of both
 * radii. Geodesic (haversine, Turf's Earth radius) on the rows' true coordinates.
 */
import { distance } from '@turf/turf';
import { around } from 'geokdbush';
import type { PointIndex } from './index-points';
import { pointCount } from './point-set';
import { distanceRangeKm } from './precision-disc';
import { compareRanges, packRanked, type RangedCandidate } from './rank-by-range';
import { INSIDE, POSSIBLY, type AllowedMask, type Origin, type PointSet, type RangedMatches } from './types';

/** Geodesic distance between two lon/lat points, km (Turf `distance`, haversine). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return distance([lon1, lat1], [lon2, lat2], { units: 'kilometers' });
}

/**
 * geokdbush measures on a 6371 km sphere, Turf on 6371.0088 km: a candidate search widened by
 * this factor (and 1 m) never misses a point Turf puts inside.
 */
export const CANDIDATE_PAD = 1.0001;

export interface RadiusQueryOptions {
  readonly allowed?: AllowedMask;
  readonly index?: PointIndex | null;
  /** A position never returned (the origin feature itself). */
  readonly exclude?: number;
}

/** Rows within `radiusKm` of the origin, sorted by distance range. */
export function withinRadius(
  points: PointSet,
  origin: Origin,
  radiusKm: number,
  options: RadiusQueryOptions = {},
): RangedMatches {
  const { allowed, index, exclude } = options;
  const r0 = origin.radiusKm ?? 0;
  const cs = points.coords;
  const out: RangedCandidate[] = [];
  const consider = (i: number) => {
    if (i === exclude || (allowed && !allowed[i])) return;
    const d = distanceKm(origin.lon, origin.lat, cs[2 * i]!, cs[2 * i + 1]!);
    const [minKm, maxKm] = distanceRangeKm(d, points.radiiKm[i]!, r0);
    if (maxKm <= radiusKm) out.push({ position: i, minKm, maxKm, cls: INSIDE });
    else if (minKm <= radiusKm) out.push({ position: i, minKm, maxKm, cls: POSSIBLY });
  };
  if (!(radiusKm >= 0)) return packRanked([]);
  if (index) {
    const reach = (radiusKm + index.maxRadiusKm + r0) * CANDIDATE_PAD + 0.001;
    for (const i of around(index.kd, origin.lon, origin.lat, Infinity, reach)) consider(i);
  } else {
    for (let i = 0; i < pointCount(points); i++) consider(i);
  }
  out.sort(compareRanges);
  return packRanked(out);
}
