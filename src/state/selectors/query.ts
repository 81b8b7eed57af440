/**
 * The answer to the store's spatial question, derived once per change of the datasets, the
 * filter, the question or the state outlines (never stored: the store holds the question only).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Dataset } from '../../data/datasets';
import { isLayerVisible, useAppStore } from '../store';
import { useDatasets } from '../use-data';
import {
  loadStateOutlines,
  stateOutline,
  stateOutlinesLoaded,
  stateOutlinesVersion,
  subscribeStateOutlines,
} from '../../data/state-outlines';
import { decodeQuerySpec, type QuerySpec } from '../../domain/spatial/query-param';
import { runQuery, type QueryAnswer } from '../../domain/spatial/run-query';
import type { FilterSpec } from '../../domain/filter/spec';

export interface ActiveQuery {
  readonly spec: QuerySpec;
  readonly answer: QueryAnswer;
  /** Per dataset: position → 1 inside / 2 possibly / 3 listed without a boundary. */
  readonly classes: ReadonlyMap<string, Map<number, number>>;
  /** Whether the answer waits for the state outlines. */
  readonly pending: boolean;
}

const baseUrl = () => new URL(import.meta.env.BASE_URL, window.location.href).href;

/** The answer for a question over the shown datasets (pure; exported for the handle and tests). */
export function answerQuery(
  datasets: readonly Dataset[],
  filters: FilterSpec,
  hiddenLayers: readonly string[],
  q: string | null,
): ActiveQuery | null {
  const spec = q ? decodeQuerySpec(q) : null;
  if (!spec) return null;
  const shown = datasets.filter((d) => isLayerVisible({ hiddenLayers }, d.id));
  const needsOutline = spec.kind === 'within' && spec.area.kind === 'state';
  if (needsOutline && spec.area.kind === 'state' && !stateOutline(spec.area.code)) {
    void loadStateOutlines(baseUrl());
  }
  const answer = runQuery(shown, filters, spec, stateOutline);
  const pending = answer.problem?.code === 'noStateOutline' && !stateOutlinesLoaded();
  const classes = new Map<string, Map<number, number>>();
  for (const h of answer.hits) {
    let m = classes.get(h.datasetId);
    if (!m) classes.set(h.datasetId, (m = new Map()));
    m.set(h.index, h.membership === 'inside' ? 1 : h.membership === 'possibly' ? 2 : 3);
  }
  return { spec, answer, classes, pending };
}

/** The active question's answer, or null when no question is asked. */
export function useActiveQuery(): ActiveQuery | null {
  const datasets = useDatasets();
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const q = useAppStore((s) => s.query);
  const outlines = useSyncExternalStore(subscribeStateOutlines, stateOutlinesVersion, stateOutlinesVersion);
  return useMemo(
    () => (datasets.length === 0 ? null : answerQuery(datasets, filters, hiddenLayers, q)),
    // `outlines` re-runs a state question once the outlines have arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [datasets, filters, hiddenLayers, q, outlines],
  );
}
