/** Zipped shapefiles: shapes with attributes, reprojection from the .prj, broken archives. */
import { describe, expect, it } from 'vitest';
import { parseShapefileZip } from '../../../../src/domain/import';
import {
  pointShp,
  rejectionCounts,
  success,
  textDbf,
  UTM44N_PRJ,
  warningCounts,
  WGS84_PRJ,
  zip,
} from './helpers';

const pos = (f: { geometry: unknown }) => (f.geometry as { coordinates: number[] }).coordinates;

describe('parseShapefileZip', () => {
  it('reads points with their attributes (WGS 84)', async () => {
    const r = success(
      await parseShapefileZip(
        zip({
          'sites.shp': pointShp([
            [82.54, 22.5],
            [85.3, 23.3],
          ]),
          'sites.dbf': textDbf(['NAME'], [['Katghora'], ['<img src=x onerror=alert(1)>']]),
          'sites.prj': WGS84_PRJ,
        }),
      ),
    );
    expect(r.features.map(pos)).toEqual([
      [82.54, 22.5],
      [85.3, 23.3],
    ]);
    expect(r.features.map((f) => f.properties.NAME)).toEqual(['Katghora', '<img src=x onerror=alert(1)>']);
  });

  it('reprojects a projected layer (UTM 44N metres) into India with its .prj', async () => {
    const r = success(
      await parseShapefileZip(
        zip({ 'utm/raipur.shp': pointShp([[566_000, 2_350_000]]), 'utm/raipur.PRJ': UTM44N_PRJ }),
      ),
    );
    const [lon, lat] = pos(r.features[0]!);
    expect(lon).toBeGreaterThan(81.5);
    expect(lon).toBeLessThan(81.8);
    expect(lat).toBeGreaterThan(21.1);
    expect(lat).toBeLessThan(21.4);
  });

  it('without a .prj, rejects metres as projected instead of drawing them off the map', async () => {
    const r = success(await parseShapefileZip(zip({ 'raipur.shp': pointShp([[566_000, 2_350_000]]) })));
    expect(rejectionCounts(r)).toEqual({ projected: 1 });
  });

  it('ignores a .prj that is not a projection, and says so', async () => {
    const r = success(
      await parseShapefileZip(
        zip({ 'a.shp': pointShp([[82, 22]]), 'a.prj': '<!DOCTYPE html><html></html>' }),
      ),
    );
    expect(r.features.map(pos)).toEqual([[82, 22]]);
    expect(warningCounts(r)).toEqual({ unreadableProjection: 1 });
  });

  it('fails with a clear message for a zip without a .shp, naming what it holds', async () => {
    const r = await parseShapefileZip(zip({ 'counties.dbf': textDbf(['A'], [['x']]), 'notes.txt': 'hi' }));
    expect(r).toMatchObject({
      ok: false,
      error: { key: 'import.error.noShp', params: { found: 'dbf, txt' } },
    });
  });

  it('recognises a spreadsheet (xlsx is a zip too)', async () => {
    const r = await parseShapefileZip(
      zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
    );
    expect(r).toMatchObject({ ok: false, error: { key: 'import.error.spreadsheet' } });
  });

  it('fails on bytes that are not a zip, on an empty file, and on a truncated .shp', async () => {
    expect(await parseShapefileZip(new Uint8Array([1, 2, 3, 4, 5]))).toMatchObject({
      ok: false,
      error: { key: 'import.error.badZip' },
    });
    expect(await parseShapefileZip(new Uint8Array())).toMatchObject({
      ok: false,
      error: { key: 'import.error.empty' },
    });
    const broken = pointShp([[82, 22]]).subarray(0, 60);
    const r = await parseShapefileZip(zip({ 'a.shp': broken }));
    expect(r.ok).toBe(false);
  });
});
