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
import type { ExpressionSpecification } from 'maplibre-gl';
import { useActiveQuery } from '../../state/selectors/query';
import { queryStateKey, useQueryState } from '../sync/use-query-state';
import { QueryOverlay } from '../draw/QueryOverlay';
import { DrawControl } from '../draw/DrawControl';
import { PointPicker } from '../draw/PointPicker';

/**
 * While a question is active only its results are drawn: the layer reads the dataset's result
 * ids (`|id|id|`) from global state; an empty value (no question) lets everything through.
 */
function queryFilter(datasetId: string): ExpressionSpecification {
  const key = queryStateKey(datasetId);
  return [
    'case',
    ['to-boolean', ['global-state', key]],
    ['in', ['concat', '|', ['to-string', ['get', 'id']], '|'], ['to-string', ['global-state', key]]],
    true,
  ] as ExpressionSpecification;
}

const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const EMPTY_OFFSETS: ReadonlyMap<string, readonly [number, number]> = new Map();

/**
 * One dataset's source and layers. Its data is built once per dataset: a filter change reaches
 * the layers through `global-state` (useFilterState). A clustered dataset is the exception:
 * MapLibre clusters the source, not what a layer's filter lets through (maplibre-gl-js #2613,
 * mapbox-gl-js #7887), so its source holds only the features that pass the filter.
 */
function DatasetSource({
  ds,
  theme,
  offsets,
  offsetSlots,
  visible,
  listed,
}: {
  ds: Dataset;
  theme: ResolvedTheme;
  offsets: ReadonlyMap<string, readonly [number, number]>;
  offsetSlots: readonly string[];
  visible: boolean;
  /** The positions a question lists in this dataset, or null when no question is active. */
  listed: Uint32Array | null;
}) {
  const filters = useAppStore((s) => s.filters);
  const only = ds.cluster ? (listed ?? filteredIndexes(ds, filters)) : undefined;
  const big = isBigDataset(ds);
  const fc = useMemo(
    () => mapCollection(ds, big ? EMPTY_OFFSETS : offsets, only, !big),
    [ds, offsets, only, big],
  );
  // One object per layer: a new one would make the source rebuild its clusters.
  const clusterProperties = useMemo(() => clusterPropertiesFor(ds.layer), [ds.layer]);
  const filter = useMemo(
    () =>
      big
        ? null
        : ([
            'all',
            filterExpression(ds.id, ds.fields, ds.slots),
            queryFilter(ds.id),
          ] as ExpressionSpecification),
    [ds, big],
  );
  const userCats = useMemo(
    () => (ds.kind === 'user' && ds.categoryField ? userCategories(ds.rows, ds.categoryField) : []),
    [ds],
  );
  const specs = useMemo(
    () =>
      big
        ? bigDatasetLayerSpecs(ds, theme)
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
  // A choropleth (src/map/layers/Choropleth.tsx) replaces the points while it is shown.
  const shading = useAppStore((s) => s.choropleth !== null);

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
  // Per dataset, the sorted positions a question lists (for clustered sources, which take them as data).
  const listedBy = useMemo(() => {
    if (!queryClasses) return null;
    const m = new Map<string, Uint32Array>();
    for (const ds of datasets) m.set(ds.id, Uint32Array.from(queryClasses.get(ds.id)?.keys() ?? []).sort());
    return m;
  }, [datasets, queryClasses]);

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
          visible={!shading && isLayerVisible({ hiddenLayers }, ds.id)}
          listed={listedBy?.get(ds.id) ?? null}
        />
      ))}
      <QueryOverlay datasets={datasets} query={query} theme={theme} />
      <DrawControl map={map} />
      <PointPicker map={map} />
      <StateBadges datasets={datasets} theme={theme} />
      <Source id="selected" type="geojson" data={selected ?? EMPTY}>
        <Layer {...selectionRingSpec(theme)} />
        {ref && <Layer {...selectionSymbolSpec(ref.dataset.layer, theme)} />}
      </Source>
    </>
  );
}
