/** Geodesic measurement and coordinate parsing (decimal degrees and DMS, clear errors). */
import { area, length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  parseCoordinates,
  pathLengthKm,
  polygonAreaHa,
  polygonAreaKm2,
} from '../../../../src/domain/spatial/measure';
import { spatialErrorText } from '../../../../src/i18n/spatial-messages';

describe('measure', () => {
  it('path length: Delhi → Mumbai is about 1,150 km, and equals Turf length', () => {
    const path = [
      [77.209, 28.6139],
      [72.8777, 19.076],
    ];
    expect(pathLengthKm(path)).toBeGreaterThan(1140);
    expect(pathLengthKm(path)).toBeLessThan(1160);
    const bent = [...path, [80.27, 13.08]];
    expect(pathLengthKm(bent)).toBeCloseTo(
      length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: bent } }),
      9,
    );
    expect(pathLengthKm([[77, 28]])).toBe(0);
  });
  it('area: a 1°×1° cell at the equator is about 12,300 km²; holes are subtracted; ha = 100 × km²', () => {
    const sq = (a: number, b: number, c: number, d: number) => [
      [a, b],
      [c, b],
      [c, d],
      [a, d],
      [a, b],
    ];
    const cell = { type: 'Polygon' as const, coordinates: [sq(0, 0, 1, 1)] };
    expect(polygonAreaKm2(cell)).toBeGreaterThan(12_200);
    expect(polygonAreaKm2(cell)).toBeLessThan(12_400);
    expect(polygonAreaHa(cell)).toBeCloseTo(polygonAreaKm2(cell) * 100, 6);
    const holed = { type: 'Polygon' as const, coordinates: [sq(0, 0, 1, 1), sq(0.25, 0.25, 0.75, 0.75)] };
    expect(polygonAreaKm2(holed)).toBeCloseTo(area(holed) / 1e6, 6);
    expect(polygonAreaKm2(holed)).toBeLessThan(polygonAreaKm2(cell) * 0.76);
  });
});

describe('parseCoordinates', () => {
  const delhi = [77.20888888888889, 28.613888888888887];
  it.each([
    [`28°36'50"N 77°12'32"E`, delhi],
    [`N 28 36 50 E 77 12 32`, delhi],
    [`77°12'32"E 28°36'50"N`, delhi],
    [`28°36′50″N, 77°12′32″E`, delhi],
    ['28.6139, 77.2090', [77.209, 28.6139]],
    ['28.6139 77.2090', [77.209, 28.6139]],
    ['77.2090E 28.6139N', [77.209, 28.6139]],
    ['-33.8688, 151.2093', [151.2093, -33.8688]],
    ['33.8688 S, 151.2093 E', [151.2093, -33.8688]],
    ['40 26 46 N 79 58 56 W', [-(79 + 58 / 60 + 56 / 3600), 40 + 26 / 60 + 46 / 3600]],
  ])('%s', (text, want) => {
    const r = parseCoordinates(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toHaveLength(1);
      expect(r.value[0]![0]).toBeCloseTo(want[0]!, 9);
      expect(r.value[0]![1]).toBeCloseTo(want[1]!, 9);
    }
  });
  it('one point per line or separated by ;', () => {
    const r = parseCoordinates('28.6, 77.2\n19.07, 72.88; 13.08, 80.27\n\n');
    expect(r.ok && r.value).toEqual([
      [77.2, 28.6],
      [72.88, 19.07],
      [80.27, 13.08],
    ]);
  });
  it.each([
    [
      '28.6, 77.2\nhello',
      'unexpected',
      /^Line 2 \("hello"\): unexpected characters; write two coordinates, e\.g\. /,
    ],
    ['28.6, 77.2; 95, 10', 'latitude', /^Line 1, point 2 \("95, 10"\): latitude 95 is outside −90 to 90\.$/],
    ['28.6', 'notTwo', /expected two coordinates/],
    ['28.6N 19.2S', 'bothLatitudes', /both coordinates are latitudes \(N\/S\)\.$/],
    ['77E 19.2W', 'bothLongitudes', /both coordinates are longitudes/],
    ['28 75 10 N, 77 E', 'minutesRange', /: minutes and seconds must be from 0 to under 60\.$/],
    ['-28.6N, 77.2', 'signAndHemisphere', /both a minus sign and a hemisphere letter/],
    ['10, 200', 'longitude', /longitude 200 is outside/],
    [
      '',
      'none',
      /^No coordinates were given: write one point per line, e\.g\. "28\.6139, 77\.2090" or 28°36'50"N 77°12'32"E\.$/,
    ],
  ])('%s is refused: %s', (text, code, msg) => {
    const r = parseCoordinates(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe(`spatial.error.coords.${code}`);
      expect(spatialErrorText(r.error)).toMatch(msg);
    }
  });
  it('names the line, the point and the entry as the subject', () => {
    const r = parseCoordinates('28.6, 77.2; 95, 10');
    expect(r.ok ? null : r.error).toEqual({
      key: 'spatial.error.coords.latitude',
      params: { lat: '95' },
      what: { key: 'spatial.subject.textLinePoint', params: { line: 1, point: 2, entry: '95, 10' } },
    });
  });
});
