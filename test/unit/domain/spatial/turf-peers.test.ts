/**
 * Turf's own test cases (../shared/fixtures/peers/turf, read in place, never copied) with the
 * results Turf declares: point in polygon (boundary inside), within (boundary not inside),
 * points within polygons, distance and nearest point.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { classifyInArea } from '../../../../src/domain/spatial/classify-in-area';
import { buildPointIndex } from '../../../../src/domain/spatial/index-points';
import { nearestK } from '../../../../src/domain/spatial/nearest';
import { distanceToBoundaryWithinKm } from '../../../../src/domain/spatial/classify-in-area';
import { isPointInArea, prepareArea } from '../../../../src/domain/spatial/prepare-area';
import { distanceKm } from '../../../../src/domain/spatial/within-radius';
import type { AreaGeometry } from '../../../../src/domain/spatial/types';
import { pointsOf } from './helpers';

const ROOT = join(process.cwd(), '..', 'shared', 'fixtures', 'peers', 'turf');
const present = existsSync(ROOT);
if (!present) console.warn(`SKIPPED: Turf peer cases not found at ${ROOT} (a clone without ../shared)`);

const json = <T>(p: string): T => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as T;
const areaIn = (g: { type: string; geometry?: unknown; features?: Feature[] }): AreaGeometry => {
  if (g.type === 'FeatureCollection')
    return g.features!.find((f) => f.geometry.type.endsWith('Polygon'))!.geometry as AreaGeometry;
  if (g.type === 'Feature') return g.geometry as AreaGeometry;
  return g as unknown as AreaGeometry;
};

/** Within, with Turf's rule that the boundary is not within: inside and not on any edge. */
const within = (area: AreaGeometry, p: Position) => {
  const pa = prepareArea(area);
  return isPointInArea(pa, p[0]!, p[1]!) && distanceToBoundaryWithinKm(pa, p[0]!, p[1]!, 0.001) > 1e-9;
};

describe.skipIf(!present)('Turf peer cases', () => {
  it('boolean-point-in-polygon: every declared case (default: boundary inside)', () => {
    const { cases } = json<{
      cases: {
        test: string;
        polygon?: unknown;
        polygonFile?: string;
        point: [number, number];
        inside_default: boolean;
      }[];
    }>('boolean-point-in-polygon/cases.json');
    expect(cases.length).toBe(50);
    for (const c of cases) {
      const area = areaIn((c.polygon ?? json(`boolean-point-in-polygon/${c.polygonFile}`)) as never);
      const { points } = pointsOf([{ lon: c.point[0], lat: c.point[1] }]);
      const got = classifyInArea(area, points, { index: buildPointIndex(points) }).positions.length === 1;
      expect(got, `${c.test} ${JSON.stringify(c.point)}`).toBe(c.inside_default);
    }
  });

  it('boolean-within: true/ and false/ folders (boundary not within)', () => {
    let n = 0;
    for (const verdict of ['true', 'false'])
      for (const kind of ['Polygon', 'MultiPolygon']) {
        const dir = `boolean-within/${verdict}/Point/${kind}`;
        for (const f of readdirSync(join(ROOT, dir))) {
          const fcol = json<FeatureCollection>(`${dir}/${f}`);
          const pt = fcol.features.find((x) => x.geometry.type === 'Point') as Feature<Point>;
          expect(within(areaIn(fcol), pt.geometry.coordinates), f).toBe(verdict === 'true');
          n++;
        }
      }
    expect(n).toBe(9);
  });

  it('points-within-polygon: declared feature counts (Point cases)', () => {
    type GeoJsonIn = FeatureCollection | Feature | Feature['geometry'];
    const { cases } = json<{
      cases: { test: string; points: GeoJsonIn; polygons: GeoJsonIn; expect: { features: number } }[];
    }>('points-within-polygon/cases.json');
    const featuresOf = (g: GeoJsonIn): Feature[] =>
      g.type === 'FeatureCollection'
        ? g.features
        : g.type === 'Feature'
          ? [g]
          : [{ type: 'Feature', properties: {}, geometry: g }];
    let checked = 0;
    for (const c of cases) {
      const pointFeatures = featuresOf(c.points);
      if (!pointFeatures.every((f) => f.geometry.type === 'Point')) continue;
      const pts = pointFeatures.map((f) => (f.geometry as Point).coordinates);
      const { points } = pointsOf(pts.map(([lon, lat]) => ({ lon: lon!, lat: lat! })));
      const inside = new Set<number>();
      for (const poly of featuresOf(c.polygons))
        for (const p of classifyInArea(poly.geometry as AreaGeometry, points).positions) inside.add(p);
      expect(inside.size, c.test).toBe(c.expect.features);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('distance: 97.129 km between the two points', () => {
    const fcol = json<FeatureCollection<Point>>('distance/in/points.geojson');
    const want = json<{ kilometers: number }>('distance/out/points.json').kilometers;
    const [a, b] = fcol.features.map((f) => f.geometry.coordinates) as [Position, Position];
    expect(distanceKm(a[0]!, a[1]!, b[0]!, b[1]!)).toBeCloseTo(want, 9);
  });

  it('nearest-point: the declared nearest of 17 points, 7.479 km away', () => {
    const input = json<FeatureCollection<Point> & { properties: { targetPoint: [number, number] } }>(
      'nearest-point/in/points.json',
    );
    const out = json<FeatureCollection<Point>>('nearest-point/out/points.json');
    const star = out.features.find((f) => f.properties?.['marker-symbol'] === 'star')!;
    const [lon, lat] = input.properties.targetPoint;
    const { points } = pointsOf(
      input.features.map((f) => ({ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! })),
    );
    const got = nearestK(points, { lon, lat }, 1, { index: buildPointIndex(points) });
    expect(got.positions[0]).toBe(star.properties!.featureIndex);
    expect(got.rangesKm[0]).toBeCloseTo(star.properties!.distanceToPoint as number, 4);
  });
});
