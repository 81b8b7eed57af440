/**
 * A distance matrix between selected features (geodesic, with ranges for imprecise ones),
 * and CSV text for it, guarded against formula injection and quoted per RFC 4180.
 */
import type { Row } from '../model/fields';
import { distanceRangeKm, uncertaintyRadiusKm } from './precision-disc';
import { distanceKm } from './within-radius';

/** One feature of the matrix: its label, true position and uncertainty radius. */
export interface MatrixItem {
  readonly id: string;
  readonly label: string;
  readonly lon: number;
  readonly lat: number;
  readonly radiusKm: number;
}

export interface DistanceMatrix {
  readonly items: readonly MatrixItem[];
  /** `[minKm, maxKm]` for pair (i, j) at `2 * (i * n + j)`; 0–0 on the diagonal. */
  readonly rangesKm: Float64Array;
}

/** A row as a matrix item (its name as label, radius from its precision). */
export function matrixItemFromRow(row: Row): MatrixItem {
  const name = row.values.name;
  return {
    id: row.id,
    label: typeof name === 'string' && name !== '' ? name : row.id,
    lon: row.lon,
    lat: row.lat,
    radiusKm: uncertaintyRadiusKm(row.values.precision),
  };
}

/** The matrix of distance ranges between every pair of items, km (symmetric). */
export function distanceMatrixKm(items: readonly MatrixItem[]): DistanceMatrix {
  const n = items.length;
  const rangesKm = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = items[i]!,
        b = items[j]!;
      const [lo, hi] = distanceRangeKm(distanceKm(a.lon, a.lat, b.lon, b.lat), a.radiusKm, b.radiusKm);
      rangesKm.set([lo, hi], 2 * (i * n + j));
      rangesKm.set([lo, hi], 2 * (j * n + i));
    }
  return { items, rangesKm };
}

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function guardCsvCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One CSV field: guarded, then quoted when it holds a quote, comma or line break (RFC 4180). */
export function csvField(s: string): string {
  const g = guardCsvCell(s);
  return /[",\r\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g;
}

/** CSV text of rows of cells, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A range as text, km: `97.1` for an exact distance, `40.0–110.0` for a range. */
export function formatRangeKm(minKm: number, maxKm: number, decimals = 1): string {
  const a = minKm.toFixed(decimals),
    b = maxKm.toFixed(decimals);
  return a === b ? a : `${a}–${b}`;
}

/** The matrix as CSV: a header of labels, then one row per item, distances in km. */
export function distanceMatrixCsv(m: DistanceMatrix, decimals = 1): string {
  const n = m.items.length;
  const rows: string[][] = [['km', ...m.items.map((it) => it.label)]];
  for (let i = 0; i < n; i++) {
    const row = [m.items[i]!.label];
    for (let j = 0; j < n; j++)
      row.push(formatRangeKm(m.rangesKm[2 * (i * n + j)]!, m.rangesKm[2 * (i * n + j) + 1]!, decimals));
    rows.push(row);
  }
  return toCsv(rows);
}
