/** React's view of the loaded datasets (src/data/registry holds them, outside React). */
import { useSyncExternalStore } from 'react';
import { getDataStatus, subscribeDataStatus, type DataStatus } from '../data/registry';
import type { AtlasData } from '../data/load';

export function useDataStatus(): DataStatus {
  return useSyncExternalStore(subscribeDataStatus, getDataStatus, getDataStatus);
}

/** The loaded data, or null while loading or after a failure. */
export function useAtlasData(): AtlasData | null {
  const s = useDataStatus();
  return s.kind === 'ready' ? s.data : null;
}
