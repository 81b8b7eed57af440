/**
 * The foundation, in a real Chromium against the production build served by `vite preview`
 * (with the app's Content-Security-Policy): the map draws India's 36 states with labels, the
 * page makes no request outside its own origin and logs no error, and both sizes render.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CSP } from '../../scripts/csp';
import {
  browserAvailable,
  baseUrl,
  openApp,
  waitForMapIdle,
  screenshot,
  pixelsOf,
  colourNear,
  DESKTOP,
  PHONE,
  type Session,
} from './harness';

describe.skipIf(!browserAvailable)('foundation: desktop, light', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('', { viewport: DESKTOP });
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('serves the app with its Content-Security-Policy', async () => {
    const res = await fetch(baseUrl);
    const csp = res.headers.get('content-security-policy') ?? '';
    // Exactly the documented policy: a looser one (connect-src *, script-src *) is a failure.
    expect(csp).toBe(CSP);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it("serves the production build (React's production bundle, as users get it)", async () => {
    const html = await (await fetch(baseUrl)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const js = await (await fetch(new URL(src, baseUrl))).text();
      // The development bundle's JSX factory and its owner-stack bookkeeping.
      expect(js.includes('jsxDEV'), `${src} has jsxDEV`).toBe(false);
      expect(js.includes('recentlyCreatedOwnerStacks'), `${src} has React's dev owner stacks`).toBe(false);
    }
  });

  it('renders all 36 states and union territories', async () => {
    const codes = await s.page.evaluate(() => {
      const map = window.khanij!.map;
      // What is drawn, not what the source holds: a hidden fill layer draws nothing.
      const feats = map.queryRenderedFeatures({ layers: ['states-fill'] });
      return [...new Set(feats.map((f) => String(f.properties.code)))].sort();
    });
    expect(codes).toHaveLength(36);
    expect(codes).toContain('IN-LA');
    expect(codes).toContain('IN-DH');
  });

  it('draws bilingual state labels', async () => {
    const labels = await s.page.evaluate(() => {
      const map = window.khanij!.map;
      return map
        .queryRenderedFeatures({ layers: ['states-label'] })
        .map((f) => ({ name: String(f.properties.name), hi: String(f.properties.name_hi ?? '') }));
    });
    expect(labels.length).toBeGreaterThanOrEqual(15);
    const rajasthan = labels.find((l) => l.name === 'Rajasthan');
    expect(rajasthan?.hi).toBe('राजस्थान');
    // The label the map draws uses both names, not just the feature's data.
    for (const id of ['states-label', 'states-label-small']) {
      const field = await s.page.evaluate((l) => window.khanij!.map.getLayoutProperty(l, 'text-field'), id);
      const text = JSON.stringify(field);
      expect(text, id).toContain('["get","name"]');
      expect(text, id).toContain('["get","name_hi"]');
    }
    // And the Devanagari glyphs came from the shipped font.
    expect(s.requests.some((u) => /noto-sans-devanagari-devanagari-\d+-normal\.woff2$/.test(u))).toBe(true);
  });

  it('paints land and sea where India and the ocean are', async () => {
    // Look at the real pixels: central India must show the land colour, the Arabian Sea the sea's.
    // Data layers are hidden first so only the basemap is judged.
    await s.page.evaluate(() => {
      const st = window.khanij!.getState();
      for (const id of ['blocks', 'exploration', 'processing', 'coal-closures', 'centres', 'overseas'])
        st.setLayerVisible(id, false);
      // Names too (a state's name is written under its centre at this zoom): only fills are judged.
      const map = window.khanij!.map;
      for (const l of map.getStyle().layers)
        if (l.type === 'symbol') map.setLayoutProperty(l.id, 'visibility', 'none');
    });
    await waitForMapIdle(s.page);
    const at = await s.page.evaluate(() => {
      const map = window.khanij!.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const p = (lon: number, lat: number) => {
        const q = map.project([lon, lat]);
        return { x: Math.round(rect.left + q.x), y: Math.round(rect.top + q.y) };
      };
      return { land: p(78.5, 22.5), sea: p(66.5, 15.0) };
    });
    const png = await pixelsOf(s.page);
    expect(colourNear(png.at(at.sea.x, at.sea.y), '#c9dfeb'), `sea ${png.hex(at.sea.x, at.sea.y)}`).toBe(
      true,
    );
    expect(colourNear(png.at(at.land.x, at.land.y), '#fbf9f4'), `land ${png.hex(at.land.x, at.land.y)}`).toBe(
      true,
    );
    await s.page.evaluate(() => {
      const map = window.khanij!.map;
      for (const l of map.getStyle().layers)
        if (l.type === 'symbol') map.setLayoutProperty(l.id, 'visibility', 'visible');
      const st = window.khanij!.getState();
      for (const id of [...st.hiddenLayers]) st.setLayerVisible(id, true);
    });
    await waitForMapIdle(s.page);
  });

  it('requests nothing outside its own origin', () => {
    const origin = new URL(baseUrl).origin;
    const foreign = s.requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
    );
    expect(foreign).toEqual([]);
    expect(s.requests.some((u) => u.includes('maplibre-gl-worker'))).toBe(true);
    expect(s.requests.some((u) => u.endsWith('.woff2'))).toBe(true);
  });

  it('logs no console error and no CSP violation', async () => {
    expect(s.consoleErrors).toEqual([]);
    // The check above is only worth something if a violation would be seen: provoke one.
    const blocked = await s.page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
    await expect
      .poll(() => s.consoleErrors.some((e) => e.startsWith('CSP violation: connect-src')), {
        timeout: 5_000,
        message: 'a fetch to another origin is reported as a connect-src CSP violation',
      })
      .toBe(true);
    s.consoleErrors.length = 0;
  });

  it('shows the data as-of date, the boundary note and the About dialog with sources', async () => {
    await expect(s.page.getByTestId('as-of').textContent()).resolves.toMatch(
      /Data as of \d{1,2} \w{3} \d{4}/,
    );
    await expect(s.page.getByTestId('boundary-note').textContent()).resolves.toMatch(/not authoritative/);
    await s.page.getByRole('button', { name: 'About & sources' }).click();
    const dialog = s.page.getByRole('dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    const text = await dialog.textContent();
    expect(text).toContain('Natural Earth');
    expect(text).toContain('GeoNames');
    await screenshot(s.page, 'about-desktop');
    await s.page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('exposes a read-only window.khanij handle', async () => {
    const r = await s.page.evaluate(() => {
      const h = window.khanij!;
      let replaced = true;
      try {
        (window as unknown as { khanij: unknown }).khanij = null;
      } catch {
        replaced = false;
      }
      return {
        hasMap: typeof h.map.getZoom === 'function',
        theme: h.getState().theme,
        stillThere: window.khanij === h,
        replaced: replaced && window.khanij !== h,
      };
    });
    expect(r).toEqual({ hasMap: true, theme: 'system', stillThere: true, replaced: false });
  });

  it('keeps the camera in the URL hash and fits India first', async () => {
    const { hash, bounds } = await s.page.evaluate(() => ({
      hash: location.hash,
      bounds: window.khanij!.map.getBounds().toArray(),
    }));
    expect(hash).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
    // India (68–97.4°E, 6.5–37°N) is inside the first view.
    expect(bounds[0][0]).toBeLessThanOrEqual(68.2);
    expect(bounds[1][0]).toBeGreaterThanOrEqual(97.3);
    expect(bounds[0][1]).toBeLessThanOrEqual(6.6);
    expect(bounds[1][1]).toBeGreaterThanOrEqual(37);
    await screenshot(s.page, 'desktop-light');
  });

  it('switches to the dark theme', async () => {
    await s.page.getByRole('button', { name: /Switch to the dark theme/ }).click();
    await waitForMapIdle(s.page);
    const bg = await s.page.evaluate(() =>
      window.khanij!.map.getPaintProperty('background', 'background-color'),
    );
    expect(bg).toBe('#0d1a24');
    await expect(s.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await screenshot(s.page, 'desktop-dark');
  });
});

describe.skipIf(!browserAvailable)('foundation: phone, dark by system preference', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('', { viewport: PHONE, colorScheme: 'dark', isMobile: true });
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('follows prefers-color-scheme and fits India on a phone', async () => {
    await expect(s.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const bounds = await s.page.evaluate(() => window.khanij!.map.getBounds().toArray());
    expect(bounds[0][0]).toBeLessThanOrEqual(68.2);
    expect(bounds[1][0]).toBeGreaterThanOrEqual(97.3);
    await screenshot(s.page, 'phone-dark');
    expect(s.consoleErrors).toEqual([]);
  });
});
