/**
 * What the import worker does with a request, as a plain function: the worker and the tests'
 * fake worker run this same code.
 */
import { parseImportFile } from '../domain/import/parse-file';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Progress messages are sent at most this often (fraction steps). */
const PROGRESS_STEP = 0.01;

/** Parses one request, posting progress and then the result (or the error of a bug). */
export async function runImportRequest(req: ImportRequest, post: (m: ImportResponse) => void): Promise<void> {
  let last = -1;
  try {
    const result = await parseImportFile(req.name, new Uint8Array(req.buffer), {
      ...req.options,
      onProgress: (fraction) => {
        if (fraction - last < PROGRESS_STEP && fraction < 1) return;
        last = fraction;
        post({ id: req.id, type: 'progress', fraction });
      },
    });
    post({ id: req.id, type: 'done', result });
  } catch (e) {
    post({ id: req.id, type: 'error', error: e instanceof Error ? e.message : String(e) });
  }
}
