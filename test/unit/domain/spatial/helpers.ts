/** Factories for the spatial tests: point sets and rows from plain values. */
import type { Row } from '../../../../src/domain/model/fields';
import { pointSetFromRows } from '../../../../src/domain/spatial/point-set';
import type { PointSet } from '../../../../src/domain/spatial/types';
import type { WorkerLike } from '../../../../src/workers/client';
import { createIndexStore, handleSpatialRequest } from '../../../../src/workers/handle';
import {
  transferablesOf,
  type CancelMessage,
  type RequestMessage,
  type ResponseMessage,
} from '../../../../src/workers/protocol';
export { mulberry32 } from '../../../../scripts/lib/random';

export function makeRow(
  index: number,
  lon: number,
  lat: number,
  precision = 'site',
  extra: Record<string, string | string[] | null> = {},
): Row {
  return { id: `r${index}`, index, lon, lat, values: { precision, ...extra } };
}

export function pointsOf(list: readonly { lon: number; lat: number; precision?: string }[]): {
  rows: Row[];
  points: PointSet;
} {
  const rows = list.map((p, i) => makeRow(i, p.lon, p.lat, p.precision ?? 'site'));
  return { rows, points: pointSetFromRows(rows) };
}

/** A fake worker: messages are cloned with transfer (as postMessage does) and answered a task later. */
export function fakeWorker(log: string[]): WorkerLike {
  const store = createIndexStore();
  const cancelled = new Set<number>();
  const w: WorkerLike = {
    onmessage: null,
    terminate() {},
    postMessage(message: RequestMessage | CancelMessage, transfer: Transferable[] = []) {
      const m = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
      if (m.op === 'cancel') {
        cancelled.add(m.id);
        return;
      }
      log.push(m.op);
      setTimeout(() => {
        if (cancelled.delete(m.id)) return log.push(`skipped ${m.op}`);
        let res: ResponseMessage;
        try {
          const value = handleSpatialRequest(store, m.op, m.payload as never);
          res = { id: m.id, ok: true, value: structuredClone(value, { transfer: transferablesOf(value) }) };
        } catch (e) {
          res = { id: m.id, ok: false, error: (e as Error).message };
        }
        w.onmessage?.({ data: res } as MessageEvent<ResponseMessage>);
      }, 0);
    },
  };
  return w;
}
