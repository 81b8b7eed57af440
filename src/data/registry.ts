/**
 * Loaded datasets live here, outside React state and outside the store: they are large,
 * immutable once loaded, and the store holds only serialisable choices.
 */
import type { AtlasData } from './load';

export type DataStatus =
  { kind: 'loading' } | { kind: 'ready'; data: AtlasData } | { kind: 'error'; message: string };

let status: DataStatus = { kind: 'loading' };
const listeners = new Set<() => void>();

export function setDataStatus(next: DataStatus): void {
  status = next;
  for (const l of listeners) l();
}

export function getDataStatus(): DataStatus {
  return status;
}

export function subscribeDataStatus(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
