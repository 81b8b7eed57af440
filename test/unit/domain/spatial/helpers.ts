/** Factories for the spatial tests: point sets and rows from plain values. */
import type { Row } from '../../../../src/domain/model/fields';
import { pointSetFromRows } from '../../../../src/domain/spatial/point-set';
import type { PointSet } from '../../../../src/domain/spatial/types';

export function makeRow(
  index: number,
  lon: number,
  lat: number,
  precision = 'site',
  extra: Record<string, string | string[] | null> = {},
): Row {
  return { id: `r${index}`, index, lon, lat, values: { precision, ...extra } };
}

export function pointsOf(list: readonly { lon: number; lat: number; precision?: string }[]): {
  rows: Row[];
  points: PointSet;
} {
  const rows = list.map((p, i) => makeRow(i, p.lon, p.lat, p.precision ?? 'site'));
  return { rows, points: pointSetFromRows(rows) };
}

/** A small seeded PRNG (mulberry32), for reproducible synthetic inputs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
