/**
 * Areas made from user input, checked before any query runs: a circle of N km around a point
 * (geodesic, Turf `circle`), a corridor N km either side of a line (Turf `buffer`), a rectangle
 * from a box, and a drawn polygon. Bad input is refused with a message naming the problem.
 */
import { buffer, circle, kinks } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import { fail, ok, type AreaGeometry, type SpatialResult } from './types';

/** The largest radius or corridor half-width a query accepts, km. */
export const MAX_RADIUS_KM = 5000;

const fmt = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en-IN') : String(n));

/** Null for a usable radius (0 < r ≤ 5,000 km), otherwise the message saying what is wrong. */
export function validateRadiusKm(radiusKm: number, what = 'The radius'): string | null {
  if (typeof radiusKm !== 'number' || Number.isNaN(radiusKm)) return `${what} is not a number.`;
  if (!Number.isFinite(radiusKm)) return `${what} must be a finite number of km.`;
  if (radiusKm === 0) return `${what} is 0 km: give a distance greater than 0.`;
  if (radiusKm < 0) return `${what} is negative (${fmt(radiusKm)} km): give a distance greater than 0.`;
  if (radiusKm > MAX_RADIUS_KM)
    return `${what} of ${fmt(radiusKm)} km is too large: at most ${fmt(MAX_RADIUS_KM)} km.`;
  return null;
}

/** Null for a valid lon/lat position, otherwise the message. */
export function validatePosition(p: Position | undefined, what = 'A point'): string | null {
  if (!p || p.length < 2) return `${what} has no coordinates.`;
  const [lon, lat] = p as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return `${what} has a coordinate that is not a number.`;
  if (lat < -90 || lat > 90) return `${what} has latitude ${lat}, outside −90 to 90.`;
  if (lon < -180 || lon > 180) return `${what} has longitude ${lon}, outside −180 to 180.`;
  return null;
}

/** A geodesic circle of `radiusKm` around a point (`steps` vertices), or why not. */
export function circleAroundPoint(center: Position, radiusKm: number, steps = 64): SpatialResult<Polygon> {
  const bad = validatePosition(center, 'The centre') ?? validateRadiusKm(radiusKm);
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
  if (coords.length < 2) return fail('The line needs at least two points.');
  for (let i = 0; i < coords.length; i++) {
    const bad = validatePosition(coords[i], `Point ${i + 1} of the line`);
    if (bad) return fail(bad);
  }
  const bad = validateRadiusKm(halfWidthKm, 'The corridor width');
  if (bad) return fail(bad);
  const out = buffer({ type: 'LineString', coordinates: coords as Position[] }, halfWidthKm, {
    units: 'kilometers',
  });
  const g = out?.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
    return fail('The corridor could not be made.');
  return ok(g);
}

/** A rectangle `[west, south, east, north]` as a polygon; a zero-area box is refused. */
export function rectangleFromBbox(bbox: readonly number[]): SpatialResult<Polygon> {
  const [w, s, e, n] = bbox as [number, number, number, number];
  const bad =
    validatePosition([w, s], 'The south-west corner') ?? validatePosition([e, n], 'The north-east corner');
  if (bbox.length !== 4 || bad) return fail(bad ?? 'A rectangle needs west, south, east and north.');
  if (w === e || s === n) return fail('The rectangle has zero area: drag out a box with width and height.');
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
 * the message names where it crosses itself so the user can redraw). Not repaired: a repair
 * could silently change which features are inside.
 */
export function validateArea(area: AreaGeometry): SpatialResult<AreaGeometry> {
  if (!area || (area.type !== 'Polygon' && area.type !== 'MultiPolygon'))
    return fail('The area is not a polygon.');
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  if (polys.length === 0) return fail('The area has no polygon.');
  for (const [pi, poly] of polys.entries()) {
    if (poly.length === 0) return fail(`Polygon ${pi + 1} has no ring.`);
    for (const [ri, ring] of poly.entries()) {
      const what = `Ring ${ri + 1} of polygon ${pi + 1}`;
      if (ring.length < 4) return fail(`${what} needs at least three corners.`);
      for (const p of ring) {
        const bad = validatePosition(p, `A corner of ${what.toLowerCase()}`);
        if (bad) return fail(bad);
      }
      const a = ring[0]!,
        z = ring[ring.length - 1]!;
      if (a[0] !== z[0] || a[1] !== z[1])
        return fail(`${what} is not closed (its last point is not its first).`);
    }
  }
  const k = kinks(area).features;
  if (k.length > 0) {
    const [lon, lat] = k[0]!.geometry.coordinates as [number, number];
    return fail(
      `The polygon crosses itself (${k.length} crossing${k.length > 1 ? 's' : ''}, the first near ` +
        `${lat.toFixed(4)}, ${lon.toFixed(4)}): redraw it so that no edges cross.`,
    );
  }
  for (const [pi, poly] of polys.entries())
    for (const [ri, ring] of poly.entries())
      if (ringArea2(ring) === 0) return fail(`Ring ${ri + 1} of polygon ${pi + 1} has zero area.`);
  return ok(area);
}
