/**
 * A dataset's rows as a point set: true coordinates (row.lon/lat, never display offsets) and
 * each row's uncertainty radius, in typed arrays; and the active filter as a mask over it.
 */
import type { DatasetView, Row } from '../model/fields';
import { compilePredicate } from '../filter/predicate';
import type { FilterSpec } from '../filter/spec';
import { isPrecisePosition, uncertaintyRadiusKm } from './precision-disc';
import type { AllowedMask, PointSet } from './types';

/** The point set of rows, position i = rows[i]; the radius read from `values.precision`. */
export function pointSetFromRows(rows: readonly Row[]): PointSet {
  const n = rows.length;
  const coords = new Float64Array(n * 2);
  const radiiKm = new Float32Array(n);
  const precise = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    coords[2 * i] = r.lon;
    coords[2 * i + 1] = r.lat;
    radiiKm[i] = uncertaintyRadiusKm(r.values.precision);
    precise[i] = isPrecisePosition(r.values.precision) ? 1 : 0;
  }
  return { coords, radiiKm, precise };
}

/** Number of points in a set. */
export const pointCount = (points: PointSet): number => points.radiiKm.length;

/** The rows of a dataset that pass the active filter, as a mask (1 = passes). */
export function filterMask(ds: DatasetView, spec: FilterSpec): AllowedMask {
  const pred = compilePredicate(spec, ds.id, ds.fields);
  const mask = new Uint8Array(ds.rows.length);
  for (let i = 0; i < ds.rows.length; i++) mask[i] = pred(ds.rows[i]!) ? 1 : 0;
  return mask;
}

/** The largest uncertainty radius in a set, km (how far a candidate search must reach). */
export function maxRadiusKm(points: PointSet): number {
  let m = 0;
  for (const r of points.radiiKm) if (r > m) m = r;
  return m;
}
