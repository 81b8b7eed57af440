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
import {
  browserAvailable,
  openApp,
  waitForMapIdle,
  screenshot,
  pixelsOf,
  PHONE,
  type Session,
} from './harness';
import { realDatasets } from '../real-data';
import { pointSetFromRows } from '../../src/domain/spatial/point-set';
import { withinRadius } from '../../src/domain/spatial/within-radius';
import { download, drag, referenceInArea, type Exported } from './query-helpers';
import { setDataOpacity } from './markers';
import { uncertaintyRadiusKm } from '../../src/domain/spatial/precision-disc';
import { encodeQuerySpec } from '../../src/domain/spatial/query-param';
import { PRECISION_RADIUS_KM } from '../../src/domain/symbology';

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

  it('while a question is active the map draws only its answer, and everything again once it ends', async () => {
    // The answer is feature-state (and one global flag for clustered layers): read it in pixels,
    // against the same view with every data layer hidden, so a faded symbol counts as not drawn.
    const page = s.page;
    await page.evaluate(() => {
      const k = window.khanij!;
      k.getState().clearQuery();
      k.map.jumpTo({ center: [85.6, 22.6], zoom: 6.4 });
    });
    await waitForMapIdle(page);
    const centre: [number, number] = [85.3, 23.3];
    const km = 100;
    const shown = datasets.filter((d) => d.rows.length > 0);
    const listed = new Set<string>();
    for (const d of shown) {
      const r = withinRadius(pointSetFromRows(d.rows), { lon: centre[0], lat: centre[1], radiusKm: 0 }, km);
      for (const p of r.positions) listed.add(d.rows[p]!.id);
    }
    expect(listed.size).toBeGreaterThan(3);
    const q = encodeQuerySpec({ kind: 'radius', center: centre, km });
    await page.evaluate((v) => window.khanij!.getState().setQuery(v), q);
    await page.getByTestId('query-counts').waitFor();
    await waitForMapIdle(page);
    const where = await page.evaluate(
      (rows) => {
        const map = window.khanij!.map;
        const canvas = map.getCanvas().getBoundingClientRect();
        return rows.map(([id, lon, lat, km]) => {
          const p = map.project([lon, lat]);
          // The uncertainty disc's radius on screen (the same constant the map draws it with).
          const q = map.project([lon, lat + km / 111.32]);
          return {
            id,
            x: Math.round(canvas.left + p.x),
            y: Math.round(canvas.top + p.y),
            disc: Math.abs(q.y - p.y),
          };
        });
      },
      shown.flatMap((d) =>
        d.rows.map(
          (r) =>
            [r.id, r.lon, r.lat, PRECISION_RADIUS_KM[String(r.values.precision)] ?? 0] as [
              string,
              number,
              number,
              number,
            ],
        ),
      ),
    );
    const withQuery = await pixelsOf(page);
    // The data drawn transparent rather than removed: the states' names are placed clear of the
    // data's markers (faded ones too), and must not move between the two pictures.
    await setDataOpacity(page, false);
    await waitForMapIdle(page);
    const bare = await pixelsOf(page);
    await setDataOpacity(page, true);
    await waitForMapIdle(page);
    const diff = (a: typeof bare, x0: number, y0: number) => {
      let max = 0;
      for (let y = y0 - 9; y <= y0 + 9; y++)
        for (let x = x0 - 9; x <= x0 + 9; x++) {
          if (x < 0 || y < 0 || x >= a.width || y >= a.height) continue;
          const p = a.at(x, y);
          const q = bare.at(x, y);
          max = Math.max(max, ...p.map((v, i) => Math.abs(v - q[i]!)));
        }
      return max;
    };
    const panel = await page.getByTestId('query-panel').boundingBox();
    const onMap = where.filter(
      (w) =>
        w.x > 12 &&
        w.y > 12 &&
        w.x < bare.width - 12 &&
        w.y < bare.height - 12 &&
        !(panel && w.x >= panel.x - 12),
    );
    const hits = onMap.filter((w) => listed.has(w.id));
    // Left-out points well clear of every result's icon, ring and uncertainty disc.
    const away = onMap.filter(
      (w) =>
        !listed.has(w.id) &&
        where.every((h) => !listed.has(h.id) || Math.hypot(h.x - w.x, h.y - w.y) > Math.max(40, h.disc + 14)),
    );
    expect(hits.length).toBeGreaterThan(3);
    expect(away.length).toBeGreaterThan(3);
    // Every result is drawn; nothing left out is.
    for (const h of hits) expect(diff(withQuery, h.x, h.y), `result ${h.id} drawn`).toBeGreaterThan(40);
    for (const w of away) expect(diff(withQuery, w.x, w.y), `left-out ${w.id} not drawn`).toBeLessThan(25);
    // The question ends: what it left out is drawn again (as a symbol or inside a cluster).
    await page.evaluate(() => window.khanij!.getState().clearQuery());
    await waitForMapIdle(page);
    const after = await pixelsOf(page);
    const drawnAgain = away.filter((w) => diff(after, w.x, w.y) > 40).length;
    expect(drawnAgain).toBeGreaterThan(away.length / 2);
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
