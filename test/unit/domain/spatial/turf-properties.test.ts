/**
 * Property tests against Turf on random inputs: for site-precision points the area query is
 * Turf's booleanPointInPolygon (through the grid and the index, on random star polygons with
 * holes and on a real state), the radius query follows Turf's distance, and nearest agrees
 * with a brute-force Turf loop.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, lineString, pointToLineDistance } from '@turf/turf';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  boundaryWithinKm,
  classifyInArea,
  distanceToBoundaryWithinKm,
} from '../../../../src/domain/spatial/classify-in-area';
import { buildPointIndex } from '../../../../src/domain/spatial/index-points';
import { nearestK } from '../../../../src/domain/spatial/nearest';
import { isPointInArea, prepareArea } from '../../../../src/domain/spatial/prepare-area';
import { discBboxDeg, distanceRangeKm } from '../../../../src/domain/spatial/precision-disc';
import { withinRadius } from '../../../../src/domain/spatial/within-radius';
import { INSIDE, POSSIBLY, type AreaGeometry } from '../../../../src/domain/spatial/types';
import { pointsOf } from './helpers';

const lonLat = fc.tuple(
  fc.double({ min: 68, max: 97, noNaN: true }),
  fc.double({ min: 6, max: 37, noNaN: true }),
);

/** A star-shaped ring (never self-intersecting) around a centre, optionally reversed. */
const starRing = (cx: number, cy: number, radii: number[], scale: number, reverse: boolean): Position[] => {
  const ring = radii.map((r, i) => {
    const a = (2 * Math.PI * i) / radii.length;
    return [cx + Math.cos(a) * r * scale, cy + Math.sin(a) * r * scale];
  });
  ring.push(ring[0]!);
  return reverse ? ring.reverse() : ring;
};

const starPolygon = fc
  .record({
    c: fc.tuple(fc.double({ min: 72, max: 92, noNaN: true }), fc.double({ min: 10, max: 32, noNaN: true })),
    radii: fc.array(fc.double({ min: 0.4, max: 1, noNaN: true }), { minLength: 3, maxLength: 40 }),
    scale: fc.double({ min: 0.5, max: 5, noNaN: true }),
    hole: fc.boolean(),
    reverse: fc.boolean(),
  })
  .map(({ c, radii, scale, hole, reverse }): Polygon => {
    const rings = [starRing(c[0], c[1], radii, scale, reverse)];
    // The hole lies within 0.3 × scale of the centre; the outer ring reaches at least 0.4 × scale.
    if (hole) rings.push(starRing(c[0], c[1], [0.3, 0.25, 0.3, 0.2, 0.3], scale, !reverse));
    return { type: 'Polygon', coordinates: rings };
  });

describe('site-precision area query equals Turf booleanPointInPolygon', () => {
  it('on random star polygons with holes, either winding (with and without the index)', () => {
    fc.assert(
      fc.property(starPolygon, fc.array(lonLat, { minLength: 1, maxLength: 60 }), (poly, pts) => {
        // Half the points near the polygon, so both answers occur.
        const [cx, cy] = poly.coordinates[0]![0]!;
        const near = pts.map(([x, y], i) =>
          i % 2 ? [x, y] : [cx! + ((x - 82) / 29) * 6, cy! + ((y - 21) / 31) * 6],
        );
        const { points } = pointsOf(near.map(([lon, lat]) => ({ lon: lon!, lat: lat! })));
        const want = near.flatMap((p, i) => (booleanPointInPolygon(p, poly) ? [i] : []));
        expect([...classifyInArea(poly, points).positions]).toEqual(want);
        expect([...classifyInArea(poly, points, { index: buildPointIndex(points) }).positions]).toEqual(want);
      }),
      { numRuns: 150, seed: 8 },
    );
  });

  it('on a real state polygon (Rajasthan), 20,000 random points in its box', () => {
    const states = JSON.parse(readFileSync('geodata/boundaries/states.geojson', 'utf8')) as {
      features: { properties: { code: string }; geometry: AreaGeometry }[];
    };
    const rj = states.features.find((f) => f.properties.code === 'IN-RJ')!.geometry;
    const area = prepareArea(rj);
    const [a, b, c, d] = area.bbox;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: a, max: c, noNaN: true }), fc.double({ min: b, max: d, noNaN: true })),
          {
            minLength: 2000,
            maxLength: 2000,
          },
        ),
        (pts) => {
          for (const p of pts) expect(isPointInArea(area, p[0], p[1])).toBe(booleanPointInPolygon(p, rj));
        },
      ),
      { numRuns: 10, seed: 3 },
    );
  });
});

describe('boundary points of a real polygon', () => {
  it('every vertex and edge midpoint of Rajasthan: same answer as Turf', () => {
    const states = JSON.parse(readFileSync('geodata/boundaries/states.geojson', 'utf8')) as {
      features: { properties: { code: string }; geometry: AreaGeometry }[];
    };
    const rj = states.features.find((f) => f.properties.code === 'IN-RJ')!.geometry as Polygon;
    const area = prepareArea(rj);
    const ring = rj.coordinates[0]!;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i]!, ring[i + 1]!];
      for (const p of [a, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], [a[0]! + 1e-9, a[1]!]])
        expect(isPointInArea(area, p[0]!, p[1]!), JSON.stringify(p)).toBe(booleanPointInPolygon(p, rj));
    }
  });
});

