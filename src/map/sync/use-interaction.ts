import { useEffect } from 'react';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { Point } from 'geojson';
import { useAppStore } from '../../state/store';
import { interactiveLayerIds, type DatasetStyleInput } from '../data-style';
import { BASEMAP_IDS } from '../basemap-style';

/** The state (ISO code) under a screen point, if any. */
function stateAtPoint(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const code = map.queryRenderedFeatures([point.x, point.y], { layers: [BASEMAP_IDS.statesFill] })[0]
    ?.properties.code;
  return typeof code === 'string' ? code : null;
}

/** The district area (`IN-CG:Korba`) under a screen point, if any is drawn there. */
function districtAtPoint(map: MapLibreMap, point: { x: number; y: number }): string | null {
  if (!map.getLayer(BASEMAP_IDS.districtsFill)) return null;
  const p = map.queryRenderedFeatures([point.x, point.y], { layers: [BASEMAP_IDS.districtsFill] })[0]
    ?.properties;
  return typeof p?.state === 'string' && typeof p.district === 'string' ? `${p.state}:${p.district}` : null;
}

/**
 * Hover as feature-state; clicks select features, open clusters, or open a state's view — and,
 * inside an open state view, the view of the district clicked.
 */
export function useInteraction(
  map: MapLibreMap | undefined,
  datasets: readonly DatasetStyleInput[],
  onStateClick: (code: string) => void,
  onDistrictClick: (key: string) => void,
) {
  const select = useAppStore((s) => s.select);
  useEffect(() => {
    if (!map) return;
    const ids = interactiveLayerIds(datasets);
    let hovered: { source: string; id: number } | null = null;
    const setHover = (next: typeof hovered) => {
      if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false });
      hovered = next;
      if (hovered) map.setFeatureState(hovered, { hover: true });
    };
    const onMove = (e: MapLayerMouseEvent) => {
      const f = e.features?.find((h) => h.state?.out !== true);
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      if (f && typeof f.id === 'number' && !f.properties?.cluster) setHover({ source: f.source, id: f.id });
      else setHover(null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      const present = ids.filter(
        (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
      );
      // Features a large dataset's filter mask hides are drawn transparent: they are not there.
      const hits = (present.length ? map.queryRenderedFeatures(e.point, { layers: present }) : []).filter(
        (h) => h.state?.out !== true,
      );
      const f = hits[0];
      if (!f) {
        // Empty land opens that state's view; the sea clears both selection and state view.
        select(null);
        const code = stateAtPoint(map, e.point);
        const open = useAppStore.getState().stateView;
        const district = code && code === open ? districtAtPoint(map, e.point) : null;
        if (district) onDistrictClick(district);
        else if (code) onStateClick(code);
        else useAppStore.getState().setStateView(null);
        return;
      }
      if (f.properties?.cluster) {
        const src = map.getSource(f.source) as GeoJSONSource;
        src
          .getClusterExpansionZoom(f.properties.cluster_id as number)
          .then((zoom) => {
            map.easeTo({ center: (f.geometry as Point).coordinates as [number, number], zoom: zoom + 0.5 });
          })
          // The data changed under the click (a filter): the cluster is gone, nothing to open.
          .catch(() => undefined);
        return;
      }
      const slug = f.properties?.id;
      if (typeof slug === 'string') select(slug);
    };
    // Delegated listeners on every interactive layer id: MapLibre skips ids that do not exist
    // yet, so layers added later (data arrives after the style) still get hover.
    map.on('mousemove', ids, onMove);
    map.on('mouseleave', ids, onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', ids, onMove);
      map.off('mouseleave', ids, onLeave);
      map.off('click', onClick);
    };
  }, [map, datasets, select, onStateClick, onDistrictClick]);
}
