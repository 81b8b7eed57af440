/**
 * Geometry rules for imported features: positions are two or more finite numbers, longitude
 * −180..180 and latitude −90..90 (degrees of WGS84, as RFC 7946 requires), lines have two
 * positions, polygon rings four and end where they start. The first broken rule names the
 * reason; a geometry that breaks none comes back without foreign members or bbox.
 */
import type { Geometry, Position } from 'geojson';
import type { RejectionKind } from './types';

/** Above this magnitude a "degree" is certainly a metre (or a foot) of a projected CRS. */
export const PROJECTED_MAGNITUDE = 360;

/** How deep `coordinates` nest for each type: 0 is one position. */
const DEPTH = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
} as const;
type SimpleType = keyof typeof DEPTH;

export const GEOMETRY_TYPES: ReadonlySet<string> = new Set([...Object.keys(DEPTH), 'GeometryCollection']);

/** A broken rule: its kind and the offending value (for the report's example). */
export interface GeometryProblem {
  readonly kind: RejectionKind;
  readonly value: unknown;
}

/** Why a position is not a WGS84 longitude/latitude, or null when it is one. */
export function positionProblem(p: unknown): GeometryProblem | null {
  if (typeof p === 'string') return { kind: 'stringCoordinates', value: p };
  if (!Array.isArray(p)) return { kind: 'badPosition', value: p };
  if (p.length < 2) return { kind: 'badPosition', value: p };
  for (const n of p) {
    if (typeof n === 'string') return { kind: 'stringCoordinates', value: p };
    if (n === null) return { kind: 'nonFinite', value: p };
    if (typeof n !== 'number') return { kind: 'badPosition', value: p };
    if (!Number.isFinite(n)) return { kind: 'nonFinite', value: p };
  }
  const [x, y] = p as number[];
  if (Math.abs(x!) > PROJECTED_MAGNITUDE || Math.abs(y!) > PROJECTED_MAGNITUDE)
    return { kind: 'projected', value: p };
  if (Math.abs(x!) > 180 || Math.abs(y!) > 90) return { kind: 'outOfRange', value: p };
  return null;
}

/** Whether two positions are the same (all dimensions as written). */
function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Checks `coordinates` nested `depth` deep; the first problem found, or null. */
function nestingProblem(c: unknown, depth: number): GeometryProblem | null {
  if (depth === 0) return positionProblem(c);
  if (typeof c === 'string') return { kind: 'stringCoordinates', value: c };
  if (!Array.isArray(c)) return { kind: 'badPosition', value: c };
  for (const child of c) {
    const p = nestingProblem(child, depth - 1);
    if (p) return p;
  }
  return null;
}

function lineProblem(line: Position[]): GeometryProblem | null {
  return line.length < 2 ? { kind: 'tooFewPositions', value: line } : null;
}

function ringsProblem(rings: Position[][]): GeometryProblem | null {
  for (const ring of rings) {
    if (ring.length < 4) return { kind: 'tooFewPositions', value: ring };
    if (!samePosition(ring[0]!, ring[ring.length - 1]!))
      return { kind: 'unclosedRing', value: [ring[0], ring[ring.length - 1]] };
  }
  return null;
}

/** Whether coordinates nested `depth` deep hold no position at all. */
function isEmpty(c: unknown[], depth: number): boolean {
  if (depth <= 1) return c.length === 0;
  return c.every((child) => Array.isArray(child) && isEmpty(child, depth - 1));
}

function shapeProblem(type: SimpleType, c: unknown): GeometryProblem | null {
  switch (type) {
    case 'LineString':
      return lineProblem(c as Position[]);
    case 'MultiLineString':
      for (const l of c as Position[][]) {
        const p = lineProblem(l);
        if (p) return p;
      }
      return null;
    case 'Polygon':
      return ringsProblem(c as Position[][]);
    case 'MultiPolygon':
      for (const poly of c as Position[][][]) {
        const p = ringsProblem(poly);
        if (p) return p;
      }
      return null;
    default:
      return null;
  }
}

export type GeometryCheck = { ok: true; geometry: Geometry } | { ok: false; problem: GeometryProblem };

const fail = (kind: RejectionKind, value: unknown): GeometryCheck => ({
  ok: false,
  problem: { kind, value },
});

/**
 * Checks one untrusted geometry. Returns a clean copy (only `type` and `coordinates` or
 * `geometries`) or the first problem. `null` is an empty geometry (valid GeoJSON, but nothing
 * to draw), as is a geometry with no positions.
 */
export function checkGeometry(g: unknown, nested = 0): GeometryCheck {
  if (g === null || g === undefined) return fail('emptyGeometry', null);
  if (typeof g !== 'object' || Array.isArray(g)) return fail('wrongType', g);
  const o = g as Record<string, unknown>;
  const type = o.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) return fail('wrongType', type ?? o);
  if (type === 'GeometryCollection') {
    // A collection in a collection in a collection…: bounded, so hostile nesting cannot blow the stack.
    if (nested > 8) return fail('wrongType', type);
    if (!Array.isArray(o.geometries)) return fail('wrongType', o.geometries ?? type);
    if (o.geometries.length === 0) return fail('emptyGeometry', o.geometries);
    const parts: Geometry[] = [];
    for (const child of o.geometries) {
      const r = checkGeometry(child, nested + 1);
      if (!r.ok) return r.problem.kind === 'emptyGeometry' && child === null ? fail('wrongType', child) : r;
      parts.push(r.geometry);
    }
    return { ok: true, geometry: { type: 'GeometryCollection', geometries: parts } };
  }
  const depth = DEPTH[type as SimpleType];
  const c = o.coordinates;
  if (c === undefined) return fail('wrongType', type);
  if (c === null) return fail('emptyGeometry', null);
  if (typeof c === 'string') return fail('stringCoordinates', c);
  if (!Array.isArray(c)) return fail('wrongType', c);
  if (c.length === 0 || (depth > 0 && isEmpty(c, depth))) return fail('emptyGeometry', c);
  const problem = nestingProblem(c, depth) ?? shapeProblem(type as SimpleType, c);
  if (problem) return { ok: false, problem };
  return { ok: true, geometry: { type, coordinates: c } as Geometry };
}

/** Members that change a geometry's meaning when present (RFC 7946 §7.1). */
export const GEOMETRY_FOREIGN = ['properties', 'geometry', 'features'] as const;
