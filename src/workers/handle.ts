/**
 * What the worker does with a request, as a plain function over a store of indexes: the worker
 * and the client's in-thread fallback run this same code, so both give the same answers.
 */
import { classifyInArea } from '../domain/spatial/classify-in-area';
import { buildPointIndex, type PointIndex } from '../domain/spatial/index-points';
import { nearestToEach } from '../domain/spatial/nearest';
import type { PointSet } from '../domain/spatial/types';
import { withinRadius } from '../domain/spatial/within-radius';
import type { SpatialOp, SpatialOps } from './protocol';

/** The indexed datasets one side holds, by dataset id. */
export type IndexStore = Map<string, { points: PointSet; index: PointIndex | null }>;

export const createIndexStore = (): IndexStore => new Map();

function held(store: IndexStore, datasetId: string) {
  const h = store.get(datasetId);
  if (!h) throw new Error(`No index for dataset "${datasetId}": build it first.`);
  return h;
}

/** Runs one operation against the store. Throws for a dataset that was never indexed. */
export function handleSpatialRequest<K extends SpatialOp>(
  store: IndexStore,
  op: K,
  payload: SpatialOps[K]['req'],
): SpatialOps[K]['res'] {
  type Res = SpatialOps[K]['res'];
  switch (op) {
    case 'build-index': {
      const p = payload as SpatialOps['build-index']['req'];
      const points: PointSet = { coords: p.coords, radiiKm: p.radiiKm, precise: p.precise };
      store.set(p.datasetId, { points, index: buildPointIndex(points) });
      return { datasetId: p.datasetId, size: p.radiiKm.length } as Res;
    }
    case 'within-area': {
      const p = payload as SpatialOps['within-area']['req'];
      const h = held(store, p.datasetId);
      return classifyInArea(p.area, h.points, { allowed: p.allowed, index: h.index }) as Res;
    }
    case 'within-radius': {
      const p = payload as SpatialOps['within-radius']['req'];
      const h = held(store, p.datasetId);
      return withinRadius(h.points, p.origin, p.radiusKm, {
        allowed: p.allowed,
        index: h.index,
        exclude: p.exclude,
      }) as Res;
    }
    case 'nearest': {
      const p = payload as SpatialOps['nearest']['req'];
      const h = held(store, p.datasetId);
      return nearestToEach(h.points, p.origins, p.k, { allowed: p.allowed, index: h.index }) as Res;
    }
    case 'drop-index': {
      const p = payload as SpatialOps['drop-index']['req'];
      store.delete(p.datasetId);
      return { datasetId: p.datasetId } as Res;
    }
  }
  throw new Error(`Unknown operation ${String(op)}`);
}
