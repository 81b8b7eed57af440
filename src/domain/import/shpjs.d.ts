/** The part of shpjs (no types of its own) the shapefile reader uses. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, reprojected to WGS84 when `prj` (WKT) is given; null for null shapes. */
  export function parseShp(
    shp: Uint8Array | ArrayBuffer | DataView,
    prj?: string | false,
  ): (Geometry | null)[];
  /** Records of a .dbf, decoded with the `.cpg` code page when given. */
  export function parseDbf(dbf: Uint8Array | ArrayBuffer | DataView, cpg?: string): Record<string, unknown>[];
}
