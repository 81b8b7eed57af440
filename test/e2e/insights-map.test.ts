/**
 * Insights on the map, in the built app: the choropleth colours every state and union
 * territory with its legend's classes (read back from the rendered pixels), charts filter the
 * map and the table when clicked, the time slider shows the blocks as of a date, and each new
 * view passes axe.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserAvailable,
  colourNear,
  openApp,
  pixelsOf,
  waitForMapIdle,
  type Session,
  axeViolations,
} from './harness';
import { categoryToken } from '../../src/domain/symbology';
import { LAYER_IDS } from '../../src/domain/model/enums';

/**
 * The blocks the map holds: the clustered source's features, plus the blocks of the stacked
 * markers (features sharing one position are drawn by one marker, not by their own source).
 */
async function blocksOnMap(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const map = window.khanij!.map;
    type Src = { getData(): Promise<{ features: { properties: Record<string, unknown> }[] }> };
    const own = (await (map.getSource('data-blocks') as unknown as Src).getData()).features.length;
    const stacks = map.getSource('stacks') as unknown as Src | undefined;
    const stacked = stacks
      ? (await stacks.getData()).features.flatMap((f) =>
          String(f.properties.ids ?? '')
            .split('|')
            .filter((id) => id.startsWith('blk-')),
        ).length
      : 0;
    return own + stacked;
  });
}

interface LabelPoint {
  geometry: { coordinates: [number, number] };
  properties: { code: string; name: string; bbox: [number, number, number, number] };
}
const labels = (
  JSON.parse(readFileSync('public/data/boundaries/state-labels.geojson', 'utf8')) as {
    features: LabelPoint[];
  }
).features;
const blocks = (
  JSON.parse(readFileSync('public/data/blocks.json', 'utf8')) as {
    features: { properties: { id: string; state: string; events: { date: string; type: string }[] } }[];
  }
).features;

const axeIn = (s: Session, include?: string) => axeViolations(s.page, include);

/** A date known to its month or year as its last day, 'YYYY-MM-DD' (compared as text). */
const endOfDate = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * Reference count of blocks by auction status on a day, from the data file: a block is in the
 * view from its first event, and its status is its last event dated by then.
 */
function statusCountsOn(day: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) {
    const evs = b.properties.events;
    if (endOfDate(evs[0]!.date) > day) continue;
    let status = '';
    for (const e of evs) if (endOfDate(e.date) <= day) status = e.type;
    out.set(status, (out.get(status) ?? 0) + 1);
  }
  return out;
}

/** Every curated feature's position, to find a block drawn by its own symbol (not a stack). */
const positions = new Map<string, number>();
for (const l of LAYER_IDS)
  for (const f of (
    JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as {
      features: { geometry: { coordinates: [number, number] } }[];
    }
  ).features) {
    const k = f.geometry.coordinates.join(',');
    positions.set(k, (positions.get(k) ?? 0) + 1);
  }

/** Moves the camera without animation and resolves once the map has drawn the new view. */
async function fitAndIdle(s: Session, bbox: readonly number[]) {
  await s.page.evaluate(
    (b) =>
      new Promise<void>((resolve) => {
        const map = window.khanij!.map;
        map.once('idle', () => resolve());
        map.fitBounds(
          [
            [b[0]!, b[1]!],
            [b[2]!, b[3]!],
          ],
          { animate: false, padding: 60 },
        );
        map.triggerRepaint();
      }),
    bbox,
  );
}

