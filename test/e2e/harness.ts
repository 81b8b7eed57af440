/**
 * Drives the built app in headless Chromium and records what a test needs to judge it:
 * every request, console errors, page errors and CSP violations.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const baseUrl = inject('baseUrl');
export const chromiumPath = inject('chromiumPath');
/** False only when no Chromium was found and E2E_OPTIONAL=1 asked to skip (setup said so loudly). */
export const browserAvailable = chromiumPath !== '';

export const RESULTS_DIR = 'test-results';

export interface Session {
  browser: Browser;
  page: Page;
  requests: string[];
  consoleErrors: string[];
  /** Warnings MapLibre logs about the style: missing images, invalid expression values. */
  styleWarnings: string[];
  close(): Promise<void>;
}

/** Each open page's console errors, for a timeout's diagnostics. */
const errorsOf = new WeakMap<Page, string[]>();

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function openApp(
  path = '',
  opts: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    isMobile?: boolean;
    /** Extra Chromium flags, e.g. to take WebGL away. */
    extraArgs?: string[];
    /**
     * Open as a first visit, with the start view's chooser. By default the chooser is marked as
     * seen (as after a first visit), so it does not cover the map in tests about other things.
     */
    firstVisit?: boolean;
  } = {},
): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    headless: true,
  });
  const context = await browser.newContext({
    viewport: opts.viewport ?? DESKTOP,
    colorScheme: opts.colorScheme ?? 'light',
    isMobile: opts.isMobile ?? false,
    hasTouch: opts.isMobile ?? false,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const styleWarnings: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (m.type() === 'warning' && /could not be loaded|Expected value|layers\[/.test(m.text()))
      styleWarnings.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  errorsOf.set(page, consoleErrors);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (!opts.firstVisit)
    await page.addInitScript(() => {
      try {
        localStorage.setItem('khanij.startSeen', '1');
      } catch {
        // a page without storage shows the chooser; nothing to do
      }
    });
  await page.goto(new URL(path, baseUrl).href);
  return {
    browser,
    page,
    requests,
    consoleErrors,
    styleWarnings,
    close: () => browser.close(),
  };
}

/** Waits until the map exists, has loaded its style and data, and has finished drawing. */
export async function waitForMapIdle(page: Page, timeoutMs = 60_000): Promise<void> {
  // The map can be idle before the data has arrived: wait for the data, and for its sources to be
  // on the map (the national overview's is added with them), before waiting for idle.
  try {
    await page.waitForFunction(
      () => {
        // A map that failed (its error panel, or no WebGL) will not get ready: stop waiting.
        if (document.querySelector('.panel-error, .map-fatal')) return true;
        const k = window.khanij;
        if (!k?.map) return false;
        const kind = k.getData().kind;
        return kind === 'error' || (kind === 'ready' && !!k.map.getSource('overview'));
      },
      null,
      { timeout: timeoutMs },
    );
  } catch (e) {
    throw await notReady(page, e);
  }
  if (await page.locator('.panel-error, .map-fatal').count())
    throw await notReady(page, new Error('the map failed'));
  await page
    .evaluate(
      (timeout) =>
        new Promise<void>((resolve, reject) => {
          const map = window.khanij!.map;
          const timer = setTimeout(() => reject(new Error('map never became idle')), timeout);
          // Always wait for a frame's 'idle' (a repaint is asked for, in case nothing else is due):
          // being loaded is not enough, as symbols fading out after a change are still drawn and
          // still answer queryRenderedFeatures until the fade ends, and 'idle' waits for that.
          const settled = () => map.loaded() && map.areTilesLoaded() && !map.isMoving();
          let poll: ReturnType<typeof setInterval> | undefined = undefined;
          const done = () => {
            clearTimeout(timer);
            clearInterval(poll);
            resolve();
          };
          const check = () => {
            if (settled()) done();
            else {
              map.once('idle', check);
              map.triggerRepaint();
            }
          };
          map.once('idle', check);
          map.triggerRepaint();
          // A page that draws no frames (no animation frames while it is not shown) never fires
          // 'idle': once it has been loaded for two seconds, that is as settled as it gets.
          let since = 0;
          poll = setInterval(() => {
            since = settled() ? since + 250 : 0;
            if (since >= 2000) done();
          }, 250);
        }),
      timeoutMs,
    )
    .catch(async (e: unknown) => {
      throw await notReady(page, e);
    });
}

/**
 * The error for a page that did not get ready: what it was doing (map loaded or not, which
 * sources still load, whether it still draws frames, its console errors), so a timeout in CI
 * names its cause. Also leaves a screenshot in test-results/.
 */
async function notReady(page: Page, e: unknown): Promise<Error> {
  const state = await page
    .evaluate(async () => {
      const map = window.khanij?.map;
      // Each reading on its own: a map that failed may be half torn down.
      const read = (f: () => unknown) => {
        try {
          return f();
        } catch (err) {
          return `threw: ${String(err)}`;
        }
      };
      // Whether the map still draws frames when asked to.
      const renders = map
        ? await new Promise<unknown>((resolve) => {
            setTimeout(() => resolve(false), 3000);
            const threw = read(() => {
              map.once('render', () => resolve(true));
              map.triggerRepaint();
              return null;
            });
            if (threw !== null) resolve(threw);
          })
        : null;
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      // MapLibre internals, read only here: which sources' tiles are still loading (what a
      // missing 'load' event waits for), and whether the style's images are in.
      const internals = (
        map as unknown as {
          style?: {
            tileManagers?: Record<string, { loaded(): boolean }>;
            imageManager?: { isLoaded(): boolean };
          };
        }
      )?.style;
      return {
        handle: !!window.khanij,
        data: read(() => window.khanij?.getData().kind ?? null),
        overview: read(() => !!map?.getSource('overview')),
        mapLoaded: read(() => map?.loaded() ?? null),
        renders,
        styleLoaded: read(() => map?.isStyleLoaded() ?? null),
        tilesLoading: read(() =>
          internals?.tileManagers
            ? Object.entries(internals.tileManagers)
                .filter(([, m]) => !m.loaded())
                .map(([id]) => id)
            : null,
        ),
        imagesLoaded: read(() => internals?.imageManager?.isLoaded() ?? null),
        canvas: canvas ? `${canvas.width}x${canvas.height}` : null,
        contextLost: read(() => canvas?.getContext('webgl2')?.isContextLost() ?? null),
        visibility: document.visibilityState,
        fonts: document.fonts.status,
        fatal: document.querySelector('.map-fatal')?.textContent ?? null,
        failed: document.querySelector('.panel-error')?.textContent ?? null,
        notice: document.querySelector('[role="status"]')?.textContent?.slice(0, 200) ?? null,
      };
    })
    .catch((err: unknown) => String(err));
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page
    .screenshot({ path: `${RESULTS_DIR}/not-ready-${Date.now()}.png`, timeout: 10_000 })
    .catch(() => undefined);
  const errors = (errorsOf.get(page) ?? []).slice(0, 5);
  return new Error(
    `${e instanceof Error ? e.message : String(e)}; page: ${JSON.stringify(state)}; console errors: ${JSON.stringify(errors)}`,
    {
      cause: e,
    },
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** The page's pixels, from a real screenshot. */
export async function pixelsOf(page: Page) {
  const { PNG } = await import('pngjs');
  const png = PNG.sync.read(await page.screenshot());
  const at = (x: number, y: number): [number, number, number] => {
    const i = (png.width * y + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const hex = (x: number, y: number) =>
    '#' +
    at(x, y)
      .map((v) => v.toString(16).padStart(2, '0'))
      .join('');
  return { width: png.width, height: png.height, at, hex };
}

/** Whether an RGB triple is within `tolerance` of a #rrggbb colour on every channel. */
export function colourNear(rgb: readonly number[], hex: string, tolerance = 20): boolean {
  const n = parseInt(hex.slice(1), 16);
  const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return rgb.every((v, i) => Math.abs(v - want[i]!) <= tolerance);
}

/**
 * Serious and critical axe violations in `include` (or the whole page), the map canvas left out
 * (an image of data the panel and lists expose as text). A vacuous pass is no pass: axe must have
 * checked rules on what it was pointed at (more than 15 on the whole page).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  let axe = new AxeBuilder({ page }).exclude('.maplibregl-canvas-container');
  if (include) axe = axe.include(include);
  const r = await axe.analyze();
  if (r.passes.length <= (include ? 0 : 15))
    throw new Error(`axe checked only ${r.passes.length} rules in ${include ?? 'the page'}`);
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')})`,
    );
}
