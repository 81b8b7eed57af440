/**
 * Zipped shapefiles through shpjs: every `.shp` in the archive with its `.dbf` (attributes),
 * `.prj` (reprojected to WGS84 by shpjs's proj4) and `.cpg` (code page), extensions in any case.
 */
import { parseDbf, parseShp } from 'shpjs';
import { acceptFeatures } from './features';
import { throwIfAborted } from './progress';
import { excerpt, ReasonCollector } from './report';
import type { ImportResult, ParseOptions } from './types';
import { unzipEntries } from './xml';

const PART = /\.(shp|dbf|prj|cpg)$/i;

/** WKT (1 or 2) or a PROJ string: anything else (an HTML page…) is not a projection. */
const PROJECTION =
  /^\s*(PROJCS|GEOGCS|GEOCCS|COMPD_CS|LOCAL_CS|PROJCRS|GEOGCRS|GEODCRS|BOUNDCRS|COMPOUNDCRS|\+proj=)/i;

const decoder = new TextDecoder();

/**
 * Parses a zipped shapefile. Fails when the bytes are not a zip, or the zip has no `.shp` (a
 * spreadsheet gets its own message). Shapes past the `.dbf`'s record count that are null are
 * the padding some writers leave at the end of the `.shp`, not records: they are dropped.
 */
export async function parseShapefileZip(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ImportResult> {
  if (bytes.length === 0) return { ok: false, error: { key: 'import.error.empty' } };
  throwIfAborted(options.signal);
  const z = unzipEntries(bytes, (n) => PART.test(n) && !n.startsWith('__MACOSX/') && !/(^|\/)\._/.test(n));
  if (!z.ok) return z;
  const byLower = new Map(Object.keys(z.files).map((n) => [n.toLowerCase(), n]));
  const shps = [...byLower.keys()].filter((n) => n.endsWith('.shp'));
  if (shps.length === 0) {
    if (z.names.includes('[Content_Types].xml') && z.names.some((n) => n.startsWith('xl/')))
      return { ok: false, error: { key: 'import.error.spreadsheet' } };
    const found = [...new Set(z.names.map((n) => /\.([^./]+)$/.exec(n)?.[1]?.toLowerCase() ?? n))].slice(
      0,
      10,
    );
    return {
      ok: false,
      error: { key: 'import.error.noShp', params: { found: excerpt(found.join(', ') || '—') } },
    };
  }
  const c = new ReasonCollector(options.limits);
  const raws: unknown[] = [];
  for (const shp of shps) {
    const base = shp.slice(0, -4);
    const part = (ext: string) => {
      const name = byLower.get(`${base}.${ext}`);
      return name === undefined ? undefined : z.files[name];
    };
    const prjBytes = part('prj');
    let prj: string | undefined = prjBytes ? decoder.decode(prjBytes) : undefined;
    if (prj !== undefined && !PROJECTION.test(prj)) {
      c.warn('unreadableProjection', -1, byLower.get(shp)!);
      prj = undefined;
    }
    const cpgBytes = part('cpg');
    const dbfBytes = part('dbf');
    let shapes: ReturnType<typeof parseShp>;
    let records: Record<string, unknown>[] = [];
    try {
      shapes = parseShp(part('shp')!, prj ?? false);
      if (dbfBytes) records = parseDbf(dbfBytes, cpgBytes ? decoder.decode(cpgBytes).trim() : undefined);
    } catch {
      return {
        ok: false,
        error: { key: 'import.error.badShp', params: { name: excerpt(byLower.get(shp)!) } },
      };
    }
    let n = shapes.length;
    if (dbfBytes) while (n > records.length && shapes[n - 1] == null) n--;
    for (let i = 0; i < n; i++)
      raws.push({ type: 'Feature', geometry: shapes[i] ?? null, properties: records[i] ?? {} });
  }
  options.onProgress?.(0.5);
  return acceptFeatures(raws, 'shapefile-zip', c, options, [0.5, 1]);
}
