/**
 * The wait every browser test and script does before looking at the map: the map exists, its
 * data is on it, and a frame has gone idle (fades ended). A page that does not get there fails
 * with what it was doing. Free of Vitest, so scripts/lib/browser.ts uses it too.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Where tests and scripts leave screenshots, among them a page's that did not get ready. */
export const RESULTS_DIR = 'test-results';

/** Each open page's console errors, for a timeout's diagnostics. */
const errorsOf = new WeakMap<Page, string[]>();

/** Lets a page's console errors (a live list) be quoted when it does not get ready. */
export function recordErrors(page: Page, errors: string[]): void {
  errorsOf.set(page, errors);
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
