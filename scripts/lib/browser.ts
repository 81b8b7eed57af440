/**
 * Headless Chromium for the scripts that look at the built app (screenshots, overlap checks):
 * the two sizes the app is judged at, one page per size, and a wait for the map to be idle.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';

/** Desktop 1280×800 and phone 390×844, the sizes every screenshot and check is taken at. */
export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
export type Size = keyof typeof SIZES;

/** Debian's (or $CHROMIUM_PATH's) Chromium, with the flags that give MapLibre WebGL2. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium (set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page in a fresh context of the given size: a phone is mobile with touch, both at device
 * scale 1. Close it with `page.context().close()`.
 */
export async function openPage(
  browser: Browser,
  size: Size,
  opts: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const phone = size === 'phone';
  const context = await browser.newContext({
    viewport: SIZES[size],
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: 1,
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
  });
  const page = await context.newPage();
  // A returning visitor: no start-view chooser over the map.
  await page.addInitScript("localStorage.setItem('khanij.startSeen', '1')");
  // tsx (esbuild keepNames) wraps functions sent to the page in __name(): give the page one.
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

/** Waits for the app's map to exist, then for it to be loaded, its tiles drawn and still. */
export async function waitForMapIdle(page: Page): Promise<void> {
  // The map can be idle before the data has arrived: wait for the data's sources too.
  await page.waitForFunction(
    () => {
      const k = window.khanij;
      return !!k?.map && k.getData().kind === 'ready' && !!k.map.getSource('overview');
    },
    null,
    { timeout: 60_000 },
  );
  // A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
  await page.evaluate(`new Promise((resolve) => {
    const map = window.khanij.map;
    const check = () => {
      if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
      else map.once('idle', check);
    };
    check();
  })`);
}
