import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Source, Layer, useMap } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { LAYER_IDS, type LayerId } from '../data/schema';
import type { AtlasData } from '../data/load';
import { featureIndex } from '../data/indexes';
import { useAppStore } from '../state/store';
import { shownInLayer } from '../domain/filter';
import { SYMBOLOGY } from '../domain/symbology';
import { displayOffsets } from '../domain/offsets';
import {
  dataLayerSpecs,
  imageName,
  interactiveLayerIds,
  parseImageName,
  selectionRingSpec,
  selectionSymbolSpec,
  sourceId,
} from './data-style';
import { drawShape } from './shapes';
import { BASEMAP_IDS, type ResolvedTheme } from './basemap-style';

const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

/** What the map needs of a feature: the worker gets no nested arrays it would only stringify. */
function slimCollection(
  data: AtlasData,
  layer: LayerId,
  features: AtlasData['layers'][LayerId]['features'],
  offsets: Map<string, [number, number]>,
): FeatureCollection<Point> {
  const field = SYMBOLOGY[layer].categoryField;
  const idx = featureIndex(data);
  return {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const p = f.properties as unknown as Record<string, unknown>;
      return {
        type: 'Feature',
        id: idx.get(f.properties.id)!.mapId,
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          name: f.properties.name,
          layer,
          precision: f.properties.precision,
          [field]: p[field],
          _slot: offsets.get(f.properties.id)?.join(',') ?? '',
        },
      };
    }),
  };
}

function addIcon(map: MapLibreMap, id: string): void {
  const spec = parseImageName(id);
  if (!spec || map.hasImage(id)) return;
  map.addImage(id, drawShape(spec.shape, spec.fill, spec.stroke, 2), { pixelRatio: 2 });
}

/**
 * Icons are drawn in code. Layers are added while React renders, so every legend icon of the
 * theme is added in a layout effect before the first paint (MapLibre reloads the tiles that
 * were waiting for them), and a resolver draws any other one on demand.
 */
function useStyleImages(map: MapLibreMap | undefined, theme: ResolvedTheme) {
  useLayoutEffect(() => {
    if (!map) return;
    map.setMissingStyleImageResolver((id) => addIcon(map, id));
    const addAll = () => {
      for (const layer of LAYER_IDS)
        for (const c of SYMBOLOGY[layer].categories) addIcon(map, imageName(layer, c.value, theme));
    };
    if (map.isStyleLoaded()) addAll();
    map.on('style.load', addAll);
    return () => {
      map.off('style.load', addAll);
    };
  }, [map, theme]);
}

/** The state (ISO code) under a screen point, if any. */
function stateAtPoint(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const code = map.queryRenderedFeatures([point.x, point.y], { layers: [BASEMAP_IDS.statesFill] })[0]
    ?.properties.code;
  return typeof code === 'string' ? code : null;
}

