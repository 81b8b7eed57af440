/**
 * Export and share in the real built app: filtered to one block status, the CSV re-reads to
 * exactly the features the filter selects (and, for Blocks alone, exactly the awarded blocks of
 * the data); the KML parses as XML with the same count; the map image is a PNG of the map's
 * size with real content; the copied link reproduces the filter in a fresh browser, also when it
 * names an imported layer that browser does not have; the panel is not on screen in the Query tab.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import Papa from 'papaparse';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { browserAvailable, openApp, waitForMapIdle, screenshot, RESULTS_DIR, type Session } from './harness';
import { realLayers } from '../real-data';

const awardedBlocks = realLayers()
  .blocks.features.filter((f) => (f.properties as { status?: string }).status === 'awarded')
  .map((f) => f.properties.id)
  .sort();

/** Clicks a button of the panel and returns the bytes of the file it downloads. */
async function downloadBytes(page: Page, panel: Locator, name: string): Promise<Buffer> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }).click(),
  ]);
  return readFileSync((await dl.path())!);
}

/** The ids the app's own filter selects over the shown datasets (or one). */
function filteredIds(page: Page, only?: string) {
  return page.evaluate((only) => {
    const k = window.khanij!;
    const { filters, hiddenLayers } = k.getState();
    return k
      .getDatasets()
      .filter((d) => (only ? d.id === only : !hiddenLayers.includes(d.id)))
      .flatMap((d) => Array.from(k.tools.filteredIndexes(d.id, filters), (i) => d.rows[i]!.id))
      .sort();
  }, only);
}

const csvIds = (buf: Buffer) => {
  const text = buf.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => r.id!).sort();
};

