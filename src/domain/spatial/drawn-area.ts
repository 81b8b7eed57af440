/**
 * From what the user drew (terra-draw's GeoJSON) to an area the codec can write, and back:
 * a rectangle as its box, a circle as centre and radius, a line as a corridor, anything else
 * (and any shape once its vertices were moved) as a polygon. Refusals are SpatialError values (catalogue keys).
 */
import type { Geometry, Polygon, Position } from 'geojson';
import type { EncodedArea } from './area-codec';
import { circleAroundPoint, rectangleFromBbox, validateArea, validateRadiusKm } from './buffer';
import type { QuerySpec } from './query-param';
import { fail, ok, spatialError, subject, type SpatialResult } from './types';
import { distanceKm } from './within-radius';

export type DrawnShape = 'polygon' | 'rectangle' | 'circle' | 'line';

/** The area a drawn shape stands for, or why it cannot be used. `km`: a line's corridor half-width. */
export function areaFromDrawn(shape: DrawnShape, geometry: Geometry, km: number): SpatialResult<EncodedArea> {
  if (shape === 'line') {
    if (geometry.type !== 'LineString') return fail(spatialError('spatial.error.lineUnreadable'));
    const bad = validateRadiusKm(km, subject('spatial.subject.corridorWidth'));
    if (bad) return fail(bad);
    if (geometry.coordinates.length < 2) return fail(spatialError('spatial.error.lineTooShort'));
    return ok({
      kind: 'corridor',
      line: geometry.coordinates.map((p) => [p[0]!, p[1]!] as [number, number]),
      halfWidthKm: km,
    });
  }
  if (geometry.type !== 'Polygon') return fail(spatialError('spatial.error.notPolygon'));
  const ring = geometry.coordinates[0] ?? [];
  if (shape === 'rectangle') {
    const xs = ring.map((p) => p[0]!),
      ys = ring.map((p) => p[1]!);
    const bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const r = rectangleFromBbox(bbox);
    return r.ok ? ok({ kind: 'rectangle', bbox: bbox as [number, number, number, number] }) : fail(r.error);
  }
  if (shape === 'circle') {
    const pts = ring.slice(0, -1);
    if (pts.length < 3) return fail(spatialError('spatial.error.circleZeroArea'));
    const cx = pts.reduce((s, p) => s + p[0]!, 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p[1]!, 0) / pts.length;
    const radiusKm = pts.reduce((s, p) => s + distanceKm(cx, cy, p[0]!, p[1]!), 0) / pts.length;
    const bad = validateRadiusKm(radiusKm);
    if (bad) return fail(bad);
    return ok({ kind: 'circle', center: [cx, cy], radiusKm });
  }
  const v = validateArea(geometry);
  return v.ok ? ok({ kind: 'polygon', geometry }) : fail(v.error);
}

/** The polygon terra-draw edits for a question's area, or null when the area is not a single polygon. */
export function editablePolygon(q: QuerySpec): Polygon | null {
  if (q.kind !== 'within') return null;
  const a = q.area;
  if (a.kind === 'polygon') return a.geometry.type === 'Polygon' ? a.geometry : null;
  if (a.kind === 'rectangle') {
    const r = rectangleFromBbox(a.bbox);
    return r.ok ? r.value : null;
  }
  if (a.kind === 'circle') {
    const r = circleAroundPoint(a.center, a.radiusKm);
    return r.ok ? r.value : null;
  }
  return null;
}

/** Whether the area is held (and drawn) by the drawing tool, so it can be edited in place. */
export const isEditableArea = (q: QuerySpec): boolean => editablePolygon(q) !== null;

/** A polygon from typed points: closed if it was not; null for fewer than three points. */
export function polygonFromPoints(points: readonly Position[]): Polygon | null {
  if (points.length < 3) return null;
  const ring = points.map((p) => [p[0]!, p[1]!]);
  const a = ring[0]!,
    z = ring[ring.length - 1]!;
  if (a[0] !== z[0] || a[1] !== z[1]) ring.push([a[0]!, a[1]!]);
  return { type: 'Polygon', coordinates: [ring] };
}
