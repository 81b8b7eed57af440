/**
 * Conformance with other projects' own test files (../shared/fixtures/peers, read in place,
 * never copied): togeojson's KML/GPX, giscore's KMZs, shpjs's zipped shapefiles, csv2geojson's
 * tables and geojsonhint's valid and invalid GeoJSON, asserting the results their authors
 * declare (MANIFEST.json). Where our rules differ from a peer's, the case says so and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGeoJson, parseImportFile, type ImportSuccess } from '../../../../src/domain/import';

const ROOT = join(process.cwd(), '..', 'shared', 'fixtures', 'peers');
const present = existsSync(join(ROOT, 'MANIFEST.json'));
if (!present) console.warn(`SKIPPED: import peer cases not found at ${ROOT} (a clone without ../shared)`);

interface Entry {
  path: string;
  format: string;
  expected: Record<string, unknown> & { [k: string]: never | unknown };
}
const manifest = (): Entry[] =>
  (JSON.parse(readFileSync(join(ROOT, 'MANIFEST.json'), 'utf8')) as { files: Entry[] }).files;
const entries = (re: RegExp) => (present ? manifest().filter((e) => re.test(e.path)) : []);
const read = (p: string) => new Uint8Array(readFileSync(join(ROOT, p)));
const parse = async (p: string, options = {}) => parseImportFile(p, read(p), options);

function ok(r: Awaited<ReturnType<typeof parse>>): ImportSuccess & { format?: string } {
  if (!r.ok) throw new Error(`failed: ${r.error.key}`);
  return r;
}
const count = (r: ImportSuccess, kind: string) =>
  r.report.rejections.find((g) => g.kind === kind)?.count ?? 0;
const types = (r: ImportSuccess) => {
  const out: Record<string, number> = {};
  for (const f of r.features) out[f.geometry.type] = (out[f.geometry.type] ?? 0) + 1;
  return out;
};
const firstPosition = (g: { type: string; coordinates?: unknown; geometries?: unknown[] }): unknown => {
  let c: unknown =
    g.type === 'GeometryCollection'
      ? (g.geometries![0] as { coordinates: unknown }).coordinates
      : g.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return c;
};
const bboxOf = (r: ImportSuccess) => {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0]!, c[0]);
      b[1] = Math.min(b[1]!, c[1] as number);
      b[2] = Math.max(b[2]!, c[0]);
      b[3] = Math.max(b[3]!, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of r.features) visit((f.geometry as { coordinates: unknown }).coordinates);
  return b;
};
const without = <T extends Record<string, number>>(o: T, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

describe.skipIf(!present)('peers: the manifest', () => {
  // Declared statically, so the file has a (skipped) test even without ../shared.
  it('lists every peer file this suite reads', () => {
    const used = manifest().filter((e) =>
      /^(togeojson\/[^/]+\.(kml|gpx)$|kmz\/|shapefile\/|csv\/csv2geojson\/[^/]+\.(csv|tsv|dsv|psv)$|geojson\/geojsonhint\/.*\.geojson$)/.test(
        e.path,
      ),
    );
    expect(used.length).toBe(22 + 9 + 20 + 12 + 61);
  });
});

describe.skipIf(!present)('peers: togeojson KML and GPX (snapshot counts)', () => {
  /**
   * The snapshot is togeojson 7.1.2's; the installed 7.1.3 reads a gx:Track beside an empty
   * <Point> as the placemark's LineString (2 of addresses.kml's 7 placed placemarks). Counts agree.
   */
  const TYPES_CHANGED: Record<string, Record<string, number>> = {
    'togeojson/addresses.kml': { Point: 5, LineString: 2 },
  };
  for (const e of entries(/^togeojson\/[^/]+\.(kml|gpx)$/)) {
    it(e.path, async () => {
      const x = e.expected as {
        features: number;
        nullGeometries: number;
        geometryTypes: Record<string, number>;
        firstFeature?: {
          name?: string;
          geometryType: string | null;
          firstPosition: number[] | null;
          propertyKeys: string[];
        };
      };
      const r = ok(await parse(e.path));
      // togeojson keeps placemarks without geometry; we count them as rejected (nothing to draw).
      expect(r.features.length + count(r, 'emptyGeometry')).toBe(x.features);
      expect(count(r, 'emptyGeometry')).toBe(x.nullGeometries);
      expect(r.report.rejected).toBe(x.nullGeometries);
      if (TYPES_CHANGED[e.path]) expect(types(r)).toEqual(TYPES_CHANGED[e.path]);
      else expect(types(r)).toEqual(without(x.geometryTypes, 'null'));
      const ff = x.firstFeature;
      if (ff && ff.geometryType !== null) {
        const f = r.features[0]!;
        expect(f.geometry.type).toBe(ff.geometryType);
        expect(firstPosition(f.geometry as never)).toEqual(ff.firstPosition);
        if (ff.name !== undefined) expect(f.properties.name).toBe(ff.name);
        // We drop togeojson's per-vertex `coordinateProperties` (times, heart rates): not fields.
        expect(Object.keys(f.properties).sort()).toEqual(
          ff.propertyKeys.filter((k) => k !== 'coordinateProperties'),
        );
      }
    });
  }
});

