import type { Dataset } from '../../data/datasets';

/** The datasets the national overview draws: the curated ones (imported and synthetic layers keep their own). */
export const overviewDatasets = (datasets: readonly Dataset[]): Dataset[] =>
  datasets.filter((d) => d.kind === 'curated');

/** Per overview dataset, the offset of its rows' feature ids in the overview's sources. */
export function overviewOffsets(datasets: readonly Dataset[]): Map<string, number> {
  const out = new Map<string, number>();
  let at = 0;
  for (const ds of overviewDatasets(datasets)) {
    out.set(ds.id, at);
    at += ds.rows.length;
  }
  return out;
}
