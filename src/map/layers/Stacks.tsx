import { useMemo } from 'react';
import { Source, Layer } from '@vis.gl/react-maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../../data/datasets';
import { isLayerVisible, useAppStore } from '../../state/store';
import { filteredIndexes } from '../../state/selectors/filtered';
import type { Colocated } from '../../domain/stacks';
import { valueOn } from '../../domain/model/fields';
import { asOfDayOf } from '../../domain/insights/timeline';
import { imageName, PRECISION_RANK, STACKS, stackLayerSpecs } from '../data-style';
import { zOrderBefore } from '../z-order';
import type { ResolvedTheme } from '../basemap-style';

const PRECISION_BY_RANK = Object.fromEntries(Object.entries(PRECISION_RANK).map(([p, r]) => [r, p]));

/**
 * Features that share one position are one marker: their count (following the filters, the
 * layers shown and the active question), in the disc of their precision; a click opens the list
 * of them (src/map/sync/use-interaction.ts). Their own layers do not draw them.
 */
export function Stacks({
  datasets,
  groups,
  theme,
  listed,
}: {
  datasets: readonly Dataset[];
  groups: readonly Colocated[];
  theme: ResolvedTheme;
  /** Per dataset, the positions an active question lists; null when no question is active. */
  listed: ReadonlyMap<string, Uint32Array> | null;
}) {
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const fc = useMemo((): FeatureCollection<Point> => {
    // Every shown feature (id → where it is and how it is drawn) of the datasets that stack.
    const shown = new Map<string, { precision: string; icon: string }>();
    // A lone member's icon is its category of the time slider's day (a block's status then):
    // this small source is rebuilt on every filter change anyway, the day included.
    const day = asOfDayOf(filters);
    for (const ds of datasets) {
      if (ds.kind !== 'curated' || !isLayerVisible({ hiddenLayers }, ds.id)) continue;
      const only = listed ? new Set(listed.get(ds.id) ?? []) : null;
      for (const i of filteredIndexes(ds, filters)) {
        if (only && !only.has(i)) continue;
        const row = ds.rows[i]!;
        const v = row.values;
        const category = ds.categoryField ? String(valueOn(row, ds.categoryField, day) ?? '') : ds.layer;
        shown.set(row.id, {
          precision: typeof v.precision === 'string' ? v.precision : 'site',
          icon: imageName(ds.layer, category, theme),
        });
      }
    }
    const features: FeatureCollection<Point>['features'] = [];
    for (const g of groups) {
      const ids = g.ids.filter((id) => shown.has(id));
      if (ids.length === 0) continue;
      // The stack's disc is that of its most precise member.
      const rank = Math.min(...ids.map((id) => PRECISION_RANK[shown.get(id)!.precision] ?? 0));
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [g.coordinates[0], g.coordinates[1]] },
        properties: {
          key: g.key,
          ids: ids.join('|'),
          count: ids.length,
          precision: PRECISION_BY_RANK[rank] ?? 'site',
          ...(ids.length === 1 ? { id: ids[0], icon: shown.get(ids[0]!)!.icon } : {}),
        },
      });
    }
    return { type: 'FeatureCollection', features };
  }, [datasets, groups, theme, listed, filters, hiddenLayers]);
  const specs = useMemo(() => stackLayerSpecs(theme), [theme]);
  return (
    <Source id={STACKS} type="geojson" data={fc}>
      {specs.map((spec) => (
        <Layer key={spec.id} {...spec} beforeId={zOrderBefore(spec.id)} />
      ))}
    </Source>
  );
}
