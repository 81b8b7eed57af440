/**
 * Which printable page is open (a state's scorecard or a block's brief) and its locator image.
 * Held outside the store: it is a passing view, not a choice to share, and the image is a data
 * URL of the map's pixels.
 */
import { captureLocator } from '../../commands/registry';

export type PrintRequest = { kind: 'scorecard'; code: string } | { kind: 'brief'; id: string };

export interface PrintSheetState {
  readonly request: PrintRequest | null;
  /** The locator image: undefined while it is being taken, null when there is none (no map). */
  readonly image: string | null | undefined;
}

let state: PrintSheetState = { request: null, image: undefined };
const listeners = new Set<() => void>();
let generation = 0;

function set(next: PrintSheetState) {
  state = next;
  for (const l of listeners) l();
}

export const printSheet = {
  get: (): PrintSheetState => state,
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

/**
 * Opens the printable page and takes its locator image of `bbox` (the map jumps there for a
 * moment and comes back).
 */
export function openPrintSheet(
  request: PrintRequest,
  bbox: readonly [number, number, number, number] | null,
  mark?: readonly [number, number],
): void {
  const mine = ++generation;
  set({ request, image: bbox ? undefined : null });
  if (!bbox) return;
  void captureLocator(bbox, { mark, maxSizePx: 520, aspect: 78 / 62 })
    .catch(() => null)
    .then((image) => {
      if (mine === generation) set({ request, image });
    });
}

export function closePrintSheet(): void {
  generation++;
  set({ request: null, image: undefined });
}
