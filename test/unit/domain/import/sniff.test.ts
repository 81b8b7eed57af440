/** Format sniffing from name and first bytes, and the whole-file entry point. */
import { describe, expect, it } from 'vitest';
import { checkImportSize, parseImportFile, sniffFormat } from '../../../../src/domain/import';
import { bytes, fc, point, pointShp, zip } from './helpers';

describe('sniffFormat', () => {
  const ok: [string, Uint8Array, string][] = [
    ['a.geojson', bytes('{"type":"FeatureCollection","features":[]}'), 'geojson'],
    ['a.json', bytes('\uFEFF  {"type":"Feature"}'), 'geojson'],
    ['a.csv', bytes('{"type":"Feature"}'), 'geojson'],
    ['a.geojsonl', bytes('{"type":"Feature"}\n'), 'ndjson'],
    ['a.json', bytes('{"type":"Feature"}\n{"type":"Feature"}\n'), 'ndjson'],
    ['a', bytes('\u001e{"type":"Feature"}\n'), 'ndjson'],
    ['a.csv', bytes('lat,lon\n1,2'), 'csv'],
    ['a.txt', bytes('lat\tlon\n1\t2'), 'tsv'],
    ['a.tsv', bytes('lat,lon'), 'tsv'],
    ['doc.kml', bytes('<?xml version="1.0"?><!-- c --><kml xmlns="x"/>'), 'kml'],
    ['a.xml', bytes('<kml:kml xmlns:kml="x"/>'), 'kml'],
    ['track.gpx', bytes('<?xml version="1.0"?><gpx/>'), 'gpx'],
    ['a.kmz', zip({ 'doc.kml': '<kml/>' }), 'kmz'],
    ['a.zip', zip({ 'a.shp': pointShp([[1, 2]]) }), 'shapefile-zip'],
    ['a.bin', zip({ 'a.shp': pointShp([[1, 2]]) }), 'shapefile-zip'],
    [
      'utf16.csv',
      new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(new Uint16Array([...'lat,lon'].map((c) => c.charCodeAt(0))).buffer),
      ]),
      'csv',
    ],
  ];
  for (const [name, head, format] of ok)
    it(`${name} → ${format}`, () => expect(sniffFormat(name, head)).toEqual({ ok: true, format }));

  const bad: [string, Uint8Array, string][] = [
    ['empty.geojson', new Uint8Array(), 'import.error.empty'],
    ['blank.csv', bytes('  \n '), 'import.error.empty'],
    ['garbage.geojson', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), 'import.error.binary'],
    ['map.pdf', bytes('%PDF-1.7 ...'), 'import.error.binaryKind'],
    ['a.gpkg', bytes('SQLite format 3\u0000'), 'import.error.binaryKind'],
    [
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'import.error.spreadsheet',
    ],
    ['broken.zip', bytes('this is not a zip'), 'import.error.badZip'],
    ['page.html', bytes('<!DOCTYPE html><html></html>'), 'import.error.unknownXml'],
  ];
  for (const [name, head, key] of bad)
    it(`${name} → ${key}`, () =>
      expect(sniffFormat(name, head)).toMatchObject({ ok: false, error: { key } }));
});

describe('parseImportFile', () => {
  it('sniffs and parses, saying which format it read', async () => {
    const r = await parseImportFile('x.json', bytes(fc([point([82, 22])])));
    expect(r).toMatchObject({ ok: true, format: 'geojson' });
  });

  it('refuses files over the size limit before reading them', async () => {
    expect(await parseImportFile('x.csv', bytes('lat,lon\n1,2'), { maxBytes: 4 })).toMatchObject({
      ok: false,
      error: { key: 'import.error.tooLarge', params: { maxMb: 1 } },
    });
    expect(checkImportSize(250 * 1024 * 1024)).toEqual({
      key: 'import.error.tooLarge',
      params: { sizeMb: 250, maxMb: 200 },
    });
    expect(checkImportSize(1000)).toBeNull();
  });

  it('reads a KMZ named .zip as a KMZ', async () => {
    const r = await parseImportFile(
      'x.zip',
      zip({ 'doc.kml': '<kml><Placemark><Point><coordinates>82,22</coordinates></Point></Placemark></kml>' }),
    );
    expect(r).toMatchObject({ ok: true, format: 'kmz' });
  });

  it('uses the format the user chose over sniffing', async () => {
    const r = await parseImportFile('x.txt', bytes('lat;lon\n22;82'), { format: 'csv' });
    expect(r).toMatchObject({ ok: true, format: 'csv' });
  });
});
