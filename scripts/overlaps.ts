/**
 * Lists the pairs of rendered clusters, symbols and stacked markers of different layers drawn
 * within 8 px of each other (desktop 1280×800 and phone 390×844), the check issue 10 asks of the
 * map at the India view (test/e2e/legibility.test.ts asserts it; this lists the pairs, and looks
 * at other views given as `zoom/lat/lon`, the app's `#map=` form).
 *
 *   npx vite build && npx vite preview --host 127.0.0.1 --port 4199 &
 *   npx tsx scripts/overlaps.ts http://127.0.0.1:4199/ [6/22/84 ...]
 */
import { SIZES, launchChromium, openPage, waitForMapIdle, type Size } from './lib/browser';
import { markersWithin } from '../test/e2e/markers';

const [base = 'http://127.0.0.1:4199/', ...views] = process.argv.slice(2);

async function main() {
  const browser = await launchChromium();
  try {
    for (const view of views.length ? views : ['']) {
      for (const size of Object.keys(SIZES) as Size[]) {
        const page = await openPage(browser, size);
        await page.goto(view ? `${base}#map=${view}` : base);
        await waitForMapIdle(page);
        const { drawn, close } = await markersWithin(page, 8);
        console.log(
          `${view || 'India view'}, ${size}: ${drawn.length} drawn, ${close.length} pairs within 8 px`,
        );
        for (const c of close) console.log(`  ${c}`);
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
