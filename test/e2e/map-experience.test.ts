/**
 * Map experience in the real app: selecting a feature opens its card with provenance, the
 * legend filters what is drawn, a state click summarises that state with the data's counts,
 * a shared URL restores the same view, and a phone can do it all by tapping.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserAvailable,
  openApp,
  waitForMapIdle,
  screenshot,
  colourNear,
  PHONE,
  type Session,
} from './harness';
import type { BlockProps, LayerCollection, LayerId } from '../../src/data/schema';
import { LAYER_IDS } from '../../src/data/schema';
import { SYMBOLOGY } from '../../src/domain/symbology';
import { imageName, OVERVIEW_MAXZOOM } from '../../src/map/data-style';

const layer = (id: LayerId) => JSON.parse(readFileSync(`public/data/${id}.json`, 'utf8')) as LayerCollection;

/** A block placed at a district centre that no other feature shares, so a click hits only it. */
function loneDistrictBlock() {
  const all = LAYER_IDS.flatMap((l) => layer(l).features);
  const key = (c: number[]) => c.map((n) => n.toFixed(5)).join();
  const counts = new Map<string, number>();
  for (const f of all)
    counts.set(key(f.geometry.coordinates), (counts.get(key(f.geometry.coordinates)) ?? 0) + 1);
  const f = layer('blocks').features.find(
    (b) => b.properties.precision === 'district' && counts.get(key(b.geometry.coordinates)) === 1,
  );
  if (!f) throw new Error('no lone district-precision block in the data');
  return f;
}

/** The layer and the numeric MapLibre feature id of a feature slug, from the built data. */
function mapIdOf(slug: string): { source: string; id: number } {
  for (const l of LAYER_IDS) {
    const f = layer(l).features.find((x) => x.properties.id === slug);
    if (f) return { source: `data-${l}`, id: f.id as number };
  }
  throw new Error(`no feature ${slug} in public/data`);
}

/** Selects a feature through the store and waits for its card. */
async function selectById(page: Page, slug: string) {
  await page.evaluate((id) => window.khanij!.getState().select(id), slug);
  await page.getByTestId('feature-card').waitFor({ timeout: 10_000 });
  await expect(page.evaluate(() => window.khanij!.getState().selectedId)).resolves.toBe(slug);
}

async function jumpTo(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(
    ([c, z]) => window.khanij!.map.jumpTo({ center: c as [number, number], zoom: z as number }),
    [center, zoom] as const,
  );
  await waitForMapIdle(page);
}

/** The page coordinates of a lon/lat on the map. */
async function pagePoint(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const map = window.khanij!.map;
    const r = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll as [number, number]);
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/** The ids of a dataset that stacked markers or the overview draw (not the dataset's own layers). */
async function stackedIds(page: Page, dataset: string): Promise<string[]> {
  return page.evaluate((d) => {
    const k = window.khanij!;
    const mine = new Set(
      k
        .getDatasets()
        .find((x) => x.id === d)
        ?.rows.map((r) => r.id) ?? [],
    );
    // Below zoom 6 the national overview draws every layer: its bubbles name what they hold.
    const layers = ['stacks-marker', 'stacks-single', 'overview-cluster', 'overview-single'].filter((id) =>
      k.map.getLayer(id),
    );
    const ids = k.map
      .queryRenderedFeatures({ layers })
      .flatMap((f) => String(f.properties.ids ?? f.properties.id ?? '').split('|'))
      .filter((id) => mine.has(id));
    return [...new Set(ids)];
  }, dataset);
}

