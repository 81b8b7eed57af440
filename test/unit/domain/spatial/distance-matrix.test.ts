/** The distance matrix (ranges for imprecise features) and its CSV (formula guard, RFC 4180 quoting). */
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  distanceMatrixCsv,
  distanceMatrixKm,
  matrixItemFromRow,
  toCsv,
} from '../../../../src/domain/spatial/distance-matrix';
import { makeRow } from './helpers';

describe('distance matrix', () => {
  const rows = [
    makeRow(0, 77.209, 28.6139, 'site', { name: 'Delhi' }),
    makeRow(1, 72.8777, 19.076, 'district', { name: '=HYPERLINK("x")' }),
    makeRow(2, 80.27, 13.08, 'state', { name: 'Chennai, "Madras"' }),
  ];
  const m = distanceMatrixKm(rows.map(matrixItemFromRow));
  it('is symmetric with ranges widened by both radii', () => {
    const d01 = distance([77.209, 28.6139], [72.8777, 19.076], { units: 'kilometers' });
    expect(m.rangesKm[2 * 1]).toBeCloseTo(d01 - 35, 6);
    expect(m.rangesKm[2 * 1 + 1]).toBeCloseTo(d01 + 35, 6);
    expect(m.rangesKm[2 * 3]).toBe(m.rangesKm[2 * 1]);
    const d12 = distance([72.8777, 19.076], [80.27, 13.08], { units: 'kilometers' });
    expect(m.rangesKm[2 * 5 + 1]).toBeCloseTo(d12 + 185, 6);
    expect(m.rangesKm[0]).toBe(0);
  });
  it('CSV: guarded labels, quoted fields, ranges as min–max', () => {
    const csv = distanceMatrixCsv(m);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`km,Delhi,"'=HYPERLINK(""x"")","Chennai, ""Madras"""`);
    expect(lines[1]).toMatch(/^Delhi,0\.0,\d+\.\d–\d+\.\d,\d+\.\d–\d+\.\d$/);
    expect(lines).toHaveLength(5);
  });
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('field %j → %j', (s, want) => {
    expect(csvField(s)).toBe(want);
  });
  it('toCsv ends each record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });
});
