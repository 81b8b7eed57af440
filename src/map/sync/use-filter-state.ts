import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isBigDataset, type Dataset } from '../../data/datasets';
import type { FilterSpec } from '../../domain/filter/spec';
import { AS_OF_STATE, filterStateFor, filterStateKey } from '../../domain/filter/expression';
import { asOfDayOf } from '../../domain/insights/timeline';
import { whenStyleLoads } from './style-ready';

/**
 * The filter, pushed to the map as one `global-state` property per dataset: the layers'
 * filter expressions read it, so nothing is re-sent. MapLibre skips values that did not change.
 * The time slider's day goes as one more property (`asOfDay`, null while off): the layers draw
 * each block's status of that day from its history (src/map/data-style.ts).
 */
export function useFilterState(
  map: MapLibreMap | undefined,
  datasets: readonly Dataset[],
  filters: FilterSpec,
) {
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      map.setGlobalStateProperty(AS_OF_STATE, asOfDayOf(filters));
      // Large datasets are filtered by a feature-state mask instead (use-filter-mask.ts).
      for (const ds of datasets)
        if (!isBigDataset(ds))
          map.setGlobalStateProperty(filterStateKey(ds.id), filterStateFor(filters, ds.id, ds.fields));
    };
    // Now if the style is in, and on each style (a theme switch brings a fresh global state).
    const off = whenStyleLoads(map, apply);
    map.on('load', apply);
    return () => {
      off();
      map.off('load', apply);
    };
  }, [map, datasets, filters]);
}
