import { useMemo } from 'react';
import { Source, Layer } from '@vis.gl/react-maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Dataset } from '../../data/datasets';
import { getDataStatus } from '../../data/registry';
import { isLayerVisible, useAppStore } from '../../state/store';
import { filteredIndexes } from '../../state/selectors/filtered';
import { t } from '../../i18n';
import { FONT_BOLD } from '../fonts';
import {
  BASEMAP_PALETTE,
  STATE_BADGE_PLACES,
  STATE_BADGE_TEXT,
  STATE_NAME_TEXT,
  type ResolvedTheme,
} from '../basemap-style';
import { breakName } from '../../domain/name-placement';
import { STATE_POINT_MAXZOOM } from '../data-style';
import { zOrderBefore } from '../z-order';

export const STATE_BADGES = 'state-badges';

/** The badge layer: the count of a state's imprecise features, under the state's name. */
export function stateBadgeSpec(theme: ResolvedTheme): SymbolLayerSpecification {
  const c = BASEMAP_PALETTE[theme];
  return {
    id: STATE_BADGES,
    type: 'symbol',
    source: STATE_BADGES,
    minzoom: STATE_POINT_MAXZOOM,
    layout: {
      'text-field': ['get', 'text'],
      'text-font': [FONT_BOLD],
      'text-size': STATE_BADGE_TEXT.sizePx,
      // Just below the state's name, wherever the map's placement wrote the name.
      'text-variable-anchor-offset': [
        'coalesce',
        ['get', ['get', 'code'], ['global-state', STATE_BADGE_PLACES]],
        ['literal', ['center', [0, STATE_BADGE_TEXT.dropEm]]],
      ] as unknown as NonNullable<SymbolLayerSpecification['layout']>['text-variable-anchor-offset'],
      'text-padding': STATE_BADGE_TEXT.paddingPx,
      'text-line-height': STATE_BADGE_TEXT.lineHeightEm,
      // Never broken by the map: the text comes broken (breakName), as the placement measured it.
      'text-max-width': STATE_NAME_TEXT.maxWidthEm,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: {
      'text-color': c.stateHighlight!,
      'text-halo-color': c.textHalo!,
      'text-halo-width': STATE_BADGE_TEXT.haloPx,
    },
  };
}

/**
 * Past STATE_POINT_MAXZOOM a feature known only to its state is not drawn as a point (that would
 * look like a site); instead one badge at the state's name counts the shown ones: "12 known only
 * to Odisha". A click on it opens the state's view, which lists them. Counts follow the filters.
 */
export function StateBadges({ datasets, theme }: { datasets: readonly Dataset[]; theme: ResolvedTheme }) {
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const fc = useMemo((): FeatureCollection<Point> => {
    const status = getDataStatus();
    if (status.kind !== 'ready') return { type: 'FeatureCollection', features: [] };
    const counts = new Map<string, number>();
    for (const ds of datasets) {
      if (!isLayerVisible({ hiddenLayers }, ds.id)) continue;
      for (const i of filteredIndexes(ds, filters)) {
        const v = ds.rows[i]!.values;
        if (v.precision === 'state' && typeof v.state === 'string')
          counts.set(v.state, (counts.get(v.state) ?? 0) + 1);
      }
    }
    return {
      type: 'FeatureCollection',
      features: status.data.states
        .filter((s) => (counts.get(s.code) ?? 0) > 0)
        .map((s) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: s.label },
          properties: {
            code: s.code,
            count: counts.get(s.code)!,
            // Broken where its lines are most even, as the states' names are: the placement
            // measures the lines the map writes.
            text: breakName(t('badge.stateOnly', { count: counts.get(s.code)!, state: s.name })),
          },
        })),
    };
  }, [datasets, filters, hiddenLayers]);
  const spec = useMemo(() => stateBadgeSpec(theme), [theme]);
  return (
    <Source id={STATE_BADGES} type="geojson" data={fc}>
      <Layer {...spec} beforeId={zOrderBefore(spec.id)} />
    </Source>
  );
}
