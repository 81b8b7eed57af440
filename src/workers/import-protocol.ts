/**
 * The import worker's messages. One worker per parse: the request carries the file's bytes
 * (transferred), the worker answers with progress messages and then one result or error, and
 * a cancel terminates the worker (a JSON.parse of 200 MB cannot be interrupted any other way).
 */
import type { ImportFileOptions, ImportFileResult } from '../domain/import/parse-file';

/** The options that cross to the worker: plain data only (no signal, callback or parser). */
export type ImportRequestOptions = Pick<
  ImportFileOptions,
  'format' | 'columns' | 'delimiter' | 'keepCoordinateColumns' | 'limits' | 'maxBytes'
>;

export interface ImportRequest {
  readonly id: number;
  readonly name: string;
  /** The file's bytes; transferred (the sender's copy becomes unusable). */
  readonly buffer: ArrayBuffer;
  readonly options: ImportRequestOptions;
}

export type ImportResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'done'; readonly result: ImportFileResult }
  | { readonly id: number; readonly type: 'error'; readonly error: string };
