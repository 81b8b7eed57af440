/**
 * Headless Chromium for the scripts that look at the built app (screenshots, overlap checks):
 * the two sizes the app is judged at, one page per size, and a wait for the map to be idle.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';
import { recordErrors, waitForMapIdle } from '../../test/e2e/map-idle';

export { waitForMapIdle };

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
  // Quoted by waitForMapIdle if the page does not get ready.
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  recordErrors(page, errors);
  return page;
}
