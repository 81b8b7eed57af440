/**
 * GeoJSON and NDJSON: valid files pass whole, each broken rule rejects its feature under its
 * own reason (with a count and examples), and hostile input stays inert text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGeoJson, parseNdjson } from '../../../../src/domain/import';
import { t } from '../../../../src/i18n';
import { fc, point, rejectionCounts, success, warningCounts } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('parseGeoJson: valid input', () => {
  it('accepts the RFC 7946 example collection whole (Point, LineString, Polygon)', async () => {
    const r = success(await parseGeoJson(fixture('rfc7946-example.geojson')));
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(r.report).toMatchObject({ format: 'geojson', total: 3, accepted: 3, rejected: 0 });
    expect(r.report.warnings).toEqual([]);
    // A nested value becomes JSON text: kept, never interpreted.
    expect(r.features[2]!.properties.prop1).toBe('{"this":"that"}');
  });

  it('reads a bare Feature and a bare geometry as one feature each', async () => {
    expect(success(await parseGeoJson(JSON.stringify(point([77.2, 28.6])))).features).toHaveLength(1);
    const g = success(await parseGeoJson('{"type":"MultiPoint","coordinates":[[77,28],[78,29]]}'));
    expect(g.features[0]!.geometry.type).toBe('MultiPoint');
  });

  it('keeps altitude, ids that are strings or numbers, and drops a bad id with a warning', async () => {
    const r = success(
      await parseGeoJson(
        fc([
          { ...point([77, 28, 210]), id: 'a-1' },
          { ...point([78, 29]), id: 7 },
          { ...point([79, 30]), id: { x: 1 } },
        ]),
      ),
    );
    expect(r.features.map((f) => f.id)).toEqual(['a-1', 7, undefined]);
    expect((r.features[0]!.geometry as { coordinates: number[] }).coordinates).toEqual([77, 28, 210]);
    expect(warningCounts(r)).toEqual({ badId: 1 });
  });
});

describe('parseGeoJson: each rejection reason', () => {
  const cases: [string, unknown, string][] = [
    ['non-finite (1e999 parses to Infinity)', '__INF__', 'nonFinite'],
    ['longitude 200', point([200, 10]), 'outOfRange'],
    ['latitude −95', point([80, -95]), 'outOfRange'],
    ['UTM metres', point([512345.6, 2345678.9]), 'projected'],
    [
      'an unclosed ring',
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [77, 20],
              [78, 20],
              [78, 21],
              [77, 21],
            ],
          ],
        },
      },
      'unclosedRing',
    ],
    [
      'a ring of three positions',
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [77, 20],
              [78, 20],
              [77, 20],
            ],
          ],
        },
      },
      'tooFewPositions',
    ],
    [
      'a one-point line',
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[77, 20]] } },
      'tooFewPositions',
    ],
    ['a null geometry', { type: 'Feature', properties: {}, geometry: null }, 'emptyGeometry'],
    [
      'an empty MultiPolygon',
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } },
      'emptyGeometry',
    ],
    ['null in features', null, 'notFeature'],
    ['a misspelt Feature type', { ...point([77, 28]), type: 'Featre' }, 'notFeature'],
    [
      'an unknown geometry type',
      { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [77, 28] } },
      'wrongType',
    ],
    ['coordinates as strings', point(['77.2', '28.6']), 'stringCoordinates'],
    ['coordinates as one string', point('77.2, 28.6'), 'stringCoordinates'],
    ['a Point nested like a MultiPoint', point([[77, 28]]), 'badPosition'],
    ['a position of one number', point([77]), 'badPosition'],
  ];
  for (const [what, feature, kind] of cases) {
    it(`${what} → ${kind}`, async () => {
      const text =
        feature === '__INF__'
          ? '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e999,20]}},' +
            JSON.stringify(point([77, 28])) +
            ']}'
          : fc([feature, point([77, 28])]);
      const r = success(await parseGeoJson(text));
      expect(r.features).toHaveLength(1);
      expect(rejectionCounts(r)).toEqual({ [kind]: 1 });
      const g = r.report.rejections[0]!;
      expect(g.examples).toEqual([{ index: 0, text: expect.any(String) }]);
      expect(g.message.key).toBe(`import.reject.${kind}`);
    });
  }

  it('groups by reason with counts, largest first, and keeps only the first five examples', async () => {
    const projected = Array.from({ length: 12 }, (_, i) => point([500000 + i, 2500000]));
    const r = success(await parseGeoJson(fc([...projected, point([200, 0]), point([77, 28])])));
    expect(r.report.rejections.map((g) => [g.kind, g.count])).toEqual([
      ['projected', 12],
      ['outOfRange', 1],
    ]);
    expect(r.report.rejections[0]!.examples.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
    expect(r.report.rejections[0]!.examples[0]!.text).toBe('[500000,2500000]');
    expect(r.report).toMatchObject({ total: 14, accepted: 1, rejected: 13 });
  });

  it('says every reason in words from the catalogue, with its count', async () => {
    const r = success(await parseGeoJson(fc([point([500000, 2500000]), point([500001, 2500000]), null])));
    const words = r.report.rejections.map((g) => t(g.message.key, g.message.params));
    expect(words).toEqual([
      '2 features have coordinates that look projected (metres, not degrees): reproject to WGS 84 (EPSG:4326)',
      '1 entry is not a GeoJSON Feature',
    ]);
  });
});

describe('parseGeoJson: files that are not GeoJSON at all', () => {
  const fails: [string, string, string][] = [
    ['an empty file', '', 'import.error.empty'],
    ['only whitespace', ' \n\t ', 'import.error.empty'],
    ['malformed JSON', '{"type": "FeatureCollection" "features": []}', 'import.error.badJsonAt'],
    ['a number', '42', 'import.error.notGeoJsonRoot'],
    ['an array', '[1, 2, 3]', 'import.error.notGeoJsonRoot'],
    ['an object without type', '{"name": "x"}', 'import.error.noType'],
    ['a lower-case type', '{"type": "featurecollection", "features": []}', 'import.error.typeCase'],
    ['an unknown type', '{"type": "Topology", "objects": {}}', 'import.error.unknownType'],
    [
      'features that is an object',
      '{"type": "FeatureCollection", "features": {}}',
      'import.error.featuresNotArray',
    ],
    ['no features member', '{"type": "FeatureCollection"}', 'import.error.noFeatures'],
  ];
  for (const [what, text, key] of fails) {
    it(`${what} → ${key}`, async () => {
      const r = await parseGeoJson(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.key).toBe(key);
    });
  }

  it('says where malformed JSON breaks', async () => {
    const r = await parseGeoJson('{\n  "type": "Feature"\n  "geometry": null\n}');
    expect(r).toMatchObject({ ok: false, error: { key: 'import.error.badJsonAt', params: { line: 3 } } });
  });

  it('accepts an empty FeatureCollection as nothing to import, not an error', async () => {
    const r = success(await parseGeoJson('{"type":"FeatureCollection","features":[]}'));
    expect(r.report).toMatchObject({ total: 0, accepted: 0 });
  });
});

describe('parseGeoJson: hostile input', () => {
  it('drops __proto__, constructor and prototype keys and pollutes nothing', async () => {
    const r = success(await parseGeoJson(fixture('malicious.geojson')));
    const p = r.features[0]!.properties;
    expect(Object.keys(p).sort()).toEqual(['<img src=x onerror=alert(2)>', 'href', 'name']);
    expect(Object.getPrototypeOf(p)).toBe(null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(warningCounts(r)).toEqual({ unsafeKey: 3 });
  });

  it('keeps HTML and script in names, keys and values as the literal text', async () => {
    const r = success(await parseGeoJson(fixture('malicious.geojson')));
    const p = r.features[0]!.properties;
    expect(p.name).toBe('<img src=x onerror=alert(1)>');
    expect(p['<img src=x onerror=alert(2)>']).toBe('<script>alert(3)</script>');
    expect(p.href).toBe('javascript:alert(4)');
  });

  it('keeps the first 500 of a million properties and says so', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 1_000_000; i++) parts.push(`"k${i}":${i}`);
    const text = `{"type":"Feature","geometry":{"type":"Point","coordinates":[77,28]},"properties":{${parts.join(',')}}}`;
    const r = success(await parseGeoJson(text));
    expect(Object.keys(r.features[0]!.properties)).toHaveLength(500);
    expect(r.report.warnings).toEqual([
      expect.objectContaining({
        kind: 'tooManyProperties',
        count: 1,
        examples: [{ index: 0, text: '1000000' }],
      }),
    ]);
    expect(t(r.report.warnings[0]!.message.key, r.report.warnings[0]!.message.params)).toBe(
      '1 feature has more than 500 properties: only the first 500 were kept',
    );
  }, 30_000);

  it('cuts over-long values and drops over-long keys, each reported', async () => {
    const r = success(
      await parseGeoJson(fc([point([77, 28], { long: 'x'.repeat(20_000), ['k'.repeat(300)]: 1, ok: 'y' })])),
    );
    const p = r.features[0]!.properties;
    expect((p.long as string).length).toBe(10_000);
    expect(Object.keys(p)).toEqual(['long', 'ok']);
    expect(warningCounts(r)).toEqual({ longValue: 1, longKey: 1 });
  });

  it('ignores members that change meaning, bad bboxes and non-object properties, with warnings', async () => {
    const r = success(
      await parseGeoJson(
        fc([
          { ...point([77, 28]), features: [], bbox: [1, 2, 3] },
          { ...point([78, 29]), properties: [1, 2] },
        ]),
      ),
    );
    expect(r.features).toHaveLength(2);
    expect(warningCounts(r)).toEqual({ foreignMember: 1, badBbox: 1, badProperties: 1 });
    expect(r.features[0]).not.toHaveProperty('features');
    expect(r.features[0]).not.toHaveProperty('bbox');
  });

  it('refuses deeply nested GeometryCollections instead of recursing without end', async () => {
    let g: unknown = { type: 'Point', coordinates: [77, 28] };
    for (let i = 0; i < 50; i++) g = { type: 'GeometryCollection', geometries: [g] };
    const r = success(await parseGeoJson(JSON.stringify(g)));
    expect(rejectionCounts(r)).toEqual({ wrongType: 1 });
  });
});

describe('parseGeoJson: progress and cancelling', () => {
  const many = () => fc(Array.from({ length: 20_000 }, (_, i) => point([70 + (i % 20), 20], { i })));

  it('reports rising fractions that end at 1', async () => {
    const seen: number[] = [];
    success(await parseGeoJson(many(), { onProgress: (f) => seen.push(f) }));
    expect(seen.length).toBeGreaterThan(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });

  it('rejects with an AbortError when aborted between chunks', async () => {
    const ac = new AbortController();
    const p = parseGeoJson(many(), { signal: ac.signal, onProgress: (f) => f > 0.4 && ac.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('parseNdjson', () => {
  it('reads one feature per line, record separators allowed, and rejects a broken line alone', async () => {
    const text = [
      JSON.stringify(point([77, 28], { n: 1 })),
      '',
      '\u001e' + JSON.stringify(point([78, 29], { n: 2 })),
      '{"type": "Feature", oops',
      JSON.stringify(point([900000, 2000000])),
    ].join('\n');
    const r = success(await parseNdjson(text));
    expect(r.features.map((f) => f.properties.n)).toEqual([1, 2]);
    expect(rejectionCounts(r)).toEqual({ badJson: 1, projected: 1 });
    expect(r.report.rejections.find((g) => g.kind === 'badJson')!.examples[0]).toEqual({
      index: 2,
      text: '{"type": "Feature", oops',
    });
    expect(r.report).toMatchObject({ format: 'ndjson', total: 4, accepted: 2, rejected: 2 });
  });

  it('fails as a whole when no line is JSON', async () => {
    expect(await parseNdjson('not json\nnor this')).toMatchObject({
      ok: false,
      error: { key: 'import.error.badJsonAt' },
    });
    expect(await parseNdjson('')).toMatchObject({ ok: false, error: { key: 'import.error.empty' } });
  });
});
