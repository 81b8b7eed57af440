/**
 * Spatial indexes over a point set, built once per dataset: a Flatbush of each point's
 * uncertainty-disc box (candidates for area queries: a disc can touch the area only if its box
 * meets the area's box) and a KDBush of the points (radius and nearest queries via geokdbush).
 */
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import { discBboxDeg } from './precision-disc';
import { maxRadiusKm, pointCount } from './point-set';
import type { PointSet } from './types';

export interface PointIndex {
  /** Disc boxes; `search` returns positions of the point set. */
  readonly boxes: Flatbush;
  /** The points themselves, for `geokdbush.around`. */
  readonly kd: KDBush;
  /** The largest uncertainty radius in the set, km. */
  readonly maxRadiusKm: number;
  readonly size: number;
}

/** Builds both indexes (O(n log n)). An empty set gets null: the queries then return nothing. */
export function buildPointIndex(points: PointSet): PointIndex | null {
  const n = pointCount(points);
  if (n === 0) return null;
  const boxes = new Flatbush(n);
  const kd = new KDBush(n);
  const c = points.coords;
  for (let i = 0; i < n; i++) {
    const lon = c[2 * i]!,
      lat = c[2 * i + 1]!;
    const [a, b, x, y] = discBboxDeg(lon, lat, points.radiiKm[i]!);
    boxes.add(a, b, x, y);
    kd.add(lon, lat);
  }
  boxes.finish();
  kd.finish();
  return { boxes, kd, maxRadiusKm: maxRadiusKm(points), size: n };
}
