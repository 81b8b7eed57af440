import { useMemo } from 'react';
import { Source, Layer } from '@vis.gl/react-maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../../data/datasets';
import { isLayerVisible, useAppStore } from '../../state/store';
import { filteredIndexes } from '../../state/selectors/filtered';
import { SYMBOLOGY } from '../../domain/symbology';
import { valueOn } from '../../domain/model/fields';
import { asOfDayOf } from '../../domain/insights/timeline';
import {
  imageName,
  OVERVIEW_RESULTS,
  OVERVIEW_SOURCES,
  overviewClusterProperties,
  overviewLayerSpecs,
  overviewResultLayerSpecs,
  OVERVIEW_MAXZOOM,
  OVERVIEW_UNDER_NAMES,
} from '../data-style';
import { BASEMAP_IDS, DISTRICT_MINZOOM, type ResolvedTheme } from '../basemap-style';
import { LABEL_GUARD_BEFORE, labelGuardSpecs } from '../label-guards';
import { overviewDatasets, overviewOffsets } from './overview-ids';
import { zOrderBefore } from '../z-order';

/**
 * One overview point: where a row is and how it is drawn, under its layer's category field too.
 * With the time slider on (`day`), a timed category (a block's status) is the one it had that day.
 */
function overviewFeature(ds: Dataset, i: number, id: number, theme: ResolvedTheme, day: number | null) {
  const row = ds.rows[i]!;
  const v = row.values;
  const field = SYMBOLOGY[ds.layer].categoryField;
  const category = ds.categoryField ? String(valueOn(row, ds.categoryField, day) ?? '') : ds.layer;
  return {
    type: 'Feature' as const,
    id,
    geometry: { type: 'Point' as const, coordinates: [row.lon, row.lat] },
    properties: {
      id: row.id,
      name: typeof v.name === 'string' ? v.name : row.id,
      layer: ds.layer,
      category,
      [field]: category,
      precision: typeof v.precision === 'string' ? v.precision : 'site',
      icon: imageName(ds.layer, category, theme),
    },
  };
}

/**
 * The national overview (below OVERVIEW_MAXZOOM): every shown feature of the curated layers in
 * one clustered source (two, in fact: one cluster radius per scale, OVERVIEW_SOURCES), so markers
 * of different layers never sit on one another. A cluster says what it holds (its layer's colour and its categories' ring, or one arc per layer when mixed);
 * opening it never zooms past its points' precision (src/map/sync/use-interaction.ts). Its
 * source holds what passes the filters and the layers shown, so a filter change re-sends it
 * (MapLibre clusters the source, not what a layer's filter lets through). While a spatial
 * question is active the overview fades and its twin draws the answer from feature-state. Under
 * the time slider a block's category is its status on the slider's day: the day is part of the
 * filter, so the overview is re-sent with it (its rings are counted in MapLibre's worker, which
 * reads no global state).
 */
export function Overview({ datasets, theme }: { datasets: readonly Dataset[]; theme: ResolvedTheme }) {
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const shown = useMemo(() => overviewDatasets(datasets), [datasets]);
  const offsets = useMemo(() => overviewOffsets(datasets), [datasets]);
  const day = asOfDayOf(filters);
  const fc = useMemo((): FeatureCollection<Point> => {
    const features = [];
    for (const ds of shown) {
      if (!isLayerVisible({ hiddenLayers }, ds.id)) continue;
      const at = offsets.get(ds.id)!;
      for (const i of filteredIndexes(ds, filters)) features.push(overviewFeature(ds, i, at + i, theme, day));
    }
    return { type: 'FeatureCollection', features };
  }, [shown, offsets, filters, hiddenLayers, theme, day]);
  // Every row, for the answer of a question (feature ids: the dataset's offset + the row's index).
  const results = useMemo(
    (): FeatureCollection<Point> => ({
      type: 'FeatureCollection',
      features: shown.flatMap((ds) =>
        ds.rows.map((_, i) => overviewFeature(ds, i, offsets.get(ds.id)! + i, theme, day)),
      ),
    }),
    [shown, offsets, theme, day],
  );
  // One object: a new one would make the source rebuild its clusters.
  const clusterProperties = useMemo(() => overviewClusterProperties(), []);
  const sources = useMemo(
    () =>
      OVERVIEW_SOURCES.map((o) => {
        const specs = overviewLayerSpecs(theme, o.id);
        // District and town names (from DISTRICT_MINZOOM) keep off the overview's markers as they
        // do off each layer's own (src/map/label-guards.ts).
        const guards =
          o.maxzoom > DISTRICT_MINZOOM
            ? labelGuardSpecs(specs).map((spec) => ({
                ...spec,
                minzoom: Math.max(DISTRICT_MINZOOM, o.minzoom),
              }))
            : [];
        return { ...o, specs, guards };
      }),
    [theme],
  );
  const resultSpecs = useMemo(() => overviewResultLayerSpecs(theme), [theme]);
  return (
    <>
      <Source id={OVERVIEW_RESULTS} type="geojson" data={results}>
        {resultSpecs.map((spec) => (
          <Layer key={spec.id} {...spec} beforeId={zOrderBefore(spec.id)} />
        ))}
      </Source>
      {sources.map((o) => (
        <Source
          key={o.id}
          id={o.id}
          type="geojson"
          data={fc}
          cluster
          clusterRadius={o.radius}
          clusterMaxZoom={OVERVIEW_CLUSTER_MAXZOOM}
          clusterProperties={clusterProperties}
        >
          {o.specs.map((spec) => (
            <Layer
              key={spec.id}
              {...spec}
              beforeId={OVERVIEW_UNDER_NAMES.has(spec.id) ? BASEMAP_IDS.statesLabel : zOrderBefore(spec.id)}
            />
          ))}
          {o.guards.map((spec) => (
            <Layer key={spec.id} {...spec} beforeId={LABEL_GUARD_BEFORE} />
          ))}
        </Source>
      ))}
    </>
  );
}

/** Clusters up to the overview's last zoom; points at one position stay one cluster there. */
const OVERVIEW_CLUSTER_MAXZOOM = Math.ceil(OVERVIEW_MAXZOOM) - 1;
