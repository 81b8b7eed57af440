/** Which fields the filter panel offers, across the datasets shown, in a reader's order. */
import type { Dataset } from '../../data/datasets';
import type { FieldSpec } from '../../domain/model/fields';

const ORDER = [
  'minerals',
  'state',
  'district',
  'status',
  'stage',
  'licence',
  'tranche',
  'company',
  'year',
  'precision',
];

export interface FacetDef {
  field: FieldSpec;
  /** The datasets that have this field. */
  datasets: readonly Dataset[];
}

export function facetDefs(datasets: readonly Dataset[]): FacetDef[] {
  const byKey = new Map<string, FacetDef>();
  for (const ds of datasets)
    for (const f of ds.fields) {
      if (!f.facet) continue;
      const d = byKey.get(f.key);
      if (d) byKey.set(f.key, { field: d.field, datasets: [...d.datasets, ds] });
      else byKey.set(f.key, { field: f, datasets: [ds] });
    }
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  return [...byKey.values()].sort(
    (a, b) => rank(a.field.key) - rank(b.field.key) || a.field.key.localeCompare(b.field.key),
  );
}
