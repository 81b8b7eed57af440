/**
 * Cooperative progress and cancelling for long loops: every `every` items, report the fraction
 * done, check the signal and give the event loop a turn (so an abort, or the page, can run).
 */
import type { ProgressFn } from './types';

/** The error a cancelled parse rejects with (the same name `fetch` uses). */
export function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

/** Throws an AbortError if the signal has been aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError();
}

/** A turn of the event loop (a macrotask: microtasks would not let messages in). */
export const nextTurn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Reports `from + (to − from) · done/total` and yields; resolves after checking the signal. */
export async function checkpoint(
  done: number,
  total: number,
  range: readonly [number, number],
  onProgress: ProgressFn | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  throwIfAborted(signal);
  const [from, to] = range;
  onProgress?.(from + ((to - from) * done) / Math.max(1, total));
  await nextTurn();
  throwIfAborted(signal);
}

/** Items between checkpoints in feature loops. */
export const CHECKPOINT_EVERY = 5_000;
