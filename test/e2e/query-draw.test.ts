/**
 * Drawing a question's area with the mouse, in the real built app: a polygon by clicks (then a
 * vertex moved, then the area deleted), a circle, a corridor along a bent line, a state's
 * outline, a picked point; Esc cancels a drawing. Each exported answer is compared with a
 * direct classifyInArea over the raw data. A synthetic dataset big enough for the spatial
 * worker gets its answer from the worker, equal to the reference.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { browserAvailable, openApp, waitForMapIdle, screenshot, type Session } from './harness';
import { realDatasets } from '../real-data';
import { clickPoints, download, drag, membershipsOf, referenceInArea, type Exported } from './query-helpers';
import { encodeQuerySpec } from '../../src/domain/spatial/query-param';
import { classifyInArea } from '../../src/domain/spatial/classify-in-area';
import { pointSetFromRows } from '../../src/domain/spatial/point-set';
import { rectangleFromBbox } from '../../src/domain/spatial/buffer';
import type { Row } from '../../src/domain/model/fields';

const datasets = realDatasets();
const CHHATTISGARH: [number, number][] = [
  [80.6, 18.3],
  [83.9, 18.6],
  [84.2, 23.6],
  [81.2, 24.0],
  [80.4, 21.0],
];

async function exported(s: Session): Promise<Exported> {
  await s.page.getByTestId('query-active').waitFor();
  await expect.poll(() => s.page.getByTestId('query-computing').count()).toBe(0);
  return JSON.parse(await download(s.page, /^Export GeoJSON$/)) as Exported;
}

/** The exported answer holds exactly what the reference finds in its area, each marked alike. */
function expectReference(fc: Exported, min = 1) {
  const area = fc.properties.query.area!;
  const expected = referenceInArea(datasets, area);
  expect(expected.size).toBeGreaterThanOrEqual(min);
  const got = membershipsOf(fc);
  expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, m] of expected) expect(got.get(id), id).toBe(m);
  return area;
}

const queryOf = (s: Session) => s.page.evaluate(() => window.khanij!.getState().query);

