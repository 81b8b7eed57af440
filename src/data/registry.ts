/**
 * Loaded datasets live here, outside React state and outside the store: they are large,
 * immutable once loaded, and the store holds only serialisable choices.
 */
import { useSyncExternalStore } from 'react';
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

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useDataStatus(): DataStatus {
  return useSyncExternalStore(subscribe, getDataStatus, getDataStatus);
}

/** The loaded data, or null while loading or after a failure. */
export function useAtlasData(): AtlasData | null {
  const s = useDataStatus();
  return s.kind === 'ready' ? s.data : null;
}
