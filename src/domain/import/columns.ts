/**
 * Finds the latitude and longitude columns of a table: by header names (English, common GIS
 * exports, Hindi), checked against sample values, with a confidence so the UI can ask when it
 * is not sure. Also tells when the values fit India only with the two columns exchanged.
 */
import { parseCoordinate, type Axis } from './dms';
import type { ColumnCandidate, ColumnCandidates } from './types';

/** India with its islands and a margin: lon 68..98, lat 6..37.5 (degrees). */
export const INDIA_EXTENT = { minLon: 68, maxLon: 98, minLat: 6, maxLat: 37.5 } as const;

/** Header names by confidence. Compared after folding: lower case, no spaces, `_`, `-`, `.`, brackets. */
const NAMES: Record<Axis, readonly (readonly [number, readonly string[]])[]> = {
  lat: [
    [1, ['lat', 'latitude', 'अक्षांश', 'अक्षान्श', 'अक्षांस']],
    [
      0.9,
      [
        'latdd',
        'latdeg',
        'latdec',
        'latitudedd',
        'latitudedeg',
        'latitudedecimal',
        'decimallatitude',
        'latwgs84',
        'latitudewgs84',
        'gpslat',
        'gpslatitude',
        'latn',
        'latituden',
        'sitelat',
        'sitelatitude',
        'ylat',
        'laty',
        'latitudey',
        'wgs84lat',
        'wgs84latitude',
        'lattitude',
        'latitute',
        'latitud',
        'latdms',
        'latitudedms',
        'centroidlat',
        'centrelat',
        'centerlat',
        'latitudeindecimal',
        'lt',
      ],
    ],
    [0.7, ['y', 'ycoord', 'ycoordinate', 'pointy', 'coordy', 'northing', 'yvalue', 'wgs84y', 'उत्तर']],
  ],
  lon: [
    [1, ['lon', 'lng', 'longitude', 'देशांतर', 'देशान्तर', 'रेखांश']],
    [
      0.9,
      [
        'long',
        'londd',
        'longdd',
        'lngdd',
        'londeg',
        'londec',
        'longitudedd',
        'longitudedeg',
        'longitudedecimal',
        'decimallongitude',
        'lonwgs84',
        'longitudewgs84',
        'gpslon',
        'gpslng',
        'gpslong',
        'gpslongitude',
        'lone',
        'longe',
        'longitudee',
        'sitelon',
        'sitelong',
        'sitelongitude',
        'xlon',
        'lonx',
        'longx',
        'longitudex',
        'wgs84lon',
        'wgs84long',
        'wgs84longitude',
        'longtitude',
        'longitute',
        'longitud',
        'londms',
        'longdms',
        'longitudedms',
        'centroidlon',
        'centrelon',
        'centerlon',
        'longitudeindecimal',
        'lg',
        'lgt',
      ],
    ],
    [0.7, ['x', 'xcoord', 'xcoordinate', 'pointx', 'coordx', 'easting', 'xvalue', 'wgs84x', 'पूर्व']],
  ],
};

/** Words that, as one token of a longer header, point at an axis ("Site Latitude (N)"). */
const TOKENS: Record<Axis, ReadonlySet<string>> = {
  lat: new Set(['lat', 'latitude', 'अक्षांश']),
  lon: new Set(['lon', 'lng', 'long', 'longitude', 'देशांतर', 'देशान्तर', 'रेखांश']),
};

/** A header folded for comparing: lower case, NFKC, no separators or brackets. */
export function foldHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.()[\]{}/\\:#°'"]+/g, '');
}