describe.skipIf(!browserAvailable)('query: drawing areas with the mouse', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('?tab=query#map=5.4/21.5/83');
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('Esc cancels a polygon half drawn: no area, no question', async () => {
    await s.page.getByRole('button', { name: 'Draw a polygon' }).click();
    await clickPoints(s.page, CHHATTISGARH.slice(0, 2));
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.evaluate(() => window.khanij!.getState().drawMode)).toBeNull();
    expect(await queryOf(s)).toBeNull();
  });

  it('a polygon clicked corner by corner answers with the reference features', async () => {
    await s.page.getByRole('button', { name: 'Draw a polygon' }).click();
    await clickPoints(s.page, CHHATTISGARH);
    await s.page.keyboard.press('Enter');
    const fc = await exported(s);
    const area = expectReference(fc, 5);
    // The drawn corners, as clicked (to a pixel at this zoom: 0.05°).
    const ring = area.coordinates[0]!;
    expect(ring).toHaveLength(CHHATTISGARH.length + 1);
    for (const c of CHHATTISGARH)
      expect(
        ring.some((p) => Math.hypot(p[0]! - c[0], p[1]! - c[1]) < 0.05),
        String(c),
      ).toBe(true);
    await waitForMapIdle(s.page);
    await screenshot(s.page, 'query-polygon-desktop');
  });

  it('moving a vertex of the area changes the question and its answer', async () => {
    const before = await queryOf(s);
    await drag(s.page, CHHATTISGARH[1]!, [85.6, 18.2]);
    await expect.poll(() => queryOf(s)).not.toBe(before);
    const area = expectReference(await exported(s), 5);
    expect(area.coordinates[0]!.some((p) => Math.hypot(p[0]! - 85.6, p[1]! - 18.2) < 0.05)).toBe(true);
    expect(area.coordinates[0]!.some((p) => Math.hypot(p[0]! - 83.9, p[1]! - 18.6) < 0.01)).toBe(false);
  });

  it('Delete (with the map focused) removes the selected area and ends the question', async () => {
    await s.page.locator('canvas.maplibregl-canvas').focus();
    await s.page.keyboard.press('Delete');
    await expect.poll(() => queryOf(s)).toBeNull();
  });

  it('a circle dragged from its centre answers with the reference features', async () => {
    await s.page.getByRole('button', { name: 'Draw a circle' }).click();
    await drag(s.page, [85.3, 23.3], [87.3, 23.3]);
    const area = expectReference(await exported(s), 3);
    // Its size is that of a circle of the dragged radius (about 204 km).
    const r = distance([85.3, 23.3], [87.3, 23.3], { units: 'kilometers' });
    const text = (await s.page.getByTestId('query-area-size').textContent()) ?? '';
    const km2 = Number(/([\d,]+)\s*km²/.exec(text)![1]!.replace(/,/g, ''));
    expect(Math.abs(km2 - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(0.03);
    expect(area.type).toBe('Polygon');
  });

  it('a corridor along a bent line answers with the reference features', async () => {
    await s.page.getByTestId('query-km').fill('40');
    await s.page.getByRole('button', { name: 'Draw a corridor line' }).click();
    const line: [number, number][] = [
      [81.6, 21.25],
      [82.7, 22.35],
      [85.3, 23.35],
    ];
    await clickPoints(s.page, line);
    await s.page.keyboard.press('Enter');
    const fc = await exported(s);
    expect(await s.page.getByTestId('query-description').textContent()).toMatch(/corridor/i);
    const area = expectReference(fc, 2);
    // Each vertex of the line is inside its corridor; a point 80 km off the line is not.
    const inside = classifyInArea(
      area,
      pointSetFromRows(
        [...line, [82.7, 23.1] as [number, number]].map((p, i): Row => ({
          id: `p${i}`,
          index: i,
          lon: p[0],
          lat: p[1],
          values: { precision: 'site' },
        })),
      ),
    );
    expect(Array.from(inside.positions)).toEqual([0, 1, 2]);
    await s.page.getByTestId('query-km').fill('100');
  });

  it('a state’s outline as the area answers with the reference features', async () => {
    const st = await openApp('?tab=query&state=IN-OD');
    try {
      await waitForMapIdle(st.page);
      await st.page.getByRole('button', { name: 'Use this state as the area' }).click();
      const fc = await exported(st);
      expect(await st.page.getByTestId('query-description').textContent()).toMatch(/IN-OD|Odisha/);
      const area = expectReference(fc, 5);
      // The outline is Odisha's own (the basemap's file), not a box.
      const states = JSON.parse(
        readFileSync('public/data/boundaries/states.geojson', 'utf8'),
      ) as FeatureCollection;
      const od = states.features.find((f) => f.properties?.code === 'IN-OD')!;
      expect(area).toEqual(od.geometry);
    } finally {
      await st.close();
    }
  });

  it('a point picked on the map asks for everything within N km of it', async () => {
    await s.page.getByRole('button', { name: 'Pick a point on the map (N km)' }).click();
    await clickPoints(s.page, [[85.8, 20.3]]);
    await s.page.getByTestId('query-active').waitFor();
    const q = (await queryOf(s))!;
    expect(q).toMatch(/^radius/);
    const fc = await exported(s);
    expect(fc.properties.query.kind).toBe('radius');
    expect(await s.page.getByTestId('query-description').textContent()).toMatch(
      /within 100 km of 20\.\d+, 85\.\d+/,
    );
  });
});

describe.skipIf(!browserAvailable)('query: a big dataset is answered by the spatial worker', () => {
  const NAME = 'e2e-points-30000';
  let s: Session;
  beforeAll(async () => {
    const r = spawnSync(
      'npx',
      ['tsx', 'scripts/synth.ts', '--count', '30000', '--seed', '5', '--out', `dist/synth/${NAME}.json`],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`synth failed: ${r.stderr}`);
  });
  afterAll(async () => s?.close());

  it('gives the reference answer for a rectangle, from the worker', async () => {
    const bbox: [number, number, number, number] = [72, 23, 78, 29];
    const q = encodeQuerySpec({ kind: 'within', area: { kind: 'rectangle', bbox } });
    s = await openApp(`?synth=${NAME}&tab=query&q=${encodeURIComponent(q)}`);
    await waitForMapIdle(s.page);
    const fc = await exported(s);
    const file = JSON.parse(readFileSync(`dist/synth/${NAME}.json`, 'utf8')) as FeatureCollection<
      Point,
      { id: string; precision: string }
    >;
    const rows: Row[] = file.features.map((f, i) => ({
      id: f.properties.id,
      index: i,
      lon: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!,
      values: { precision: f.properties.precision },
    }));
    const rect = rectangleFromBbox(bbox);
    if (!rect.ok) throw new Error(rect.error.key);
    const expected = referenceInArea([...datasets, { id: 'synth', fields: [], rows }], rect.value as Polygon);
    expect(expected.size).toBeGreaterThan(1000);
    const got = membershipsOf(fc);
    expect(got.size).toBe(expected.size);
    for (const [id, m] of expected) expect(got.get(id), id).toBe(m);
    // The spatial worker ran in the page.
    expect(s.page.workers().some((w) => /spatial/.test(w.url()))).toBe(true);
  });
});
