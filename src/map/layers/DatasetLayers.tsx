import { useMemo } from 'react';
import { Source, Layer, useMap } from '@vis.gl/react-maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../../data/datasets';
import { rowIndex } from '../../data/indexes';
import { isLayerVisible, useAppStore } from '../../state/store';
import { filteredIndexes } from '../../state/selectors/filtered';
import { filterExpression } from '../../domain/filter/expression';
import { displayOffsets } from '../../domain/offsets';
import {
  bigDatasetLayerSpecs,
  clusterPropertiesFor,
  dataLayerSpecs,
  resultLayerSpecs,
  resultsSourceId,
  selectionHaloSpec,
  selectionRingSpec,
  selectionSymbolSpec,
  shapeSourceId,
  userLayerSpecs,
  userShapeLayerSpecs,
} from '../data-style';
import { userShapes } from '../../data/user-layers';
import { userCategories } from '../../domain/user-style';
import { StateBadges } from './StateBadges';
import { isBigDataset } from '../../data/datasets';
import { useFilterMask } from '../sync/use-filter-mask';
import type { ResolvedTheme } from '../basemap-style';
import { useStyleImages } from '../sync/use-style-images';
import { useFilterState } from '../sync/use-filter-state';
import { useSelectionState } from '../sync/use-selection-state';
import { useInteraction } from '../sync/use-interaction';
import { mapCollection } from './map-features';
import { sourceId } from '../data-style';
import { useActiveQuery } from '../../state/selectors/query';
import { useQueryState } from '../sync/use-query-state';
import { QueryOverlay } from '../draw/QueryOverlay';
import { DrawControl } from '../draw/DrawControl';
import { PointPicker } from '../draw/PointPicker';

const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const EMPTY_OFFSETS: ReadonlyMap<string, readonly [number, number]> = new Map();

/**
 * One dataset's source and layers. Its data is built once per dataset: a filter change reaches
 * the layers through `global-state` (useFilterState). A clustered dataset is the exception:
 * MapLibre clusters the source, not what a layer's filter lets through (maplibre-gl-js #2613,
 * mapbox-gl-js #7887), so its source holds only the features that pass the filter. A spatial
 * question never re-sends data: its answer is feature-state (useQueryState), drawn for a
 * clustered dataset by an unclustered twin of its points.
 */
function DatasetSource({
  ds,
  theme,
  offsets,
  offsetSlots,
  visible,
}: {
  ds: Dataset;
  theme: ResolvedTheme;
  offsets: ReadonlyMap<string, readonly [number, number]>;
  offsetSlots: readonly string[];
  visible: boolean;
}) {
  const filters = useAppStore((s) => s.filters);
  const only = ds.cluster ? filteredIndexes(ds, filters) : undefined;
  const big = isBigDataset(ds);
  const fc = useMemo(
    () => mapCollection(ds, big ? EMPTY_OFFSETS : offsets, only, !big),
    [ds, offsets, only, big],
  );
  // One object per layer: a new one would make the source rebuild its clusters.
  const clusterProperties = useMemo(() => clusterPropertiesFor(ds.layer), [ds.layer]);
  const filter = useMemo(() => (big ? null : filterExpression(ds.id, ds.fields, ds.slots)), [ds, big]);
  // A clustered dataset's results twin: every row, unclustered, drawn only where a question lists it.
  const results = useMemo(
    () => (ds.cluster && !big ? mapCollection(ds, offsets, undefined, false) : null),
    [ds, offsets, big],
  );
  const resultSpecs = useMemo(
    () => (results ? resultLayerSpecs(ds, theme, offsetSlots) : []),
    [results, ds, theme, offsetSlots],
  );
  const userCats = useMemo(
    () => (ds.kind === 'user' && ds.categoryField ? userCategories(ds.rows, ds.categoryField) : []),
    [ds],
  );
  const specs = useMemo(
    () =>
      big
        ? bigDatasetLayerSpecs(ds, theme, userCats)
        : ds.kind === 'user'
          ? userLayerSpecs(ds, theme, filter, userCats)
          : dataLayerSpecs(ds, theme, offsetSlots, filter),
    [ds, theme, offsetSlots, big, filter, userCats],
  );
  // An imported layer's lines and polygons, drawn under its points with the same properties.
  const shapes = useMemo(() => {
    if (ds.kind !== 'user') return null;
    const geoms = userShapes(ds.id);
    if (!geoms.some(Boolean)) return null;
    const features = fc.features.flatMap((f, i) => {
      const g = geoms[i];
      return g ? [{ type: 'Feature' as const, id: f.id, geometry: g, properties: f.properties }] : [];
    });
    return { type: 'FeatureCollection' as const, features };
  }, [ds, fc]);
  const shapeSpecs = useMemo(
    () => (shapes ? userShapeLayerSpecs(ds, theme, filter, userCats) : []),
    [shapes, ds, theme, filter, userCats],
  );
  const visibility = visible ? 'visible' : 'none';
  return (
    <>
      {shapes && (
        <Source id={shapeSourceId(ds.id)} type="geojson" data={shapes}>
          {shapeSpecs.map((spec) => (
            <Layer key={spec.id} {...spec} layout={{ ...spec.layout, visibility }} />
          ))}
        </Source>
      )}
      <Source
        id={sourceId(ds.id)}
        type="geojson"
        data={fc}
        cluster={ds.cluster}
        clusterRadius={36}
        clusterMaxZoom={10}
        clusterProperties={ds.cluster ? clusterProperties : undefined}
      >
        {specs.map((spec) => (
          <Layer key={spec.id} {...spec} layout={{ ...spec.layout, visibility }} />
        ))}
      </Source>
      {results && (
        <Source id={resultsSourceId(ds.id)} type="geojson" data={results}>
          {resultSpecs.map((spec) => (
            <Layer key={spec.id} {...spec} layout={{ ...spec.layout, visibility }} />
          ))}
        </Source>
      )}
    </>
  );
}

