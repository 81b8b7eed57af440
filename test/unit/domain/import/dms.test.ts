/** Coordinates as people write them: decimal, hemisphere letters, degrees-minutes-seconds. */
import { describe, expect, it } from 'vitest';
import { parseCoordinate } from '../../../../src/domain/import';

describe('parseCoordinate', () => {
  const cases: [string, 'lat' | 'lon' | undefined, number | null][] = [
    ['23.2583', 'lat', 23.2583],
    ['-85.32', 'lon', -85.32],
    ['+85.32', 'lon', 85.32],
    ['23,2583', 'lat', 23.2583],
    ['.5', 'lat', 0.5],
    ['23.2583 N', 'lat', 23.2583],
    ['N 23.2583', 'lat', 23.2583],
    ['23.2583S', 'lat', -23.2583],
    [`23°15'30"N`, 'lat', 23 + 15 / 60 + 30 / 3600],
    ['23°15′30″N', 'lat', 23 + 15 / 60 + 30 / 3600],
    ['23º 15’ 30” N', 'lat', 23 + 15 / 60 + 30 / 3600],
    [`23°15'30''N`, 'lat', 23 + 15 / 60 + 30 / 3600],
    ['85 19 12 E', 'lon', 85 + 19 / 60 + 12 / 3600],
    ['85 19 12 W', 'lon', -(85 + 19 / 60 + 12 / 3600)],
    ['23:15:30', 'lat', 23 + 15 / 60 + 30 / 3600],
    ['23d 15m 30s S', 'lat', -(23 + 15 / 60 + 30 / 3600)],
    ['23° 15.5′ N', 'lat', 23 + 15.5 / 60],
    ['−23.5', 'lat', -23.5],
    ['23°N', 'lat', 23],
    ['26°W', 'lon', -26],
    ['40° 11′', 'lat', 40 + 11 / 60],
    [`40° 11' 15"`, 'lon', 40.1875],
    // The letter names the axis: a latitude letter is no longitude.
    ['23 N', 'lon', null],
    ['85 E', 'lat', null],
    ['23 N', undefined, 23],
    // Not coordinates.
    ['', 'lat', null],
    ['foo', 'lat', null],
    ['1e5', 'lat', null],
    ["12°60'", 'lat', null],
    ['12°30\'60"', 'lat', null],
    ["12.5° 30'", 'lat', null],
    ['23.5.6', 'lat', null],
    ['N', 'lat', null],
  ];
  for (const [text, axis, want] of cases) {
    it(`${JSON.stringify(text)} (${axis ?? 'any'}) → ${want}`, () => {
      const got = parseCoordinate(text, axis);
      if (want === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(want, 10);
    });
  }

  it('leaves ranges to the validator: 123.4 is a number, out of range for a latitude later', () => {
    expect(parseCoordinate('123.4', 'lat')).toBe(123.4);
  });
});
