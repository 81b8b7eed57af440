/**
 * The promise API of the spatial queries. Datasets of at least `threshold` points are indexed
 * and queried in the spatial worker; smaller ones (and everything where `Worker` is undefined,
 * as in tests) run in this thread through the same handler. Every query takes an AbortSignal:
 * aborting rejects at once with an AbortError and tells the worker to skip the request.
 */
import type {
  AllowedMask,
  AreaGeometry,
  AreaMatches,
  Origin,
  PointSet,
  RangedMatches,
  RankedRows,
} from '../domain/spatial/types';
import { createIndexStore, handleSpatialRequest } from './handle';
import type { CancelMessage, RequestMessage, ResponseMessage, SpatialOp, SpatialOps } from './protocol';

/** Datasets with at least this many points are indexed in the worker. */
export const WORKER_THRESHOLD = 20_000;

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: RequestMessage | CancelMessage, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ResponseMessage>) => void) | null;
  terminate(): void;
}

export interface SpatialClientOptions {
  readonly threshold?: number;
  /** Makes the worker; by default the Vite-bundled spatial.worker.ts, or null without `Worker`. */
  readonly createWorker?: () => WorkerLike | null;
}

export interface QueryOptions {
  readonly allowed?: AllowedMask;
  readonly signal?: AbortSignal;
}

export interface SpatialClient {
  /** Indexes a dataset (again, replacing any index it had). Big sets' buffers are transferred. */
  buildIndex(
    datasetId: string,
    points: PointSet,
    options?: { signal?: AbortSignal },
  ): Promise<{ size: number }>;
  withinArea(datasetId: string, area: AreaGeometry, options?: QueryOptions): Promise<AreaMatches>;
  withinRadius(
    datasetId: string,
    origin: Origin,
    radiusKm: number,
    options?: QueryOptions & { exclude?: number },
  ): Promise<RangedMatches>;
  nearest(
    datasetId: string,
    origins: readonly (Origin & { exclude?: number })[],
    k: number,
    options?: QueryOptions,
  ): Promise<RankedRows[]>;
  dropIndex(datasetId: string): Promise<void>;
  /** Whether a dataset's index lives in the worker. */
  inWorker(datasetId: string): boolean;
  dispose(): void;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./spatial.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

const abortError = () => new DOMException('The spatial query was cancelled.', 'AbortError');

export function createSpatialClient(options: SpatialClientOptions = {}): SpatialClient {
  const threshold = options.threshold ?? WORKER_THRESHOLD;
  const make = options.createWorker ?? defaultWorker;
  const local = createIndexStore();
  const remote = new Set<string>();
  let worker: WorkerLike | null | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

  const getWorker = () => {
    if (worker === undefined) {
      worker = make();
      if (worker)
        worker.onmessage = (e) => {
          const m = e.data;
          const p = pending.get(m.id);
          if (!p) return; // cancelled: its answer is dropped
          pending.delete(m.id);
          if (m.ok) p.resolve(m.value);
          else p.reject(new Error(m.error));
        };
    }
    return worker;
  };

  function runLocal<K extends SpatialOp>(op: K, payload: SpatialOps[K]['req'], signal?: AbortSignal) {
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<SpatialOps[K]['res']>((resolve, reject) => {
      queueMicrotask(() => {
        if (signal?.aborted) return reject(abortError());
        try {
          resolve(handleSpatialRequest(local, op, payload));
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  function runRemote<K extends SpatialOp>(
    w: WorkerLike,
    op: K,
    payload: SpatialOps[K]['req'],
    transfer: Transferable[],
    signal?: AbortSignal,
  ) {
    if (signal?.aborted) return Promise.reject(abortError());
    const id = nextId++;
    return new Promise<SpatialOps[K]['res']>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.delete(id)) return;
          w.postMessage({ id, op: 'cancel' });
          reject(abortError());
        },
        { once: true },
      );
      w.postMessage({ id, op, payload } as RequestMessage, transfer);
    });
  }

  function run<K extends SpatialOp>(
    datasetId: string,
    op: K,
    payload: SpatialOps[K]['req'],
    signal?: AbortSignal,
  ) {
    const w = remote.has(datasetId) ? getWorker() : null;
    return w ? runRemote(w, op, payload, [], signal) : runLocal(op, payload, signal);
  }

  return {
    async buildIndex(datasetId, points, opts = {}) {
      const size = points.radiiKm.length;
      const w = size >= threshold ? getWorker() : null;
      if (w) {
        local.delete(datasetId);
        remote.add(datasetId);
        const { coords, radiiKm, precise } = points;
        const res = await runRemote(
          w,
          'build-index',
          { datasetId, coords, radiiKm, precise },
          [coords.buffer, radiiKm.buffer, precise.buffer] as ArrayBuffer[],
          opts.signal,
        );
        return { size: res.size };
      }
      if (remote.delete(datasetId))
        getWorker()?.postMessage({ id: nextId++, op: 'drop-index', payload: { datasetId } });
      const res = await runLocal('build-index', { datasetId, ...points }, opts.signal);
      return { size: res.size };
    },
    withinArea: (datasetId, area, o = {}) =>
      run(datasetId, 'within-area', { datasetId, area, allowed: o.allowed }, o.signal),
    withinRadius: (datasetId, origin, radiusKm, o = {}) =>
      run(
        datasetId,
        'within-radius',
        { datasetId, origin, radiusKm, allowed: o.allowed, exclude: o.exclude },
        o.signal,
      ),
    nearest: (datasetId, origins, k, o = {}) =>
      run(datasetId, 'nearest', { datasetId, origins, k, allowed: o.allowed }, o.signal),
    async dropIndex(datasetId) {
      await run(datasetId, 'drop-index', { datasetId });
      remote.delete(datasetId);
    },
    inWorker: (datasetId) => remote.has(datasetId),
    dispose() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(abortError());
      pending.clear();
      local.clear();
      remote.clear();
    },
  };
}
