/**
 * The data issue in the real app: a coal closure placed at its mine site names GEM as its
 * location source; the district view of Korba lists exactly Korba's features and says how many
 * of the state's features could lie there; the approximate-areas note stands wherever district
 * areas are drawn; About's data-health table equals counts over the data.
 */
import { describe, it, expect } from 'vitest';
import { browserAvailable, openApp, waitForMapIdle, screenshot } from './harness';
import { realLayers } from '../real-data';
import { LAYER_IDS, PRECISIONS } from '../../src/domain/model/enums';

const layers = realLayers();
const all = LAYER_IDS.flatMap((l) => layers[l].features);

describe.skipIf(!browserAvailable)('data: sites, districts, health', () => {
  it('a coal closure at its site opens a card naming GEM as the location source', async () => {
    const site = layers['coal-closures'].features.find((f) => f.properties.precision === 'site')!;
    expect(site.properties.locationSource?.url).toMatch(/gem\.wiki/);
    const s = await openApp(`?sel=${site.properties.id}`);
    try {
      await waitForMapIdle(s.page);
      const src = s.page.getByTestId('card-location-source');
      await src.waitFor();
      expect(await src.textContent()).toMatch(/Global Energy Monitor|Global Coal Mine Tracker/);
      expect(await src.locator('a').getAttribute('href')).toBe(site.properties.locationSource!.url);
      const [lon, lat] = site.geometry.coordinates;
      expect(await s.page.getByTestId('card-coordinates').textContent()).toBe(
        `${Math.abs(lat).toFixed(2)}° N, ${Math.abs(lon).toFixed(2)}° E · site`,
      );
    } finally {
      await s.close();
    }
  });

  it('the district view of Korba lists exactly the features whose district is Korba', async () => {
    const s = await openApp('?district=IN-CG:Korba');
    try {
      await waitForMapIdle(s.page);
      const view = s.page.getByTestId('district-summary');
      await view.waitFor();
      const want = all
        .filter((f) => f.properties.state === 'IN-CG' && f.properties.district === 'Korba')
        .map((f) => f.properties.id);
      expect(want.length).toBeGreaterThan(0);
      const listed = await s.page
        .getByTestId('district-features')
        .locator('[data-feature-id]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-feature-id')));
      expect(listed.sort()).toEqual([...want].sort());
      expect(await s.page.getByTestId('district-total').textContent()).toBe(String(want.length));
      const couldBe = all.filter(
        (f) => f.properties.state === 'IN-CG' && f.properties.precision === 'state',
      ).length;
      expect(await s.page.getByTestId('district-could-be-here').textContent()).toContain(String(couldBe));
      // The map outlines Korba's approximate area and is fitted to it.
      const st = await s.page.evaluate(() => ({
        hl: window.khanij!.map.getGlobalState().highlightDistrict,
        zoom: window.khanij!.map.getZoom(),
        drawn: window.khanij!.map.queryRenderedFeatures({ layers: ['districts-highlight'] }).length,
      }));
      expect(st.hl).toBe('IN-CG:Korba');
      expect(st.zoom).toBeGreaterThan(6.5);
      expect(st.drawn).toBeGreaterThan(0);
      await screenshot(s.page, 'district-korba');
    } finally {
      await s.close();
    }
  });

  it('says "approximate" wherever district areas are drawn', async () => {
    const s = await openApp('#map=7.2/21.9/82.4');
    try {
      await waitForMapIdle(s.page);
      const drawn = await s.page.evaluate(
        () => window.khanij!.map.queryRenderedFeatures({ layers: ['districts-line'] }).length,
      );
      expect(drawn).toBeGreaterThan(0);
      await expect(s.page.getByTestId('district-note').textContent()).resolves.toMatch(
        /approximate district areas/i,
      );
      await expect(s.page.getByTestId('district-note').isVisible()).resolves.toBe(true);
    } finally {
      await s.close();
    }
  });

  it('About’s data-health table equals counts over the data', async () => {
    const s = await openApp('');
    try {
      await waitForMapIdle(s.page);
      await s.page.getByRole('button', { name: 'About & sources' }).click();
      await s.page.getByTestId('data-health').waitFor();
      for (const l of LAYER_IDS) {
        const f = layers[l].features;
        expect(await s.page.getByTestId(`health-count-${l}`).textContent()).toBe(String(f.length));
        const precisionText = await s.page.getByTestId(`health-precision-${l}`).textContent();
        for (const p of PRECISIONS) {
          const n = f.filter((x) => x.properties.precision === p).length;
          if (n > 0) expect(precisionText, `${l} ${p}`).toMatch(new RegExp(`\\b${n}\\b`));
        }
      }
      expect(await s.page.getByTestId('health-gaps').locator('li').count()).toBe(3);
    } finally {
      await s.close();
    }
  });
});