/** Every dataset of the registry on the map, filtered by the store's filter. */
export function DatasetLayers({
  datasets,
  theme,
  onStateClick,
  onDistrictClick,
}: {
  datasets: readonly Dataset[];
  theme: ResolvedTheme;
  /** Called when the user clicks a state where no feature is. */
  onStateClick: (code: string) => void;
  /** Called when the user clicks, inside the open state view, a district where no feature is. */
  onDistrictClick: (key: string) => void;
}) {
  const { current } = useMap();
  const map = current?.getMap();
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const filters = useAppStore((s) => s.filters);
  const selectedId = useAppStore((s) => s.selectedId);

  // Points that share a position are spread for display only (never for counts or queries).
  const offsets = useMemo(
    () =>
      displayOffsets(
        datasets.flatMap((ds) =>
          ds.kind === 'curated'
            ? ds.rows.map((r) => ({ key: r.id, coordinates: [r.lon, r.lat] as [number, number] }))
            : [],
        ),
      ),
    [datasets],
  );
  // The distinct display offsets, as a `match` from slot key to offset (arrays in feature
  // properties reach the worker as strings, so the offset itself cannot travel with the feature).
  const offsetSlots = useMemo(() => [...new Set([...offsets.values()].map((o) => o.join(',')))], [offsets]);

  const query = useActiveQuery();
  const queryClasses = query?.classes ?? null;

  useStyleImages(map, theme);
  useFilterState(map, datasets, filters);
  useFilterMask(map, datasets, filters, queryClasses);
  useQueryState(map, datasets, query);
  useSelectionState(map, datasets, selectedId);
  useInteraction(map, datasets, onStateClick, onDistrictClick);

  // The selection is drawn again on top, outside any cluster, so it is always visible.
  const ref = selectedId ? rowIndex(datasets).get(selectedId) : undefined;
  const selected = useMemo(
    () => (ref ? mapCollection(ref.dataset, new Map(), Uint32Array.of(ref.index)) : null),
    [ref],
  );

  return (
    <>
      {datasets.map((ds) => (
        <DatasetSource
          key={ds.id}
          ds={ds}
          theme={theme}
          offsets={offsets}
          offsetSlots={offsetSlots}
          visible={isLayerVisible({ hiddenLayers }, ds.id)}
        />
      ))}
      <QueryOverlay query={query} theme={theme} />
      <DrawControl map={map} />
      <PointPicker map={map} />
      <StateBadges datasets={datasets} theme={theme} />
      <Source id="selected" type="geojson" data={selected ?? EMPTY}>
        {ref && <Layer {...selectionHaloSpec(ref.dataset.layer, theme)} />}
        <Layer {...selectionRingSpec(theme)} />
        {ref && <Layer {...selectionSymbolSpec(ref.dataset.layer, theme)} />}
      </Source>
    </>
  );
}
