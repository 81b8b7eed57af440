/**
 * The promise API of the importer. Each parse runs in its own Web Worker (the bytes are
 * transferred to it), reports progress as a fraction, and is cancelled by an AbortSignal:
 * aborting rejects at once with an AbortError and terminates the worker. Where `Worker` is
 * undefined (tests, old environments) the same parser runs in this thread, yielding between
 * chunks, with the same progress and cancelling.
 */
import { parseImportFile, type ImportFileResult } from '../domain/import/parse-file';
import { abortError } from '../domain/import/progress';
import type { ImportRequest, ImportRequestOptions, ImportResponse } from './import-protocol';

export type { ImportRequestOptions } from './import-protocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null;
  onerror?: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface ImportClientOptions {
  /** Makes a worker for one parse; by default the Vite-bundled import.worker.ts, or null without `Worker`. */
  readonly createWorker?: () => ImportWorkerLike | null;
}

export interface ParseFileOptions extends ImportRequestOptions {
  /** Called with the fraction (0..1) of the work done, at most about every 1 %. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

export interface ImportClient {
  /**
   * Parses a file. `buffer` is transferred to the worker: copy it first (`buffer.slice(0)`) if
   * you still need it. Resolves with the result (bad input is a result with `ok: false`, never a
   * rejection); rejects with an AbortError when cancelled, or an Error if the worker crashed.
   */
  parseFile(name: string, buffer: ArrayBuffer, options?: ParseFileOptions): Promise<ImportFileResult>;
  /** Terminates every parse running in a worker (their promises reject with an AbortError). */
  dispose(): void;
}

function defaultWorker(): ImportWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as ImportWorkerLike;
}

export function createImportClient(options: ImportClientOptions = {}): ImportClient {
  const make = options.createWorker ?? defaultWorker;
  const running = new Set<() => void>();
  let nextId = 1;

  function inThread(name: string, buffer: ArrayBuffer, o: ParseFileOptions) {
    const { onProgress, signal, ...rest } = o;
    return parseImportFile(name, new Uint8Array(buffer), { ...rest, onProgress, signal });
  }

  function inWorker(w: ImportWorkerLike, name: string, buffer: ArrayBuffer, o: ParseFileOptions) {
    const { onProgress, signal, ...rest } = o;
    const id = nextId++;
    return new Promise<ImportFileResult>((resolve, reject) => {
      let settled = false;
      const end = () => {
        settled = true;
        running.delete(cancel);
        signal?.removeEventListener('abort', cancel);
        w.terminate();
      };
      const cancel = () => {
        if (settled) return;
        end();
        reject(abortError());
      };
      running.add(cancel);
      signal?.addEventListener('abort', cancel, { once: true });
      w.onmessage = (e) => {
        const m = e.data;
        if (settled || m.id !== id) return;
        if (m.type === 'progress') onProgress?.(m.fraction);
        else if (m.type === 'done') {
          end();
          resolve(m.result);
        } else {
          end();
          reject(m.error === abortError().message ? abortError() : new Error(m.error));
        }
      };
      w.onerror = (e) => {
        if (settled) return;
        end();
        reject(new Error(e.message || 'The import worker failed.'));
      };
      w.postMessage({ id, name, buffer, options: rest }, [buffer]);
    });
  }

  return {
    parseFile(name, buffer, o = {}) {
      if (o.signal?.aborted) return Promise.reject(abortError());
      const w = make();
      return w ? inWorker(w, name, buffer, o) : inThread(name, buffer, o);
    },
    dispose() {
      for (const cancel of [...running]) cancel();
    },
  };
}
