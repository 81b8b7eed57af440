/** Bad input is refused with a message naming the problem; a malformed URL area is ignored. */
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  circleAroundPoint,
  corridorAroundLine,
  rectangleFromBbox,
  validateArea,
  validateRadiusKm,
} from '../../../../src/domain/spatial/buffer';
import { decodeArea, decodeQuery, decodeSpatial } from '../../../../src/domain/spatial/area-codec';

describe('radius', () => {
  it.each([
    [0, /0 km/],
    [-5, /negative/],
    [NaN, /not a number/],
    [10_000, /10,000 km is too large: at most 5,000 km/],
    [Infinity, /finite/],
  ])('%s km is refused', (r, msg) => {
    expect(validateRadiusKm(r)).toMatch(msg);
    const c = circleAroundPoint([77, 28], r);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error).toMatch(msg);
    const k = corridorAroundLine(
      [
        [77, 28],
        [78, 28],
      ],
      r,
    );
    expect(k.ok).toBe(false);
    if (!k.ok) expect(k.error).toMatch(/corridor width/);
  });
  it('1 km and 5,000 km are accepted', () => {
    expect(validateRadiusKm(1)).toBeNull();
    expect(validateRadiusKm(5000)).toBeNull();
  });
  it('a centre out of range is refused', () => {
    const c = circleAroundPoint([77, 95], 10);
    expect(!c.ok && c.error).toMatch(/latitude 95/);
  });
});

describe('areas', () => {
  it('a zero-area rectangle is refused', () => {
    const r = rectangleFromBbox([77, 28, 77, 29]);
    expect(!r.ok && r.error).toMatch(/zero area/);
    expect(rectangleFromBbox([77, 28, 78, 28]).ok).toBe(false);
    expect(rectangleFromBbox([77, 28, 78, 29]).ok).toBe(true);
  });
  it('a self-intersecting polygon (bow tie) is refused, saying where it crosses', () => {
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [76, 20],
          [78, 22],
          [78, 20],
          [76, 22],
          [76, 20],
        ],
      ],
    };
    const r = validateArea(bowTie);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/crosses itself \(1 crossing, the first near 21\.0000, 77\.0000\)/);
  });
  it('an unclosed ring, too few corners and a collinear ring are refused', () => {
    expect(
      validateArea({
        type: 'Polygon',
        coordinates: [
          [
            [76, 20],
            [78, 22],
            [78, 20],
            [76, 21],
          ],
        ],
      }).ok,
    ).toBe(false);
    expect(
      validateArea({
        type: 'Polygon',
        coordinates: [
          [
            [76, 20],
            [78, 22],
            [76, 20],
          ],
        ],
      }).ok,
    ).toBe(false);
    const flat = validateArea({
      type: 'Polygon',
      coordinates: [
        [
          [76, 20],
          [77, 20],
          [78, 20],
          [76, 20],
        ],
      ],
    });
    expect(!flat.ok && flat.error).toMatch(/zero area/);
  });
  it('a valid polygon with a hole passes', () => {
    const sq = (a: number, b: number, c: number, d: number) => [
      [a, b],
      [c, b],
      [c, d],
      [a, d],
      [a, b],
    ];
    expect(
      validateArea({ type: 'Polygon', coordinates: [sq(76, 20, 78, 22), sq(76.5, 20.5, 77, 21)] }).ok,
    ).toBe(true);
  });
});

describe('malformed area codec strings', () => {
  it.each([
    null,
    undefined,
    42,
    '',
    'poly:',
    'poly:??',
    'poly:abc',
    'circle:',
    'circle:_p~iF~ps|U',
    'circle:_p~iF~ps|U,0',
    'circle:_p~iF~ps|U,-3',
    'circle:_p~iF~ps|U,10000',
    // A valid encoding of latitude 385 at the codec's precision: out of range.
    'circle:_p~iF~ps|U,10',
    'rect:_p~iF',
    'line:_p~iF,5',
    'star:abc',
    'poly:' + '\u0000'.repeat(10),
    'x'.repeat(30_000),
  ])('%s decodes to null', (s) => {
    expect(decodeArea(s)).toBeNull();
  });
  it('random strings never throw and decode to null or a valid area', () => {
    const alphabet = fc.constantFrom(...'poly:circle:rect:line:,;!?@_`~{|}^[]\\0123456789abcXYZ.-'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 })), (s) => {
        const a = decodeArea(s);
        if (a?.kind === 'polygon') expect(validateArea(a.geometry).ok).toBe(true);
        decodeQuery(s);
        decodeSpatial(s);
      }),
      { numRuns: 2000, seed: 21 },
    );
  });
  it('bad queries decode to null', () => {
    for (const q of [
      '',
      'nearest:',
      'nearest:blocks,0',
      'nearest:blocks,1000',
      'nearest:BLOCKS!,3',
      'preset:nope,10',
      'preset:blocks-near-centres,0',
    ])
      expect(decodeQuery(q)).toBeNull();
  });
});
