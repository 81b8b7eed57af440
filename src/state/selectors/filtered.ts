/**
 * Derived values the map, the legend, the facets and the table share, memoised on the
 * dataset's identity and the filter's identity (the store replaces the filter object on every
 * change and keeps it otherwise), so each is computed once per change, not once per render.
 */
import type { Dataset } from '../../data/datasets';
import { compilePredicate, matchingIndexes } from '../../domain/filter/predicate';
import { facetCounts } from '../../domain/filter/facets';
import type { FilterCatalogue } from '../../domain/filter/codec';
import type { FilterSpec } from '../../domain/filter/spec';
import { valuesOf, type FieldSpec } from '../../domain/model/fields';

const filteredCache = new WeakMap<Dataset, { spec: FilterSpec; idx: Uint32Array }>();

/** Positions of the dataset's rows that pass the filter. */
export function filteredIndexes(ds: Dataset, spec: FilterSpec): Uint32Array {
  const hit = filteredCache.get(ds);
  if (hit && hit.spec === spec) return hit.idx;
  const idx = matchingIndexes(ds.rows, compilePredicate(spec, ds.id, ds.fields));
  filteredCache.set(ds, { spec, idx });
  return idx;
}

const facetCache = new WeakMap<Dataset, { spec: FilterSpec; counts: Map<string, Map<string, number>> }>();

/** Facet counts of one field of one dataset (the faceted rule: its own condition does not count). */
export function facetCountsOf(ds: Dataset, spec: FilterSpec, field: string): Map<string, number> {
  let entry = facetCache.get(ds);
  if (!entry || entry.spec !== spec) {
    entry = { spec, counts: new Map() };
    facetCache.set(ds, entry);
  }
  let counts = entry.counts.get(field);
  if (!counts) {
    counts = facetCounts(ds, spec, field);
    entry.counts.set(field, counts);
  }
  return counts;
}

/** A facet's counts summed over datasets. */
export function facetCountsAcross(datasets: readonly Dataset[], spec: FilterSpec, field: string) {
  const out = new Map<string, number>();
  for (const ds of datasets)
    for (const [v, n] of facetCountsOf(ds, spec, field)) out.set(v, (out.get(v) ?? 0) + n);
  return out;
}

const catalogueCache = new WeakMap<readonly Dataset[], FilterCatalogue>();

/** What the datasets offer to filter on, for checking a filter that came from a URL. */
export function filterCatalogue(datasets: readonly Dataset[]): FilterCatalogue {
  let cat = catalogueCache.get(datasets);
  if (cat) return cat;
  const fields = new Map<string, FieldSpec>();
  const fieldsOf = new Map<string, Set<string>>();
  const values = new Map<string, Set<string>>();
  for (const ds of datasets) {
    fieldsOf.set(ds.id, new Set(ds.fields.map((f) => f.key)));
    for (const f of ds.fields) {
      if (!fields.has(f.key)) fields.set(f.key, f);
      if (f.type !== 'category' && f.type !== 'multi') continue;
      const set = values.get(f.key) ?? new Set<string>();
      for (const r of ds.rows) {
        for (const v of valuesOf(r.values[f.key])) set.add(v);
        for (const [, v] of r.history?.[f.key] ?? []) set.add(v);
      }
      values.set(f.key, set);
    }
  }
  cat = { datasets: new Set(datasets.map((d) => d.id)), fields, fieldsOf, values };
  catalogueCache.set(datasets, cat);
  return cat;
}
