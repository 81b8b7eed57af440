/**
 * Lists the pairs of rendered clusters, symbols and stacked markers of different layers drawn
 * within 8 px of each other at the India view (desktop 1280×800 and phone 390×844), the check
 * issue 10 asks of the map (test/e2e/legibility.test.ts asserts it; this lists the pairs, to
 * look at other views by hand).
 *
 *   npx vite build && npx vite preview --host 127.0.0.1 --port 4199 &
 *   npx tsx scripts/overlaps.ts http://127.0.0.1:4199/
 */
import { SIZES, launchChromium, openPage, waitForMapIdle, type Size } from './lib/browser';

const [base = 'http://127.0.0.1:4199/'] = process.argv.slice(2);

// A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
const PAIRS = `(() => {
  const map = window.khanij.map;
  const style = map.getStyle();
  const ids = style.layers.map((l) => l.id).filter((id) => /-(symbol|cluster)$|^(stacks|overview)-(marker|single)$/.test(id));
  const pts = [];
  for (const id of ids) {
    const type = style.layers.find((l) => l.id === id).type;
    const t = (type === 'circle' ? map.getPaintProperty(id, 'circle-translate') : map.getPaintProperty(id, 'icon-translate')) || [0, 0];
    for (const f of map.queryRenderedFeatures({ layers: [id] })) {
      const p = map.project(f.geometry.coordinates);
      const what = f.properties.id || (f.properties.ids ? 'stack of ' + f.properties.count : 'cluster of ' + f.properties.point_count);
      pts.push({ layer: id.replace(/-(symbol|cluster|marker|single)$/, ''), id, what, x: p.x + t[0], y: p.y + t[1] });
    }
  }
  const bad = [];
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++) {
      const a = pts[i], b = pts[j];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (a.layer !== b.layer && d < 8) bad.push(a.id + ' ' + a.what + ' / ' + b.id + ' ' + b.what + ': ' + d.toFixed(1) + ' px');
    }
  return { drawn: pts.length, bad };
})()`;

async function main() {
  const browser = await launchChromium();
  try {
    for (const size of Object.keys(SIZES) as Size[]) {
      const page = await openPage(browser, size);
      await page.goto(base);
      await waitForMapIdle(page);
      const r = (await page.evaluate(PAIRS)) as { drawn: number; bad: string[] };
      console.log(`${size}: ${r.drawn} drawn, ${r.bad.length} pairs within 8 px`);
      for (const b of r.bad) console.log(`  ${b}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
}

void main();