describe.skipIf(!browserAvailable)('map experience: desktop', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('');
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('draws every feature of the unclustered layers, with no style warning', async () => {
    for (const l of ['exploration', 'processing', 'centres'] as const) {
      const drawn = await s.page.evaluate(
        (id) =>
          new Set(
            window
              .khanij!.map.queryRenderedFeatures({ layers: [`${id}-symbol`] })
              .map((f) => f.properties.id),
          ).size,
        l,
      );
      // Features sharing one position are drawn by one stacked marker naming them all.
      expect(drawn + (await stackedIds(s.page, l)).length, l).toBe(layer(l).features.length);
    }
    expect(s.styleWarnings).toEqual([]);
  });

  it('draws each category with an icon of its legend colour', async () => {
    // Each layer's own symbols are drawn from the overview's zoom up: three views hold every
    // layer's (Korba; Bhubaneswar and the coast; Bengaluru and the Kolar belt).
    const views: Array<[number, number]> = [
      [82.6, 22.4],
      [85.8, 20.3],
      [77.6, 13],
    ];
    const layers = ['blocks', 'exploration', 'processing', 'centres'] as const;
    const seen = new Map<string, Set<string>>(layers.map((l) => [l, new Set<string>()]));
    for (const c of views) {
      await jumpTo(s.page, c, OVERVIEW_MAXZOOM + 0.3);
      for (const l of layers) {
        const here = await s.page.evaluate(
          ([id, field]) =>
            window
              .khanij!.map.queryRenderedFeatures({ layers: [`${id}-symbol`] })
              .map((f) => String(f.properties[field!])),
          [l, SYMBOLOGY[l].categoryField] as const,
        );
        for (const x of here) seen.get(l)!.add(x);
      }
    }
    let checked = 0;
    for (const l of layers) {
      const sym = SYMBOLOGY[l];
      const drawn = seen.get(l)!;
      expect(drawn.size, l).toBeGreaterThan(0);
      for (const category of drawn) {
        const name = imageName(l, category, 'light');
        // The image the symbol layer names, as MapLibre holds it: its centre is the shape's fill.
        const centre = await s.page.evaluate((n) => {
          const map = window.khanij!.map;
          if (!map.hasImage(n)) return null;
          const { width, height, data } = map.getImage(n).data;
          const i = (width * Math.floor(height / 2) + Math.floor(width / 2)) * 4;
          return [data[i]!, data[i + 1]!, data[i + 2]!];
        }, name);
        expect(centre, `image ${name}`).not.toBeNull();
        const want = sym.categories.find((c) => c.value === category)!.color.light;
        expect(colourNear(centre!, want, 3), `${name}: rgb(${centre!.join()}) vs ${want}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });

  it('clicking a block opens its card with name, district and a working source link', async () => {
    const block = loneDistrictBlock();
    await jumpTo(s.page, block.geometry.coordinates, 11);
    const at = await pagePoint(s.page, block.geometry.coordinates);
    await s.page.mouse.click(at.x, at.y);
    const card = s.page.getByTestId('feature-card');
    await card.waitFor();
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(block.properties.name);
    await expect(s.page.getByTestId('card-place').textContent()).resolves.toContain(
      block.properties.district!,
    );
    await expect(s.page.getByTestId('precision-badge').textContent()).resolves.toMatch(/District precision/);
    const link = s.page.getByTestId('card-sources').getByRole('link').first();
    const href = await link.getAttribute('href');
    expect(href).toBe(new URL(block.properties.sources[0]!.url).href);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // The map shows the same feature as selected.
    const selected = await s.page.evaluate(
      (id) => window.khanij!.map.getFeatureState({ source: 'data-blocks', id: id as number }).selected,
      block.id,
    );
    expect(selected).toBe(true);
    await screenshot(s.page, 'card-desktop');
  });

  it('hovering a feature shows a pointer and sets its hover state', async () => {
    const block = loneDistrictBlock();
    const at = await pagePoint(s.page, block.geometry.coordinates);
    await s.page.mouse.move(at.x - 40, at.y - 40);
    await s.page.mouse.move(at.x, at.y, { steps: 4 });
    await s.page.waitForFunction(
      (id) => window.khanij!.map.getFeatureState({ source: 'data-blocks', id: id as number }).hover === true,
      block.id,
      { timeout: 5_000 },
    );
    await expect(s.page.evaluate(() => window.khanij!.map.getCanvas().style.cursor)).resolves.toBe('pointer');
    await s.page.mouse.move(5, 200);
  });

  it('the map is focusable from the keyboard and pans with the arrow keys', async () => {
    await s.page.locator('body').click({ position: { x: 5, y: 5 } });
    await s.page.keyboard.press('m');
    const focused = await s.page.evaluate(() =>
      document.activeElement?.classList.contains('maplibregl-canvas'),
    );
    expect(focused).toBe(true);
    const before = await s.page.evaluate(() => window.khanij!.map.getCenter().lng);
    await s.page.keyboard.press('ArrowRight');
    await waitForMapIdle(s.page);
    const after = await s.page.evaluate(() => window.khanij!.map.getCenter().lng);
    expect(after).toBeGreaterThan(before);
  });

  it('clicking a cluster zooms in to open it', async () => {
    // A selection far from the clusters (overseas), so that keeping it is something to check.
    const far = layer('overseas').features[0]!.properties.id;
    await selectById(s.page, far);
    await jumpTo(s.page, [82, 22], 4);
    const cluster = await s.page.evaluate(() => {
      const map = window.khanij!.map;
      const r = map.getCanvas().getBoundingClientRect();
      const interactive = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => /-(symbol|cluster|single)$/.test(id) && !id.startsWith('selected'));
      // A bubble of district- or finer-placed points that is the topmost thing at its centre.
      for (const f of map.queryRenderedFeatures({ layers: ['overview-cluster'] })) {
        if (Number(f.properties.minPrec) > 2) continue;
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        const top = map.queryRenderedFeatures(p, { layers: interactive })[0];
        if (top?.layer.id === 'overview-cluster')
          return { x: r.left + p.x, y: r.top + p.y, zoom: map.getZoom() };
      }
      return null;
    });
    expect(cluster).not.toBeNull();
    const selectedBefore = await s.page.evaluate(() => window.khanij!.getState().selectedId);
    expect(selectedBefore).toBe(far);
    await s.page.mouse.click(cluster!.x, cluster!.y);
    await s.page.waitForFunction((z) => window.khanij!.map.getZoom() > z + 0.5, cluster!.zoom, {
      timeout: 10_000,
    });
    await waitForMapIdle(s.page);
    // Opening a cluster is navigation: it leaves the selection as it was.
    await expect(s.page.evaluate(() => window.khanij!.getState().selectedId)).resolves.toBe(selectedBefore);
  });

  it('Esc clears the selection and gives focus back to the panel', async () => {
    await selectById(s.page, loneDistrictBlock().properties.id);
    await s.page.keyboard.press('Escape');
    await expect(s.page.getByTestId('feature-card').count()).resolves.toBe(0);
    await expect(s.page.evaluate(() => window.khanij!.getState().selectedId)).resolves.toBeNull();
    await expect
      .poll(() => s.page.evaluate(() => !!document.activeElement?.closest('#side-panel')), {
        timeout: 3_000,
        message: 'after Esc, keyboard focus is back in the side panel',
      })
      .toBe(true);
  });

  it('a legend toggle removes that category from the rendered features', async () => {
    // An annulled block drawn as the blocks layer's own symbol (from the overview's zoom up).
    const blocks = (layer('blocks') as LayerCollection<BlockProps>).features;
    const annulled = blocks.filter((f) => f.properties.status === 'annulled');
    expect(annulled.length).toBeGreaterThan(0);
    const legend = s.page.locator('[data-layer="blocks"]');
    const drawnStatuses = () =>
      s.page.evaluate(() =>
        window
          .khanij!.map.queryRenderedFeatures({ layers: ['blocks-symbol'] })
          .map((f) => f.properties.status),
      );
    // Bengaluru at the overview's zoom: an annulled block drawn by the blocks layer.
    await jumpTo(s.page, [77.6, 13], OVERVIEW_MAXZOOM + 0.3);
    const drawnBefore = await drawnStatuses();
    expect(drawnBefore).toContain('annulled');
    // Count what is sent to the worker: a toggle in one layer must resend that layer only (an invariant).
    await s.page.evaluate(() => {
      const map = window.khanij!.map;
      const w = window as unknown as { __setData: Record<string, number> };
      w.__setData = {};
      for (const id of Object.keys(map.getStyle().sources)) {
        const src = map.getSource(id) as unknown as { setData?: (...a: unknown[]) => unknown };
        if (!id.startsWith('data-') || !src.setData) continue;
        const orig = src.setData.bind(src);
        src.setData = (...a: unknown[]) => {
          w.__setData[id] = (w.__setData[id] ?? 0) + 1;
          return orig(...a);
        };
      }
    });
    await legend.locator('[data-category="annulled"]').click();
    // The worker applies the new data asynchronously: wait (bounded) until the drawn map shows it.
    await s.page.waitForFunction(
      () => {
        const m = window.khanij!.map;
        const st = m.queryRenderedFeatures({ layers: ['blocks-symbol'] }).map((f) => f.properties.status);
        // The annulled block in view is no longer drawn (it may have been the only block here).
        return !st.includes('annulled');
      },
      null,
      { timeout: 15_000 },
    );
    await waitForMapIdle(s.page);
    await expect(s.page.getByTestId('shown-blocks').textContent()).resolves.toBe(
      `${blocks.length - annulled.length} of ${blocks.length} shown`,
    );
    const rendered = await s.page.evaluate(async () => {
      const map = window.khanij!.map;
      const src = map.getSource('data-blocks') as unknown as {
        getData(): Promise<GeoJSON.FeatureCollection>;
      };
      const data = await src.getData();
      // Clusters hide statuses at this zoom; the unclustered leaves of every cluster are checked too,
      // and the blocks a stacked marker draws (features sharing one position).
      const statuses = data.features.map((f) => f.properties?.status);
      const rows = new Map(
        window
          .khanij!.getDatasets()
          .find((d) => d.id === 'blocks')!
          .rows.map((r) => [r.id, r.values.status]),
      );
      const stacks = map.getSource('stacks') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      for (const f of (await stacks.getData()).features)
        for (const id of String(f.properties?.ids ?? '').split('|'))
          if (rows.has(id)) statuses.push(rows.get(id));
      const drawn = map.queryRenderedFeatures({ layers: ['blocks-symbol'] }).map((f) => f.properties.status);
      return { statuses, drawn };
    });
    expect(rendered.statuses).toHaveLength(blocks.length - annulled.length);
    expect(rendered.statuses).not.toContain('annulled');
    expect(rendered.drawn).not.toContain('annulled');
    expect(new URL(s.page.url()).searchParams.get('f')).toBe('blocks/status!annulled');
    const sent = await s.page.evaluate(
      () => (window as unknown as { __setData: Record<string, number> }).__setData,
    );
    expect(sent).toEqual({ 'data-blocks': 1 });
    await legend.locator('[data-category="annulled"]').click();
    await expect(s.page.getByTestId('shown-blocks').textContent()).resolves.toBe(
      `${blocks.length} of ${blocks.length} shown`,
    );
  });

  it('clicking a state’s name outlines it and shows counts that equal the data; empty map moves nothing', async () => {
    await jumpTo(s.page, [82, 22], 4.3);
    const code = 'IN-CG';
    // Find a point inside the state with no feature near it, as a user would click.
    const at = await s.page.evaluate((c) => {
      const map = window.khanij!.map;
      const r = map.getCanvas().getBoundingClientRect();
      const data = window.khanij!.getData();
      if (data.kind !== 'ready') throw new Error('data not ready');
      const b = data.data.states.find((x) => x.code === c)!.bbox;
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => /-(symbol|cluster|halo)$/.test(id));
      for (let i = 1; i < 20; i++)
        for (let j = 1; j < 20; j++) {
          const p = map.project([b[0] + ((b[2] - b[0]) * i) / 20, b[1] + ((b[3] - b[1]) * j) / 20]);
          const inState = map.queryRenderedFeatures(p, { layers: ['states-fill'] })[0]?.properties.code === c;
          const box: [[number, number], [number, number]] = [
            [p.x - 14, p.y - 14],
            [p.x + 14, p.y + 14],
          ];
          if (inState && map.queryRenderedFeatures(box, { layers }).length === 0)
            return { x: r.left + p.x, y: r.top + p.y };
        }
      throw new Error('no empty point in the state');
    }, code);
    // A click on empty land clears the selection and moves nothing: no state view, same camera.
    const before = await s.page.evaluate(() => ({
      z: window.khanij!.map.getZoom(),
      c: window.khanij!.map.getCenter().toArray(),
    }));
    await s.page.mouse.click(at.x, at.y);
    await s.page.waitForTimeout(600);
    expect(await s.page.getByTestId('state-summary').count()).toBe(0);
    const after = await s.page.evaluate(() => ({
      z: window.khanij!.map.getZoom(),
      c: window.khanij!.map.getCenter().toArray(),
    }));
    expect(after).toEqual(before);
    // The state's name opens its view: a pixel of the drawn label that no data symbol covers. At the
    // country scale the overview's bubble of Chhattisgarh's state-centre features sits on its name,
    // so the name is clicked where the state fills the view.
    await jumpTo(s.page, [82, 21.5], 6.2);
    const onLabel = await s.page.evaluate((c) => {
      const map = window.khanij!.map;
      const r = map.getCanvas().getBoundingClientRect();
      const data = window.khanij!.getData();
      if (data.kind !== 'ready') throw new Error('data not ready');
      const lp = map.project(data.data.states.find((x) => x.code === c)!.label);
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter(
          (id) =>
            /-(symbol|cluster)$/.test(id) || /^(stacks|overview)-(marker|rim|count|single|ring)$/.test(id),
        );
      // A name may sit beside a count or a stacked marker (variable anchors): search around it.
      for (let dy = -40; dy <= 40; dy += 3)
        for (let dx = -90; dx <= 90; dx += 4) {
          const p = { x: lp.x + dx, y: lp.y + dy };
          const label = map.queryRenderedFeatures([p.x, p.y], { layers: ['states-label'] })[0];
          const box: [[number, number], [number, number]] = [
            [p.x - 8, p.y - 8],
            [p.x + 8, p.y + 8],
          ];
          if (label?.properties.code === c && map.queryRenderedFeatures(box, { layers }).length === 0)
            return { x: r.left + p.x, y: r.top + p.y };
        }
      throw new Error('no free pixel on the state label');
    }, code);
    await s.page.mouse.click(onLabel.x, onLabel.y);
    await s.page.getByTestId('state-summary').waitFor();
    await waitForMapIdle(s.page);
    const expected = Object.fromEntries(
      LAYER_IDS.map((l) => [l, layer(l).features.filter((f) => f.properties.state === code).length]),
    );
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    await expect(s.page.getByTestId('state-total').textContent()).resolves.toBe(String(total));
    for (const l of LAYER_IDS) {
      const cell = s.page.getByTestId(`state-count-${l}`);
      if (expected[l] === 0) await expect(cell.count()).resolves.toBe(0);
      else await expect(cell.textContent()).resolves.toBe(String(expected[l]));
    }
    const highlight = await s.page.evaluate(() => window.khanij!.map.getGlobalState().highlightState);
    expect(highlight).toBe(code);
    expect(new URL(s.page.url()).searchParams.get('state')).toBe(code);
    await screenshot(s.page, 'state-view-desktop');
  });

  it('choosing a feature from a list is the same as clicking it on the map', async () => {
    const row = s.page.getByTestId('state-summary').locator('.feature-row').first();
    const id = await row.getAttribute('data-feature-id');
    await row.click();
    await s.page.getByTestId('feature-card').waitFor();
    const st = await s.page.evaluate(() => window.khanij!.getState().selectedId);
    expect(st).toBe(id);
    // The map shows it as selected, as a click on the map would.
    const target = mapIdOf(id!);
    await expect
      .poll(() => s.page.evaluate((t) => window.khanij!.map.getFeatureState(t).selected, target), {
        timeout: 5_000,
        message: `feature-state selected of ${id}`,
      })
      .toBe(true);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Escape');
    await expect(s.page.evaluate(() => window.khanij!.getState().stateView)).resolves.toBeNull();
  });
});

describe.skipIf(!browserAvailable)('map experience: without WebGL2', () => {
  it('says why the map cannot be shown and keeps the rest of the app working', async () => {
    const s = await openApp('', { extraArgs: ['--disable-webgl', '--disable-webgl2'] });
    try {
      const alert = s.page.getByRole('alert').filter({ hasText: 'The map cannot be shown' });
      await alert.waitFor({ timeout: 20_000 });
      await expect(alert.textContent()).resolves.toMatch(/WebGL2/);
      // The data still loads: the legend counts and the lists work without the map.
      await s.page.getByTestId('shown-blocks').waitFor();
      await expect(s.page.getByTestId('shown-blocks').textContent()).resolves.toMatch(/^\d+ of \d+ shown$/);
      await s.page.getByRole('tab', { name: /Results/ }).click();
      await s.page.locator('[data-testid="results-table"] [data-feature-id]').first().click();
      await s.page.getByTestId('feature-card').waitFor();
      expect(s.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!browserAvailable)('map experience: a slow first frame', () => {
  it('starts when the style loads after the app is ready for it', async () => {
    // MapLibre loads a style in an animation frame; on a busy machine the app's own effects can
    // run first. Holding animation frames back for the first seconds makes that order certain:
    // nothing may touch the style before it has loaded (it once threw "Style is not done loading"
    // and replaced the map with an error, in about 1 of 60 starts on a loaded machine).
    // A state view in the link: its outline is global state, set once the style is there.
    const s = await openApp('?state=IN-OD');
    try {
      await s.page.addInitScript(() => {
        const raf = window.requestAnimationFrame.bind(window);
        const t0 = performance.now();
        window.requestAnimationFrame = (cb) =>
          performance.now() - t0 < 3000 ? window.setTimeout(() => raf(cb), 400) : raf(cb);
      });
      s.consoleErrors.length = 0;
      await s.page.reload();
      await waitForMapIdle(s.page);
      expect(s.consoleErrors).toEqual([]);
      await expect(s.page.locator('.panel-error').count()).resolves.toBe(0);
      await expect(s.page.evaluate(() => window.khanij!.map.getGlobalState().highlightState)).resolves.toBe(
        'IN-OD',
      );
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!browserAvailable)('map experience: a shared URL', () => {
  it('restores layers, legend categories, selection, state view and camera', async () => {
    const block = loneDistrictBlock();
    const q = `?layers=blocks,centres&hide=blocks:annulled&sel=${block.properties.id}&state=${block.properties.state}#map=6.5/21.5/82`;
    const s = await openApp(q);
    try {
      await waitForMapIdle(s.page);
      await s.page.getByTestId('feature-card').waitFor();
      const st = await s.page.evaluate(() => {
        const g = window.khanij!.getState();
        const m = window.khanij!.map;
        return {
          hiddenLayers: g.hiddenLayers,
          filters: g.filters,
          sel: g.selectedId,
          state: g.stateView,
          zoom: m.getZoom(),
          center: m.getCenter().toArray(),
          highlight: m.getGlobalState().highlightState,
        };
      });
      expect(st.hiddenLayers).toEqual(['coal-closures', 'exploration', 'overseas', 'processing']);
      expect(st.filters).toEqual({ 'blocks/status': { op: 'out', values: ['annulled'] } });
      expect(st.sel).toBe(block.properties.id);
      expect(st.state).toBe(block.properties.state);
      expect(st.highlight).toBe(block.properties.state);
      expect(st.zoom).toBeCloseTo(6.5, 1);
      expect(st.center[0]).toBeCloseTo(82, 1);
      expect(st.center[1]).toBeCloseTo(21.5, 1);
      await expect(
        s.page.getByTestId('feature-card').getByRole('heading', { level: 2 }).textContent(),
      ).resolves.toBe(block.properties.name);
      const url = new URL(s.page.url());
      // The old link is rewritten in today's form.
      expect(url.searchParams.get('off')).toBe('coal-closures,exploration,overseas,processing');
      expect(url.searchParams.get('f')).toBe('blocks/status!annulled');
      expect(url.searchParams.get('sel')).toBe(block.properties.id);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('ignores malformed parameters and keeps running', async () => {
    const s = await openApp('?layers=%%%&hide=;;:&sel=<img%20src=x>&state=IN-ZZ#map=abc');
    try {
      await waitForMapIdle(s.page);
      const st = await s.page.evaluate(() => window.khanij!.getState());
      expect(st.hiddenLayers).toEqual([]);
      expect(st.selectedId).toBeNull();
      expect(st.stateView).toBeNull();
      expect(await s.page.locator('img[src="x"]').count()).toBe(0);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!browserAvailable)('map experience: phone', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('', { viewport: PHONE, isMobile: true });
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('opens the sheet with the card for a shared link to a feature', async () => {
    const block = loneDistrictBlock();
    const p = await openApp(`?sel=${block.properties.id}`, { viewport: PHONE, isMobile: true });
    try {
      await waitForMapIdle(p.page);
      await expect(p.page.evaluate(() => window.khanij!.getState().panelOpen)).resolves.toBe(true);
      await expect(p.page.getByTestId('feature-card').isVisible()).resolves.toBe(true);
    } finally {
      await p.close();
    }
  });

  it('starts with the sheet folded and opens a card by tapping a feature', async () => {
    await expect(s.page.evaluate(() => window.khanij!.getState().panelOpen)).resolves.toBe(false);
    await screenshot(s.page, 'phone-light');
    const block = loneDistrictBlock();
    await jumpTo(s.page, block.geometry.coordinates, 11);
    const at = await pagePoint(s.page, block.geometry.coordinates);
    await s.page.touchscreen.tap(at.x, at.y);
    // Selecting opens the sheet with the card.
    await s.page.getByTestId('feature-card').waitFor();
    await expect(s.page.evaluate(() => window.khanij!.getState().panelOpen)).resolves.toBe(true);
    await screenshot(s.page, 'phone-card');
    expect(s.consoleErrors).toEqual([]);
  });
});
