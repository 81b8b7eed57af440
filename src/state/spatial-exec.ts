/**
 * Where a question's index operations run: in this thread for the curated layers (small), and
 * in the spatial worker for datasets big enough to block the page (`isBigDataset`), each
 * indexed there once per loaded rows.
 */
import { isBigDataset } from '../data/datasets';
import type { Row } from '../domain/model/fields';
import { pointSetOf, runStepLocally, type SpatialStep, type StepResults } from '../domain/spatial/run-query';
import { createSpatialClient, type SpatialClient } from '../workers/client';

/** Answers one step of a question; rejects with an AbortError once `signal` aborts. */
export type StepExecutor = (
  step: SpatialStep,
  signal: AbortSignal,
) => Promise<StepResults[keyof StepResults]>;

/**
 * An executor that sends the steps over datasets for which `inWorker` holds to `client`
 * (indexing each dataset's rows there once; the page keeps its own copy of the points) and
 * answers the others in this thread.
 */
export function makeStepExecutor(
  client: () => SpatialClient,
  inWorker: (ds: { rows: readonly Row[] }) => boolean,
): StepExecutor {
  const indexed = new WeakMap<readonly Row[], Promise<unknown>>();
  const ensureIndex = (step: SpatialStep) => {
    const rows = step.ds.rows;
    let p = indexed.get(rows);
    if (!p) {
      const points = pointSetOf(step.ds);
      p = client().buildIndex(step.ds.id, {
        coords: points.coords.slice(),
        radiiKm: points.radiiKm.slice(),
        precise: points.precise.slice(),
      });
      p.catch(() => indexed.delete(rows));
      indexed.set(rows, p);
    }
    return p;
  };
  return async (step, signal) => {
    if (!inWorker(step.ds)) return runStepLocally(step);
    await ensureIndex(step);
    const c = client();
    const o = { allowed: step.allowed, signal };
    switch (step.op) {
      case 'within-area':
        return c.withinArea(step.ds.id, step.area, o);
      case 'within-radius':
        return c.withinRadius(step.ds.id, step.origin, step.radiusKm, { ...o, exclude: step.exclude });
      case 'nearest': {
        const [ranked] = await c.nearest(step.ds.id, [{ ...step.origin, exclude: step.exclude }], step.k, o);
        return ranked!;
      }
    }
  };
}

let client: SpatialClient | null = null;

/** Whether a question over these datasets goes to the worker (and so answers asynchronously). */
export const needsWorker = (datasets: readonly { rows: readonly Row[] }[]) => datasets.some(isBigDataset);

/** The app's executor: big datasets in the spatial worker, the rest here. */
export const execStep = makeStepExecutor(
  () => (client ??= createSpatialClient({ threshold: 0 })),
  isBigDataset,
);
