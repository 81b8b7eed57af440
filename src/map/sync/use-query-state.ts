import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isBigDataset, type Dataset } from '../../data/datasets';
import type { ActiveQuery } from '../../state/selectors/query';

/** The global-state key holding a dataset's result ids (`|id|id|`; '' when no question is active). */
export const queryStateKey = (datasetId: string) => `query:${datasetId}`;

/**
 * The active question's results, pushed to the map as one `global-state` string per dataset that
 * the layers' filters read. Big datasets are filtered by the feature-state mask instead.
 */
export function useQueryState(
  map: MapLibreMap | undefined,
  datasets: readonly Dataset[],
  query: ActiveQuery | null,
) {
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      if (!map.style?._loaded) return;
      for (const ds of datasets) {
        if (isBigDataset(ds)) continue;
        let v = '';
        if (query) {
          const listed = query.classes.get(ds.id);
          v = `|${listed ? [...listed.keys()].map((i) => ds.rows[i]!.id).join('|') : ''}|`;
          if (v === '||') v = '|';
        }
        map.setGlobalStateProperty(queryStateKey(ds.id), v);
      }
    };
    apply();
    map.on('style.load', apply);
    map.on('load', apply);
    return () => {
      map.off('style.load', apply);
      map.off('load', apply);
    };
  }, [map, datasets, query]);
}
