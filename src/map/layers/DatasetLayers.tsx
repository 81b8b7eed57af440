import { useMemo } from 'react';
import { Source, Layer, useMap } from '@vis.gl/react-maplibre';
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../../data/datasets';
import { rowIndex } from '../../data/indexes';
import { isLayerVisible, useAppStore } from '../../state/store';
import { filteredIndexes } from '../../state/selectors/filtered';
import { filterExpression, timedCategoryOf } from '../../domain/filter/expression';
import { colocatedGroups, type Colocated } from '../../domain/stacks';
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
  stackLayerSpecs,
  userLayerSpecs,
  userShapeLayerSpecs,
  OVERVIEW_MAXZOOM,
} from '../data-style';
import { LABEL_GUARD_BEFORE, labelGuardSpecs } from '../label-guards';
import { zOrderBefore } from '../z-order';
import { stateBadgeSpec } from './StateBadges';
import { userShapes } from '../../data/user-layers';
import { userCategories } from '../../domain/user-style';
import { StateBadges } from './StateBadges';
import { Stacks } from './Stacks';
import { Overview } from './Overview';
import { isBigDataset } from '../../data/datasets';
import { useFilterMask } from '../sync/use-filter-mask';
import type { ResolvedTheme } from '../basemap-style';
import { useStyleImages } from '../sync/use-style-images';
import { useFilterState } from '../sync/use-filter-state';
import { useSelectionState } from '../sync/use-selection-state';
import { useInteraction } from '../sync/use-interaction';
import { useStateNamePlacement } from '../sync/use-state-name-placement';
import { mapCollection } from './map-features';
import { sourceId } from '../data-style';
import { useActiveQuery } from '../../state/selectors/query';
import { useQueryState } from '../sync/use-query-state';
import { QueryOverlay } from '../draw/QueryOverlay';
import { DrawControl } from '../draw/DrawControl';
import { PointPicker } from '../draw/PointPicker';

const NO_DATASETS: readonly Dataset[] = [];
const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

/** The positions of `rows` not in `stacked`, or `rows` itself when none is stacked. */
function withoutStacked(
  ds: Dataset,
  rows: Uint32Array | undefined,
  stacked: ReadonlySet<string>,
): Uint32Array | undefined {
  const all = rows ?? Uint32Array.from(ds.rows, (_, i) => i);
  const kept = all.filter((i) => !stacked.has(ds.rows[i]!.id));
  return kept.length === all.length ? rows : kept;
}

