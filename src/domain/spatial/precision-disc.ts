/**
 * The uncertainty disc of a feature: a feature placed at a district or state centre is only
 * known to lie within its precision's radius. The radius is `PRECISION_RADIUS_KM`, the same
 * constant that sizes the halo on the map, so the map and the answers cannot disagree.
 */
import { PRECISION_RADIUS_KM } from '../symbology';

/** Mean Earth radius used by Turf (`earthRadius` in @turf/helpers), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * The uncertainty radius of a precision level, km. A missing precision (an imported point) is
 * taken as exact (0); an unknown level is taken as the widest known radius (never overconfident).
 */
export function uncertaintyRadiusKm(precision: unknown): number {
  if (precision === null || precision === undefined || precision === '') return 0;
  if (typeof precision === 'string' && Object.hasOwn(PRECISION_RADIUS_KM, precision))
    return PRECISION_RADIUS_KM[precision]!;
  return Math.max(...Object.values(PRECISION_RADIUS_KM));
}

/**
 * Whether a position at this precision counts as inside an area when the point is inside
 * (site and locality, per the issue: its position is precise enough to be taken at its word).
 */
export function isPrecisePosition(precision: unknown): boolean {
  return precision === null || precision === undefined || precision === 'site' || precision === 'locality';
}

/**
 * The range of possible distances between two uncertain positions, km: `[max(0, d − rA − rB),
 * d + rA + rB]` for a distance `dKm` between their recorded points.
 */
export function distanceRangeKm(dKm: number, radiusAKm: number, radiusBKm = 0): [number, number] {
  const r = radiusAKm + radiusBKm;
  return [Math.max(0, dKm - r), dKm + r];
}

/**
 * A box in degrees that holds the whole geodesic disc of `radiusKm` around a point (on the
 * sphere; padded by 0.5 % for the ellipsoid). Near a pole the longitude span is the full circle.
 */
export function discBboxDeg(
  lon: number,
  lat: number,
  radiusKm: number,
): [minLon: number, minLat: number, maxLon: number, maxLat: number] {
  if (radiusKm <= 0) return [lon, lat, lon, lat];
  const ang = (radiusKm * 1.005) / EARTH_RADIUS_KM;
  const dLat = (ang * 180) / Math.PI;
  const latR = (lat * Math.PI) / 180;
  const s = Math.sin(ang) / Math.cos(latR);
  const dLon = s >= 1 || lat + dLat >= 90 || lat - dLat <= -90 ? 180 : (Math.asin(s) * 180) / Math.PI;
  return [lon - dLon, Math.max(-90, lat - dLat), lon + dLon, Math.min(90, lat + dLat)];
}
