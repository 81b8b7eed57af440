import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isBigDataset, type Dataset } from '../../data/datasets';
import type { FilterSpec } from '../../domain/filter/spec';
import { filteredIndexes } from '../../state/selectors/filtered';
import { sourceId } from '../data-style';

/**
 * The filter of a large unclustered dataset as a feature-state mask: each feature that stops or
 * starts passing gets `out: true|false`, on the main thread, and MapLibre only re-uploads its
 * paint values. Only the features whose state changes are touched. While a spatial question is
 * active, only its results pass.
 */
export function useFilterMask(
  map: MapLibreMap | undefined,
  datasets: readonly Dataset[],
  filters: FilterSpec,
  /** While a question is active: per dataset, the positions it lists (others are marked out). */
  queryClasses: ReadonlyMap<string, ReadonlyMap<number, number>> | null = null,
) {
  // Per dataset, which rows are currently marked out (1) on the map.
  const marked = useRef(new Map<string, Uint8Array>());
  useEffect(() => {
    if (!map) return;
    const apply = (force: boolean) => {
      for (const ds of datasets) {
        if (!isBigDataset(ds) || ds.cluster) continue;
        const source = sourceId(ds.id);
        if (!map.getSource(source)) continue;
        let prev = marked.current.get(ds.id);
        if (!prev || force) {
          prev = new Uint8Array(ds.rows.length);
          marked.current.set(ds.id, prev);
          if (force) map.removeFeatureState({ source });
        }
        const pass = new Uint8Array(ds.rows.length);
        const listed = queryClasses?.get(ds.id);
        for (const i of filteredIndexes(ds, filters)) if (!queryClasses || listed?.has(i)) pass[i] = 1;
        for (let i = 0; i < pass.length; i++) {
          const out = pass[i] === 0 ? 1 : 0;
          if (out !== prev[i]) {
            map.setFeatureState({ source, id: i }, { out: out === 1 });
            prev[i] = out;
          }
        }
      }
    };
    apply(false);
    // A new style (theme switch) drops every feature-state: mark again from scratch.
    const onStyle = () => apply(true);
    // A source added after this effect (the dataset arrived later) is marked once it exists.
    const onData = (e: { sourceId?: string; isSourceLoaded?: boolean; sourceDataType?: string }) => {
      if (e.sourceId && e.sourceDataType === 'metadata') apply(false);
    };
    map.on('style.load', onStyle);
    map.on('sourcedata', onData);
    return () => {
      map.off('style.load', onStyle);
      map.off('sourcedata', onData);
    };
  }, [map, datasets, filters, queryClasses]);
}
