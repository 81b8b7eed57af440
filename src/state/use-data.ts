/** React's view of the loaded datasets (src/data/registry holds them, outside React). */
import { useSyncExternalStore } from 'react';
import { getDataStatus, getDatasets, subscribeDataStatus, type DataStatus } from '../data/registry';
import type { Dataset } from '../data/datasets';
import type { AtlasData } from '../data/load';

export function useDataStatus(): DataStatus {
  return useSyncExternalStore(subscribeDataStatus, getDataStatus, getDataStatus);
}

/** The loaded data, or null while loading or after a failure. */
export function useAtlasData(): AtlasData | null {
  const s = useDataStatus();
  return s.kind === 'ready' ? s.data : null;
}

/** Every dataset of the registry (curated, imported, synthetic). */
export function useDatasets(): readonly Dataset[] {
  return useSyncExternalStore(subscribeDataStatus, getDatasets, getDatasets);
}
