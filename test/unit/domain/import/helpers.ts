/** Factories for import tests: bytes, tiny shapefiles and zips built in code (no binary fixtures). */
import { strToU8, zipSync } from 'fflate';
import type { ImportResult, ImportSuccess } from '../../../../src/domain/import';

export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

export const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

export const point = (coordinates: unknown, properties: unknown = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

/** The result as a success, failing the test with the error key otherwise. */
export function success(r: ImportResult): ImportSuccess {
  if (!r.ok) throw new Error(`expected success, got ${r.error.key} ${JSON.stringify(r.error.params ?? {})}`);
  return r;
}

/** The kinds of rejection and their counts: { projected: 2, … }. */
export const rejectionCounts = (r: ImportSuccess) =>
  Object.fromEntries(r.report.rejections.map((g) => [g.kind, g.count]));
export const warningCounts = (r: ImportSuccess) =>
  Object.fromEntries(r.report.warnings.map((g) => [g.kind, g.count]));

/** A Point shapefile (.shp) of the given positions. */
export function pointShp(points: readonly [number, number][]): Uint8Array {
  const recordBytes = 8 + 20;
  const size = 100 + points.length * recordBytes;
  const buf = new ArrayBuffer(size);
  const v = new DataView(buf);
  v.setInt32(0, 9994, false);
  v.setInt32(24, size / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, 1, true);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((n, i) =>
    v.setFloat64(36 + 8 * i, n, true),
  );
  points.forEach(([x, y], i) => {
    const o = 100 + i * recordBytes;
    v.setInt32(o, i + 1, false);
    v.setInt32(o + 4, 10, false);
    v.setInt32(o + 8, 1, true);
    v.setFloat64(o + 12, x, true);
    v.setFloat64(o + 20, y, true);
  });
  return new Uint8Array(buf);
}

/** A .dbf of text fields (each 50 characters wide, UTF-8). */
export function textDbf(fields: readonly string[], records: readonly (readonly string[])[]): Uint8Array {
  const width = 50;
  const headerLen = 32 + 32 * fields.length + 1;
  const recordLen = 1 + width * fields.length;
  const out = new Uint8Array(headerLen + recordLen * records.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([124, 1, 1], 1);
  v.setUint32(4, records.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recordLen, true);
  fields.forEach((name, i) => {
    const o = 32 + 32 * i;
    out.set(strToU8(name).subarray(0, 10), o);
    out[o + 11] = 'C'.charCodeAt(0);
    out[o + 16] = width;
  });
  out[headerLen - 1] = 0x0d;
  records.forEach((rec, r) => {
    const o = headerLen + r * recordLen;
    out[o] = 0x20;
    fields.forEach((_f, i) => {
      const cell = new Uint8Array(width).fill(0x20);
      cell.set(strToU8(rec[i] ?? '').subarray(0, width));
      out.set(cell, o + 1 + i * width);
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export const zip = (files: Record<string, Uint8Array | string>) =>
  zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
  );

/** WGS 84 / UTM zone 44N (EPSG:32644), as ESRI writes it. */
export const UTM44N_PRJ =
  'PROJCS["WGS_1984_UTM_Zone_44N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",81.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
