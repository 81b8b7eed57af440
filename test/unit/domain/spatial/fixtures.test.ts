/**
 * Every fixture pair in test/fixtures/spatial: `<case>.in.geojson` holds the area (or the circle
 * or corridor parameters in the collection's properties) and the points; `<case>.out.geojson`
 * the expected membership of each point.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { circleAroundPoint, corridorAroundLine, validateArea } from '../../../../src/domain/spatial/buffer';
import { classifyInArea } from '../../../../src/domain/spatial/classify-in-area';
import { buildPointIndex } from '../../../../src/domain/spatial/index-points';
import { withinRadius } from '../../../../src/domain/spatial/within-radius';
import { membershipName, type AreaGeometry } from '../../../../src/domain/spatial/types';
import { pointsOf } from './helpers';

const DIR = 'test/fixtures/spatial';
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.in.geojson'))
  .map((f) => f.replace('.in.geojson', ''));

const read = (f: string) =>
  JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as FeatureCollection & {
    properties: Record<string, unknown>;
  };

function areaOf(fc: ReturnType<typeof read>): AreaGeometry {
  const p = fc.properties;
  if (p.query === 'circle') {
    const r = circleAroundPoint(p.center as [number, number], p.radiusKm as number, 128);
    if (!r.ok) throw new Error(r.error.key);
    return r.value;
  }
  if (p.query === 'corridor') {
    const line = fc.features.find((f) => f.properties?.role === 'line') as Feature<LineString>;
    const r = corridorAroundLine(line.geometry, p.halfWidthKm as number);
    if (!r.ok) throw new Error(r.error.key);
    return r.value;
  }
  const g = fc.features.find((f) => f.properties?.role === 'area')!.geometry as AreaGeometry;
  const v = validateArea(g);
  if (!v.ok) throw new Error(v.error.key);
  return g;
}

describe('spatial fixtures', () => {
  it('has the cases the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  for (const name of cases) {
    it(name, () => {
      const input = read(`${name}.in.geojson`);
      const expected = read(`${name}.out.geojson`);
      const pts = input.features.filter((f) => f.properties?.role === 'point') as Feature<Point>[];
      const { points } = pointsOf(
        pts.map((f) => ({
          lon: f.geometry.coordinates[0]!,
          lat: f.geometry.coordinates[1]!,
          precision: f.properties!.precision as string,
        })),
      );
      const ids = pts.map((f) => f.properties!.id as string);
      const want = Object.fromEntries(
        expected.features.map((f) => [f.properties!.id, f.properties!.membership]),
      );
      const area = areaOf(input);
      const got = (index: ReturnType<typeof buildPointIndex>) => {
        const res = classifyInArea(area, points, { index });
        const m: Record<string, string> = Object.fromEntries(ids.map((id) => [id, 'out']));
        res.positions.forEach((p, j) => (m[ids[p]!] = membershipName(res.classes[j]!)!));
        return m;
      };
      expect(got(null)).toEqual(want);
      expect(got(buildPointIndex(points))).toEqual(want);
      if (input.properties.query === 'circle') {
        const [lon, lat] = input.properties.center as [number, number];
        const res = withinRadius(points, { lon, lat }, input.properties.radiusKm as number);
        const m: Record<string, string> = Object.fromEntries(ids.map((id) => [id, 'out']));
        res.positions.forEach((p, j) => (m[ids[p]!] = membershipName(res.classes[j]!)!));
        expect(m).toEqual(want);
      }
    });
  }
});
