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
import { SIZES, launchChromium, openPage, waitForMapIdle, type Size } from './lib/browser';

const [base = 'http://127.0.0.1:4199/', out = 'test-results/shots', flag] = process.argv.slice(2);

/** The views: a path (query and hash) and, optionally, a camera to jump to once loaded. */
const VIEWS: Record<string, { path: string; camera?: { center: [number, number]; zoom: number } }> = {
  india: { path: '' },
  'chhattisgarh-z9': { path: '', camera: { center: [82.03, 21.26], zoom: 9 } },
  'odisha-z9': { path: '', camera: { center: [84.41, 20.52], zoom: 9 } },
  selection: { path: '?sel=blk-katghora' },
};

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const size of Object.keys(SIZES) as Size[]) {
      for (const [name, view] of Object.entries(VIEWS)) {
        const page = await openPage(browser, size, { colorScheme: 'light' });
        await page.goto(new URL(view.path, base).href);
        await waitForMapIdle(page);
        if (view.camera) {
          await page.evaluate((c) => window.khanij!.map.jumpTo(c), view.camera);
          await waitForMapIdle(page);
        }
        // Let a camera move that keeps a selection clear of the panel settle.
        await page.waitForTimeout(800);
        await waitForMapIdle(page);
        const path = `${out}/${name}-${size}.png`;
        await page.screenshot({ path });
        console.log(path);
        if (flag === '--readme' && name === 'selection')
          await page.screenshot({
            path: size === 'phone' ? 'docs/screenshot-phone.png' : 'docs/screenshot.png',
          });
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
