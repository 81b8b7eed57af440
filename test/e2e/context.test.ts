/**
 * Context at every zoom, in the real app: towns are named from zoom 7 up by size (GeoNames), never
 * at the India view, and never on top of a data symbol, a count, a badge or a state's name; related
 * features open each other's cards; the boundary note folds to a small button and stays folded
 * across a reload.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { browserAvailable, openApp, waitForMapIdle, screenshot, PHONE } from './harness';
import { BASEMAP_IDS } from '../../src/map/basemap-style';
import type { TownsFile } from '../../scripts/build-towns';

const TOWNS = BASEMAP_IDS.townsLabel;
/** The machine is shared: loading the app can take long. */
const IDLE_MS = 150_000;
const towns = (JSON.parse(readFileSync('geodata/gazetteer/towns.json', 'utf8')) as TownsFile).towns;
const town = (name: string, state: string) => {
  const t = towns.find((x) => x.name === name && x.state === state);
  if (!t) throw new Error(`${name} is not in towns.json`);
  return t;
};

/** What the data draws as a mark a name must keep off: symbols, clusters and counts, stacks, badges. */
const DATA_MARKS =
  /-(symbol|cluster|cluster-count)$|^stacks-(marker|count|single)$|^state-badges$|^selected-/;

/** Over Chhattisgarh and Odisha, and over Jharkhand, where most of the data is. */
const VIEWS: { name: string; center: [number, number] }[] = [
  { name: 'chhattisgarh-odisha', center: [83.4, 21.6] },
  { name: 'jharkhand', center: [85.6, 23.6] },
];

async function jumpTo(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(
    ([c, z]) => window.khanij!.map.jumpTo({ center: c as [number, number], zoom: z as number }),
    [center, zoom] as const,
  );
  await waitForMapIdle(page, IDLE_MS);
  // Labels fade in over 300 ms after a placement.
  await page.waitForTimeout(500);
}

/** The town names drawn now. */
async function renderedTowns(page: Page): Promise<string[]> {
  return page.evaluate(
    (layer) =>
      window.khanij!.map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.name)),
    TOWNS,
  );
}

/**
 * Every data mark and state name drawn now that has a town name within 3 px of its anchor (a
 * rendered symbol's collision box is what queryRenderedFeatures hits).
 */
async function coveredByTowns(page: Page, marks: string) {
  return page.evaluate(
    ([pattern, layer]) => {
      const map = window.khanij!.map;
      const re = new RegExp(pattern as string);
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => re.test(id) || id === 'states-label' || id === 'states-label-small');
      const hits: string[] = [];
      let checked = 0;
      for (const f of map.queryRenderedFeatures({ layers })) {
        if (f.geometry.type !== 'Point') continue;
        checked++;
        const p = map.project(f.geometry.coordinates as [number, number]);
        const near = map.queryRenderedFeatures(
          [
            [p.x - 3, p.y - 3],
            [p.x + 3, p.y + 3],
          ],
          { layers: [layer as string] },
        );
        for (const t of near) hits.push(`${String(t.properties.name)} on ${f.layer.id}`);
      }
      return { hits, checked };
    },
    [marks, TOWNS] as const,
  );
}