function tokens(h: string): string[] {
  return h
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** How much the header alone says the column holds `axis` (0 = nothing). */
export function headerScore(header: string, axis: Axis): number {
  const f = foldHeader(header);
  for (const [score, names] of NAMES[axis]) if (names.includes(f)) return score;
  if (tokens(header).some((t) => TOKENS[axis].has(t))) return 0.8;
  return 0;
}

/** Share of non-empty sample values that read as a coordinate of the axis, and share in India. */
function valueFit(values: readonly string[], axis: Axis) {
  let filled = 0;
  let readable = 0;
  let inRange = 0;
  let inIndia = 0;
  const [lo, hi] =
    axis === 'lat' ? [INDIA_EXTENT.minLat, INDIA_EXTENT.maxLat] : [INDIA_EXTENT.minLon, INDIA_EXTENT.maxLon];
  const max = axis === 'lat' ? 90 : 180;
  for (const v of values) {
    if (v.trim() === '') continue;
    filled++;
    const n = parseCoordinate(v, axis);
    if (n === null) continue;
    readable++;
    if (Math.abs(n) <= max) inRange++;
    if (n >= lo && n <= hi) inIndia++;
  }
  const share = (k: number) => (filled === 0 ? 0 : k / filled);
  return { filled, readable: share(readable), inRange: share(inRange), inIndia: share(inIndia) };
}

/** Sample rows read by the detector. */
export const SAMPLE_ROWS = 200;

/**
 * Candidate columns for each axis, best first. A named column whose values mostly do not read
 * as coordinates loses most of its confidence; an unnamed column whose values all read as
 * coordinates in India is offered with low confidence (the UI should ask). `sure` when the best
 * latitude and longitude are different columns, both at least 0.7, and each ahead of its
 * runner-up by 0.15.
 */
export function detectCoordinateColumns(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
): ColumnCandidates {
  const rows = sample.slice(0, SAMPLE_ROWS);
  const forAxis = (axis: Axis): ColumnCandidate[] => {
    const out: ColumnCandidate[] = [];
    headers.forEach((column, i) => {
      const values = rows.map((r) => r[i] ?? '');
      const fit = valueFit(values, axis);
      let confidence = headerScore(column, axis);
      // A clear name loses less to unreadable values (they are then reported row by row) than x/y.
      if (confidence > 0 && fit.filled > 0 && fit.readable < 0.5)
        confidence *= confidence >= 0.9 ? 0.75 : 0.3;
      if (confidence === 0 && fit.filled > 0 && fit.readable === 1 && fit.inIndia === 1) confidence = 0.3;
      if (confidence > 0) out.push({ column, confidence: Math.round(confidence * 100) / 100 });
    });
    return out.sort((a, b) => b.confidence - a.confidence);
  };
  const lat = forAxis('lat');
  const lon = forAxis('lon');
  const [la, la2] = lat;
  const [lo, lo2] = lon;
  const ahead = (a: ColumnCandidate, b?: ColumnCandidate) => !b || a.confidence - b.confidence >= 0.15;
  const sure =
    !!la &&
    !!lo &&
    la.column !== lo.column &&
    la.confidence >= 0.7 &&
    lo.confidence >= 0.7 &&
    ahead(la, la2) &&
    ahead(lo, lo2);
  return { lat, lon, sure };
}

/**
 * Whether the sample fits India only with latitude and longitude exchanged: at least 80 % of
 * the readable pairs fall in India swapped and at most 20 % as given.
 */
export function looksSwapped(latValues: readonly string[], lonValues: readonly string[]): boolean {
  let pairs = 0;
  let asGiven = 0;
  let swapped = 0;
  const inIndia = (lon: number, lat: number) =>
    lon >= INDIA_EXTENT.minLon &&
    lon <= INDIA_EXTENT.maxLon &&
    lat >= INDIA_EXTENT.minLat &&
    lat <= INDIA_EXTENT.maxLat;
  const n = Math.min(latValues.length, lonValues.length, SAMPLE_ROWS);
  for (let i = 0; i < n; i++) {
    const lat = parseCoordinate(latValues[i]!);
    const lon = parseCoordinate(lonValues[i]!);
    if (lat === null || lon === null) continue;
    pairs++;
    if (inIndia(lon, lat)) asGiven++;
    if (inIndia(lat, lon)) swapped++;
  }
  return pairs > 0 && swapped / pairs >= 0.8 && asGiven / pairs <= 0.2;
}
