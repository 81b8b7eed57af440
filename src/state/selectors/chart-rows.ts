/**
 * Rows for the charts: each chart counts under the filter without its own conditions, so these
 * are computed directly (not through filteredIndexes, whose one-entry cache the map shares: a
 * different filter there would make the clustered sources re-send their data).
 */
import type { Dataset } from '../../data/datasets';
import { compilePredicate } from '../../domain/filter/predicate';
import type { FilterSpec } from '../../domain/filter/spec';
import type { Row } from '../../domain/model/fields';

/** The rows of a dataset that pass `spec` and, while a question is active, are in its answer. */
export function rowsPassing(
  ds: Dataset,
  spec: FilterSpec,
  queryClasses: ReadonlyMap<string, Map<number, number>> | null,
): Row[] {
  const pred = compilePredicate(spec, ds.id, ds.fields);
  const listed = queryClasses ? queryClasses.get(ds.id) : undefined;
  return ds.rows.filter((r) => pred(r) && (!queryClasses || listed?.has(r.index) === true));
}
