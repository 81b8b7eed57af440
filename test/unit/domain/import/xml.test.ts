/** KML, KMZ and GPX through togeojson with xmldom: small files per format, valid and broken. */
import { describe, expect, it } from 'vitest';
import { parseGpx, parseKml, parseKmz } from '../../../../src/domain/import';
import { rejectionCounts, success, warningCounts, zip } from './helpers';

const KML = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;
const placemark = (name: string, coords: string) =>
  `<Placemark><name>${name}</name><Point><coordinates>${coords}</coordinates></Point></Placemark>`;

describe('parseKml', () => {
  it('reads Google Earth placemarks: points, a polygon with a hole, extended data', async () => {
    const r = success(
      await parseKml(
        KML(`${placemark('Katghora', '82.54,22.5,0')}
        <Placemark><name>Block</name><ExtendedData><Data name="tranche"><value>IV</value></Data></ExtendedData>
          <Polygon><outerBoundaryIs><LinearRing><coordinates>82,22 83,22 83,23 82,23 82,22</coordinates></LinearRing></outerBoundaryIs>
          <innerBoundaryIs><LinearRing><coordinates>82.2,22.2 82.4,22.2 82.4,22.4 82.2,22.2</coordinates></LinearRing></innerBoundaryIs></Polygon>
        </Placemark>`),
      ),
    );
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Point', 'Polygon']);
    expect(r.features[1]!.properties.tranche).toBe('IV');
    expect(r.report).toMatchObject({ format: 'kml', total: 2, accepted: 2 });
  });

  it('rejects placemarks without geometry and out-of-range coordinates by reason', async () => {
    const r = success(
      await parseKml(
        KML(
          `${placemark('ok', '82,22')}<Placemark><name>none</name></Placemark>${placemark('far', '182,22')}`,
        ),
      ),
    );
    expect(rejectionCounts(r)).toEqual({ emptyGeometry: 1, outOfRange: 1 });
  });

  it('keeps script in names as text (the entity-escaped and the CDATA kind)', async () => {
    const r = success(
      await parseKml(
        KML(
          `${placemark('&lt;img src=x onerror=alert(1)&gt;', '82,22')}` +
            `<Placemark><name><![CDATA[<script>alert(2)</script>]]></name><Point><coordinates>83,23</coordinates></Point></Placemark>`,
        ),
      ),
    );
    expect(r.features.map((f) => f.properties.name)).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>alert(2)</script>',
    ]);
  });

  it('does not follow network links; it reports them', async () => {
    const r = success(
      await parseKml(
        KML(
          `${placemark('a', '82,22')}<NetworkLink><Link><href>http://example.com/x.kml</href></Link></NetworkLink>`,
        ),
      ),
    );
    expect(r.features).toHaveLength(1);
    expect(warningCounts(r)).toEqual({ networkLink: 1 });
  });

  it('fails on malformed XML, on XML that is not KML, and on an empty file', async () => {
    expect(await parseKml('<kml><Placemark>')).toMatchObject({
      ok: false,
      error: { key: 'import.error.badXml' },
    });
    expect(await parseKml('<html><body/></html>')).toMatchObject({
      ok: false,
      error: { key: 'import.error.notKml', params: { found: 'html' } },
    });
    expect(await parseKml('')).toMatchObject({ ok: false, error: { key: 'import.error.empty' } });
  });

  it('uses an injected XML parser', async () => {
    let used = 0;
    const { DOMParser } = await import('@xmldom/xmldom');
    const r = success(
      await parseKml(KML(placemark('a', '82,22')), {
        createParser: () => {
          used++;
          return new DOMParser();
        },
      }),
    );
    expect(r.features).toHaveLength(1);
    expect(used).toBe(1);
  });
});

describe('parseGpx', () => {
  const GPX = (body: string) =>
    `<?xml version="1.0"?><gpx version="1.1" creator="phone" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;

  it('reads a phone recording: waypoints as points, a track as a line', async () => {
    const r = success(
      await parseGpx(
        GPX(`<wpt lat="22.5" lon="82.54"><name>camp</name></wpt>
        <trk><name>walk</name><trkseg><trkpt lat="22.5" lon="82.54"><time>2024-01-01T00:00:00Z</time></trkpt><trkpt lat="22.51" lon="82.55"><time>2024-01-01T00:10:00Z</time></trkpt></trkseg></trk>`),
      ),
    );
    expect(r.features.map((f) => f.geometry.type).sort()).toEqual(['LineString', 'Point']);
    // Per-vertex times are dropped: they are not fields.
    expect(r.features.every((f) => !('coordinateProperties' in f.properties))).toBe(true);
  });

  it('fails on KML given as GPX, and on broken XML', async () => {
    expect(await parseGpx(KML(''))).toMatchObject({
      ok: false,
      error: { key: 'import.error.notGpx', params: { found: 'kml' } },
    });
    expect(await parseGpx('<gpx><wpt')).toMatchObject({ ok: false, error: { key: 'import.error.badXml' } });
  });
});

describe('parseKmz', () => {
  it('reads doc.kml and the KML files inside the archive that it links to, once each', async () => {
    const link = (href: string) => `<NetworkLink><Link><href>${href}</href></Link></NetworkLink>`;
    const kmz = zip({
      'doc.kml': KML(
        placemark('main', '82,22') + link('files/a.kml') + link('files/a.kml') + link('http://x.org/b.kml'),
      ),
      'files/a.kml': KML(placemark('linked', '83,23') + link('../doc.kml')),
      'files/unlinked.kml': KML(placemark('never', '84,24')),
      'files/icon.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    const r = success(await parseKmz(kmz));
    expect(r.features.map((f) => f.properties.name)).toEqual(['main', 'linked']);
    expect(warningCounts(r)).toEqual({ networkLink: 1 });
  });

  it('fails on a zip without KML, a broken zip, and an empty file', async () => {
    expect(await parseKmz(zip({ 'readme.txt': 'hi' }))).toMatchObject({
      ok: false,
      error: { key: 'import.error.noKml' },
    });
    expect(await parseKmz(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toMatchObject({
      ok: false,
      error: { key: 'import.error.badZip' },
    });
    expect(await parseKmz(new Uint8Array())).toMatchObject({
      ok: false,
      error: { key: 'import.error.empty' },
    });
  });
});
