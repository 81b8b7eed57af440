/**
 * Measuring: geodesic length of a path (km) and area of a polygon (km², ha), and reading typed
 * or pasted coordinates (decimal degrees or DMS) into points.
 */
import { area as turfArea, length as turfLength } from '@turf/turf';
import type { Position } from 'geojson';
import {
  fail,
  ok,
  spatialError,
  subject,
  type AreaGeometry,
  type SpatialErrorKey,
  type SpatialResult,
} from './types';

/** Geodesic length of a path through the positions, km (Turf `length`, haversine per leg). */
export function pathLengthKm(path: readonly Position[]): number {
  if (path.length < 2) return 0;
  return turfLength(
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: path as Position[] } },
    { units: 'kilometers' },
  );
}

/** Geodesic area of a polygon or multipolygon (holes subtracted), km² (Turf `area`, spherical). */
export function polygonAreaKm2(area: AreaGeometry): number {
  return turfArea(area) / 1e6;
}

/** The same area in hectares (1 km² = 100 ha). */
export function polygonAreaHa(area: AreaGeometry): number {
  return turfArea(area) / 1e4;
}

type Tok =
  | { t: 'num'; v: number; s: string }
  | { t: 'hemi'; v: 'N' | 'S' | 'E' | 'W' }
  | { t: 'deg' }
  | { t: 'min' }
  | { t: 'sec' }
  | { t: 'comma' };

const TOKEN =
  /\s*(?:([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)|([NSEWnsew])(?![a-z])|([°º˚])|(''|["″”])|(['′’])|(,)|(:)|(\s+))/y;

function tokenize(s: string): Tok[] | null {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < s.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(s);
    if (!m || m[0].length === 0) {
      if (/^\s*$/.test(s.slice(i))) break;
      return null;
    }
    i = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]), s: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'hemi', v: m[2].toUpperCase() as 'N' });
    else if (m[3] !== undefined) out.push({ t: 'deg' });
    else if (m[4] !== undefined) out.push({ t: 'sec' });
    else if (m[5] !== undefined) out.push({ t: 'min' });
    else if (m[6] !== undefined) out.push({ t: 'comma' });
  }
  return out;
}

interface Part {
  nums: number[];
  signs: string[];
  hemi: 'N' | 'S' | 'E' | 'W' | null;
  hasDeg: boolean;
}

function splitParts(toks: Tok[]): Part[] {
  const parts: Part[] = [];
  let cur: Part = { nums: [], signs: [], hemi: null, hasDeg: false };
  const close = () => {
    if (cur.nums.length || cur.hemi) parts.push(cur);
    cur = { nums: [], signs: [], hemi: null, hasDeg: false };
  };
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!;
    if (k.t === 'comma') close();
    else if (k.t === 'hemi') {
      if (cur.nums.length && !cur.hemi) {
        cur.hemi = k.v;
        close();
      } else {
        if (cur.nums.length || cur.hemi) close();
        cur.hemi = k.v;
      }
    } else if (k.t === 'num') {
      const degMarked = toks[i + 1]?.t === 'deg';
      if (degMarked && cur.hasDeg) close();
      if (degMarked) cur.hasDeg = true;
      cur.nums.push(k.v);
      cur.signs.push(k.s);
    }
  }
  close();
  // No separators at all ("28.61 77.20", "28 36 50 77 12 32"): split the numbers evenly.
  if (parts.length === 1 && !parts[0]!.hemi && [2, 4, 6].includes(parts[0]!.nums.length)) {
    const p = parts[0]!;
    const h = p.nums.length / 2;
    return [
      { nums: p.nums.slice(0, h), signs: p.signs.slice(0, h), hemi: null, hasDeg: false },
      { nums: p.nums.slice(h), signs: p.signs.slice(h), hemi: null, hasDeg: false },
    ];
  }
  return parts;
}

/** The coordinate in degrees, or the key of the error saying why it cannot be read. */
function degreesOf(p: Part): number | SpatialErrorKey {
  if (p.nums.length === 0) return 'spatial.error.coords.hemisphereOnly';
  if (p.nums.length > 3) return 'spatial.error.coords.tooManyParts';
  const [d, m = 0, s = 0] = p.nums as [number, number?, number?];
  if (p.nums.length > 1 && !Number.isInteger(d)) return 'spatial.error.coords.decimalThenMinutes';
  if (m < 0 || m >= 60 || s < 0 || s >= 60) return 'spatial.error.coords.minutesRange';
  if (p.signs.slice(1).some((x) => /^[+-]/.test(x))) return 'spatial.error.coords.signOnMinutes';
  const neg = p.signs[0]!.startsWith('-');
  const v = Math.abs(d) + m / 60 + s / 3600;
  if (p.hemi && neg) return 'spatial.error.coords.signAndHemisphere';
  return (neg || p.hemi === 'S' || p.hemi === 'W' ? -1 : 1) * v;
}

/**
 * Points from typed or pasted text: one point per line or separated by `;`. Each point is two
 * coordinates in decimal degrees or degrees-minutes-seconds; hemisphere letters (N/S/E/W,
 * before or after) say which is latitude, otherwise the order is "lat, lon". Returns
 * `[lon, lat]` positions, or an error naming the line (and part) that could not be read.
 */
export function parseCoordinates(text: string): SpatialResult<[number, number][]> {
  const points: [number, number][] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [li, line] of lines.entries()) {
    const entries = line.split(';');
    for (const [ei, raw] of entries.entries()) {
      const entry = raw.trim();
      if (entry === '') continue;
      const where =
        entries.length > 1
          ? subject('spatial.subject.textLinePoint', {
              line: li + 1,
              point: ei + 1,
              entry: entry.slice(0, 60),
            })
          : subject('spatial.subject.textLine', { line: li + 1, entry: entry.slice(0, 60) });
      const toks = tokenize(entry);
      if (!toks) return fail(spatialError('spatial.error.coords.unexpected', undefined, where));
      const parts = splitParts(toks);
      if (parts.length !== 2) return fail(spatialError('spatial.error.coords.notTwo', undefined, where));
      const [a, b] = parts as [Part, Part];
      const va = degreesOf(a),
        vb = degreesOf(b);
      if (typeof va === 'string' || typeof vb === 'string')
        return fail(spatialError(typeof va === 'string' ? va : (vb as SpatialErrorKey), undefined, where));
      const latHemi = (h: Part['hemi']) => h === 'N' || h === 'S';
      const lonHemi = (h: Part['hemi']) => h === 'E' || h === 'W';
      let lat: number, lon: number;
      if ((a.hemi && b.hemi && latHemi(a.hemi) === latHemi(b.hemi)) || false)
        return fail(
          spatialError(
            latHemi(a.hemi) ? 'spatial.error.coords.bothLatitudes' : 'spatial.error.coords.bothLongitudes',
            undefined,
            where,
          ),
        );
      if (lonHemi(a.hemi) || latHemi(b.hemi)) [lat, lon] = [vb, va];
      else [lat, lon] = [va, vb];
      if (lat < -90 || lat > 90)
        return fail(spatialError('spatial.error.coords.latitude', { lat: String(lat) }, where));
      if (lon < -180 || lon > 180)
        return fail(spatialError('spatial.error.coords.longitude', { lon: String(lon) }, where));
      points.push([lon, lat]);
    }
  }
  if (points.length === 0) return fail(spatialError('spatial.error.coords.none'));
  return ok(points);
}