describe.skipIf(!browserAvailable)('insights on the map', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`choropleth (${colorScheme})`, () => {
      let s: Session;
      beforeAll(async () => {
        s = await openApp('?shade=state:blocks&tab=insights', { colorScheme });
        await waitForMapIdle(s.page);
        await s.page.getByTestId('choropleth-legend').waitFor();
      });
      afterAll(async () => s?.close());

      it('colours all 36 states and union territories with the legend’s classes', async () => {
        // The legend's classes as the user reads them: range and colour of each.
        const classes = await s.page.$$eval('[data-testid="choropleth-legend"] li', (lis) =>
          lis.map((li) => ({
            cls: Number(li.getAttribute('data-class')),
            min: Number(li.getAttribute('data-min') ?? 0),
            max: Number(li.getAttribute('data-max') ?? 0),
            colour: li.getAttribute('data-colour')!,
          })),
        );
        expect(classes.length).toBeGreaterThanOrEqual(3);
        // Blocks per state, counted here from the data file (no filter is active).
        const count = new Map<string, number>();
        for (const f of blocks) count.set(f.properties.state, (count.get(f.properties.state) ?? 0) + 1);
        const expected = (code: string) => {
          const n = count.get(code) ?? 0;
          const c =
            n === 0
              ? classes.find((k) => k.cls === -1)
              : classes.find((k) => k.cls >= 0 && n >= k.min && n <= k.max);
          expect(c, `a legend class for ${code} (${n})`).toBeDefined();
          return c!.colour;
        };
        // Only the fills are judged: lines, labels, badges and the overlays on the map are hidden.
        await s.page.evaluate(() => {
          const map = window.khanij!.map;
          for (const l of map.getStyle().layers)
            if (l.type !== 'fill' && l.type !== 'background')
              map.setLayoutProperty(l.id, 'visibility', 'none');
        });
        await s.page.addStyleTag({
          content:
            '.choropleth-legend, .boundary-note, .coordinate-readout, .maplibregl-control-container { visibility: hidden !important; }',
        });
        expect(labels).toHaveLength(36);
        const seen = new Set<string>();
        const wrong: string[] = [];
        /** The pixel at a state's interior point in the current view, against its expected colour. */
        const judge = async (f: LabelPoint, px: Awaited<ReturnType<typeof pixelsOf>>) => {
          const [x, y] = await s.page.evaluate((c) => {
            const p = window.khanij!.map.project(c);
            const r = window.khanij!.map.getCanvas().getBoundingClientRect();
            return [Math.round(p.x + r.left), Math.round(p.y + r.top)];
          }, f.geometry.coordinates);
          // A 5×5 patch, so a state a few pixels wide is judged zoomed in instead.
          const patch = [-2, -1, 0, 1, 2].flatMap((dx) =>
            [-2, -1, 0, 1, 2].map((dy) => px.at(x! + dx, y! + dy)),
          );
          const want = expected(f.properties.code);
          return {
            ok: patch.every((p) => colourNear(p, want, 12)),
            // Zoomed in, the interior point itself: an island a few pixels across has sea around it.
            centreOk: colourNear(px.at(x!, y!), want, 12),
            hex: px.hex(x!, y!),
          };
        };
        // All of India first; any state whose patch is not uniform (small, or near an edge) zoomed in.
        await fitAndIdle(s, [68, 6.5, 97.5, 37]);
        const again: LabelPoint[] = [];
        const india = await pixelsOf(s.page);
        for (const f of labels) {
          if ((await judge(f, india)).ok) seen.add(expected(f.properties.code));
          else again.push(f);
        }
        for (const f of again) {
          await fitAndIdle(s, f.properties.bbox);
          const r = await judge(f, await pixelsOf(s.page));
          const want = expected(f.properties.code);
          if (!r.centreOk) wrong.push(`${f.properties.code}: ${r.hex} ≠ ${want}`);
          seen.add(want);
        }
        expect(wrong).toEqual([]);
        // Every class of the legend is used by some state.
        expect(seen.size).toBe(classes.length);
      });
    });
  }

  describe('choropleth view, filters and axe', () => {
    let s: Session;
    beforeAll(async () => {
      s = await openApp('?tab=insights');
      await waitForMapIdle(s.page);
    });
    afterAll(async () => s?.close());

    it('switches to shaded states and back to points, follows the filters, says what it includes', async () => {
      const panel = s.page.getByTestId('choropleth-controls');
      await panel.getByLabel('Shaded states').check();
      const legend = s.page.getByTestId('choropleth-legend');
      await legend.waitFor();
      expect(await legend.textContent()).toMatch(/placed at their state’s centre/);
      expect(new URL(s.page.url()).searchParams.get('shade')).toBe('state:blocks');
      // The values table is the text alternative: Odisha's row equals a direct count.
      await panel.getByText(/Values by area/).click();
      const odisha = blocks.filter((f) => f.properties.state === 'IN-OD').length;
      expect(await panel.locator('tr[data-key="IN-OD"] td').first().textContent()).toBe(`${odisha} blocks`);
      // A filter narrows it: only lithium blocks.
      await s.page.evaluate(() =>
        window.khanij!.getState().setFilter('minerals', { op: 'in', values: ['lithium'] }),
      );
      const lithiumStates = new Set(
        (
          JSON.parse(readFileSync('public/data/blocks.json', 'utf8')) as {
            features: { properties: { state: string; minerals: string[] } }[];
          }
        ).features
          .filter((f) => f.properties.minerals.includes('lithium'))
          .map((f) => f.properties.state),
      );
      await expect.poll(() => panel.locator('tr[data-key]').count()).toBe(lithiumStates.size);
      expect(await axeIn(s, '[data-testid="insights-panel"]')).toEqual([]);
      expect(await axeIn(s, '[data-testid="choropleth-legend"]')).toEqual([]);
      await legend.getByRole('button', { name: 'Show points' }).click();
      await legend.waitFor({ state: 'detached' });
      expect(new URL(s.page.url()).searchParams.get('shade')).toBeNull();
      expect(s.consoleErrors).toEqual([]);
    });
  });
  describe('charts', () => {
    let s: Session;
    beforeAll(async () => {
      s = await openApp('?tab=insights');
      await waitForMapIdle(s.page);
      await s.page.getByTestId('charts').waitFor();
    });
    afterAll(async () => s?.close());

    it('a click on a bar filters the map and the table, and the chart says which filter it set', async () => {
      const raw = JSON.parse(readFileSync('public/data/blocks.json', 'utf8')) as {
        features: { properties: { minerals: string[]; status: string } }[];
      };
      const want = raw.features.filter(
        (f) => f.properties.minerals.includes('graphite') && f.properties.status === 'awarded',
      ).length;
      expect(want).toBeGreaterThan(1);
      const chart = s.page.locator('[data-chart="mineralOutcome"]');
      await chart.locator('rect[data-x="graphite"][data-series="awarded"]').click();
      // The filter model holds it, the chart says so, the chips show it.
      expect(await s.page.evaluate(() => window.khanij!.getState().filters)).toEqual({
        minerals: { op: 'in', values: ['graphite'] },
        status: { op: 'in', values: ['awarded'] },
      });
      await expect
        .poll(() => s.page.getByTestId('chart-set-mineralOutcome').textContent())
        .toMatch(/Graphite.*Awarded/);
      // The map: the clustered blocks source holds exactly those blocks; unclustered layers
      // without an auction status draw nothing.
      await waitForMapIdle(s.page);
      const onMap = await blocksOnMap(s.page);
      expect(onMap).toBe(want);
      // Neither the layer's own symbols nor the national overview's points and bubbles draw a find.
      const exploration = await s.page.evaluate(() => {
        const map = window.khanij!.map;
        const own = map.queryRenderedFeatures({
          layers: map
            .getStyle()
            .layers.filter((l) => 'source' in l && l.source === 'data-exploration')
            .map((l) => l.id),
        }).length;
        const overview = map
          .queryRenderedFeatures({ layers: ['overview-single', 'overview-cluster'] })
          .reduce(
            (n, f) =>
              n +
              (f.properties.cluster
                ? Number(f.properties['n|exploration'] ?? 0)
                : f.properties.layer === 'exploration'
                  ? 1
                  : 0),
            0,
          );
        return own + overview;
      });
      expect(exploration).toBe(0);
      // The table lists the same.
      await s.page.getByRole('tab', { name: /Results/ }).click();
      await expect
        .poll(() => s.page.getByTestId('results-count').textContent())
        .toMatch(new RegExp(`^${want} of `));
      // Back in the chart: clear what it set.
      await s.page.getByRole('tab', { name: 'Insights' }).click();
      await s.page.getByTestId('chart-set-mineralOutcome').getByRole('button', { name: 'Clear it' }).click();
      expect(await s.page.evaluate(() => window.khanij!.getState().filters)).toEqual({});
      await s.page.getByTestId('chart-set-mineralOutcome').waitFor({ state: 'detached' });
    });

    it('offers the same filter from its table, by keyboard', async () => {
      const chart = s.page.locator('[data-chart="byState"]');
      await chart.getByText('Show as a table').click();
      const row = chart.locator('tbody tr', { hasText: 'Odisha' }).first();
      await row.getByRole('button', { name: 'Filter by this' }).focus();
      await s.page.keyboard.press('Enter');
      expect(await s.page.evaluate(() => window.khanij!.getState().filters)).toEqual({
        state: { op: 'in', values: ['IN-OD'] },
      });
      expect(await chart.getByTestId('chart-set-byState').textContent()).toMatch(/Odisha/);
      expect(await axeIn(s, '[data-testid="charts"]')).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
    });
  });
  describe('time slider', () => {
    let s: Session;
    beforeAll(async () => {
      s = await openApp('?tab=insights');
      await waitForMapIdle(s.page);
      await s.page.getByTestId('time-slider').waitFor();
    });
    afterAll(async () => s?.close());

    /** Blocks whose first event is dated on or before the day (a month or year counts from its end). */
    const offeredBy = (day: string) =>
      blocks.filter((f) => {
        const d = f.properties.events[0]!.date;
        const end = d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
        return end <= day;
      }).length;

    it('at 1 Jan 2024 shows only the blocks offered by then, on the map, in the legend and the URL', async () => {
      const want = offeredBy('2024-01-01');
      expect(want).toBeGreaterThan(0);
      expect(want).toBeLessThan(blocks.length);
      await s.page.getByTestId('time-date').fill('2024-01-01');
      await expect.poll(() => new URL(s.page.url()).searchParams.get('asof')).toBe('2024-01-01');
      await expect.poll(() => s.page.getByTestId('as-of-badge').textContent()).toMatch(/As of 1 Jan 2024/);
      await expect
        .poll(() =>
          s.page
            .getByTestId('shown-blocks')
            .textContent()
            .catch(() => null),
        )
        .toBeNull();
      await waitForMapIdle(s.page);
      const onMap = await blocksOnMap(s.page);
      expect(onMap).toBe(want);
      await s.page.getByRole('tab', { name: 'Layers' }).click();
      expect(await s.page.getByTestId('shown-blocks').textContent()).toMatch(
        new RegExp(`^${want} of ${blocks.length}`),
      );
      await s.page.getByRole('tab', { name: 'Insights' }).click();
      expect(await axeIn(s, '[data-testid="time-slider"]')).toEqual([]);
      expect(await axeIn(s, '[data-testid="as-of-badge"]')).toEqual([]);
    });

    it('steps with the keyboard and goes back to today', async () => {
      const range = s.page.getByTestId('time-range');
      await range.focus();
      const before = await s.page.evaluate(() => window.khanij!.getState().filters.since);
      await s.page.keyboard.press('ArrowRight');
      const after = await s.page.evaluate(() => window.khanij!.getState().filters.since);
      expect(after).not.toEqual(before);
      await s.page.getByTestId('as-of-badge').getByRole('button', { name: 'Back to today' }).click();
      await s.page.getByTestId('as-of-badge').waitFor({ state: 'detached' });
      expect(new URL(s.page.url()).searchParams.get('asof')).toBeNull();
      expect(s.consoleErrors).toEqual([]);
    });

    it('draws a block in the colour of its status on the day, counts it so, and goes back to today', async () => {
      // A block offered on a full date and awarded later, alone at its position (so its own
      // symbol draws it, not a stacked marker).
      const full = blocks as unknown as {
        geometry: { coordinates: [number, number] };
        properties: (typeof blocks)[number]['properties'] & { status: string };
      }[];
      const block = full.find((f) => {
        const e = f.properties.events;
        return (
          e[0]!.type === 'offered' &&
          e[0]!.date.length === 10 &&
          e[1]?.type === 'awarded' &&
          e[1].date > e[0]!.date &&
          positions.get(f.geometry.coordinates.join(',')) === 1
        );
      })!;
      expect(block, 'a block offered, then awarded, alone at its position').toBeDefined();
      const day = block.properties.events[0]!.date;
      const today = block.properties.status;
      expect(today).not.toBe('offered');
      const colour = (status: string) => categoryToken('blocks', status)!.color.light;

      /** The block's symbol as drawn: the evaluated icon name and the pixel at its centre. */
      const drawn = async () => {
        await s.page.evaluate(
          (c) =>
            new Promise<void>((resolve) => {
              const map = window.khanij!.map;
              map.once('idle', () => resolve());
              map.jumpTo({ center: c, zoom: 12 });
              map.triggerRepaint();
            }),
          block.geometry.coordinates,
        );
        const hit = await s.page.evaluate((id) => {
          const map = window.khanij!.map;
          const f = map
            .queryRenderedFeatures({ layers: ['blocks-symbol'] })
            .find((x) => x.properties.id === id);
          if (!f) return null;
          const image = (f.layer.layout as Record<string, { name?: string } | undefined>)['icon-image'];
          const box = map.getCanvas().getBoundingClientRect();
          const pt = map.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates);
          return {
            image: image?.name ?? null,
            x: Math.round(box.left + pt.x),
            y: Math.round(box.top + pt.y),
          };
        }, block.properties.id);
        expect(hit, 'the block is drawn by its own symbol').not.toBeNull();
        const px = await pixelsOf(s.page);
        return { image: hit!.image, rgb: px.at(hit!.x, hit!.y) };
      };
      const legendCount = async (status: string) =>
        Number(
          await s.page
            .locator(`.legend-layer[data-layer="blocks"] [data-category="${status}"] .count`)
            .textContent(),
        );

      await s.page.getByRole('tab', { name: 'Insights' }).click();
      await s.page.getByTestId('time-date').fill(day);
      await expect.poll(() => new URL(s.page.url()).searchParams.get('asof')).toBe(day);
      await waitForMapIdle(s.page);
      const then = await drawn();
      expect(then.image).toBe(`k|blocks|offered|light`);
      expect(colourNear(then.rgb, colour('offered')), `offered colour, got ${then.rgb.join(',')}`).toBe(true);
      expect(colourNear(then.rgb, colour(today))).toBe(false);
      await s.page.getByRole('tab', { name: 'Layers' }).click();
      const want = statusCountsOn(day);
      for (const status of ['offered', 'awarded', 'annulled', 're-offered'])
        expect(await legendCount(status), `${status} on ${day}`).toBe(want.get(status) ?? 0);

      await s.page.getByTestId('as-of-badge').getByRole('button', { name: 'Back to today' }).click();
      await s.page.getByTestId('as-of-badge').waitFor({ state: 'detached' });
      await waitForMapIdle(s.page);
      const now = await drawn();
      expect(now.image).toBe(`k|blocks|${today}|light`);
      expect(colourNear(now.rgb, colour(today)), `${today} colour, got ${now.rgb.join(',')}`).toBe(true);
      const wantToday = statusCountsOn('9999-12-31');
      for (const status of ['offered', 'awarded', 'annulled', 're-offered'])
        expect(await legendCount(status), `${status} today`).toBe(wantToday.get(status) ?? 0);
      expect(s.consoleErrors).toEqual([]);
    });

    it('opens a link at its date, and ignores a malformed one', async () => {
      const t = await openApp('?asof=2024-01-01');
      try {
        await waitForMapIdle(t.page);
        await expect.poll(() => t.page.getByTestId('as-of-badge').textContent()).toMatch(/1 Jan 2024/);
        expect(await t.page.getByTestId('shown-blocks').textContent()).toMatch(
          new RegExp(`^${offeredBy('2024-01-01')} of `),
        );
      } finally {
        await t.close();
      }
      const u = await openApp('?asof=2024-13-45');
      try {
        await waitForMapIdle(u.page);
        expect(await u.page.getByTestId('as-of-badge').count()).toBe(0);
        expect(await u.page.getByTestId('shown-blocks').textContent()).toMatch(
          new RegExp(`^${blocks.length} of `),
        );
      } finally {
        await u.close();
      }
    });
  });
});
