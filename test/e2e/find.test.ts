/**
 * Find, in the real built app: filtering to a mineral leaves only its features drawn and listed
 * with agreeing counts; typo-tolerant search opens a card; a restored URL reproduces filters,
 * table and map; Back undoes the last filter; a keyboard-only journey reaches a card; axe finds
 * no serious problem on the filter panel and the table.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { browserAvailable, openApp, waitForMapIdle, screenshot, PHONE, type Session } from './harness';
import { realLayers } from '../real-data';
import { LAYER_IDS } from '../../src/domain/model/enums';
import { PANEL_TABS } from '../../src/state/slices/ui';

const layers = realLayers();
const all = LAYER_IDS.flatMap((l) => layers[l].features.map((f) => ({ layer: l, p: f.properties })));
const lithium = all.filter((f) => f.p.minerals.includes('lithium'));

/** Ids drawn on the map as unclustered symbols (every data layer) or stacked markers, and cluster sizes. */
async function drawn(page: Page) {
  return page.evaluate(
    (ids) => {
      const map = window.khanij!.map;
      const symbols = ids.map((l) => `${l}-symbol`).filter((id) => map.getLayer(id));
      const clusters = ids.map((l) => `${l}-cluster`).filter((id) => map.getLayer(id));
      const pts = map.queryRenderedFeatures({ layers: symbols }).map((f) => String(f.properties.id));
      // Features sharing one position are drawn as one stacked marker naming them all; below
      // zoom 6 the national overview draws every layer, its bubbles naming what they hold.
      for (const f of map.queryRenderedFeatures({ layers: ['stacks-marker', 'stacks-single'] }))
        pts.push(...String(f.properties.ids).split('|'));
      for (const f of map.queryRenderedFeatures({ layers: ['overview-single', 'overview-cluster'] }))
        pts.push(...String(f.properties.ids ?? f.properties.id).split('|'));
      const clustered = map
        .queryRenderedFeatures({ layers: clusters })
        .reduce((n, f) => n + Number(f.properties.point_count ?? 0), 0);
      return { ids: [...new Set(pts)].sort(), clustered };
    },
    LAYER_IDS as unknown as string[],
  );
}

async function resultsCount(page: Page) {
  return (await page.getByTestId('results-count').textContent())?.trim();
}

