import { useEffect } from 'react';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { Point } from 'geojson';
import { useAppStore } from '../../state/store';
import {
  EXPANSION_MAXZOOM,
  interactiveLayerIds,
  overviewClickLayerIds,
  overviewResultSymbolLayerId,
  OVERVIEW_SOURCES,
  QUERY_ACTIVE,
  resultSymbolLayerId,
  sourceId,
  stackMarkerLayerId,
  stackSingleLayerId,
  type DatasetStyleInput,
} from '../data-style';
import { STATE_BADGES } from '../layers/StateBadges';
import { BASEMAP_IDS } from '../basemap-style';
import { LAYER_IDS } from '../../domain/model/enums';

/** Features within this many pixels of a click count as one stack. */
const STACK_PX = 6;
/** Layers whose features name a state: a click on them opens its view. */
const STATE_LABEL_LAYERS = [BASEMAP_IDS.statesLabel, `${BASEMAP_IDS.statesLabel}-small`, STATE_BADGES];

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
    // Stacked markers (features sharing one position) first: they are drawn on top.
    // Below the overview's scale only the overview's layers are drawn (each layer has its zoom range).
    const overviewResults = LAYER_IDS.map(overviewResultSymbolLayerId);
    const ids = [
      ...overviewResults,
      ...overviewClickLayerIds,
      stackMarkerLayerId,
      stackSingleLayerId,
      ...interactiveLayerIds(datasets),
    ];
    const clustered = new Set([
      ...OVERVIEW_SOURCES.map((o) => o.id as string),
      ...datasets.filter((d) => d.cluster).map((d) => sourceId(d.id)),
    ]);
    const results = new Set([
      ...overviewResults,
      ...datasets.filter((d) => d.cluster).map((d) => resultSymbolLayerId(d.id)),
    ]);
    // Features drawn transparent are not there: those a filter mask or a question leaves out, a
    // clustered source's while a question is active, and a results twin's the question does not list.
    const shown = (h: { source: string; layer: { id: string }; state?: Record<string, unknown> }) => {
      if (h.state?.out === true || h.state?.qout === true) return false;
      if (results.has(h.layer.id)) return Number(h.state?.qcls ?? 0) > 0;
      return !(clustered.has(h.source) && map.getGlobalState()[QUERY_ACTIVE] === true);
    };
    let hovered: { source: string; id: number } | null = null;
    const setHover = (next: typeof hovered) => {
      if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false });
      hovered = next;
      if (hovered) map.setFeatureState(hovered, { hover: true });
    };
    const onMove = (e: MapLayerMouseEvent) => {
      const f = e.features?.find(shown);
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
      const visible = (hs: ReturnType<typeof map.queryRenderedFeatures>) => hs.filter(shown);
      const hits = visible(present.length ? map.queryRenderedFeatures(e.point, { layers: present }) : []);
      const f = hits[0];
      if (!f) {
        // Empty map: a click clears the selection and moves nothing, unless it was on a state's
        // name or badge (that opens the state's view), or on a district inside the open state view.
        select(null);
        useAppStore.getState().setStack(null);
        const label = map.queryRenderedFeatures(e.point, {
          layers: STATE_LABEL_LAYERS.filter((l) => map.getLayer(l)),
        })[0];
        const code = label?.properties.code;
        if (typeof code === 'string') {
          onStateClick(code);
          return;
        }
        const open = useAppStore.getState().stateView;
        const district = open && stateAtPoint(map, e.point) === open ? districtAtPoint(map, e.point) : null;
        if (district) onDistrictClick(district);
        return;
      }
      if (f.properties?.cluster) {
        const src = map.getSource(f.source) as GeoJSONSource;
        const cap = EXPANSION_MAXZOOM[Number(f.properties.minPrec ?? 0)] ?? 14;
        src
          .getClusterExpansionZoom(f.properties.cluster_id as number)
          .then((zoom) => {
            // Points that do not part before their precision's limit are a list, not a place to zoom
            // into: the overview's clusters carry their ids, so the chooser lists them.
            const ids = typeof f.properties.ids === 'string' ? f.properties.ids.split('|') : [];
            if (zoom + 0.5 > cap && ids.length > 1) {
              useAppStore.getState().setStack({ ids, x: e.point.x, y: e.point.y });
              return;
            }
            // Never deeper than the points' precision supports: state points stop short of zoom 7.
            map.easeTo({
              center: (f.geometry as Point).coordinates as [number, number],
              zoom: Math.max(map.getZoom(), Math.min(zoom + 0.5, cap)),
            });
          })
          // The data changed under the click (a filter): the cluster is gone, nothing to open.
          .catch(() => undefined);
        return;
      }
      // Several features within a few pixels (a stack): let the user choose, rather than guess.
      const box: [[number, number], [number, number]] = [
        [e.point.x - STACK_PX, e.point.y - STACK_PX],
        [e.point.x + STACK_PX, e.point.y + STACK_PX],
      ];
      const near = visible(map.queryRenderedFeatures(box, { layers: present })).filter(
        (h) => !h.properties?.cluster,
      );
      // A stacked marker stands for every feature at its position (`ids`, joined by '|').
      const idsOf = (h: (typeof near)[number]): string[] =>
        typeof h.properties?.ids === 'string'
          ? h.properties.ids.split('|')
          : typeof h.properties?.id === 'string'
            ? [h.properties.id]
            : [];
      const stack = [...new Set([...idsOf(f), ...near.flatMap(idsOf)])];
      if (stack.length > 1) {
        useAppStore.getState().setStack({ ids: stack, x: e.point.x, y: e.point.y });
        return;
      }
      useAppStore.getState().setStack(null);
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
