/**
 * The spatial worker: holds one index per dataset and answers queries off the main thread.
 * Requests are queued and run one task later, so a cancel that arrives meanwhile skips them.
 */
import { createIndexStore, handleSpatialRequest } from './handle';
import { transferablesOf, type CancelMessage, type RequestMessage, type ResponseMessage } from './protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<RequestMessage | CancelMessage>) => void) | null;
  postMessage(message: ResponseMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const store = createIndexStore();
const queue: RequestMessage[] = [];
const cancelled = new Set<number>();
let scheduled = false;

function drain() {
  scheduled = false;
  while (queue.length) {
    const m = queue.shift()!;
    if (cancelled.delete(m.id)) continue;
    try {
      const value = handleSpatialRequest(store, m.op, m.payload as never);
      scope.postMessage({ id: m.id, ok: true, value }, transferablesOf(value));
    } catch (e) {
      scope.postMessage({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }, []);
    }
  }
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.op === 'cancel') {
    cancelled.add(m.id);
    return;
  }
  queue.push(m);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
