/**
 * Many imports in one page session: twelve small files of every text format, one after the
 * other, each ends as a layer counted in the legend and drawn on the map, and the page still
 * answers afterwards. It guards against a crash seen once (the whole headless Chromium exited
 * during the 8th import of a session), which could not be made to happen again on this code.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { browserAvailable, openApp, waitForMapIdle, screenshot, type Session } from './harness';

/** Real towns (approximate centres), one per file. */
const PLACES: ReadonlyArray<[string, number, number]> = [
  ['Raipur', 81.63, 21.25],
  ['Ranchi', 85.31, 23.34],
  ['Bhubaneswar', 85.82, 20.3],
  ['Nagpur', 79.09, 21.15],
  ['Bhopal', 77.41, 23.26],
  ['Hyderabad', 78.49, 17.39],
  ['Jaipur', 75.79, 26.91],
  ['Kolkata', 88.36, 22.57],
  ['Patna', 85.14, 25.59],
  ['Lucknow', 80.95, 26.85],
  ['Bengaluru', 77.59, 12.97],
  ['Ahmedabad', 72.58, 23.03],
];

/** One file per place, rotating through the formats: KML, CSV, GeoJSON, GPX, NDJSON, TSV. */
function fileFor(i: number): { name: string; text: string } {
  const [name, lon, lat] = PLACES[i]!;
  switch (i % 6) {
    case 0:
      return {
        name: `${name}.kml`,
        text: `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${name}</name><Point><coordinates>${lon},${lat}</coordinates></Point></Placemark></Document></kml>`,
      };
    case 1:
      return { name: `${name}.csv`, text: `name,lat,lon\n${name},${lat},${lon}\n` };
    case 2:
      return {
        name: `${name}.geojson`,
        text: JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lon, lat] } },
          ],
        }),
      };
    case 3:
      return {
        name: `${name}.gpx`,
        text: `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="${lat}" lon="${lon}"><name>${name}</name></wpt></gpx>`,
      };
    case 4:
      return {
        name: `${name}.geojsonl`,
        text:
          JSON.stringify({
            type: 'Feature',
            properties: { name },
            geometry: { type: 'Point', coordinates: [lon, lat] },
          }) + '\n',
      };
    default:
      return { name: `${name}.tsv`, text: `name\tlatitude\tlongitude\n${name}\t${lat}\t${lon}\n` };
  }
}

const poll = <T>(fn: () => Promise<T> | T, timeout = 30_000) => expect.poll(fn, { timeout });

describe.skipIf(!browserAvailable)('import: many files in one session', () => {
  let s: Session;
  let closed = false;
  beforeAll(async () => {
    s = await openApp('');
    s.browser.on('disconnected', () => (closed = true));
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('twelve imports in a row each become a layer in the legend and on the map; the page still answers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < PLACES.length; i++) {
      const f = fileFor(i);
      await s.page
        .getByTestId('import-input')
        .setInputFiles({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.text) });
      await poll(() =>
        s.page.evaluate(() => window.khanij!.getDatasets().filter((d) => d.kind === 'user').length),
      ).toBe(i + 1);
      const ds = await s.page.evaluate((label) => {
        const d = window.khanij!.getDatasets().find((x) => x.label === label)!;
        return { id: d.id, n: d.rows.length, name: String(d.rows[0]!.values.name) };
      }, f.name);
      expect(ds, f.name).toEqual({ id: ds.id, n: 1, name: PLACES[i]![0] });
      await poll(() => s.page.getByTestId('import-counts').textContent()).toMatch(
        /^1 of 1 feature imported, 0 rejected\.$/,
      );
      ids.push(ds.id);
      expect(closed, `browser closed during import ${i + 1}`).toBe(false);
    }
    expect(new Set(ids).size).toBe(PLACES.length);

    // Every layer in the legend, counted.
    for (const id of ids)
      expect(await s.page.getByTestId(`shown-${id}`).textContent()).toMatch(/1 of 1 shown/);

    // Every layer drawn: at the India view, each one's point is rendered where its town is.
    await s.page.evaluate(() => window.khanij!.map.jumpTo({ center: [80, 21.5], zoom: 4 }));
    await waitForMapIdle(s.page);
    const drawn = await s.page.evaluate((list) => {
      const map = window.khanij!.map;
      return list.map((id) => {
        const row = window.khanij!.getDatasets().find((d) => d.id === id)!.rows[0]!;
        const p = map.project([row.lon, row.lat]);
        const hits = map.queryRenderedFeatures(
          [
            [p.x - 6, p.y - 6],
            [p.x + 6, p.y + 6],
          ],
          {},
        );
        return hits.some((h) => h.properties.id === row.id);
      });
    }, ids);
    expect(drawn).toEqual(ids.map(() => true));
    await screenshot(s.page, 'import-many-desktop');

    // The page still answers: a tab switch renders, and a layer can still be removed.
    await s.page.getByRole('tab', { name: /Results/ }).click();
    await poll(() => s.page.getByRole('tab', { name: /Results/ }).getAttribute('aria-selected')).toBe('true');
    await s.page.getByRole('tab', { name: /Layers/ }).click();
    const last = PLACES.length - 1;
    await s.page.getByRole('button', { name: `Remove ${fileFor(last).name}` }).click();
    await poll(() =>
      s.page.evaluate(() => window.khanij!.getDatasets().filter((d) => d.kind === 'user').length),
    ).toBe(PLACES.length - 1);
    expect(closed).toBe(false);
    expect(s.consoleErrors).toEqual([]);
  }, 300_000);
});
