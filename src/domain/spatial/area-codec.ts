/**
 * The active area and query in the URL, compactly: coordinates rounded to 1e-4° (about 11 m)
 * and written with Google's polyline encoding (@mapbox/polyline, precision 4); a circle as its
 * centre and radius, a rectangle as its box, a corridor as its line and half-width.
 *
 *   area:   poly:<ring>,<ring>;<ring>…   (polygons `;`, rings `,`; rings not repeated closed)
 *           circle:<centre>,<radiusKm>    rect:<sw+ne>    line:<path>,<halfWidthKm>
 *   query:  within | nearest:<dataset>,<k> | preset:<id>,<km>
 *   both:   <query>!<area>
 *
 * `,` `;` `:` `!` are outside the polyline alphabet (63–126), so they cannot collide. Decoding
 * never throws: anything malformed, out of range or invalid gives null (the URL is ignored).
 */
import polyline from '@mapbox/polyline';
import type { Position } from 'geojson';
import { rectangleFromBbox, validateArea, validatePosition, validateRadiusKm } from './buffer';
import { PRESET_IDS, type PresetId } from './presets';
import type { AreaGeometry } from './types';

export type EncodedArea =
  | { readonly kind: 'polygon'; readonly geometry: AreaGeometry }
  | { readonly kind: 'circle'; readonly center: [number, number]; readonly radiusKm: number }
  | { readonly kind: 'rectangle'; readonly bbox: [number, number, number, number] }
  | { readonly kind: 'corridor'; readonly line: [number, number][]; readonly halfWidthKm: number };

export type SpatialQuery =
  | { readonly kind: 'within' }
  | { readonly kind: 'nearest'; readonly dataset: string; readonly k: number }
  | { readonly kind: 'preset'; readonly preset: PresetId; readonly km: number };

const PRECISION = 4;
const MAX_CHARS = 20_000;
const MAX_VERTICES = 5_000;
const MAX_K = 100;
const POLY = /^[?-~]+$/;
const DATASET = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A coordinate rounded to the codec's 1e-4°. */
export const roundCoordinate = (v: number): number => Math.round(v * 1e4) / 1e4;

const enc = (pts: readonly Position[]) =>
  polyline.encode(
    pts.map((p) => [p[1]!, p[0]!]),
    PRECISION,
  );
const num = (n: number) => String(Math.round(n * 1000) / 1000);

function openRing(ring: readonly Position[]): Position[] {
  const r = [...ring];
  const a = r[0],
    z = r[r.length - 1];
  if (r.length > 1 && a && z && a[0] === z[0] && a[1] === z[1]) r.pop();
  return r;
}

/** The area as URL text. */
export function encodeArea(area: EncodedArea): string {
  switch (area.kind) {
    case 'polygon': {
      const polys =
        area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
      return `poly:${polys.map((p) => p.map((r) => enc(openRing(r))).join(',')).join(';')}`;
    }
    case 'circle':
      return `circle:${enc([area.center])},${num(area.radiusKm)}`;
    case 'rectangle': {
      const [w, s, e, n] = area.bbox;
      return `rect:${enc([
        [w, s],
        [e, n],
      ])}`;
    }
    case 'corridor':
      return `line:${enc(area.line)},${num(area.halfWidthKm)}`;
  }
}

/** The query as URL text. */
export function encodeQuery(q: SpatialQuery): string {
  switch (q.kind) {
    case 'within':
      return 'within';
    case 'nearest':
      return `nearest:${q.dataset},${q.k}`;
    case 'preset':
      return `preset:${q.preset},${num(q.km)}`;
  }
}

/** Query and area as one URL value. */
export function encodeSpatial(q: SpatialQuery, area: EncodedArea): string {
  return `${encodeQuery(q)}!${encodeArea(area)}`;
}

