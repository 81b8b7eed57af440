/**
 * Bad input is refused with a catalogue key naming the problem (rendered here in English to check
 * the wording users see); a malformed URL area is ignored.
 */
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
import { describeSpatialError, spatialErrorText } from '../../../../src/i18n/spatial-messages';

describe('radius', () => {
  it.each([
    [0, 'zero', /^The radius is 0 km: give a distance greater than 0\.$/],
    [-5, 'negative', /^The radius is negative \(-5 km\)/],
    [NaN, 'nan', /^The radius is not a number\.$/],
    [10_000, 'tooLarge', /^The radius of 10,000 km is too large: at most 5,000 km\.$/],
    [Infinity, 'infinite', /finite/],
  ])('%s km is refused', (r, code, msg) => {
    const e = validateRadiusKm(r);
    expect(e?.key).toBe(`spatial.error.radius.${code}`);
    expect(e?.what).toEqual({ key: 'spatial.subject.radius' });
    expect(spatialErrorText(e!)).toMatch(msg);
    const c = circleAroundPoint([77, 28], r);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error).toEqual(e);
    const k = corridorAroundLine(
      [
        [77, 28],
        [78, 28],
      ],
      r,
    );
    expect(k.ok).toBe(false);
    if (!k.ok) {
      expect(k.error).toEqual({ ...e, what: { key: 'spatial.subject.corridorWidth' } });
      expect(spatialErrorText(k.error)).toMatch(/^The corridor width /);
    }
  });
  it('1 km and 5,000 km are accepted', () => {
    expect(validateRadiusKm(1)).toBeNull();
    expect(validateRadiusKm(5000)).toBeNull();
  });
  it('a centre out of range is refused', () => {
    const c = circleAroundPoint([77, 95], 10);
    expect(c.ok ? null : c.error).toEqual({
      key: 'spatial.error.position.latitude',
      params: { lat: '95' },
      what: { key: 'spatial.subject.centre' },
    });
    expect(c.ok ? '' : spatialErrorText(c.error)).toBe('The centre has latitude 95, outside −90 to 90.');
  });
});

describe('areas', () => {
  it('a zero-area rectangle is refused', () => {
    const r = rectangleFromBbox([77, 28, 77, 29]);
    expect(r.ok ? null : r.error).toEqual({ key: 'spatial.error.rectangleZeroArea' });
    expect(r.ok ? '' : describeSpatialError(r.error)).toBe(
      'This area has no size. The rectangle has zero area: drag out a box with width and height.',
    );
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
    expect(r.ok ? null : r.error).toEqual({
      key: 'spatial.error.selfIntersecting',
      params: { count: 1, lat: '21.0000', lon: '77.0000' },
    });
    if (!r.ok) {
      expect(spatialErrorText(r.error)).toMatch(
        /crosses itself \(1 crossing, the first near 21\.0000, 77\.0000\)/,
      );
      expect(describeSpatialError(r.error)).toMatch(
        /^This polygon crosses itself, so what is inside is unclear\. /,
      );
      expect(spatialErrorText({ ...r.error, params: { ...r.error.params, count: 3 } })).toMatch(
        /\(3 crossings,/,
      );
    }
  });
  it('an unclosed ring, too few corners and a collinear ring are refused', () => {
    const unclosed = validateArea({
      type: 'Polygon',
      coordinates: [
        [
          [76, 20],
          [78, 22],
          [78, 20],
          [76, 21],
        ],
      ],
    });
    expect(unclosed.ok ? null : unclosed.error).toEqual({
      key: 'spatial.error.ringNotClosed',
      params: { ring: 1, polygon: 1 },
    });
    expect(unclosed.ok ? '' : spatialErrorText(unclosed.error)).toBe(
      'Ring 1 of polygon 1 is not closed (its last point is not its first).',
    );
    const few = validateArea({
      type: 'Polygon',
      coordinates: [
        [
          [76, 20],
          [78, 22],
          [76, 20],
        ],
      ],
    });
    expect(few.ok ? null : few.error.key).toBe('spatial.error.ringTooFewCorners');
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
    expect(flat.ok ? null : flat.error).toEqual({
      key: 'spatial.error.ringZeroArea',
      params: { ring: 1, polygon: 1 },
    });
    expect(flat.ok ? '' : spatialErrorText(flat.error)).toMatch(/zero area/);
  });
  it('a corner out of range names its ring and polygon', () => {
    const r = validateArea({
      type: 'Polygon',
      coordinates: [
        [
          [76, 20],
          [78, 20],
          [78, 95.5],
          [76, 20],
        ],
      ],
    });
    expect(r.ok ? '' : spatialErrorText(r.error)).toBe(
      'A corner of ring 1 of polygon 1 has latitude 95.5, outside −90 to 90.',
    );
  });
  it('a bad point of a corridor line is named by its number', () => {
    const k = corridorAroundLine(
      [
        [77, 28],
        [NaN, 28],
      ],
      5,
    );
    expect(k.ok ? null : k.error).toEqual({
      key: 'spatial.error.position.nan',
      what: { key: 'spatial.subject.linePoint', params: { point: 2 } },
    });
    expect(k.ok ? '' : spatialErrorText(k.error)).toBe(
      'Point 2 of the line has a coordinate that is not a number.',
    );
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