describe("distance to an area's boundary equals the brute-force Turf minimum", () => {
  it('random points and disc radii around real state outlines (the planar screening keeps the nearest edge)', () => {
    const states = JSON.parse(readFileSync('geodata/boundaries/states.geojson', 'utf8')) as {
      features: { properties: { code: string }; geometry: AreaGeometry }[];
    };
    for (const code of ['IN-CG', 'IN-LA', 'IN-KL', 'IN-OD', 'IN-AN']) {
      const g = states.features.find((f) => f.properties.code === code)!.geometry;
      const area = prepareArea(g);
      const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
      const [a, b, c, d] = area.bbox;
      fc.assert(
        fc.property(
          fc.double({ min: a - 1, max: c + 1, noNaN: true }),
          fc.double({ min: b - 1, max: d + 1, noNaN: true }),
          fc.constantFrom(5, 35, 150),
          fc.double({ min: 1e-6, max: 0.05, noNaN: true }),
          (lon, lat, km, f) => {
            const got = distanceToBoundaryWithinKm(area, lon, lat, km);
            const [x0, y0, x1, y1] = discBboxDeg(lon, lat, km);
            let want = Infinity;
            for (const ring of rings)
              for (let i = 0; i + 1 < ring.length; i++) {
                const [p, q] = [ring[i]!, ring[i + 1]!];
                const meets =
                  Math.min(p[0]!, q[0]!) <= x1 &&
                  Math.max(p[0]!, q[0]!) >= x0 &&
                  Math.min(p[1]!, q[1]!) <= y1 &&
                  Math.max(p[1]!, q[1]!) >= y0;
                if (!meets) continue;
                const dist = pointToLineDistance([lon, lat], lineString([p, q]), { units: 'kilometers' });
                if (dist < want) want = dist;
              }
            if (want === Infinity) expect(got).toBe(Infinity);
            else expect(got).toBeCloseTo(want, 9);
            // The classifier's test (is an edge within the radius?) agrees with the minimum, for
            // the radius drawn and, when the minimum is within it (so the true nearest edge is
            // among those measured), for radii just either side of that distance.
            for (const r of want > km ? [km] : [km, want * (1 - f), want * (1 + f), want]) {
              expect(boundaryWithinKm(area, lon, lat, r, true), `< ${r}`).toBe(want < r);
              expect(boundaryWithinKm(area, lon, lat, r, false), `<= ${r}`).toBe(want <= r);
            }
          },
        ),
        { numRuns: 120, seed: 11 },
      );
    }
  }, 60_000);
});

describe('radius query follows Turf distance', () => {
  it('classes and ranges, with imprecise points, indexed and not', () => {
    const precision = fc.constantFrom('site', 'locality', 'district', 'state');
    fc.assert(
      fc.property(
        lonLat,
        fc.array(fc.record({ p: lonLat, precision }), { minLength: 1, maxLength: 80 }),
        fc.double({ min: 1, max: 1500, noNaN: true }),
        (o, list, radiusKm) => {
          const { points } = pointsOf(list.map(({ p, precision }) => ({ lon: p[0], lat: p[1], precision })));
          const want = list
            .map(({ p }, i) => {
              const dd = distance(o, p, { units: 'kilometers' });
              const [lo, hi] = distanceRangeKm(dd, points.radiiKm[i]!);
              return { i, lo, hi, cls: hi <= radiusKm ? INSIDE : lo <= radiusKm ? POSSIBLY : 0 };
            })
            .filter((x) => x.cls)
            .sort((x, y) => x.lo - y.lo || x.hi - y.hi || x.i - y.i);
          for (const index of [null, buildPointIndex(points)]) {
            const got = withinRadius(points, { lon: o[0], lat: o[1] }, radiusKm, { index });
            expect([...got.positions]).toEqual(want.map((x) => x.i));
            expect([...got.classes]).toEqual(want.map((x) => x.cls));
            want.forEach((x, j) => {
              expect(got.rangesKm[2 * j]).toBeCloseTo(x.lo, 2);
              expect(got.rangesKm[2 * j + 1]).toBeCloseTo(x.hi, 2);
            });
          }
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe('nearest agrees with a brute-force Turf loop', () => {
  it('site points: the k nearest by turf.distance', () => {
    fc.assert(
      fc.property(
        lonLat,
        fc.array(lonLat, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        (o, pts, k) => {
          const { points } = pointsOf(pts.map(([lon, lat]) => ({ lon, lat })));
          const brute = pts
            .map((p, i) => ({ i, d: distance(o, p, { units: 'kilometers' }) }))
            .sort((a, b) => a.d - b.d || a.i - b.i)
            .slice(0, k);
          const got = nearestK(points, { lon: o[0], lat: o[1] }, k, { index: buildPointIndex(points) });
          expect([...got.positions]).toEqual(brute.map((x) => x.i));
          expect([...nearestK(points, { lon: o[0], lat: o[1] }, k).positions]).toEqual(brute.map((x) => x.i));
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('imprecise points: indexed ranking by range equals the brute-force ranking', () => {
    const precision = fc.constantFrom('site', 'locality', 'district', 'state', 'country');
    fc.assert(
      fc.property(
        lonLat,
        fc.array(fc.record({ p: lonLat, precision }), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        (o, list, k) => {
          const { points } = pointsOf(list.map(({ p, precision }) => ({ lon: p[0], lat: p[1], precision })));
          const brute = list
            .map(({ p }, i) => {
              const [lo, hi] = distanceRangeKm(distance(o, p, { units: 'kilometers' }), points.radiiKm[i]!);
              return { i, lo, hi };
            })
            .sort((a, b) => a.lo - b.lo || a.hi - b.hi || a.i - b.i)
            .slice(0, k);
          const got = nearestK(points, { lon: o[0], lat: o[1] }, k, { index: buildPointIndex(points) });
          expect([...got.positions]).toEqual(brute.map((x) => x.i));
        },
      ),
      { numRuns: 200, seed: 12 },
    );
  });
});
