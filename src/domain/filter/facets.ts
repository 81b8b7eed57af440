/**
 * Facet counts with the usual faceted-search rule: a facet's options are counted over the
 * rows that pass every other active condition, so a facet's own condition does not shrink its
 * own counts (choosing "lithium" still shows how many graphite features there are).
 */
import { valueOn, valuesOf, type DatasetView } from '../model/fields';
import { asOfDayOf } from '../insights/timeline';
import { compilePredicate } from './predicate';
import type { FilterSpec } from './spec';

/** The spec without the conditions on one field (its unscoped key and this dataset's scoped key). */
export function withoutField(spec: FilterSpec, datasetId: string, field: string): FilterSpec {
  const out: Record<string, FilterSpec[string]> = {};
  for (const [k, c] of Object.entries(spec)) if (k !== field && k !== `${datasetId}/${field}`) out[k] = c;
  return out;
}

/**
 * Count of each value of `field` over the dataset's rows that pass the other conditions; a
 * timed field (a block's status) is counted by its value on the time slider's day, if on.
 */
export function facetCounts(
  ds: DatasetView,
  spec: FilterSpec,
  field: string,
  into = new Map<string, number>(),
) {
  if (!ds.fields.some((f) => f.key === field)) return into;
  const pred = compilePredicate(withoutField(spec, ds.id, field), ds.id, ds.fields);
  const day = asOfDayOf(spec);
  for (const row of ds.rows) {
    if (!pred(row)) continue;
    for (const v of new Set(valuesOf(valueOn(row, field, day)))) into.set(v, (into.get(v) ?? 0) + 1);
  }
  return into;
}

/** The same counts summed over several datasets (a cross-layer facet such as minerals). */
export function facetCountsAcross(datasets: readonly DatasetView[], spec: FilterSpec, field: string) {
  const into = new Map<string, number>();
  for (const ds of datasets) facetCounts(ds, spec, field, into);
  return into;
}

/** The lowest and highest value of a numeric field over all rows (for a range facet's bounds). */
export function numericExtent(datasets: readonly DatasetView[], field: string): [number, number] | null {
  let lo = Infinity,
    hi = -Infinity;
  for (const ds of datasets)
    for (const r of ds.rows) {
      const v = r.values[field];
      if (typeof v === 'number' && Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  return lo <= hi ? [lo, hi] : null;
}
