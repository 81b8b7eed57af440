/** Shared steps of the spatial-question browser tests: download an export, draw with the mouse, a reference answer. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { classifyInArea } from '../../src/domain/spatial/classify-in-area';
import { pointSetFromRows } from '../../src/domain/spatial/point-set';
import { membershipName } from '../../src/domain/spatial/types';
import type { DatasetView } from '../../src/domain/model/fields';

export type Exported = FeatureCollection<
  Point,
  { id: string; membership: string | null; sources: unknown[] }
> & {
  properties: { query: { kind: string; area: Polygon | null }; licence: string; asOf: string | null };
};

/** Clicks the button and returns the text of the file it downloads. */
export async function download(page: Page, name: RegExp): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await dl.path())!, 'utf8');
}

/** Page (CSS pixel) positions of lon/lat points on the map. */
export async function screenPoints(page: Page, lngLats: readonly [number, number][]) {
  return page.evaluate((pts) => {
    const map = window.khanij!.map;
    const r = map.getCanvas().getBoundingClientRect();
    return pts.map((p) => {
      const q = map.project(p as [number, number]);
      return [r.left + q.x, r.top + q.y] as [number, number];
    });
  }, lngLats);
}

/**
 * Presses at `a` and drags to `b` as a hand would: a few pixels first (terra-draw starts a drag
 * where the pointer is once it has moved past its threshold), then in steps.
 */
export async function drag(page: Page, a: [number, number], b: [number, number]) {
  const [pa, pb] = await screenPoints(page, [a, b]);
  const [x0, y0] = pa!;
  const [dx, dy] = [pb![0] - x0, pb![1] - y0];
  const len = Math.hypot(dx, dy) || 1;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (const px of [1, 2, 3, 4]) await page.mouse.move(x0 + (dx / len) * px, y0 + (dy / len) * px);
  for (let i = 1; i <= 12; i++) await page.mouse.move(x0 + (dx * i) / 12, y0 + (dy * i) / 12);
  await page.mouse.up();
}

/** Clicks each lon/lat point in turn, pausing so no two clicks read as a double click. */
export async function clickPoints(page: Page, lngLats: readonly [number, number][]) {
  for (const [x, y] of await screenPoints(page, lngLats)) {
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.waitForTimeout(350);
  }
}

/** What a direct classifyInArea over every dataset finds in the area: id → inside / possibly. */
export function referenceInArea(datasets: readonly DatasetView[], area: Polygon) {
  const out = new Map<string, string>();
  for (const ds of datasets) {
    const m = classifyInArea(area, pointSetFromRows(ds.rows));
    m.positions.forEach((p, j) => out.set(ds.rows[p]!.id, membershipName(m.classes[j]!)!));
  }
  return out;
}

/** The exported features' memberships, by id. */
export const membershipsOf = (fc: Exported) =>
  new Map(fc.features.map((f) => [f.properties.id, f.properties.membership]));
