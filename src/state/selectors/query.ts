/**
 * The answer to the store's spatial question, derived once per change of the datasets, the
 * filter, the question or the state outlines (never stored: the store holds the question only).
 * One shared cache serves every component. Over the curated layers the answer is computed at
 * once in this thread; when a shown dataset is big, its index operations run in the spatial
 * worker and the answer arrives later (`computing` meanwhile, a replaced question is aborted).
 */
import { useSyncExternalStore } from 'react';
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
import { runQuery, runQueryAsync, type QueryAnswer } from '../../domain/spatial/run-query';
import type { FilterSpec } from '../../domain/filter/spec';
import { execStep, needsWorker } from '../spatial-exec';

export interface ActiveQuery {
  readonly spec: QuerySpec;
  readonly answer: QueryAnswer;
  /** Per dataset: position → 1 inside / 2 possibly / 3 listed without a boundary. */
  readonly classes: ReadonlyMap<string, Map<number, number>>;
  /** Whether the answer waits for the state outlines. */
  readonly pending: boolean;
  /** Whether the worker is still computing the answer (the hits shown are the previous ones, or none). */
  readonly computing: boolean;
}

const baseUrl = () => new URL(import.meta.env.BASE_URL, window.location.href).href;

interface Prepared {
  readonly spec: QuerySpec;
  readonly shown: readonly Dataset[];
}

function prepare(
  datasets: readonly Dataset[],
  hiddenLayers: readonly string[],
  q: string | null,
): Prepared | null {
  const spec = q ? decodeQuerySpec(q) : null;
  if (!spec) return null;
  if (spec.kind === 'within' && spec.area.kind === 'state' && !stateOutline(spec.area.code)) {
    void loadStateOutlines(baseUrl());
  }
  return { spec, shown: datasets.filter((d) => isLayerVisible({ hiddenLayers }, d.id)) };
}

function finish(spec: QuerySpec, answer: QueryAnswer): ActiveQuery {
  const pending = answer.problem?.code === 'noStateOutline' && !stateOutlinesLoaded();
  const classes = new Map<string, Map<number, number>>();
  for (const h of answer.hits) {
    let m = classes.get(h.datasetId);
    if (!m) classes.set(h.datasetId, (m = new Map()));
    m.set(h.index, h.membership === 'inside' ? 1 : h.membership === 'possibly' ? 2 : 3);
  }
  return { spec, answer, classes, pending, computing: false };
}

/** The answer for a question over the shown datasets, computed in this thread (pure; for the handle and tests). */
export function answerQuery(
  datasets: readonly Dataset[],
  filters: FilterSpec,
  hiddenLayers: readonly string[],
  q: string | null,
): ActiveQuery | null {
  const p = prepare(datasets, hiddenLayers, q);
  return p && finish(p.spec, runQuery(p.shown, filters, p.spec, stateOutline));
}

interface Inputs {
  readonly datasets: readonly Dataset[];
  readonly filters: FilterSpec;
  readonly hiddenLayers: readonly string[];
  readonly q: string | null;
  readonly outlines: number;
}

let cache: { inputs: Inputs; value: ActiveQuery | null } | null = null;
let inflight: AbortController | null = null;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const sameInputs = (a: Inputs, b: Inputs) =>
  a.datasets === b.datasets &&
  a.filters === b.filters &&
  a.hiddenLayers === b.hiddenLayers &&
  a.q === b.q &&
  a.outlines === b.outlines;

/** The (cached) answer for these inputs; starts the worker's computation when one is needed. */
function activeQueryFor(inputs: Inputs): ActiveQuery | null {
  if (cache && sameInputs(cache.inputs, inputs)) return cache.value;
  inflight?.abort();
  inflight = null;
  const previous = cache?.value ?? null;
  const p = inputs.datasets.length === 0 ? null : prepare(inputs.datasets, inputs.hiddenLayers, inputs.q);
  let value: ActiveQuery | null;
  if (!p) value = null;
  else if (!needsWorker(p.shown))
    value = finish(p.spec, runQuery(p.shown, inputs.filters, p.spec, stateOutline));
  else {
    // Keep showing the previous hits of the same question (a filter changed) while the worker works.
    const keep = previous && inputs.q === cache?.inputs.q ? previous : null;
    value = {
      spec: p.spec,
      answer: keep?.answer ?? { hits: [], area: null, origin: null, problem: null },
      classes: keep?.classes ?? new Map(),
      pending: false,
      computing: true,
    };
    const ac = (inflight = new AbortController());
    const settle = (v: ActiveQuery) => {
      if (ac.signal.aborted || cache?.inputs !== inputs) return;
      inflight = null;
      cache = { inputs, value: v };
      listeners.forEach((l) => l());
    };
    runQueryAsync(p.shown, inputs.filters, p.spec, stateOutline, (step) => execStep(step, ac.signal)).then(
      (answer) => settle(finish(p.spec, answer)),
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        settle(
          finish(p.spec, {
            hits: [],
            area: null,
            origin: null,
            problem: { code: 'failed', detail: e instanceof Error ? e.message : String(e) },
          }),
        );
      },
    );
  }
  cache = { inputs, value };
  return value;
}

/** The active question's answer, or null when no question is asked. */
export function useActiveQuery(): ActiveQuery | null {
  const datasets = useDatasets();
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const q = useAppStore((s) => s.query);
  // A state question re-runs once the outlines have arrived.
  const outlines = useSyncExternalStore(subscribeStateOutlines, stateOutlinesVersion, stateOutlinesVersion);
  const get = () => activeQueryFor({ datasets, filters, hiddenLayers, q, outlines });
  return useSyncExternalStore(subscribe, get, get);
}
