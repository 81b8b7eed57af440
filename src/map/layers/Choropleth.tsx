import { useEffect, useMemo, useState } from 'react';
import { Layer, Popup, useMap } from '@vis.gl/react-maplibre';
import type { ExpressionSpecification, MapLayerMouseEvent } from 'maplibre-gl';
import { BASEMAP_IDS, type ResolvedTheme } from '../basemap-style';
import { colourByArea, CHOROPLETH_NONE } from '../../domain/insights/choropleth';
import { useChoropleth, type ChoroplethView } from '../../state/selectors/choropleth';
import type { Dataset } from '../../data/datasets';
import { choroplethAreaName, choroplethHoverLines } from '../../domain/insights/choropleth-text';

export const CHOROPLETH_LAYER = 'choropleth-fill';
export const CHOROPLETH_LINE = 'choropleth-line';

/** The expression giving a basemap area's key at a level (`IN-OD`, `IN-CG:Korba`). */
const keyExpr = (level: 'state' | 'district'): ExpressionSpecification =>
  level === 'state' ? ['get', 'code'] : ['concat', ['get', 'state'], ':', ['get', 'district']];

/**
 * The states (or approximate district areas) shaded by the choropleth's classes, drawn on the
 * basemap's own sources under its lines and labels. A change of measure or filter is a paint
 * change (one `match` from area key to colour), never new data. Hovering an area shows its value.
 */
export function Choropleth({ view, theme }: { view: ChoroplethView; theme: ResolvedTheme }) {
  const { current } = useMap();
  const map = current?.getMap();
  const level = view.choice.level;
  const [hover, setHover] = useState<{ key: string; lng: number; lat: number } | null>(null);

  const fillColor = useMemo((): ExpressionSpecification | string => {
    const colours = colourByArea(view.keys, view.data, view.classes, theme);
    const pairs: string[] = [];
    for (const [k, c] of colours) if (c !== CHOROPLETH_NONE[theme]) pairs.push(k, c);
    if (pairs.length === 0) return CHOROPLETH_NONE[theme];
    return ['match', keyExpr(level), ...pairs, CHOROPLETH_NONE[theme]] as unknown as ExpressionSpecification;
  }, [view, theme, level]);

  useEffect(() => {
    if (!map) return;
    const move = (e: MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties as Record<string, unknown> | undefined;
      const key =
        level === 'state'
          ? typeof p?.code === 'string'
            ? p.code
            : null
          : typeof p?.state === 'string' && typeof p?.district === 'string'
            ? `${p.state}:${p.district}`
            : null;
      setHover(key ? { key, lng: e.lngLat.lng, lat: e.lngLat.lat } : null);
    };
    const leave = () => setHover(null);
    map.on('mousemove', CHOROPLETH_LAYER, move);
    map.on('mouseleave', CHOROPLETH_LAYER, leave);
    return () => {
      map.off('mousemove', CHOROPLETH_LAYER, move);
      map.off('mouseleave', CHOROPLETH_LAYER, leave);
      setHover(null);
    };
  }, [map, level]);

  const source = level === 'state' ? BASEMAP_IDS.states : BASEMAP_IDS.districts;
  const line = theme === 'dark' ? '#0d1117' : '#ffffff';
  return (
    <>
      <Layer
        key={`${CHOROPLETH_LAYER}-${level}`}
        id={CHOROPLETH_LAYER}
        type="fill"
        source={source}
        beforeId={BASEMAP_IDS.statesLine}
        paint={{ 'fill-color': fillColor, 'fill-opacity': 1 }}
      />
      {level === 'district' && (
        <Layer
          key={CHOROPLETH_LINE}
          id={CHOROPLETH_LINE}
          type="line"
          source={source}
          beforeId={BASEMAP_IDS.statesLine}
          paint={{ 'line-color': line, 'line-width': 0.4, 'line-opacity': 0.7 }}
        />
      )}
      {hover && (
        <Popup
          longitude={hover.lng}
          latitude={hover.lat}
          closeButton={false}
          closeOnClick={false}
          anchor="bottom"
          offset={10}
          className="choropleth-tip"
        >
          <strong>{choroplethAreaName(hover.key)}</strong>
          {choroplethHoverLines(view.data, hover.key).map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Popup>
      )}
    </>
  );
}

/** The insights' map layers: the choropleth while one is chosen. */
export function InsightsMapLayers({
  datasets,
  theme,
}: {
  datasets: readonly Dataset[];
  theme: ResolvedTheme;
}) {
  const view = useChoropleth(datasets);
  return view ? <Choropleth view={view} theme={theme} /> : null;
}