/** One of a dataset's layers, shown or hidden with it, in its place in the drawing order (z-order.ts). */
function DataLayer({
  spec,
  minzoom,
  visibility,
}: {
  spec: CircleLayerSpecification | SymbolLayerSpecification | FillLayerSpecification | LineLayerSpecification;
  minzoom?: number | undefined;
  visibility: 'visible' | 'none';
}) {
  return (
    <Layer
      {...spec}
      minzoom={minzoom ?? spec.minzoom}
      layout={{ ...spec.layout, visibility }}
      beforeId={zOrderBefore(spec.id)}
    />
  );
}

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
  stacked,
  visible,
}: {
  ds: Dataset;
  theme: ResolvedTheme;
  /** Ids drawn by a stacked marker (src/map/layers/Stacks.tsx), not by this dataset's layers. */
  stacked: ReadonlySet<string>;
  visible: boolean;
}) {
  const filters = useAppStore((s) => s.filters);
  const only = ds.cluster ? filteredIndexes(ds, filters) : undefined;
  const big = isBigDataset(ds);
  const fc = useMemo(
    () => mapCollection(ds, big ? only : withoutStacked(ds, only, stacked), !big),
    [ds, stacked, only, big],
  );
  // A block's status is drawn as of the time slider's day (global state): see data-style.ts.
  const style = useMemo(
    () => ({ id: ds.id, layer: ds.layer, cluster: ds.cluster, timed: timedCategoryOf(ds) }),
    [ds],
  );
  // One object per dataset: a new one would make the source rebuild its clusters.
  const clusterProperties = useMemo(() => clusterPropertiesFor(style.layer, style.timed), [style]);
  const filter = useMemo(() => (big ? null : filterExpression(ds.id, ds.fields, ds.slots)), [ds, big]);
  // A clustered dataset's results twin: every row, unclustered, drawn only where a question lists it.
  // Stacked rows stay out of it too: their marker counts what a question lists.
  const results = useMemo(
    () => (ds.cluster && !big ? mapCollection(ds, withoutStacked(ds, undefined, stacked)) : null),
    [ds, stacked, big],
  );
  const resultSpecs = useMemo(() => (results ? resultLayerSpecs(style, theme) : []), [results, style, theme]);
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
          : dataLayerSpecs(style, theme, filter),
    [ds, style, theme, big, filter, userCats],
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
  // Invisible twins of the symbols that keep town names off them (src/map/label-guards.ts). Not for
  // a big dataset: guarding every one of its points would make each placement cost as much again.
  const guards = useMemo(() => (big ? [] : labelGuardSpecs(specs)), [specs, big]);
  const visibility = visible ? 'visible' : 'none';
  // Below the overview's scale a curated layer is drawn by the national overview (Overview.tsx).
  const minzoom = ds.kind === 'curated' ? OVERVIEW_MAXZOOM : undefined;
  return (
    <>
      {shapes && (
        <Source id={shapeSourceId(ds.id)} type="geojson" data={shapes}>
          {shapeSpecs.map((spec) => (
            <DataLayer key={spec.id} spec={spec} visibility={visibility} />
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
          <DataLayer key={spec.id} spec={spec} minzoom={minzoom} visibility={visibility} />
        ))}
        {guards.map((spec) => (
          <Layer
            key={spec.id}
            {...spec}
            minzoom={minzoom}
            layout={{ ...spec.layout, visibility }}
            beforeId={LABEL_GUARD_BEFORE}
          />
        ))}
      </Source>
      {results && (
        <Source id={resultsSourceId(ds.id)} type="geojson" data={results}>
          {resultSpecs.map((spec) => (
            <DataLayer key={spec.id} spec={spec} minzoom={minzoom} visibility={visibility} />
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
  // A choropleth (src/map/layers/Choropleth.tsx) replaces the points while it is shown.
  const shading = useAppStore((s) => s.choropleth !== null);

  // Features that share a position are one stacked marker (never spread on an invented ring).
  const groups = useMemo(
    (): Colocated[] =>
      colocatedGroups(
        datasets.flatMap((ds) =>
          ds.kind === 'curated'
            ? ds.rows.map((r) => ({ id: r.id, coordinates: [r.lon, r.lat] as [number, number] }))
            : [],
        ),
      ),
    [datasets],
  );
  const stacked = useMemo(() => new Set(groups.flatMap((g) => g.ids)), [groups]);

  const query = useActiveQuery();
  const queryClasses = query?.classes ?? null;
  // Per dataset, the positions a question lists, for the stacked markers' counts (the only
  // part of an answer drawn as data: a count is text).
  const listedBy = useMemo(() => {
    if (!queryClasses) return null;
    const m = new Map<string, Uint32Array>();
    for (const ds of datasets) m.set(ds.id, Uint32Array.from(queryClasses.get(ds.id)?.keys() ?? []));
    return m;
  }, [datasets, queryClasses]);

  useStyleImages(map, theme);
  useFilterState(map, datasets, filters);
  useFilterMask(map, datasets, filters, queryClasses);
  useQueryState(map, datasets, query);
  useSelectionState(map, datasets, selectedId);
  useInteraction(map, datasets, onStateClick, onDistrictClick);
  useStateNamePlacement(map);

  // The selection is drawn again on top, outside any cluster, so it is always visible.
  const ref = selectedId ? rowIndex(datasets).get(selectedId) : undefined;
  const selected = useMemo(() => (ref ? mapCollection(ref.dataset, Uint32Array.of(ref.index)) : null), [ref]);
  // Town names keep off the stacked markers, the state badges and the selection too (the national
  // overview needs none: it ends at zoom 6, below every town and district name).
  const sharedGuards = useMemo(
    () =>
      labelGuardSpecs([
        ...stackLayerSpecs(theme),
        stateBadgeSpec(theme),
        ...(ref ? [selectionSymbolSpec(ref.dataset.layer, theme)] : []),
      ]),
    [theme, ref],
  );

  return (
    <>
      {datasets.map((ds) => (
        <DatasetSource
          key={ds.id}
          ds={ds}
          theme={theme}
          stacked={stacked}
          visible={!shading && isLayerVisible({ hiddenLayers }, ds.id)}
        />
      ))}
      <QueryOverlay query={query} theme={theme} />
      <DrawControl map={map} />
      <PointPicker map={map} />
      {/* The overview, stacked markers and state badges are points too: a choropleth replaces them. */}
      <Overview datasets={shading ? NO_DATASETS : datasets} theme={theme} />
      <Stacks datasets={shading ? NO_DATASETS : datasets} groups={groups} theme={theme} listed={listedBy} />
      <StateBadges datasets={shading ? NO_DATASETS : datasets} theme={theme} />
      <Source id="selected" type="geojson" data={selected ?? EMPTY}>
        {ref && <Layer {...selectionHaloSpec(ref.dataset.layer, theme, timedCategoryOf(ref.dataset))} />}
        <Layer {...selectionRingSpec(theme)} />
        {ref && <Layer {...selectionSymbolSpec(ref.dataset.layer, theme, timedCategoryOf(ref.dataset))} />}
      </Source>
      {sharedGuards.map((spec) => (
        <Layer key={spec.id} {...spec} beforeId={LABEL_GUARD_BEFORE} />
      ))}
    </>
  );
}
