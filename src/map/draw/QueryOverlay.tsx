import { useMemo } from 'react';
import { Layer, Source } from '@vis.gl/react-maplibre';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ActiveQuery } from '../../state/selectors/query';
import { BASEMAP_IDS, type ResolvedTheme } from '../basemap-style';
import { isEditableArea } from '../../domain/spatial/drawn-area';

const COLOURS = {
  light: { area: '#7a3e9d' },
  dark: { area: '#d7a6f2' },
} as const;

/**
 * What a question shows on the map besides its results (which the data layers draw from
 * feature-state, ringed by class: src/map/sync/use-query-state.ts): its area (unless terra-draw
 * holds it for editing) and the origin of a distance question.
 */
export function QueryOverlay({ query, theme }: { query: ActiveQuery | null; theme: ResolvedTheme }) {
  const c = COLOURS[theme];
  const area = useMemo<FeatureCollection>(() => {
    const a = query?.answer.area;
    const features: Feature<Geometry>[] = [];
    if (a && !(query && isEditableArea(query.spec)))
      features.push({ type: 'Feature', properties: {}, geometry: a });
    const o = query?.answer.origin;
    if (o)
      features.push({
        type: 'Feature',
        properties: { origin: true },
        geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
      });
    return { type: 'FeatureCollection', features };
  }, [query]);
  return (
    <>
      <Source id="query-area" type="geojson" data={area}>
        <Layer
          id="query-area-fill"
          beforeId={BASEMAP_IDS.dataTop}
          type="fill"
          filter={['==', ['geometry-type'], 'Polygon']}
          paint={{ 'fill-color': c.area, 'fill-opacity': 0.08 }}
        />
        <Layer
          id="query-area-line"
          beforeId={BASEMAP_IDS.dataTop}
          type="line"
          filter={['==', ['geometry-type'], 'Polygon']}
          paint={{ 'line-color': c.area, 'line-width': 2, 'line-dasharray': [3, 2] }}
        />
        <Layer
          id="query-origin"
          beforeId={BASEMAP_IDS.dataTop}
          type="circle"
          filter={['==', ['geometry-type'], 'Point']}
          paint={{
            'circle-radius': 5,
            'circle-color': c.area,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2,
          }}
        />
      </Source>
    </>
  );
}
