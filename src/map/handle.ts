import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore, type AppState } from '../state/store';
import { getDataStatus, type DataStatus } from '../data/registry';

/**
 * The documented read-only handle for automation and power users:
 * `window.khanij.map` (the MapLibre map), `window.khanij.getState()` (the store's state),
 * `window.khanij.getData()` (the loaded datasets' status).
 */
export interface KhanijHandle {
  readonly map: MapLibreMap;
  readonly getState: () => AppState;
  readonly getData: () => DataStatus;
  readonly version: string;
}

declare global {
  interface Window {
    khanij?: KhanijHandle;
  }
}

export function exposeHandle(map: MapLibreMap): void {
  const handle: KhanijHandle = Object.freeze({
    map,
    getState: useAppStore.getState,
    getData: getDataStatus,
    version: __APP_VERSION__,
  });
  Object.defineProperty(window, 'khanij', { value: handle, configurable: true, writable: false });
}
