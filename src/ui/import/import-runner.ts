/**
 * One import at a time, from any entry (file picker, drop on the map, paste): parse in the
 * import worker with progress and cancel, ask for the coordinate columns when a table leaves
 * them unclear, then add the layer, report, and show it. Bad input ends as a message; nothing
 * that was loaded before is touched.
 */
import { useSyncExternalStore } from 'react';
import { createImportClient, type ImportClient } from '../../workers/import-client';
import { checkImportSize } from '../../domain/import/parse-file';
import type {
  ColumnCandidates,
  CoordinateColumns,
  ImportMessage,
  ImportReport,
} from '../../domain/import/types';
import {
  addUserLayer,
  newUserLayerId,
  nextUserColor,
  pause,
  storeUserLayer,
  type UserLayerRecord,
} from '../../data/user-layers';
import { useAppStore } from '../../state/store';
import { showExtent } from '../../commands/registry';
import { extentOf } from '../../domain/places';
import { t } from '../../i18n';

export type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly name: string; readonly fraction: number }
  /** Parsed: the layer is being built and drawn (on the page's thread, a chunk per task). */
  | { readonly phase: 'adding'; readonly name: string; readonly count: number }
  /** On the map; its features are being kept in this browser (IndexedDB, a chunk per task). */
  | { readonly phase: 'saving'; readonly name: string; readonly count: number }
  | {
      readonly phase: 'columns';
      readonly name: string;
      readonly candidates: ColumnCandidates;
      readonly message: ImportMessage;
    }
  | {
      readonly phase: 'done';
      readonly name: string;
      readonly report: ImportReport;
      readonly layerId: string;
      readonly stored: boolean;
      readonly columns?: CoordinateColumns;
    }
  | {
      readonly phase: 'failed';
      readonly name: string;
      readonly message: ImportMessage;
      /** When the file was read but nothing in it could be used: why, by reason. */
      readonly report?: ImportReport;
    };

let state: ImportState = { phase: 'idle' };
const listeners = new Set<() => void>();
const set = (s: ImportState) => {
  state = s;
  listeners.forEach((l) => l());
};
let client: ImportClient | null = null;
let running: AbortController | null = null;
/** The bytes of a table waiting for its columns to be chosen. */
let waiting: { name: string; buffer: ArrayBuffer } | null = null;

export const useImportState = () =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
    () => state,
  );

/** The message as text in the active locale. */
export const messageText = (m: ImportMessage) => t(m.key, m.params);

async function run(name: string, buffer: ArrayBuffer, columns?: CoordinateColumns) {
  running?.abort();
  const ac = (running = new AbortController());
  set({ phase: 'reading', name, fraction: 0 });
  let lastPaint = 0;
  try {
    client ??= createImportClient();
    const result = await client.parseFile(name, buffer.slice(0), {
      signal: ac.signal,
      columns,
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - lastPaint > 50 || fraction === 1) {
          lastPaint = now;
          set({ phase: 'reading', name, fraction });
        }
      },
    });
    if (ac.signal.aborted) return;
    if (!result.ok) {
      if (result.candidates) {
        waiting = { name, buffer };
        return set({ phase: 'columns', name, candidates: result.candidates, message: result.error });
      }
      useAppStore
        .getState()
        .setNotice(t('import.notice.failed', { name, reason: messageText(result.error) }));
      return set({ phase: 'failed', name, message: result.error });
    }
    waiting = null;
    if (result.features.length === 0) {
      const message: ImportMessage =
        result.report.total === 0
          ? { key: 'import.error.noFeaturesFound' }
          : { key: 'import.error.nothingAccepted', params: { count: result.report.total } };
      useAppStore.getState().setNotice(t('import.notice.failed', { name, reason: messageText(message) }));
      return set({ phase: 'failed', name, message, report: result.report });
    }
    const count = result.features.length;
    set({ phase: 'adding', name, count });
    // Let the page paint the status before the layer is built.
    await pause();
    const id = newUserLayerId();
    const rec: UserLayerRecord = {
      id,
      label: name,
      color: nextUserColor(),
      fileName: name,
      importedAt: new Date().toISOString(),
      features: result.features,
    };
    const dataset = await addUserLayer(rec);
    // On the map from here: show it, then keep it in this browser a chunk at a time.
    const b = extentOf(dataset.rows.map((row) => ({ geometry: { coordinates: [row.lon, row.lat] } })));
    if (b) showExtent(b, 10);
    set({ phase: 'saving', name, count });
    await pause();
    const stored = await storeUserLayer(rec);
    // Another import began meanwhile: this one's layer is in and kept; its report is not shown.
    if (ac.signal.aborted) return;
    const r = result.report;
    useAppStore.getState().setNotice(
      t(r.rejected > 0 ? 'import.notice.doneWithRejected' : 'import.notice.done', {
        count: r.accepted,
        rejected: r.rejected,
        name,
      }),
    );
    set({ phase: 'done', name, report: r, layerId: id, stored, columns: result.columns });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') {
      set({ phase: 'idle' });
      useAppStore.getState().setNotice(t('import.notice.cancelled', { name }));
      return;
    }
    const message: ImportMessage = {
      key: 'import.error.failed',
      params: { detail: e instanceof Error ? e.message : String(e) },
    };
    set({ phase: 'failed', name, message });
  } finally {
    if (running === ac) running = null;
  }
}

/** Imports a file (picked, dropped). Files over the limit are refused before they are read. */
export async function importFile(file: File): Promise<void> {
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) {
    set({ phase: 'failed', name: file.name, message: tooLarge });
    useAppStore
      .getState()
      .setNotice(t('import.notice.failed', { name: file.name, reason: messageText(tooLarge) }));
    return;
  }
  await run(file.name, await file.arrayBuffer());
}

/** Imports pasted text; its format is told from its content. */
export function importText(text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  return run(t('import.pastedName'), bytes.buffer as ArrayBuffer);
}

/** Reads the waiting table again with the columns the user chose. */
export function importWithColumns(columns: CoordinateColumns): Promise<void> {
  if (!waiting) return Promise.resolve();
  return run(waiting.name, waiting.buffer, columns);
}

/** Stops the import that is running (the worker is terminated). */
export function cancelImport(): void {
  running?.abort();
  if (state.phase === 'columns') {
    waiting = null;
    set({ phase: 'idle' });
  }
}