describe.skipIf(!present)('peers: giscore KMZs (placemark counts)', () => {
  for (const e of entries(/^kmz\//)) {
    it(e.path, async () => {
      const x = e.expected as {
        placemarks: number;
        derivedFromArchive: { togeojsonGeometryTypesOfPlacemarks: Record<string, number> };
      };
      const r = ok(await parse(e.path));
      expect(r.format).toBe('kmz');
      // Linked KML files inside the archive are followed; the NetworkLinks themselves are no features.
      expect(r.features).toHaveLength(x.placemarks);
      expect(types(r)).toEqual(x.derivedFromArchive.togeojsonGeometryTypesOfPlacemarks);
    });
  }
});

describe.skipIf(!present)('peers: shpjs zipped shapefiles', () => {
  /** Cases whose peer count is shpjs's reading of padding, not records (see MANIFEST `caution`). */
  const FORMAT_CORRECT: Record<string, { accepted: number; types: Record<string, number> }> = {
    'shapefile/T8Th4_6n.zip': { accepted: 1, types: { LineString: 1 } },
    'shapefile/zipped-by-us/ipra_dresden_polygon.zip': { accepted: 1, types: { Polygon: 1 } },
  };
  for (const e of entries(/^shapefile\//)) {
    it(e.path, async () => {
      const x = e.expected as Record<string, unknown> & {
        derived: {
          shpjs_5_0_0: {
            features?: number;
            geometryTypes?: Record<string, number>;
            bboxWgs84?: number[];
            firstProps?: Record<string, unknown>;
          };
        };
      };
      const r = await parse(e.path);
      if (x.rejected) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['import.error.badZip', 'import.error.noShp']).toContain(r.error.key);
        return;
      }
      const s = ok(r);
      const fixed = FORMAT_CORRECT[e.path];
      if (fixed) {
        expect(s.features).toHaveLength(fixed.accepted);
        expect(types(s)).toEqual(fixed.types);
        // The padding is no records: not reported as features without geometry either.
        expect(s.report.rejected).toBe(0);
        return;
      }
      // Where shpjs itself fails (htmlprj), the independent `shapefile` reader's counts stand.
      const d =
        x.derived.shpjs_5_0_0.features === undefined
          ? (x.derived as Record<string, typeof x.derived.shpjs_5_0_0>).shapefile_0_6_6!
          : x.derived.shpjs_5_0_0;
      const nulls = d.geometryTypes?.null ?? 0;
      if (typeof x.features === 'number')
        expect(s.features.length + count(s, 'emptyGeometry')).toBe(x.features);
      expect(count(s, 'emptyGeometry')).toBe(nulls);
      expect(types(s)).toEqual(without(d.geometryTypes ?? {}, 'null'));
      // Reprojected layers land where the peer puts them (Massachusetts for the projected ones).
      if (d.bboxWgs84) bboxOf(s).forEach((v, i) => expect(v).toBeCloseTo(d.bboxWgs84![i]!, 4));
      if (d.firstProps && nulls === 0) expect({ ...s.features[0]!.properties }).toEqual(d.firstProps);
      if (x.fieldValues) expect(s.features.map((f) => f.properties.field)).toEqual(x.fieldValues);
      if (x['features[0].geometry.coordinates.length'] !== undefined)
        expect((s.features[0]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(
          x['features[0].geometry.coordinates.length'] as number,
        );
      if (x['features[0].geometry.coordinates'] !== undefined) {
        const got = (s.features[0]!.geometry as { coordinates: number[][] | number[][][] }).coordinates.flat(
          2,
        ) as number[];
        const want = (x['features[0].geometry.coordinates'] as unknown[]).flat(2) as number[];
        got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 9));
      }
      // LGA's peer index 4 is its one real shape: ours is the only accepted feature (12 nulls rejected).
      if (x['features[4].properties.LGA_NAME13'] !== undefined) {
        expect(s.features[0]!.properties.LGA_NAME13).toBe(x['features[4].properties.LGA_NAME13']);
        expect((s.features[0]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(
          x['features[4].geometry.coordinates.length'] as number,
        );
      }
      // htmlprj: shpjs's zip path throws on the HTML .prj; the peer's target is 2 points, .prj ignored.
      if (e.path.endsWith('htmlprj.zip'))
        expect(s.report.warnings.map((w) => w.kind)).toEqual(['unreadableProjection']);
    });
  }
});

describe.skipIf(!present)('peers: csv2geojson tables', () => {
  for (const e of entries(/^csv\/csv2geojson\/[^/]+\.(csv|tsv|dsv|psv)$/)) {
    it(e.path, async () => {
      const x = e.expected as {
        features: number;
        coordinates?: (number[] | null)[];
        properties?: Record<string, string>[];
        options?: { latfield: string; lonfield: string };
        errors?: { index: number }[];
      };
      const options = {
        ...(x.options ? { columns: { lat: x.options.latfield, lon: x.options.lonfield } } : {}),
        ...(e.path.includes('includeLatLon') ? { keepCoordinateColumns: true } : {}),
      };
      const r = await parse(e.path, options);
      if (x.coordinates?.[0] === null) {
        // No coordinate columns: csv2geojson makes a feature with geometry null; we ask for the columns.
        expect(r).toMatchObject({ ok: false, error: { key: 'import.error.noCoordinateColumns' } });
        return;
      }
      const s = ok(r);
      expect(s.features).toHaveLength(x.features);
      if (x.errors) {
        expect(s.report.rejections).toMatchObject([
          { kind: 'badCoordinate', examples: [{ index: x.errors[0]!.index }] },
        ]);
        return;
      }
      s.features.forEach((f, i) => {
        const c = (f.geometry as { coordinates: number[] }).coordinates;
        expect(c[0]).toBeCloseTo(x.coordinates![i]![0]!, 12);
        expect(c[1]).toBeCloseTo(x.coordinates![i]![1]!, 12);
        expect({ ...f.properties }).toEqual(x.properties![i]);
      });
    });
  }
});

describe.skipIf(!present)('peers: geojsonhint', () => {
  /** Where our importer's rules are not geojsonhint's, with the reason. */
  const DIFFERENT: Record<string, string> = {
    // geojsonhint checks structure only; RFC 7946 degrees cannot be −259/−134, so we reject the shape.
    'good/issue82.geojson': 'reject:outOfRange',
    // Valid GeoJSON, but there is nothing to draw.
    'good/nullgeometry.geojson': 'reject:emptyGeometry',
  };
  /** RFC 7946 "SHOULD avoid": harmless to import, so accepted as they are. */
  const ACCEPTED_SHOULD = new Set([
    'bad/geometrycollection_nested.geojson',
    'bad/geometrycollection_single.geojson',
  ]);

  const outcome = async (text: string): Promise<string[]> => {
    const r = await parseGeoJson(text);
    if (!r.ok) return [`fatal:${r.error.key}`];
    return [
      ...r.report.rejections.map((g) => `reject:${g.kind}`),
      ...r.report.warnings.map((g) => `warn:${g.kind}`),
    ];
  };

  for (const e of entries(/^geojson\/geojsonhint\/(good|bad)\/.*\.geojson$/)) {
    const name = e.path.replace('geojson/geojsonhint/', '');
    const verdict = (e.expected.verdict as string | undefined) ?? 'valid';
    it(`${name} (${verdict})`, async () => {
      const got = await outcome(new TextDecoder().decode(read(e.path)));
      if (DIFFERENT[name]) expect(got).toEqual([DIFFERENT[name]]);
      else if (verdict === 'invalid' && !ACCEPTED_SHOULD.has(name)) expect(got.length).toBeGreaterThan(0);
      else expect(got).toEqual([]);
    });
  }
});
