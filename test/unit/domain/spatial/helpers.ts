/** Factories for the spatial tests: point sets and rows from plain values. */
import type { Row } from '../../../../src/domain/model/fields';
import { pointSetFromRows } from '../../../../src/domain/spatial/point-set';
import type { PointSet } from '../../../../src/domain/spatial/types';
export { mulberry32 } from '../../../../scripts/lib/random';

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
