/**
 * The page's main thread after a 100,000-row CSV is parsed (the parse itself runs in the import
 * worker): the longest task, the sum of long tasks (> 50 ms, PerformanceObserver 'longtask')
 * and the time until the layer is drawn (map idle), each run in a fresh headless Chromium.
 *
 *   npx vite build && npx vite preview --port 4791 &
 *   BENCH_URL=http://127.0.0.1:4791/ RUNS=5 npx tsx scripts/bench/import.ts
 *
 * Prints one line per run and the medians. Timing, so not a test: the machine's load moves it.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';

const URL = process.env.BENCH_URL ?? 'http://127.0.0.1:4791/';
const RUNS = Number(process.env.RUNS ?? 5);
const ROWS = 100_000;

declare global {
  interface Window {
    __long?: [number, number][];
  }
}

function csv(): Buffer {
  const rows = ['id,lat,lon,value'];
  for (let i = 0; i < ROWS; i++)
    rows.push(`${i},${(8 + (i % 2800) / 100).toFixed(4)},${(69 + (i % 2700) / 100).toFixed(4)},${i % 7}`);
  return Buffer.from(rows.join('\n'));
}

const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = window.khanij!.map;
        const check = () => {
          if (m.loaded() && m.areTilesLoaded() && !m.isMoving()) resolve();
          else m.once('idle', check);
        };
        setTimeout(check, 100);
      }),
  );

interface Run {
  longest: number;
  total: number;
  tasks: number;
  drawnMs: number;
}

async function once(buffer: Buffer): Promise<Run> {
  const browser = await chromium.launch({
    executablePath: findChromium()!,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    // tsx (esbuild keepNames) may wrap functions sent to the page in __name(): give it one.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(URL);
    await page.waitForFunction(() => !!window.khanij?.map, null, { timeout: 90_000 });
    await idle(page);
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const list: [number, number][] = (window.__long = []);
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) list.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
    });
    await page.getByTestId('import-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
    await page.getByTestId('import-progress').waitFor();
    while ((await page.getByTestId('import-progress').count()) > 0) await page.waitForTimeout(25);
    const t0 = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      (n) => window.khanij!.getDatasets().some((d) => d.label === 'big.csv' && d.rows.length === n),
      ROWS,
      { timeout: 120_000, polling: 50 },
    );
    await idle(page);
    const t1 = await page.evaluate(() => performance.now());
    // The IndexedDB write follows the drawing: its tasks count too.
    await page.getByTestId('import-counts').waitFor({ timeout: 60_000 });
    const long = await page.evaluate(
      (from) => window.__long!.filter(([s]) => s >= from - 50).map(([, d]) => Math.round(d)),
      t0,
    );
    return {
      longest: Math.max(0, ...long),
      total: long.reduce((a, b) => a + b, 0),
      tasks: long.length,
      drawnMs: Math.round(t1 - t0),
    };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!findChromium()) throw new Error('no Chromium (set CHROMIUM_PATH)');
  const buffer = csv();
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once(buffer);
    console.log(`run ${i + 1}: ${JSON.stringify(r)}`);
    runs.push(r);
  }
  const m = (k: keyof Run) => median(runs.map((r) => r[k]));
  console.log(
    `median of ${RUNS}: longest task ${m('longest')} ms, long tasks ${m('total')} ms in all (${m('tasks')} tasks), ` +
      `layer drawn ${m('drawnMs')} ms after the parse`,
  );
}

void main();