describe.skipIf(!browserAvailable)('context: towns', () => {
  it('names a big town at zoom 8, and no town at all at zoom 5', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page, IDLE_MS);
      const bilaspur = town('Bilaspur', 'IN-CG');
      expect(bilaspur.minzoom).toBe(8);
      await jumpTo(s.page, [bilaspur.lon, bilaspur.lat], 8);
      expect(await renderedTowns(s.page)).toContain('Bilaspur');
      await jumpTo(s.page, [bilaspur.lon, bilaspur.lat], 5);
      expect(await renderedTowns(s.page)).toEqual([]);
      // Smaller towns wait for their own zoom: Chaibasa (66,000 people) from 9, not at 8.
      const chaibasa = town('Chaibasa', 'IN-JH');
      expect(chaibasa.minzoom).toBe(9);
      await jumpTo(s.page, [chaibasa.lon, chaibasa.lat], 8);
      expect(await renderedTowns(s.page)).not.toContain('Chaibasa');
      await jumpTo(s.page, [chaibasa.lon, chaibasa.lat], 9);
      expect(await renderedTowns(s.page)).toContain('Chaibasa');
    } finally {
      await s.close();
    }
  }, 240_000);

  for (const [size, opts] of [
    ['desktop', {}],
    ['phone', { viewport: PHONE, isMobile: true }],
  ] as const) {
    it(`${size}: no town name lies on a data symbol, a count, a badge or a state's name`, async () => {
      const s = await openApp('', opts);
      try {
        await waitForMapIdle(s.page, IDLE_MS);
        let named = 0;
        let checked = 0;
        for (const v of VIEWS) {
          for (const zoom of [7, 9]) {
            await jumpTo(s.page, v.center, zoom);
            named += (await renderedTowns(s.page)).length;
            const r = await coveredByTowns(s.page, DATA_MARKS.source);
            checked += r.checked;
            expect(r.hits, `${v.name} at zoom ${zoom}`).toEqual([]);
            await screenshot(s.page, `context-${size}-${v.name}-z${zoom}`);
          }
        }
        // Something was checked: names were drawn and marks were there to keep clear.
        expect(named).toBeGreaterThan(5);
        expect(checked).toBeGreaterThan(10);
      } finally {
        await s.close();
      }
    }, 300_000);
  }
});

describe.skipIf(!browserAvailable)('context: cards and notes', () => {
  it('the Katghora find and the Katghora block open each other', async () => {
    const s = await openApp('?sel=exp-katghora');
    try {
      const card = s.page.getByTestId('feature-card');
      await card.waitFor({ timeout: IDLE_MS });
      const heading = card.getByRole('heading', { level: 2 });
      const findName = await heading.textContent();
      await s.page.getByTestId('card-related').locator('[data-feature-id="blk-katghora"]').click();
      await s.page.waitForFunction(() => window.khanij!.getState().selectedId === 'blk-katghora');
      expect(await heading.textContent()).toBe('Katghora Lithium & REE Block');
      expect(new URL(s.page.url()).searchParams.get('sel')).toBe('blk-katghora');
      await s.page.getByTestId('card-related').locator('[data-feature-id="exp-katghora"]').click();
      await s.page.waitForFunction(() => window.khanij!.getState().selectedId === 'exp-katghora');
      expect(await heading.textContent()).toBe(findName);
    } finally {
      await s.close();
    }
  }, 180_000);

  it('the boundary note folds to a small "Boundaries" button that stays folded across a reload', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page, IDLE_MS);
      const note = s.page.getByTestId('boundary-note');
      expect(await note.textContent()).toContain('Natural Earth');
      const open = await note.boundingBox();
      await note.getByRole('button', { name: 'Hide this note' }).click();
      await expect.poll(() => note.textContent()).toBe('Boundaries');
      const folded = await note.boundingBox();
      // Small: a fraction of the note it replaces.
      expect(folded!.width * folded!.height).toBeLessThan((open!.width * open!.height) / 4);
      expect(await note.getAttribute('aria-expanded')).toBe('false');

      await s.page.reload();
      await waitForMapIdle(s.page, IDLE_MS);
      expect(await s.page.getByTestId('boundary-note').textContent()).toBe('Boundaries');

      // Unfolded again, it stays open across the next reload.
      await s.page.getByRole('button', { name: 'Boundaries', exact: true }).click();
      await expect.poll(() => s.page.getByTestId('boundary-note').textContent()).toContain('Natural Earth');
      await s.page.reload();
      await waitForMapIdle(s.page, IDLE_MS);
      expect(await s.page.getByTestId('boundary-note').textContent()).toContain('Natural Earth');
    } finally {
      await s.close();
    }
  }, 240_000);
});
