/**
 * Map legibility in the real app: clusters of different layers never share a pixel; past zoom 7
 * a state's imprecise features are one badge, not points; cluster expansion stops where the
 * points' precision ends; a click on empty map moves nothing; a stack opens a chooser; cards give
 * coordinates with their precision; the first Tab reaches a skip link.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserAvailable,
  openApp,
  waitForMapIdle,
  screenshot,
  pixelsOf,
  colourNear,
  PHONE,
} from './harness';
import { realLayers } from '../real-data';
import { LAYER_IDS } from '../../src/domain/model/enums';
import { SYMBOLOGY } from '../../src/domain/symbology';
import { ringImageName, ringParts } from '../../src/domain/cluster-mix';

const layers = realLayers();
const all = LAYER_IDS.flatMap((l) => layers[l].features);

async function jumpTo(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(
    ([c, z]) => window.khanij!.map.jumpTo({ center: c as [number, number], zoom: z as number }),
    [center, zoom] as const,
  );
  await waitForMapIdle(page);
}

describe.skipIf(!browserAvailable)('legibility: desktop', () => {
  it('draws no two clusters of different layers within 8 px of each other at the India view', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page);
      const pts = await s.page.evaluate(() => {
        const map = window.khanij!.map;
        return ['blocks', 'coal-closures'].flatMap((l) =>
          map.queryRenderedFeatures({ layers: [`${l}-cluster`] }).map((f) => {
            const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
            // Where it is drawn: its position plus its layer's translate.
            const t = (map.getPaintProperty(`${l}-cluster`, 'circle-translate') as [number, number]) ?? [
              0, 0,
            ];
            return { l, x: p.x + t[0], y: p.y + t[1] };
          }),
        );
      });
      expect(pts.filter((p) => p.l === 'blocks').length).toBeGreaterThan(0);
      expect(pts.filter((p) => p.l === 'coal-closures').length).toBeGreaterThan(0);
      for (const a of pts)
        for (const b of pts)
          if (a.l !== b.l)
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.l}/${b.l}`).toBeGreaterThanOrEqual(8);
      await screenshot(s.page, 'legibility-india');
    } finally {
      await s.close();
    }
  });

  it('each cluster’s ring shows the mix of categories it holds, in the legend’s colours', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page);
      const clusters = await s.page.evaluate(async () => {
        const map = window.khanij!.map;
        const out = [];
        for (const l of ['blocks', 'coal-closures']) {
          const src = map.getSource(`data-${l}`) as unknown as {
            getClusterLeaves(id: number, limit: number, offset: number): Promise<GeoJSON.Feature[]>;
          };
          const seen = new Set<number>();
          for (const f of map.queryRenderedFeatures({ layers: [`${l}-cluster`] })) {
            const id = f.properties.cluster_id as number;
            if (seen.has(id)) continue;
            seen.add(id);
            const leaves = await src.getClusterLeaves(id, Infinity, 0);
            const c = (map.getPaintProperty(`${l}-cluster`, 'circle-translate') as [number, number]) ?? [
              0, 0,
            ];
            const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
            out.push({
              l,
              props: f.properties as Record<string, number>,
              leaves: leaves.map((x) => x.properties as Record<string, unknown>),
              x: Math.round(p.x + c[0]),
              y: Math.round(p.y + c[1]),
              images: map.listImages().filter((n) => n.startsWith(`ring|${l}|`)),
            });
          }
        }
        return out;
      });
      expect(clusters.length).toBeGreaterThan(3);
      const px = await pixelsOf(s.page);
      const top = await s.page.evaluate(() => window.khanij!.map.getCanvas().getBoundingClientRect().top);
      let coloured = 0;
      for (const c of clusters) {
        const sym = SYMBOLOGY[c.l as 'blocks' | 'coal-closures'];
        // The cluster's counts per category are those of its leaves.
        const counts = sym.categories.map(
          (cat) => c.leaves.filter((f) => String(f[sym.categoryField]) === cat.value).length,
        );
        expect(counts, `${c.l} cluster at ${c.x},${c.y}`).toEqual(
          sym.categories.map((_, i) => c.props[`c${i}`]),
        );
        const n = c.props.point_count!;
        const radiusPx = n < 5 ? 13 : n < 15 ? 16 : n < 40 ? 20 : 25;
        // The ring drawn for it is the one its counts name.
        const name = ringImageName({ layer: sym.layer, theme: 'light', radiusPx, parts: ringParts(counts) });
        expect(c.images).toContain(name);
        // Just outside the bubble, the ring shows the colour of a category it holds.
        const ring: [number, number, number][] = [];
        for (let a = 0; a < 2 * Math.PI; a += Math.PI / 12) {
          const x = Math.round(c.x + Math.sin(a) * (radiusPx + 2));
          const y = Math.round(top + c.y - Math.cos(a) * (radiusPx + 2));
          if (x >= 0 && y >= 0 && x < px.width && y < px.height) ring.push(px.at(x, y));
        }
        const held = sym.categories.filter((_, i) => counts[i]! > 0).map((cat) => cat.color.light);
        if (ring.some((rgb) => held.some((h) => colourNear(rgb, h, 40)))) coloured++;
      }
      // Symbols of other layers may cover part of a ring; most rings show their colours.
      expect(coloured / clusters.length).toBeGreaterThan(0.6);
      await screenshot(s.page, 'legibility-cluster-rings');
    } finally {
      await s.close();
    }
  });

  it('at zoom 9 over a state centre draws no state-precision point, and the badge counts them', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page);
      const od = await s.page.evaluate(() => {
        const d = window.khanij!.getData();
        if (d.kind !== 'ready') throw new Error('not ready');
        return d.data.states.find((x) => x.code === 'IN-OD')!.label;
      });
      await jumpTo(s.page, od, 9);
      const drawn = await s.page.evaluate(
        (ids) => {
          const map = window.khanij!.map;
          const ls = ids.flatMap((l) => [`${l}-symbol`, `${l}-cluster`]).filter((id) => map.getLayer(id));
          return map
            .queryRenderedFeatures({ layers: ls })
            .map((f) => f.properties.precision ?? `cluster:${f.properties.minPrec}`);
        },
        LAYER_IDS as unknown as string[],
      );
      expect(drawn).not.toContain('state');
      expect(drawn).not.toContain('cluster:3');
      const badge = await s.page.evaluate(() =>
        window.khanij!.map.queryRenderedFeatures({ layers: ['state-badges'] }).map((f) => f.properties),
      );
      const want = all.filter(
        (f) => f.properties.state === 'IN-OD' && f.properties.precision === 'state',
      ).length;
      expect(badge.find((b) => b.code === 'IN-OD')?.count).toBe(want);
      expect(badge.find((b) => b.code === 'IN-OD')?.text).toBe(`${want} known only to Odisha`);
      await screenshot(s.page, 'legibility-odisha-z9');
    } finally {
      await s.close();
    }
  });

  it('expanding a cluster of state-precision points stops at or before zoom 7', async () => {
    const s = await openApp('#map=4.5/22/82');
    try {
      await waitForMapIdle(s.page);
      const at = await s.page.evaluate(() => {
        const map = window.khanij!.map;
        const r = map.getCanvas().getBoundingClientRect();
        const c = map
          .queryRenderedFeatures({ layers: ['blocks-cluster'] })
          .find((f) => f.properties.minPrec === 3);
        if (!c) return null;
        const p = map.project((c.geometry as GeoJSON.Point).coordinates as [number, number]);
        const t = map.getPaintProperty('blocks-cluster', 'circle-translate') as [number, number];
        return { x: r.left + p.x + t[0], y: r.top + p.y + t[1] };
      });
      expect(at, 'a cluster of state-precision blocks at the India view').not.toBeNull();
      await s.page.mouse.click(at!.x, at!.y);
      await s.page.waitForTimeout(1500);
      await waitForMapIdle(s.page);
      expect(await s.page.evaluate(() => window.khanij!.map.getZoom())).toBeLessThanOrEqual(7);
    } finally {
      await s.close();
    }
  });

  it('a click on empty map at zoom 8 leaves zoom, camera and panel as they were', async () => {
    const s = await openApp('#map=8/23.5/79.5');
    try {
      await waitForMapIdle(s.page);
      const at = await s.page.evaluate(() => {
        const map = window.khanij!.map;
        const r = map.getCanvas().getBoundingClientRect();
        const layers = map
          .getStyle()
          .layers.map((l) => l.id)
          .filter((id) => /-(symbol|cluster|badges)$|states-label/.test(id));
        for (let i = 2; i < 18; i++)
          for (let j = 2; j < 18; j++) {
            const p = { x: (r.width * i) / 20, y: (r.height * j) / 20 };
            if (
              map.queryRenderedFeatures(
                [
                  [p.x - 12, p.y - 12],
                  [p.x + 12, p.y + 12],
                ],
                { layers },
              ).length === 0
            )
              return { x: r.left + p.x, y: r.top + p.y };
          }
        throw new Error('no empty point');
      });
      const before = await s.page.evaluate(() => ({
        z: window.khanij!.map.getZoom(),
        c: window.khanij!.map.getCenter().toArray(),
        st: window.khanij!.getState().stateView,
        tab: window.khanij!.getState().panelTab,
        open: window.khanij!.getState().panelOpen,
      }));
      await s.page.mouse.click(at.x, at.y);
      await s.page.waitForTimeout(700);
      const after = await s.page.evaluate(() => ({
        z: window.khanij!.map.getZoom(),
        c: window.khanij!.map.getCenter().toArray(),
        st: window.khanij!.getState().stateView,
        tab: window.khanij!.getState().panelTab,
        open: window.khanij!.getState().panelOpen,
      }));
      expect(after).toEqual(before);
    } finally {
      await s.close();
    }
  });

  it('the Katghora card shows its coordinates with their precision', async () => {
    const s = await openApp('?sel=blk-katghora');
    try {
      await waitForMapIdle(s.page);
      const f = layers.blocks.features.find((b) => b.properties.id === 'blk-katghora')!;
      const [lon, lat] = f.geometry.coordinates;
      const text = await s.page.getByTestId('card-coordinates').textContent();
      expect(text).toContain(`${lat.toFixed(2)}° N, ${lon.toFixed(2)}° E`);
      expect(text).toMatch(/±\d+ km/);
    } finally {
      await s.close();
    }
  });

  it('the first Tab lands on a skip link', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page);
      await s.page.keyboard.press('Tab');
      const el = await s.page.evaluate(() => ({
        cls: document.activeElement?.className,
        text: document.activeElement?.textContent,
      }));
      expect(el.cls).toContain('skip-link');
      expect(el.text).toBe('Skip to map');
      await s.page.keyboard.press('Tab');
      expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to results');
      await s.page.keyboard.press('Enter');
      await s.page.getByTestId('results-count').waitFor();
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!browserAvailable)('legibility: phone', () => {
  it('a tap on a stack of features opens a chooser listing every feature in it', async () => {
    const s = await openApp('', { viewport: PHONE, isMobile: true });
    try {
      await waitForMapIdle(s.page);
      // A stack: features whose drawn symbols lie within a few pixels of each other.
      await s.page.evaluate(() => window.khanij!.map.jumpTo({ center: [85.5, 22.5], zoom: 5.5 }));
      await waitForMapIdle(s.page);
      const found = await s.page.evaluate(() => {
        const map = window.khanij!.map;
        const r = map.getCanvas().getBoundingClientRect();
        const layers = map
          .getStyle()
          .layers.map((l) => l.id)
          .filter((id) => /-symbol$/.test(id));
        const fs = map.queryRenderedFeatures({ layers });
        for (const f of fs) {
          const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
          const near = map.queryRenderedFeatures(
            [
              [p.x - 6, p.y - 6],
              [p.x + 6, p.y + 6],
            ],
            { layers },
          );
          const ids = [...new Set(near.map((n) => String(n.properties.id)))];
          if (ids.length > 1) return { x: r.left + p.x, y: r.top + p.y, ids };
        }
        return null;
      });
      if (!found) throw new Error('no stack of features in view at zoom 5.5');
      await s.page.touchscreen.tap(found.x, found.y);
      const chooser = s.page.getByTestId('stack-chooser');
      await chooser.waitFor();
      const listed = await chooser
        .locator('[data-feature-id]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-feature-id')));
      for (const id of found.ids) expect(listed).toContain(id);
      await screenshot(s.page, 'legibility-phone-stack');
      await chooser.locator('[data-feature-id]').first().click();
      await s.page.getByTestId('feature-card').waitFor();
    } finally {
      await s.close();
    }
  });
});