/** Hover and selection as feature-state; clicks select features or open clusters. */
function useInteraction(
  map: MapLibreMap | undefined,
  data: AtlasData,
  layers: readonly LayerId[],
  onStateClick: (code: string) => void,
) {
  const select = useAppStore((s) => s.select);
  const selectedId = useAppStore((s) => s.selectedId);

  useEffect(() => {
    if (!map) return;
    const ids = interactiveLayerIds(layers);
    let hovered: { source: string; id: number } | null = null;
    const setHover = (next: typeof hovered) => {
      if (hovered) map.setFeatureState(hovered, { hover: false });
      hovered = next;
      if (hovered) map.setFeatureState(hovered, { hover: true });
    };
    const onMove = (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      if (f && typeof f.id === 'number' && !f.properties?.cluster) setHover({ source: f.source, id: f.id });
      else setHover(null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      const present = ids.filter((id) => map.getLayer(id));
      const hits = present.length ? map.queryRenderedFeatures(e.point, { layers: present }) : [];
      const f = hits[0];
      if (!f) {
        // Empty land opens that state's view; the sea clears both selection and state view.
        select(null);
        const code = stateAtPoint(map, e.point);
        if (code) onStateClick(code);
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
          // The data changed under the click (a legend toggle): the cluster is gone, nothing to open.
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
  }, [map, layers, select, onStateClick]);

  // Selection as feature-state, following the store.
  useEffect(() => {
    if (!map || !selectedId) return;
    const ref = featureIndex(data).get(selectedId);
    if (!ref) return;
    const target = { source: sourceId(ref.layer), id: ref.mapId };
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
  }, [map, data, selectedId]);
}

/**
 * One layer's source. Its collection is rebuilt only when this layer's own choices change (the
 * store keeps other layers' values by identity), so a legend toggle neither rebuilds nor
 * deep-compares the other layers' data (the Source deep-compares before it calls setData).
 */
function LayerSource({
  data,
  layer,
  visible,
  hidden,
  offsets,
  specs,
}: {
  data: AtlasData;
  layer: LayerId;
  visible: boolean;
  hidden: readonly string[];
  offsets: Map<string, [number, number]>;
  specs: ReturnType<typeof dataLayerSpecs>;
}) {
  const fc = useMemo(
    () => slimCollection(data, layer, shownInLayer(data.layers[layer].features, visible, hidden), offsets),
    [data, layer, visible, hidden, offsets],
  );
  return (
    <Source
      id={sourceId(layer)}
      type="geojson"
      data={fc}
      cluster={SYMBOLOGY[layer].cluster}
      clusterRadius={36}
      clusterMaxZoom={10}
    >
      {specs.map((spec) => (
        <Layer key={spec.id} {...spec} />
      ))}
    </Source>
  );
}

/** Pushes the data layers to the map: one source per layer, filtered by the store's choices. */
export function DataLayers({
  data,
  theme,
  onStateClick,
}: {
  data: AtlasData;
  theme: ResolvedTheme;
  /** Called when the user clicks a state where no feature is. */
  onStateClick: (code: string) => void;
}) {
  const { current } = useMap();
  const map = current?.getMap();
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const hiddenCategories = useAppStore((s) => s.hiddenCategories);

  const offsets = useMemo(
    () =>
      displayOffsets(
        LAYER_IDS.flatMap((l) =>
          data.layers[l].features.map((f) => ({ key: f.properties.id, coordinates: f.geometry.coordinates })),
        ),
      ),
    [data],
  );

  // The distinct display offsets, as a `match` from slot key to offset (arrays in feature
  // properties reach the worker as strings, so the offset itself cannot travel with the feature).
  const offsetSlots = useMemo(() => [...new Set([...offsets.values()].map((o) => o.join(',')))], [offsets]);
  const specs = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((l) => [l, dataLayerSpecs(l, theme, offsetSlots)])),
    [theme, offsetSlots],
  );

  useStyleImages(map, theme);
  useInteraction(map, data, LAYER_IDS, onStateClick);

  // The selection is drawn again on top, outside any cluster, so it is always visible.
  const selectedId = useAppStore((s) => s.selectedId);
  const selected = useMemo(() => {
    const ref = selectedId ? featureIndex(data).get(selectedId) : undefined;
    return ref ? slimCollection(data, ref.layer, [ref.feature], new Map()) : null;
  }, [data, selectedId]);
  const selectedLayer = selectedId ? featureIndex(data).get(selectedId)?.layer : undefined;

  return (
    <>
      {LAYER_IDS.map((layer) => (
        <LayerSource
          key={layer}
          data={data}
          layer={layer}
          visible={visibleLayers[layer]}
          hidden={hiddenCategories[layer]}
          offsets={offsets}
          specs={specs[layer]!}
        />
      ))}
      <Source id="selected" type="geojson" data={selected ?? EMPTY}>
        <Layer {...selectionRingSpec(theme)} />
        {selectedLayer && <Layer {...selectionSymbolSpec(selectedLayer, theme)} />}
      </Source>
    </>
  );
}
