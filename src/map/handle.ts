import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { useAppStore, type AppState } from '../state/store';
import { getDataStatus, getDatasets, type DataStatus } from '../data/registry';
import type { Dataset } from '../data/datasets';
import type { FilterSpec } from '../domain/filter/spec';
import { filteredIndexes } from '../state/selectors/filtered';
import { mapCollection } from './layers/map-features';
import type { NamePlace } from '../domain/name-placement';
import { lastStateNamePlacement } from './sync/use-state-name-placement';

/**
 * The documented read-only handle for automation and power users, set as soon as the map exists
 * (it may still be loading: wait for its `load` or `idle`): `window.khanij.map` (the MapLibre
 * map), `window.khanij.getState()` (the store's state),
 * `window.khanij.getData()` (the loaded data's status), `window.khanij.getDatasets()` (every
 * dataset of the registry), `window.khanij.stateNames()` (where the states' names within reach
 * of the view were last placed), and `window.khanij.tools` (pure helpers the benchmark uses to build
 * what a filter selects, so it can compare with re-sending that data).
 */
export interface KhanijHandle {
  readonly map: MapLibreMap;
  readonly getState: () => AppState;
  readonly getData: () => DataStatus;
  readonly getDatasets: () => readonly Dataset[];
  readonly tools: {
    /** Positions of a dataset's features that pass a filter. */
    readonly filteredIndexes: (datasetId: string, spec: FilterSpec) => Uint32Array;
    /** The map's feature collection for a dataset, or for some of its features. */
    readonly mapCollection: (datasetId: string, only?: Uint32Array) => FeatureCollection<Point>;
  };
  /**
   * Where the states' names were last placed below zoom 7, clear of the data's markers: the zoom,
   * and per state its offset (px) and fit ('clear', 'near': just outside its state, 'crowded').
   */
  readonly stateNames: () => { zoom: number; places: readonly NamePlace[] } | null;
  readonly version: string;
}

declare global {
  interface Window {
    khanij?: KhanijHandle;
  }
}

function dataset(id: string): Dataset {
  const ds = getDatasets().find((d) => d.id === id);
  if (!ds) throw new Error(`no dataset '${id}'`);
  return ds;
}

export function exposeHandle(map: MapLibreMap): void {
  const handle: KhanijHandle = Object.freeze({
    map,
    getState: useAppStore.getState,
    getData: getDataStatus,
    getDatasets,
    tools: Object.freeze({
      filteredIndexes: (id: string, spec: FilterSpec) => filteredIndexes(dataset(id), spec),
      mapCollection: (id: string, only?: Uint32Array) => mapCollection(dataset(id), only),
    }),
    stateNames: lastStateNamePlacement,
    version: __APP_VERSION__,
  });
  Object.defineProperty(window, 'khanij', { value: handle, configurable: true, writable: false });
}
