/**
 * Label points for the basemap's state names: one point per state at the gazetteer's state
 * centre (inside the outline), ranked by area so large states win label collisions.
 */
import area from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface StateProps {
  code: string;
  name: string;
  name_hi: string;
  kind: string;
}

export interface StateCentre {
  state: string;
  lon: number;
  lat: number;
}

export function stateLabelPoints(
  states: FeatureCollection<Polygon | MultiPolygon, StateProps>,
  centres: readonly StateCentre[],
): FeatureCollection<Point> {
  const byArea = [...states.features].sort((a, b) => area(b) - area(a));
  const features: Feature<Point>[] = byArea.map((f, rank) => {
    const c = centres.find((x) => x.state === f.properties.code);
    if (!c) throw new Error(`state-labels: no centre for ${f.properties.code} in state-centres.json`);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
      properties: { code: f.properties.code, name: f.properties.name, name_hi: f.properties.name_hi, rank },
    };
  });
  return { type: 'FeatureCollection', features };
}