describe.skipIf(!browserAvailable)('export and share', () => {
  let s: Session;
  let panel: Locator;
  let shownIds: string[] = [];
  beforeAll(async () => {
    s = await openApp('#map=4.6/22/80');
    await waitForMapIdle(s.page);
    await s.page.getByRole('tab', { name: /Filters/ }).click();
    await s.page
      .locator('[data-facet="status"]')
      .getByRole('checkbox', { name: /^Awarded/ })
      .check();
    await s.page.getByRole('tab', { name: /Results/ }).click();
    panel = s.page.getByRole('region', { name: 'Export and share' });
    await panel.waitFor();
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('CSV of the filtered view re-reads to exactly the features the filter selects', async () => {
    shownIds = await filteredIds(s.page);
    expect(shownIds.length).toBeGreaterThan(10);
    expect(csvIds(await downloadBytes(s.page, panel, 'Export CSV'))).toEqual(shownIds);
    // Blocks alone: exactly the data's awarded blocks.
    await panel
      .getByRole('combobox', { name: 'Features of' })
      .selectOption({ label: 'Critical-mineral blocks' });
    const blocks = csvIds(await downloadBytes(s.page, panel, 'Export CSV'));
    expect(blocks).toEqual(await filteredIds(s.page, 'blocks'));
    expect(blocks).toEqual(awardedBlocks);
    await panel.getByRole('combobox', { name: 'Features of' }).selectOption({ label: 'All shown layers' });
    await screenshot(s.page, 'export-panel-desktop');
  });

  it('KML parses as XML with one Placemark per exported feature', async () => {
    const text = (await downloadBytes(s.page, panel, 'Export KML')).toString('utf8');
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => void (level !== 'warning' && errors.push(msg)),
    }).parseFromString(text, 'text/xml');
    expect(errors).toEqual([]);
    const ids = Array.from(doc.getElementsByTagName('Data'))
      .filter((d) => d.getAttribute('name') === 'id')
      .map((d) => d.getElementsByTagName('value')[0]!.textContent!)
      .sort();
    expect(doc.getElementsByTagName('Placemark')).toHaveLength(shownIds.length);
    expect(ids).toEqual(shownIds);
  });

  it('GeoJSON names the filter, licence and as-of date; each feature its sources', async () => {
    const fc = JSON.parse((await downloadBytes(s.page, panel, 'Export GeoJSON')).toString('utf8'));
    expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(shownIds);
    expect(fc.properties.filters).toEqual(await s.page.evaluate(() => window.khanij!.getState().filters));
    expect(fc.properties.licence).toMatch(/GeoNames/);
    expect(fc.properties.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      fc.features.every((f: { properties: { sources: unknown[] } }) => f.properties.sources.length > 0),
    ).toBe(true);
  });

  it('the map image is a PNG of the map’s size with the map and its legend drawn in', async () => {
    const bytes = await downloadBytes(s.page, panel, 'Export map image (PNG)');
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(`${RESULTS_DIR}/export-map.png`, bytes);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const png = PNG.sync.read(bytes);
    const size = await s.page.evaluate(() => {
      const c = window.khanij!.map.getCanvas();
      return { width: c.width, height: c.height };
    });
    expect({ width: png.width, height: png.height }).toEqual(size);
    // Colours in the middle of the map (boundaries, land, symbols), not one flat or blank fill.
    const colours = new Set<number>();
    for (let y = Math.floor(png.height * 0.3); y < png.height * 0.7; y += 3)
      for (let x = Math.floor(png.width * 0.3); x < png.width * 0.7; x += 3) {
        const i = (png.width * y + x) * 4;
        colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
      }
    expect(colours.size).toBeGreaterThan(20);
    const alpha = Array.from({ length: 50 }, (_, k) => png.data[(png.width * (k * 7 + 100) + 300) * 4 + 3]);
    expect(alpha.every((a) => a === 255)).toBe(true);
  });

  it('Copy link gives a link that reproduces the filter in a fresh browser, unknown layers and all', async () => {
    await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: /^Copy link$/ }).click();
    await expect.poll(() => s.page.locator('.notice').textContent()).toMatch(/Link copied/);
    const link = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(link.length).toBeLessThan(2000);
    const filters = await s.page.evaluate(() => window.khanij!.getState().filters);
    const path = link.replace(/^https?:\/\/[^/]+\//, '');
    // The same link from a view with an imported layer this browser does not have: hidden, and filtered.
    const withUser = new URL(link);
    const off = withUser.searchParams.get('off');
    withUser.searchParams.set('off', off ? `${off},user-tenements-x1` : 'user-tenements-x1');
    withUser.searchParams.set('f', `user-tenements-x1/kind:lease;${withUser.searchParams.get('f')}`);
    for (const p of [path, withUser.href.replace(/^https?:\/\/[^/]+\//, '')]) {
      const other = await openApp(p);
      try {
        await waitForMapIdle(other.page);
        await expect
          .poll(() => other.page.evaluate(() => window.khanij!.getState().filters))
          .toEqual(filters);
        expect(await filteredIds(other.page)).toEqual(shownIds);
        expect(other.consoleErrors).toEqual([]);
      } finally {
        await other.close();
      }
    }
  });

  it('Share appears only where the browser can share, and shares the link', async () => {
    const has = await s.page.evaluate(() => typeof navigator.share === 'function');
    expect(await panel.getByRole('button', { name: /^Share$/ }).count()).toBe(has ? 1 : 0);
    await s.page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', {
        value: async (d: ShareData) => void shared.push(d),
        configurable: true,
      });
    });
    await s.page.reload();
    await waitForMapIdle(s.page);
    const again = s.page.getByRole('region', { name: 'Export and share' });
    await again.getByRole('button', { name: /^Share$/ }).click();
    const shared = await s.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(s.page.url());
  });

  it('is not on screen in the Query tab (its buttons would clash with the query’s own exports)', async () => {
    await s.page.getByRole('tab', { name: /Query/ }).click();
    expect(await s.page.getByTestId('export-panel').count()).toBe(0);
    expect(await s.page.getByRole('button', { name: /^Export CSV$/ }).count()).toBe(0);
  });
});
