import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../../data/datasets';
import { rowIndex } from '../../data/indexes';
import { sourceId } from '../data-style';

/** The selected feature as feature-state `selected`, following the store. */
export function useSelectionState(
  map: MapLibreMap | undefined,
  datasets: readonly Dataset[],
  selectedId: string | null,
) {
  useEffect(() => {
    if (!map || !selectedId) return;
    const ref = rowIndex(datasets).get(selectedId);
    if (!ref) return;
    const target = { source: sourceId(ref.dataset.id), id: ref.index };
    const apply = () => {
      if (map.getSource(target.source)) map.setFeatureState(target, { selected: true });
    };
    apply();
    // setData and style changes can drop feature-state: re-apply when this source (and only
    // this one; basemap tiles fire the same event) has loaded new data.
    const onData = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
      if (e.sourceId === target.source && e.isSourceLoaded) apply();
    };
    map.on('sourcedata', onData);
    return () => {
      map.off('sourcedata', onData);
      if (map.getSource(target.source)) map.setFeatureState(target, { selected: false });
    };
  }, [map, datasets, selectedId]);
}
