/** The URL area codec: round trips at 1e-4°, and a 50-vertex polygon link stays well under 2,000 characters. */
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  decodeArea,
  decodeSpatial,
  encodeArea,
  encodeSpatial,
  roundCoordinate,
} from '../../../../src/domain/spatial/area-codec';

/** A 50-vertex star polygon spanning several degrees (vertices far apart: the worst case for deltas). */
function star(n: number, cx: number, cy: number, seed: number): Polygon {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = 2 + ((Math.sin(seed * (i + 1)) + 1) / 2) * 3;
    ring.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

describe('area codec', () => {
  it('a 50-vertex polygon with its query stays well under 2,000 URL characters', () => {
    const s = encodeSpatial({ kind: 'within' }, { kind: 'polygon', geometry: star(50, 80, 22, 7) });
    const inUrl = `https://example.org/?view=5/22/80&area=${encodeURIComponent(s)}`;
    expect(inUrl.length).toBeLessThan(1200);
  });

  it('round-trips polygons (rounded to 1e-4°), circles, rectangles and corridors', () => {
    const poly = star(12, 78, 21, 3);
    const back = decodeArea(encodeArea({ kind: 'polygon', geometry: poly }));
    expect(back?.kind).toBe('polygon');
    const ring = (back as { geometry: Polygon }).geometry.coordinates[0]!;
    expect(ring).toEqual(poly.coordinates[0]!.map((p) => p.map(roundCoordinate)));
    expect(decodeArea(encodeArea({ kind: 'circle', center: [77.209, 28.6139], radiusKm: 12.5 }))).toEqual({
      kind: 'circle',
      center: [77.209, 28.6139],
      radiusKm: 12.5,
    });
    expect(decodeArea(encodeArea({ kind: 'rectangle', bbox: [76.5, 20.25, 78, 22] }))).toEqual({
      kind: 'rectangle',
      bbox: [76.5, 20.25, 78, 22],
    });
    const line: [number, number][] = [
      [76, 20],
      [77, 20],
      [77, 21.5],
    ];
    expect(decodeArea(encodeArea({ kind: 'corridor', line, halfWidthKm: 10 }))).toEqual({
      kind: 'corridor',
      line,
      halfWidthKm: 10,
    });
  });

  it('round-trips multipolygons with holes', () => {
    const sq = (a: number, b: number, c: number, d: number) => [
      [a, b],
      [c, b],
      [c, d],
      [a, d],
      [a, b],
    ];
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[sq(70, 20, 71, 21), sq(70.2, 20.2, 70.5, 20.5)], [sq(73, 20, 74, 21)]],
    };
    expect(decodeArea(encodeArea({ kind: 'polygon', geometry }))).toEqual({ kind: 'polygon', geometry });
  });

  it('query and area together', () => {
    const s = encodeSpatial(
      { kind: 'nearest', dataset: 'processing', k: 5 },
      { kind: 'circle', center: [80, 20], radiusKm: 100 },
    );
    expect(decodeSpatial(s)).toEqual({
      query: { kind: 'nearest', dataset: 'processing', k: 5 },
      area: { kind: 'circle', center: [80, 20], radiusKm: 100 },
    });
    const p = encodeSpatial(
      { kind: 'preset', preset: 'coal-near-ree-graphite', km: 50 },
      { kind: 'rectangle', bbox: [70, 10, 90, 30] },
    );
    expect(decodeSpatial(p)?.query).toEqual({ kind: 'preset', preset: 'coal-near-ree-graphite', km: 50 });
  });

  it('random circles round-trip to 1e-4°', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (lon, lat, m) => {
          const d = decodeArea(encodeArea({ kind: 'circle', center: [lon, lat], radiusKm: m / 1000 }));
          expect(d?.kind).toBe('circle');
          const c = d as { center: [number, number]; radiusKm: number };
          expect(Math.abs(c.center[0] - lon)).toBeLessThanOrEqual(0.00005 + 1e-9);
          expect(Math.abs(c.center[1] - lat)).toBeLessThanOrEqual(0.00005 + 1e-9);
          expect(c.radiusKm).toBeCloseTo(m / 1000, 3);
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });
});
