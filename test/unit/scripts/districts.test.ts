// @vitest-environment node
/**
 * The derivation of approximate district areas (scripts/lib/districts.ts) on a small fixture: a
 * square state and three districts whose offices are known. The areas must cover the state without
 * overlap, and every office must lie in its own district's area.
 */
import { area, booleanPointInPolygon, featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deriveDistrictAreas, representativePoint, type Office } from '../../../scripts/lib/districts';

type Area = Polygon | MultiPolygon;

const STATE: Feature<Area> = polygon(
  [
    [
      [80, 20],
      [81, 20],
      [81, 21],
      [80, 21],
      [80, 20],
    ],
  ],
  { code: 'IN-XX' },
);

/** West: a column of offices; north-east and south-east: a cluster each; one shared point. */
const OFFICES: Office[] = [
  { lon: 80.2, lat: 20.2, district: 'West' },
  { lon: 80.2, lat: 20.5, district: 'West' },
  { lon: 80.2, lat: 20.8, district: 'West' },
  { lon: 80.35, lat: 20.5, district: 'West' },
  { lon: 80.7, lat: 20.75, district: 'North-East' },
  { lon: 80.85, lat: 20.85, district: 'North-East' },
  { lon: 80.7, lat: 20.9, district: 'North-East' },
  { lon: 80.7, lat: 20.25, district: 'South-East' },
  { lon: 80.85, lat: 20.15, district: 'South-East' },
  { lon: 80.8, lat: 20.35, district: 'South-East' },
  // Two offices of different districts on one point: the district with more offices there wins.
  { lon: 80.6, lat: 20.5, district: 'South-East' },
  { lon: 80.6, lat: 20.5, district: 'South-East' },
  { lon: 80.6, lat: 20.5, district: 'North-East' },
];

const asFeature = (geometry: Area): Feature<Area> => ({ type: 'Feature', geometry, properties: {} });

describe('deriveDistrictAreas', () => {
  const { areas, report } = deriveDistrictAreas(OFFICES, STATE);
  const stateKm2 = area(STATE) / 1e6;

  it('gives each district one area', () => {
    expect(areas.map((a) => a.district)).toEqual(['North-East', 'South-East', 'West']);
    expect(report.sharedPositions).toBe(1);
    expect(report.empty).toEqual([]);
  });

  it("covers the state: the areas sum to the state's area within 0.5 %", () => {
    const sum = areas.reduce((s, a) => s + a.areaKm2, 0);
    expect(Math.abs(sum - stateKm2) / stateKm2).toBeLessThan(0.005);
  });

  it('has no overlap: every pairwise intersection is about zero', () => {
    for (let i = 0; i < areas.length; i++) {
      for (let j = i + 1; j < areas.length; j++) {
        const x = intersect(
          featureCollection([asFeature(areas[i]!.geometry), asFeature(areas[j]!.geometry)]),
        );
        const km2 = x ? area(x) / 1e6 : 0;
        expect(km2 / stateKm2).toBeLessThan(1e-6);
      }
    }
  });

  it("puts every office in its district's area (the shared point in the majority's)", () => {
    for (const o of OFFICES) {
      if (o.lon === 80.6 && o.lat === 20.5) continue;
      const own = areas.find((a) => a.district === o.district)!;
      expect(booleanPointInPolygon([o.lon, o.lat], asFeature(own.geometry))).toBe(true);
    }
    const se = areas.find((a) => a.district === 'South-East')!;
    expect(booleanPointInPolygon([80.6, 20.5], asFeature(se.geometry))).toBe(true);
  });

  it('stays inside the state', () => {
    for (const a of areas) {
      const [w, s, e, n] = [80, 20, 81, 21];
      const coords = (a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates).flat(
        2,
      );
      for (const [x, y] of coords) {
        expect(x).toBeGreaterThanOrEqual(w - 1e-9);
        expect(x).toBeLessThanOrEqual(e + 1e-9);
        expect(y).toBeGreaterThanOrEqual(s - 1e-9);
        expect(y).toBeLessThanOrEqual(n + 1e-9);
      }
    }
  });

  it('drops a stray office whose neighbours are all of other districts', () => {
    const stray: Office = { lon: 80.2, lat: 20.65, district: 'South-East' };
    const r = deriveDistrictAreas([...OFFICES, stray], STATE);
    expect(r.report.isolatedDropped).toBe(1);
    const west = r.areas.find((a) => a.district === 'West')!;
    expect(booleanPointInPolygon([stray.lon, stray.lat], asFeature(west.geometry))).toBe(true);
  });
});

describe('representativePoint', () => {
  it('lies inside a concave polygon whose centroid does not', () => {
    // A U shape: the centroid falls in the notch.
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const pt = representativePoint(u)!;
    expect(booleanPointInPolygon(pt, asFeature(u))).toBe(true);
  });

  it('picks the largest part of a multipolygon and returns null for an empty one', () => {
    const m: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [0.1, 0],
            [0.1, 0.1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 5],
            [7, 5],
            [7, 7],
            [5, 7],
            [5, 5],
          ],
        ],
      ],
    };
    const [x, y] = representativePoint(m)!;
    expect(x).toBeGreaterThan(5);
    expect(y).toBeGreaterThan(5);
    expect(representativePoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});
