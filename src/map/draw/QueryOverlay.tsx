import { useMemo } from 'react';
import { Layer, Source } from '@vis.gl/react-maplibre';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Dataset } from '../../data/datasets';
import type { ActiveQuery } from '../../state/selectors/query';
import type { ResolvedTheme } from '../basemap-style';
import { isEditableArea } from '../../domain/spatial/drawn-area';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const COLOURS = {
  light: { area: '#7a3e9d', ring: '#1d1d1b', possibly: '#7a3e9d' },
  dark: { area: '#d7a6f2', ring: '#ffffff', possibly: '#d7a6f2' },
} as const;

/**
 * What a question shows on the map besides the filtered symbols: its area (unless terra-draw
 * holds it for editing), the origin of a distance question, and a ring around every result —
 * solid for "inside", thin, faint and dashed-looking (a blurred halo) for "possibly inside".
 * Rings sit at the true position, as the selection ring does.
 */
export function QueryOverlay({
  datasets,
  query,
  theme,
}: {
  datasets: readonly Dataset[];
  query: ActiveQuery | null;
  theme: ResolvedTheme;
}) {
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
  const hits = useMemo<FeatureCollection>(() => {
    if (!query) return EMPTY;
    const byId = new Map(datasets.map((d) => [d.id, d]));
    return {
      type: 'FeatureCollection',
      features: query.answer.hits.flatMap((h) => {
        const row = byId.get(h.datasetId)?.rows[h.index];
        return row
          ? [
              {
                type: 'Feature' as const,
                properties: { id: row.id, cls: h.membership ?? 'listed' },
                geometry: { type: 'Point' as const, coordinates: [row.lon, row.lat] },
              },
            ]
          : [];
      }),
    };
  }, [datasets, query]);
  return (
    <>
      <Source id="query-area" type="geojson" data={area}>
        <Layer
          id="query-area-fill"
          type="fill"
          filter={['==', ['geometry-type'], 'Polygon']}
          paint={{ 'fill-color': c.area, 'fill-opacity': 0.08 }}
        />
        <Layer
          id="query-area-line"
          type="line"
          filter={['==', ['geometry-type'], 'Polygon']}
          paint={{ 'line-color': c.area, 'line-width': 2, 'line-dasharray': [3, 2] }}
        />
        <Layer
          id="query-origin"
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
      <Source id="query-hits" type="geojson" data={hits}>
        <Layer
          id="query-hit-possibly"
          type="circle"
          filter={['==', ['get', 'cls'], 'possibly']}
          paint={{
            'circle-radius': 13,
            'circle-color': 'rgba(0,0,0,0)',
            'circle-stroke-color': c.possibly,
            'circle-stroke-width': 1.5,
            'circle-stroke-opacity': 0.6,
          }}
        />
        <Layer
          id="query-hit-inside"
          type="circle"
          filter={['!=', ['get', 'cls'], 'possibly']}
          paint={{
            'circle-radius': 13,
            'circle-color': 'rgba(0,0,0,0)',
            'circle-stroke-color': c.ring,
            'circle-stroke-width': 2.5,
          }}
        />
      </Source>
    </>
  );
}