function dec(s: string): [number, number][] | null {
  if (!POLY.test(s)) return null;
  const pts = polyline.decode(s, PRECISION);
  const out: [number, number][] = [];
  for (const [lat, lon] of pts) {
    const p: [number, number] = [roundCoordinate(lon!), roundCoordinate(lat!)];
    if (validatePosition(p)) return null;
    out.push(p);
  }
  return out;
}

const positive = (s: string | undefined): number | null => {
  if (s === undefined || !/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return validateRadiusKm(n) ? null : n;
};

function decodeAreaUnsafe(text: string): EncodedArea | null {
  const m = /^(poly|circle|rect|line):(.*)$/s.exec(text);
  if (!m) return null;
  const [, kind, body] = m as unknown as [string, string, string];
  if (kind === 'poly') {
    let vertices = 0;
    const polys: Position[][][] = [];
    for (const p of body.split(';')) {
      const rings: Position[][] = [];
      for (const r of p.split(',')) {
        const pts = dec(r);
        if (!pts || pts.length < 3) return null;
        vertices += pts.length;
        if (vertices > MAX_VERTICES) return null;
        rings.push([...pts, pts[0]!]);
      }
      polys.push(rings);
    }
    const geometry: AreaGeometry =
      polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0]! }
        : { type: 'MultiPolygon', coordinates: polys };
    return validateArea(geometry).ok ? { kind: 'polygon', geometry } : null;
  }
  const parts = body.split(',');
  if (kind === 'circle') {
    if (parts.length !== 2) return null;
    const c = dec(parts[0]!),
      r = positive(parts[1]);
    if (!c || c.length !== 1 || r === null) return null;
    return { kind: 'circle', center: c[0]!, radiusKm: r };
  }
  if (kind === 'rect') {
    const c = parts.length === 1 ? dec(parts[0]!) : null;
    if (!c || c.length !== 2) return null;
    const bbox: [number, number, number, number] = [c[0]![0], c[0]![1], c[1]![0], c[1]![1]];
    return rectangleFromBbox(bbox).ok && bbox[0] < bbox[2] && bbox[1] < bbox[3]
      ? { kind: 'rectangle', bbox }
      : null;
  }
  if (parts.length !== 2) return null;
  const line = dec(parts[0]!),
    w = positive(parts[1]);
  if (!line || line.length < 2 || line.length > MAX_VERTICES || w === null) return null;
  return { kind: 'corridor', line, halfWidthKm: w };
}

/** The area of a URL value, or null for anything malformed. Never throws. */
export function decodeArea(text: unknown): EncodedArea | null {
  if (typeof text !== 'string' || text.length > MAX_CHARS) return null;
  try {
    return decodeAreaUnsafe(text);
  } catch {
    return null;
  }
}

/** The query of a URL value, or null. Never throws. */
export function decodeQuery(text: unknown): SpatialQuery | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  if (text === 'within') return { kind: 'within' };
  const m = /^(nearest|preset):([^,]+),(\d+(?:\.\d+)?)$/.exec(text);
  if (!m) return null;
  const [, kind, name, n] = m as unknown as [string, string, string, string];
  if (kind === 'nearest') {
    const k = Number(n);
    return DATASET.test(name) && Number.isInteger(k) && k >= 1 && k <= MAX_K
      ? { kind: 'nearest', dataset: name, k }
      : null;
  }
  const km = positive(n);
  return (PRESET_IDS as readonly string[]).includes(name) && km !== null
    ? { kind: 'preset', preset: name as PresetId, km }
    : null;
}

/** Query and area of one URL value (`<query>!<area>`), or null when either is malformed. */
export function decodeSpatial(text: unknown): { query: SpatialQuery; area: EncodedArea } | null {
  if (typeof text !== 'string') return null;
  const i = text.indexOf('!');
  if (i < 0) return null;
  const query = decodeQuery(text.slice(0, i));
  const area = decodeArea(text.slice(i + 1));
  return query && area ? { query, area } : null;
}
