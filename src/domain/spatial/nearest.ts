/**
 * The nearest N rows of a dataset to each given point, by geodesic distance. Imprecise rows
 * have distance ranges; rows are ranked by range (min, then max, then position), so a state-
 * centre point 300 km away (range 150–450 km) ranks ahead of a site 200 km away.
 */
import { around } from 'geokdbush';
import type { PointIndex } from './index-points';
import { pointCount } from './point-set';
import { distanceRangeKm } from './precision-disc';
import { compareRanges, packRanked, type RangedCandidate } from './rank-by-range';
import type { AllowedMask, Origin, PointSet, RankedRows } from './types';
import { CANDIDATE_PAD, distanceKm } from './within-radius';

export interface NearestOptions {
  readonly allowed?: AllowedMask;
  readonly index?: PointIndex | null;
  /** A position never returned (the origin feature itself, when it is of the same dataset). */
  readonly exclude?: number;
}

function ranged(points: PointSet, origin: Origin, i: number): RangedCandidate {
  const d = distanceKm(origin.lon, origin.lat, points.coords[2 * i]!, points.coords[2 * i + 1]!);
  const [minKm, maxKm] = distanceRangeKm(d, points.radiiKm[i]!, origin.radiusKm ?? 0);
  return { position: i, minKm, maxKm };
}

/** The `k` nearest rows to one origin, ranked by distance range. */
export function nearestK(
  points: PointSet,
  origin: Origin,
  k: number,
  options: NearestOptions = {},
): RankedRows {
  const { allowed, index, exclude } = options;
  const ok = (i: number) => i !== exclude && (!allowed || allowed[i] === 1);
  if (!(k >= 1)) return packRanked([]);
  let cands: RangedCandidate[];
  if (index) {
    // The k nearest by raw distance bound the k-th best min; every row that could beat it lies
    // within that min plus the largest radii.
    const first = around(index.kd, origin.lon, origin.lat, k, Infinity, ok).map((i) =>
      ranged(points, origin, i),
    );
    if (first.length < k) cands = first;
    else {
      first.sort(compareRanges);
      const kthMin = first[k - 1]!.minKm;
      const reach = (kthMin + index.maxRadiusKm + (origin.radiusKm ?? 0)) * CANDIDATE_PAD + 0.001;
      cands = around(index.kd, origin.lon, origin.lat, Infinity, reach, ok).map((i) =>
        ranged(points, origin, i),
      );
    }
  } else {
    cands = [];
    for (let i = 0; i < pointCount(points); i++) if (ok(i)) cands.push(ranged(points, origin, i));
  }
  cands.sort(compareRanges);
  const top = cands.slice(0, Math.floor(k));
  const { positions, rangesKm } = packRanked(top);
  return { positions, rangesKm };
}

/** The `k` nearest rows to each origin (in the origins' order). */
export function nearestToEach(
  points: PointSet,
  origins: readonly (Origin & { exclude?: number })[],
  k: number,
  options: Omit<NearestOptions, 'exclude'> = {},
): RankedRows[] {
  return origins.map((o) => nearestK(points, o, k, { ...options, exclude: o.exclude }));
}