async function violations(s: Session, include: string) {
  const r = await new AxeBuilder({ page: s.page }).include(include).analyze();
  expect(r.passes.length, `axe rules passed in ${include}`).toBeGreaterThan(0);
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

describe.skipIf(!browserAvailable)('find: filters, search and table', () => {
  let s: Session;
  beforeAll(async () => {
    // All of India: every shown feature is a symbol, a stacked marker or in an overview bubble.
    s = await openApp('#map=4.6/22/80');
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('filtering to lithium leaves only lithium features drawn and listed, and the counts agree', async () => {
    await s.page.getByRole('tab', { name: /Filters/ }).click();
    const facet = s.page.locator('[data-facet="minerals"]');
    await facet.getByRole('checkbox', { name: /^Lithium/ }).check();
    await waitForMapIdle(s.page);
    const d = await drawn(s.page);
    const b = await s.page.evaluate(() => window.khanij!.map.getBounds().toArray().flat());
    const inView = lithium.filter((f) => {
      const [x, y] = layers[f.layer].features.find((g) => g.properties.id === f.p.id)!.geometry.coordinates;
      return x >= b[0]! && x <= b[2]! && y >= b[1]! && y <= b[3]!;
    });
    // Everything drawn is lithium, and every lithium feature in view is drawn (as a symbol or in a cluster).
    const lithiumIds = lithium.map((f) => f.p.id);
    for (const id of d.ids) expect(lithiumIds, id).toContain(id);
    expect(inView.length).toBeGreaterThan(3);
    expect(d.ids.length + d.clustered).toBe(inView.length);
    await s.page.getByRole('tab', { name: /Results/ }).click();
    expect(await resultsCount(s.page)).toBe(`${lithium.length} of ${all.length}`);
    const listed = await s.page
      .locator('[data-testid="results-table"] [role="row"][data-feature-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature-id')));
    for (const id of listed) expect(lithium.map((f) => f.p.id)).toContain(id);
    expect(await s.page.getByTestId('filter-count').textContent()).toBe('1');
    await screenshot(s.page, 'find-lithium');
  });

  it('Back undoes the last filter, Forward redoes it', async () => {
    await s.page.goBack();
    await waitForMapIdle(s.page);
    expect(await s.page.evaluate(() => window.khanij!.getState().filters)).toEqual({});
    await s.page.getByRole('tab', { name: /Layers/ }).click();
    const blocks = layers.blocks.features.length;
    expect(await s.page.getByTestId('shown-blocks').textContent()).toBe(`${blocks} of ${blocks} shown`);
    await s.page.goForward();
    await waitForMapIdle(s.page);
    expect(await s.page.evaluate(() => window.khanij!.getState().filters)).toEqual({
      minerals: { op: 'in', values: ['lithium'] },
    });
  });

  it('"katgora" and Enter open the Katghora card', async () => {
    await s.page.evaluate(() => window.khanij!.getState().clearFilters());
    const box = s.page.getByRole('combobox', { name: 'Search the atlas' });
    await box.fill('katgora');
    await s.page.getByRole('option').first().waitFor();
    await box.press('Enter');
    const card = s.page.getByTestId('feature-card');
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toMatch(/Katghora/);
    expect(await s.page.evaluate(() => window.khanij!.getState().selectedId)).toMatch(/katghora/);
  });

  it('shows hostile or huge search text as text and keeps working', async () => {
    const box = s.page.getByRole('combobox', { name: 'Search the atlas' });
    await box.fill('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>');
    await s.page.waitForTimeout(300);
    await box.fill('x'.repeat(2000));
    await s.page.waitForTimeout(300);
    await box.fill('');
    expect(await s.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    expect(s.consoleErrors).toEqual([]);
  });

  it('has no serious accessibility problem on the filter panel and the table', async () => {
    await s.page.evaluate(() => window.khanij!.getState().select(null));
    await s.page.getByRole('tab', { name: /Filters/ }).click();
    expect(await violations(s, '.filter-panel')).toEqual([]);
    await s.page.getByRole('tab', { name: /Results/ }).click();
    expect(await violations(s, '.results')).toEqual([]);
  });
});

describe.skipIf(!browserAvailable)('find: a shared link', () => {
  it('reproduces the filters, the table and the map', async () => {
    const s = await openApp(
      '?f=minerals:lithium;blocks/status!annulled&sort=-name&tab=results#map=4.6/22/80',
    );
    try {
      await waitForMapIdle(s.page);
      const want = lithium.filter((f) => !(f.p.layer === 'blocks' && f.p.status === 'annulled'));
      expect(await resultsCount(s.page)).toBe(`${want.length} of ${all.length}`);
      const first = await s.page
        .locator('[data-testid="results-table"] [role="row"][data-feature-id]')
        .first()
        .getAttribute('data-feature-id');
      const byNameDesc = [...want].sort((a, b) =>
        b.p.name.localeCompare(a.p.name, 'en-IN', { sensitivity: 'base', numeric: true }),
      );
      expect(first).toBe(byNameDesc[0]!.p.id);
      expect(await s.page.locator('[aria-sort="descending"]').textContent()).toMatch(/Name/);
      const gs = await s.page.evaluate(() => window.khanij!.map.getGlobalState()['filter:blocks']);
      expect(gs).toMatchObject({ 'minerals.i': true, 'minerals.iv': '|lithium|', 'status.o': '|annulled|' });
      const d = await drawn(s.page);
      for (const id of d.ids) expect(want.map((f) => f.p.id)).toContain(id);
    } finally {
      await s.close();
    }
  });

  it('corrects or drops a bad filter in the URL, never failing', async () => {
    const s = await openApp('?f=nosuch:x;minerals:unobtainium,lithium;year=2026..2024#map=4.6/22/80');
    try {
      // The note names what was dropped (it clears itself after a few seconds: watch for it first).
      await s.page.waitForFunction(
        () => /nosuch/.test(document.querySelector('.notice')?.textContent ?? ''),
        null,
        {
          timeout: 30_000,
        },
      );
      await waitForMapIdle(s.page);
      const f = await s.page.evaluate(() => window.khanij!.getState().filters);
      expect(f).toEqual({
        minerals: { op: 'in', values: ['lithium'] },
        year: { op: 'range', min: 2024, max: 2026 },
      });
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!browserAvailable)('find: keyboard only', () => {
  it('goes from / to a card without a mouse', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page);
      await s.page.keyboard.press('/');
      await s.page.waitForFunction(() => document.activeElement?.id === 'search-input');
      await s.page.keyboard.type('lithium');
      await s.page.getByRole('option').first().waitFor();
      // Down to the first feature suggestion, then Enter.
      const kinds = await s.page
        .getByRole('option')
        .evaluateAll((o) => o.map((x) => x.getAttribute('data-search-kind')));
      const firstFeature = kinds.indexOf('feature');
      for (let i = 0; i < firstFeature; i++) await s.page.keyboard.press('ArrowDown');
      await s.page.keyboard.press('Enter');
      await s.page.getByTestId('feature-card').waitFor();
      expect(await s.page.evaluate(() => window.khanij!.getState().selectedId)).not.toBeNull();
    } finally {
      await s.close();
    }
  });

  it('moves through the results with the arrow keys and opens a card with Enter', async () => {
    const s = await openApp('?tab=results');
    try {
      await waitForMapIdle(s.page);
      await s.page.getByTestId('results-table').focus();
      await s.page.keyboard.press('ArrowDown');
      await s.page.keyboard.press('ArrowDown');
      await s.page.keyboard.press('Enter');
      await s.page.getByTestId('feature-card').waitFor();
      const sel = await s.page.evaluate(() => window.khanij!.getState().selectedId);
      const rows = await s.page
        .locator('[data-testid="results-table"] [role="row"][data-feature-id]')
        .evaluateAll((r) => r.map((x) => x.getAttribute('data-feature-id')));
      expect(sel).toBe(rows[2]);
      expect(await s.page.locator(`[data-feature-id="${sel}"]`).getAttribute('aria-selected')).toBe('true');
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!browserAvailable)('find: phone', () => {
  it('keeps the same parts in the bottom sheet', async () => {
    const s = await openApp('?tab=filters', { viewport: PHONE, isMobile: true });
    try {
      await waitForMapIdle(s.page);
      await s.page.getByRole('tab', { name: /Filters/ }).waitFor();
      // The same parts as on a desktop: one tab each.
      expect(await s.page.getByRole('tab').count()).toBe(PANEL_TABS.length);
      await screenshot(s.page, 'find-phone-filters');
    } finally {
      await s.close();
    }
  });
});
