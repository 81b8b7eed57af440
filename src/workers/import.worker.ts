/** The import worker: parses one file off the main thread (see import-protocol.ts). */
import { runImportRequest } from './import-handle';
import type { ImportRequest, ImportResponse } from './import-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  void runImportRequest(e.data, (m) => scope.postMessage(m));
};
