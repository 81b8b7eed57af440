/**
 * The latitude/longitude column detector on header sets seen in real files: GIS exports,
 * Indian government tables, GBIF, phones, Hindi headers; and the swap check.
 */
import { describe, expect, it } from 'vitest';
import { detectCoordinateColumns, headerScore, looksSwapped } from '../../../../src/domain/import';

/** Sample rows: a point in Chhattisgarh in the lat/lon columns, text elsewhere. */
const sampleFor = (headers: string[], lat: string, lon: string) =>
  [0, 1, 2].map((i) =>
    headers.map((h) => (h === lat ? `${21.2 + i / 10}` : h === lon ? `${81.6 + i / 10}` : `v${i}`)),
  );

describe('detectCoordinateColumns: real-world header sets', () => {
  // [source, headers, latitude column, longitude column]
  const sure: [string, string[], string, string][] = [
    ['plain English', ['Name', 'Latitude', 'Longitude'], 'Latitude', 'Longitude'],
    ['short', ['id', 'lat', 'lon'], 'lat', 'lon'],
    ['web maps', ['lat', 'lng', 'title'], 'lat', 'lng'],
    ['Lat/Long', ['Site', 'Lat', 'Long'], 'Lat', 'Long'],
    ['QGIS “Add geometry attributes”', ['fid', 'name', 'X', 'Y'], 'Y', 'X'],
    ['ArcGIS “Add XY”', ['OBJECTID', 'POINT_X', 'POINT_Y'], 'POINT_Y', 'POINT_X'],
    ['GSI-style', ['SITE_NAME', 'LAT_DD', 'LONG_DD', 'MINERAL'], 'LAT_DD', 'LONG_DD'],
    ['degrees suffix', ['Block', 'Lat_Deg', 'Long_Deg'], 'Lat_Deg', 'Long_Deg'],
    ['hemisphere suffix', ['Station', 'Lat (N)', 'Long (E)'], 'Lat (N)', 'Long (E)'],
    ['upper case with hemisphere', ['VILLAGE', 'LATITUDE_N', 'LONGITUDE_E'], 'LATITUDE_N', 'LONGITUDE_E'],
    [
      'decimal degrees in brackets',
      ['District', 'Latitude (DD)', 'Longitude (DD)'],
      'Latitude (DD)',
      'Longitude (DD)',
    ],
    [
      'GBIF / Darwin Core',
      ['gbifID', 'decimalLatitude', 'decimalLongitude'],
      'decimalLatitude',
      'decimalLongitude',
    ],
    ['phone GPS apps', ['time', 'GPS Latitude', 'GPS Longitude'], 'GPS Latitude', 'GPS Longitude'],
    ['common misspelling (Indian portals)', ['Name', 'Lattitude', 'Longtitude'], 'Lattitude', 'Longtitude'],
    ['Hindi', ['गाँव', 'अक्षांश', 'देशांतर'], 'अक्षांश', 'देशांतर'],
    ['Hindi, other spelling', ['नाम', 'अक्षांश', 'देशान्तर'], 'अक्षांश', 'देशान्तर'],
    [
      'Hindi with English in brackets',
      ['ग्राम', 'अक्षांश (Latitude)', 'देशांतर (Longitude)'],
      'अक्षांश (Latitude)',
      'देशांतर (Longitude)',
    ],
    ['padded headers (csv2geojson)', [' lat', ' lon', ' name'], ' lat', ' lon'],
    ['a named pair beats x/y', ['Latitude', 'Longitude', 'Y', 'X'], 'Latitude', 'Longitude'],
    [
      'word inside a longer header',
      ['Site latitude (WGS84)', 'Site longitude (WGS84)'],
      'Site latitude (WGS84)',
      'Site longitude (WGS84)',
    ],
  ];
  for (const [source, headers, lat, lon] of sure) {
    it(`${source}: ${headers.join(' | ')}`, () => {
      const d = detectCoordinateColumns(headers, sampleFor(headers, lat, lon));
      expect(d.sure).toBe(true);
      expect(d.lat[0]!.column).toBe(lat);
      expect(d.lon[0]!.column).toBe(lon);
    });
  }

  it('is not sure between two equally good names, and offers both', () => {
    const headers = ['lat', 'latitude', 'lon'];
    const d = detectCoordinateColumns(headers, [['21.2', '21.3', '81.6']]);
    expect(d.sure).toBe(false);
    expect(d.lat.map((c) => c.column).sort()).toEqual(['lat', 'latitude']);
  });

  it('offers unnamed columns whose values fit India, with low confidence', () => {
    const d = detectCoordinateColumns(
      ['a', 'b', 'c'],
      [
        ['21.2', '81.6', 'x'],
        ['21.3', '81.7', 'y'],
      ],
    );
    expect(d.sure).toBe(false);
    expect(d.lat).toEqual([{ column: 'a', confidence: 0.3 }]);
    expect(d.lon).toEqual([{ column: 'b', confidence: 0.3 }]);
  });

  it('finds nothing in headers that only contain the letters (plate, related, longname)', () => {
    const d = detectCoordinateColumns(['plate', 'related', 'longname', 'xylophone'], [['a', 'b', 'c', 'd']]);
    expect(d.lat).toEqual([]);
    expect(d.lon).toEqual([]);
  });

  it('trusts x/y less when their values are not coordinates', () => {
    const d = detectCoordinateColumns(['x', 'y'], [['left', 'top']]);
    expect(d.sure).toBe(false);
    expect(d.lat[0]!.confidence).toBeLessThan(0.7);
  });

  it('scores names by how clearly they say the axis', () => {
    expect(headerScore('Latitude', 'lat')).toBe(1);
    expect(headerScore('LAT_DD', 'lat')).toBe(0.9);
    expect(headerScore('Latitude of site', 'lat')).toBe(0.8);
    expect(headerScore('Y', 'lat')).toBe(0.7);
    expect(headerScore('Latitude', 'lon')).toBe(0);
    expect(headerScore('अक्षांश', 'lat')).toBe(1);
    expect(headerScore('देशांतर', 'lon')).toBe(1);
  });
});

describe('looksSwapped', () => {
  it('says so when the values fit India only exchanged', () => {
    expect(looksSwapped(['81.6', '85.3', '77.2'], ['21.2', '23.3', '28.6'])).toBe(true);
  });
  it('does not when they fit as given, or fit neither way', () => {
    expect(looksSwapped(['21.2', '23.3'], ['81.6', '85.3'])).toBe(false);
    expect(looksSwapped(['1', '2'], ['2', '1'])).toBe(false);
    expect(looksSwapped([], [])).toBe(false);
  });
});
