/**
 * Screenshots of the built app in headless Chromium, for README and for looking at the map as a
 * user does: the India view, Chhattisgarh and Odisha at zoom 9, and a selection, each at desktop
 * (1280×800) and phone (390×844) size.
 *
 *   npx vite build && npx vite preview --host 127.0.0.1 --port 4199 &
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:4199/ test-results/shots [--readme]
 *
 * `--readme` also writes docs/screenshot.png and docs/screenshot-phone.png (Katghora selected).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/chromium';

const [base = 'http://127.0.0.1:4199/', out = 'test-results/shots', flag] = process.argv.slice(2);
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** The views: a path (query and hash) and, optionally, a camera to jump to once loaded. */
const VIEWS: Record<string, { path: string; camera?: { center: [number, number]; zoom: number } }> = {
  india: { path: '' },
  'chhattisgarh-z9': { path: '', camera: { center: [82.03, 21.26], zoom: 9 } },
  'odisha-z9': { path: '', camera: { center: [84.41, 20.52], zoom: 9 } },
  selection: { path: '?sel=blk-katghora' },
};

async function idle(page: Page) {
  await page.waitForFunction(() => !!window.khanij?.map, null, { timeout: 60_000 });
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

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium (set CHROMIUM_PATH)');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const [name, view] of Object.entries(VIEWS)) {
        const phone = size === 'phone';
        const context = await browser.newContext({
          viewport,
          isMobile: phone,
          hasTouch: phone,
          deviceScaleFactor: 1,
          colorScheme: 'light',
        });
        const page = await context.newPage();
        // A returning visitor: no start-view chooser over the map.
        await page.addInitScript("localStorage.setItem('khanij.startSeen', '1')");
        await page.goto(new URL(view.path, base).href);
        await idle(page);
        if (view.camera) {
          await page.evaluate((c) => window.khanij!.map.jumpTo(c), view.camera);
          await idle(page);
        }
        // Let a camera move that keeps a selection clear of the panel settle.
        await page.waitForTimeout(800);
        await idle(page);
        const path = `${out}/${name}-${size}.png`;
        await page.screenshot({ path });
        console.log(path);
        if (flag === '--readme' && name === 'selection')
          await page.screenshot({ path: phone ? 'docs/screenshot-phone.png' : 'docs/screenshot.png' });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
