/** The results table's rows and columns, derived from the datasets' field descriptions. */
import type { Dataset } from '../../data/datasets';
import { valueOn, type FieldSpec, type FieldValue } from '../../domain/model/fields';
import type { FilterSpec } from '../../domain/filter/spec';
import { filteredIndexes } from '../../state/selectors/filtered';
import type { TableSort } from '../../state/store';
import type { QueryHit } from '../../domain/spatial/run-query';

export interface TableRow {
  ds: Dataset;
  index: number;
  /** The row's answer to the active spatial question. */
  hit?: QueryHit;
}

/** The key of the extra column a spatial question adds (inside/possibly, distance range). */
export const QUERY_COLUMN = '_query';

export interface Column {
  key: string;
  field: FieldSpec | null;
}

const FIRST = ['name', 'layer'];
const ORDER = ['status', 'stage', 'minerals', 'state', 'district', 'company', 'tranche', 'year', 'precision'];

/** Columns: name and layer first, then every field some shown dataset marks as a column. */
export function tableColumns(datasets: readonly Dataset[]): Column[] {
  const byKey = new Map<string, FieldSpec>();
  for (const ds of datasets)
    for (const f of ds.fields) if (f.column && !byKey.has(f.key)) byKey.set(f.key, f);
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  const rest = [...byKey.keys()].filter((k) => !FIRST.includes(k)).sort((a, b) => rank(a) - rank(b));
  return [
    { key: 'name', field: byKey.get('name') ?? null },
    { key: 'layer', field: null },
    ...rest.map((k) => ({ key: k, field: byKey.get(k)! })),
  ];
}

/** The rows of a question's answer, in its order (the answer is already filtered). */
export function queryTableRows(datasets: readonly Dataset[], hits: readonly QueryHit[]): TableRow[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const out: TableRow[] = [];
  for (const h of hits) {
    const ds = byId.get(h.datasetId);
    if (ds) out.push({ ds, index: h.index, hit: h });
  }
  return out;
}

/** Every shown dataset's filtered rows, optionally only those inside `bounds`. */
export function tableRows(
  datasets: readonly Dataset[],
  filters: FilterSpec,
  bounds: readonly [number, number, number, number] | null,
): TableRow[] {
  const out: TableRow[] = [];
  for (const ds of datasets) {
    const idx = filteredIndexes(ds, filters);
    for (const i of idx) {
      if (bounds) {
        const r = ds.rows[i]!;
        if (r.lon < bounds[0] || r.lon > bounds[2] || r.lat < bounds[1] || r.lat > bounds[3]) continue;
      }
      out.push({ ds, index: i });
    }
  }
  return out;
}

const collator = new Intl.Collator('en-IN', { sensitivity: 'base', numeric: true });

function sortable(v: FieldValue | undefined): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return v.length ? v.join(', ') : null;
}

/**
 * Rows sorted by a column; missing values last whatever the direction. With the time slider's
 * `day`, a timed column (a block's status) sorts by its value on that day, as it is shown.
 */
export function sortRows(
  rows: TableRow[],
  sort: TableSort,
  labelOf: (ds: Dataset) => string,
  day: number | null = null,
): TableRow[] {
  const key = (r: TableRow) =>
    sort.key === 'layer'
      ? labelOf(r.ds)
      : sort.key === QUERY_COLUMN
        ? r.hit
          ? (r.hit.minKm ?? (r.hit.membership === 'inside' ? 0 : 1))
          : null
        : sortable(valueOn(r.ds.rows[r.index]!, sort.key, day));
  const keyed = rows.map((r) => ({ r, k: key(r) }));
  const dir = sort.desc ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === null ? (b.k === null ? 0 : 1) : -1;
    if (typeof a.k === 'number' && typeof b.k === 'number') return (a.k - b.k) * dir;
    return collator.compare(String(a.k), String(b.k)) * dir;
  });
  return keyed.map((x) => x.r);
}
