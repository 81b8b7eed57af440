/**
 * Label points for the basemap's state names: one point per state at the gazetteer's state
 * centre (inside the outline), ranked by area so large states win label collisions.
 */
import { area, bbox, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { breakName } from '../../src/domain/name-placement';

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
      properties: {
        code: f.properties.code,
        name: f.properties.name,
        name_hi: f.properties.name_hi,
        // The names as the map writes them, long ones on two lines (the map never breaks them itself).
        label: breakName(f.properties.name),
        label_hi: breakName(f.properties.name_hi),
        rank,
        small: SMALL_UNITS.has(f.properties.code),
        // The state's extent, for the app's state view (fit the map to it).
        bbox: (f.bbox ?? bbox(f)).map((n) => Math.round(n * 1e4) / 1e4),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** States and UTs too small to label at national zoom; their labels appear from zoom 5.5. */
export const SMALL_UNITS = new Set(['IN-CH', 'IN-DL', 'IN-DH', 'IN-PY', 'IN-LD', 'IN-GA', 'IN-SK', 'IN-TR']);

/**
 * One label point per neighbouring country, on its largest part, so a country split into
 * many polygons (or tiles) is named once.
 */
export function countryLabelPoints(
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string; name_hi?: string }>,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = countries.features.map((f) => {
    const parts: Polygon[] =
      f.geometry.type === 'Polygon'
        ? [f.geometry]
        : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    const largest = parts.reduce((a, b) =>
      area({ type: 'Feature', properties: {}, geometry: a }) >=
      area({ type: 'Feature', properties: {}, geometry: b })
        ? a
        : b,
    );
    const poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: largest };
    const c = centerOfMass(poly);
    const at = booleanPointInPolygon(c, poly) ? c : pointOnFeature(poly);
    return {
      type: 'Feature',
      geometry: at.geometry,
      properties: { name: f.properties.name, name_hi: f.properties.name_hi ?? null },
    };
  });
  return { type: 'FeatureCollection', features };
}

export interface DistrictLabelProps {
  state: string;
  district: string;
  /** `state:district`, the district view's id. */
  key: string;
  approximate: boolean;
  bbox: [number, number, number, number];
}

/**
 * One label point per district area: the district's gazetteer centre when it lies inside the
 * area (a point a reader would expect), else a point on the area; with the area's extent.
 */
export function districtLabelPoints(
  areas: FeatureCollection<Polygon | MultiPolygon>,
  centres: readonly { state: string; district: string; lon: number; lat: number }[],
): FeatureCollection<Point, DistrictLabelProps> {
  const byKey = new Map(centres.map((c) => [`${c.state}:${c.district}`, c]));
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => {
      const p = (f.properties ?? {}) as { state: string; district: string; approximate?: boolean };
      const key = `${p.state}:${p.district}`;
      const c = byKey.get(key);
      const at: [number, number] =
        c && booleanPointInPolygon([c.lon, c.lat], f)
          ? [c.lon, c.lat]
          : (pointOnFeature(f).geometry.coordinates as [number, number]);
      const b = bbox(f).map(round) as [number, number, number, number];
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [round(at[0]), round(at[1])] },
        properties: {
          state: p.state,
          district: p.district,
          key,
          approximate: p.approximate !== false,
          bbox: b,
        },
      };
    }),
  };
}
