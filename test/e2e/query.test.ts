/**
 * Spatial questions in the real built app: a rectangle drawn with the mouse over Odisha exports
 * exactly what a reference classifyInArea finds (inside/possibly); a 100 km radius from a hub
 * lists the blocks a reference withinRadius finds, and its CSV re-reads to the same ids; a shared
 * link reproduces the answer in a fresh browser; a typed Delhi → Mumbai path measures the
 * geodesic distance; axe finds no serious problem in the Query panel.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { distance } from '@turf/turf';
import { browserAvailable, openApp, waitForMapIdle, screenshot, PHONE, type Session } from './harness';
import { realDatasets } from '../real-data';
import { pointSetFromRows } from '../../src/domain/spatial/point-set';
import { withinRadius } from '../../src/domain/spatial/within-radius';
import { download, drag, referenceInArea, type Exported } from './query-helpers';
import { uncertaintyRadiusKm } from '../../src/domain/spatial/precision-disc';

const datasets = realDatasets();
const dragRectangle = drag;

describe.skipIf(!browserAvailable)('query: spatial questions', () => {
  let s: Session;
  let link = '';
  let expected = new Map<string, string>();
  beforeAll(async () => {
    s = await openApp('?tab=query#map=5.6/20.5/84.5');
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('a rectangle drawn with the mouse over Odisha exports exactly the reference features', async () => {
    await s.page.getByRole('button', { name: 'Draw a rectangle' }).click();
    await dragRectangle(s.page, [82.2, 18.6], [86.8, 22.3]);
    await s.page.getByTestId('query-active').waitFor();
    await waitForMapIdle(s.page);
    const text = await download(s.page, /^Export GeoJSON$/);
    const fc = JSON.parse(text) as Exported;
    expect(fc.properties.query.kind).toBe('within');
    expect(fc.properties.licence).toMatch(/GeoNames/);
    const area = fc.properties.query.area!;
    expected = referenceInArea(datasets, area);
    expect(expected.size).toBeGreaterThan(3);
    const got = new Map(fc.features.map((f) => [f.properties.id, f.properties.membership]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, m] of expected) expect(got.get(id), id).toBe(m);
    expect(fc.features.every((f) => Array.isArray(f.properties.sources))).toBe(true);
    expect(await s.page.getByTestId('query-area-size').textContent()).toMatch(/km²/);
    link = s.page.url();
    expect(link).toMatch(/[?&]q=within/);
    expect(link.length).toBeLessThan(2000);
    await screenshot(s.page, 'query-odisha-desktop');
  });

  it('a shared link reproduces the answer in a fresh browser', async () => {
    const other = await openApp(link.replace(/^https?:\/\/[^/]+\//, ''));
    try {
      await waitForMapIdle(other.page);
      await other.page.getByTestId('query-active').waitFor();
      const fc = JSON.parse(await download(other.page, /^Export GeoJSON$/)) as Exported;
      expect(fc.features.map((f) => f.properties.id).sort()).toEqual([...expected.keys()].sort());
    } finally {
      await other.close();
    }
  });

  it('has no serious accessibility problem in the Query panel', async () => {
    const r = await new AxeBuilder({ page: s.page }).include('[data-testid="query-panel"]').analyze();
    expect(r.passes.length).toBeGreaterThan(0);
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('Esc clears the question and the map shows everything again', async () => {
    await s.page.getByTestId('query-clear').focus();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.evaluate(() => window.khanij!.getState().query)).toBeNull();
  });

  it('refuses a bad distance with a message naming the problem', async () => {
    for (const [v, re] of [
      ['0', /0 km/],
      ['-5', /negative/],
      ['abc', /not a number/],
      ['10000', /too large/],
    ] as const) {
      await s.page.getByTestId('query-km').fill(v);
      await s.page.getByRole('button', { name: 'Pick a point on the map (N km)' }).click();
      expect(await s.page.getByTestId('query-error').textContent()).toMatch(re);
    }
    await s.page.getByTestId('query-km').fill('100');
  });

  it('a typed Delhi → Mumbai path measures the geodesic distance within 0.5 %', async () => {
    await s.page.getByTestId('query-coords').fill('28.6139, 77.2090\n19.0760, 72.8777');
    await s.page.getByRole('button', { name: 'Path: measure' }).click();
    const text = (await s.page.getByTestId('measure-result').textContent()) ?? '';
    const km = Number(/([\d,]+\.\d)\s*km/.exec(text)![1]!.replace(/,/g, ''));
    const ref = distance([77.209, 28.6139], [72.8777, 19.076], { units: 'kilometers' });
    expect(Math.abs(km - ref) / ref).toBeLessThan(0.005);
  });

  it('100 km around a processing hub lists the reference blocks, and its CSV re-reads to the same ids', async () => {
    const hubs = datasets.find((d) => d.id === 'processing')!;
    const blocks = datasets.find((d) => d.id === 'blocks')!;
    const bp = pointSetFromRows(blocks.rows);
    // The hub with the most blocks within 100 km makes the strongest case.
    const scored = hubs.rows
      .filter((h) => ['site', 'locality'].includes(String(h.values.precision)))
      .map((h) => {
        const origin = { lon: h.lon, lat: h.lat, radiusKm: uncertaintyRadiusKm(h.values.precision) };
        const r = withinRadius(bp, origin, 100);
        return { h, ids: Array.from(r.positions, (p) => blocks.rows[p]!.id) };
      });
    scored.sort((a, b) => b.ids.length - a.ids.length);
    const { h, ids } = scored[0]!;
    expect(ids.length).toBeGreaterThan(0);
    const page = s.page;
    await page.evaluate((id) => window.khanij!.getState().select(id), h.id);
    await page.getByRole('tab', { name: /Query/ }).click();
    await page.getByTestId('query-km').fill('100');
    await page.getByRole('button', { name: 'Within N km of the selected feature' }).click();
    await page.getByTestId('query-active').waitFor();
    const csv = await download(page, /^Export CSV$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,dataset,longitude,latitude,precision,in_area,distance_km/);
    const listed = lines.slice(1).map((l) => ({ id: l.split(',')[0]!, ds: l.split(',')[2]! }));
    // Names may hold commas (quoted), but ids and dataset ids never do and come first.
    const csvBlocks = lines
      .slice(1)
      .filter((l) => /,blocks,/.test(l))
      .map((l) => l.split(',')[0]!);
    expect(csvBlocks.sort()).toEqual([...ids].sort());
    expect(listed.length).toBeGreaterThanOrEqual(ids.length);
    await waitForMapIdle(page);
    await screenshot(page, 'query-radius-desktop');
  });

  it('looks right on a phone', async () => {
    const phone = await openApp(link.replace(/^https?:\/\/[^/]+\//, ''), { viewport: PHONE, isMobile: true });
    try {
      await waitForMapIdle(phone.page);
      await phone.page.getByTestId('query-active').waitFor();
      await screenshot(phone.page, 'query-odisha-phone');
    } finally {
      await phone.close();
    }
  });
});
