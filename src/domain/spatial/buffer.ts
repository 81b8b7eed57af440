/**
 * Areas made from user input, checked before any query runs: a circle of N km around a point
 * (geodesic, Turf `circle`), a corridor N km either side of a line (Turf `buffer`), a rectangle
 * from a box, and a drawn polygon. Bad input is refused with a SpatialError (a catalogue key
 * naming the problem, and what it is about).
 */
import { buffer, circle, kinks } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import {
  fail,
  ok,
  spatialError,
  subject,
  type AreaGeometry,
  type SpatialError,
  type SpatialResult,
  type SpatialSubject,
} from './types';

/** The largest radius or corridor half-width a query accepts, km. */
export const MAX_RADIUS_KM = 5000;

const fmt = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en-IN') : String(n));

/** Null for a usable radius (0 < r ≤ 5,000 km), otherwise the error saying what is wrong with `what`. */
export function validateRadiusKm(
  radiusKm: number,
  what: SpatialSubject = subject('spatial.subject.radius'),
): SpatialError | null {
  if (typeof radiusKm !== 'number' || Number.isNaN(radiusKm))
    return spatialError('spatial.error.radius.nan', undefined, what);
  if (!Number.isFinite(radiusKm)) return spatialError('spatial.error.radius.infinite', undefined, what);
  if (radiusKm === 0) return spatialError('spatial.error.radius.zero', undefined, what);
  if (radiusKm < 0) return spatialError('spatial.error.radius.negative', { km: fmt(radiusKm) }, what);
  if (radiusKm > MAX_RADIUS_KM)
    return spatialError(
      'spatial.error.radius.tooLarge',
      { km: fmt(radiusKm), max: fmt(MAX_RADIUS_KM) },
      what,
    );
  return null;
}

/** Null for a valid lon/lat position, otherwise the error about `what`. */
export function validatePosition(
  p: Position | undefined,
  what: SpatialSubject = subject('spatial.subject.point'),
): SpatialError | null {
  if (!p || p.length < 2) return spatialError('spatial.error.position.missing', undefined, what);
  const [lon, lat] = p as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    return spatialError('spatial.error.position.nan', undefined, what);
  if (lat < -90 || lat > 90)
    return spatialError('spatial.error.position.latitude', { lat: String(lat) }, what);
  if (lon < -180 || lon > 180)
    return spatialError('spatial.error.position.longitude', { lon: String(lon) }, what);
  return null;
}

/** A geodesic circle of `radiusKm` around a point (`steps` vertices), or why not. */
export function circleAroundPoint(center: Position, radiusKm: number, steps = 64): SpatialResult<Polygon> {
  const bad = validatePosition(center, subject('spatial.subject.centre')) ?? validateRadiusKm(radiusKm);
  if (bad) return fail(bad);
  return ok(circle(center as [number, number], radiusKm, { steps, units: 'kilometers' }).geometry);
}

/**
 * A corridor: the area within `halfWidthKm` of a line, either side (Turf `buffer`, which
 * projects around the line's centre: good to a fraction of a percent at India's scale).
 */
export function corridorAroundLine(
  line: LineString | readonly Position[],
  halfWidthKm: number,
): SpatialResult<AreaGeometry> {
  const coords = 'type' in line ? line.coordinates : line;
  if (coords.length < 2) return fail(spatialError('spatial.error.lineTooShort'));
  for (let i = 0; i < coords.length; i++) {
    const bad = validatePosition(coords[i], subject('spatial.subject.linePoint', { point: i + 1 }));
    if (bad) return fail(bad);
  }
  const bad = validateRadiusKm(halfWidthKm, subject('spatial.subject.corridorWidth'));
  if (bad) return fail(bad);
  const out = buffer({ type: 'LineString', coordinates: coords as Position[] }, halfWidthKm, {
    units: 'kilometers',
  });
  const g = out?.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
    return fail(spatialError('spatial.error.corridorFailed'));
  return ok(g);
}

/** A rectangle `[west, south, east, north]` as a polygon; a zero-area box is refused. */
export function rectangleFromBbox(bbox: readonly number[]): SpatialResult<Polygon> {
  const [w, s, e, n] = bbox as [number, number, number, number];
  const bad =
    validatePosition([w, s], subject('spatial.subject.southWestCorner')) ??
    validatePosition([e, n], subject('spatial.subject.northEastCorner'));
  if (bbox.length !== 4 || bad) return fail(bad ?? spatialError('spatial.error.rectangleBounds'));
  if (w === e || s === n) return fail(spatialError('spatial.error.rectangleZeroArea'));
  const [x0, x1] = w < e ? [w, e] : [e, w];
  const [y0, y1] = s < n ? [s, n] : [n, s];
  return ok({
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  });
}

/** Twice the planar (lon/lat) signed area of a ring; 0 for a degenerate ring. */
function ringArea2(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a;
}

/**
 * A drawn or pasted area checked for use: coordinates in range, rings closed with at least
 * three distinct points, outer rings of non-zero area, and no self-intersection (Turf `kinks`;
 * the error names where it crosses itself so the user can redraw). Not repaired: a repair
 * could silently change which features are inside.
 */
export function validateArea(area: AreaGeometry): SpatialResult<AreaGeometry> {
  if (!area || (area.type !== 'Polygon' && area.type !== 'MultiPolygon'))
    return fail(spatialError('spatial.error.notPolygon'));
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  if (polys.length === 0) return fail(spatialError('spatial.error.noPolygon'));
  for (const [pi, poly] of polys.entries()) {
    if (poly.length === 0) return fail(spatialError('spatial.error.polygonNoRing', { polygon: pi + 1 }));
    for (const [ri, ring] of poly.entries()) {
      const where = { ring: ri + 1, polygon: pi + 1 };
      if (ring.length < 4) return fail(spatialError('spatial.error.ringTooFewCorners', where));
      for (const p of ring) {
        const bad = validatePosition(p, subject('spatial.subject.ringCorner', where));
        if (bad) return fail(bad);
      }
      const a = ring[0]!,
        z = ring[ring.length - 1]!;
      if (a[0] !== z[0] || a[1] !== z[1]) return fail(spatialError('spatial.error.ringNotClosed', where));
    }
  }
  const k = kinks(area).features;
  if (k.length > 0) {
    const [lon, lat] = k[0]!.geometry.coordinates as [number, number];
    return fail(
      spatialError('spatial.error.selfIntersecting', {
        count: k.length,
        lat: lat.toFixed(4),
        lon: lon.toFixed(4),
      }),
    );
  }
  for (const [pi, poly] of polys.entries())
    for (const [ri, ring] of poly.entries())
      if (ringArea2(ring) === 0)
        return fail(spatialError('spatial.error.ringZeroArea', { ring: ri + 1, polygon: pi + 1 }));
  return ok(area);
}
