/**
 * Time of one time-slider step drawn on the map (issue 12), three ways, medians of RUNS steps after a
 * warm-up: the status change alone through global-state (the app's way), the same change by re-sending
 * the blocks' data with the day's status baked in (setData), and a whole step in the app (store → map).
 * Not part of npm run bench; run against a served build:
 *   npx vite build && npx vite preview --port 4791 --strictPort &
 *   npx tsx scripts/bench/as-of-step.ts        (BASE=http://localhost:4791/ RUNS=7 by default)
 *
 * The steps run in the page as functions held there (JSHandles), so nothing sent to the page has a
 * named inner function for tsx to wrap in its __name() helper, which the page lacks.
 */
import { loadavg } from 'node:os';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { JSHandle, Page } from 'playwright-core';
import { launchChromium, openPage, waitForMapIdle } from '../lib/browser';

const RUNS = Number(process.env.RUNS ?? 7);
const BASE = process.env.BASE ?? 'http://localhost:4791/';
/** The two days the steps alternate between (D2 first), so every step changes the status of some blocks. */
const D1 = 20240301;
const D2 = 20250601;

/** A slider step to the given day, as a function living in the page. */
type Step = JSHandle<(day: number) => void>;

/** One repaint of the map, to idle. */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((r) => {
        const m = window.khanij!.map;
        m.once('idle', () => r());
        m.triggerRepaint();
      }),
  );

/** Runs `step` 1 + RUNS times, the days alternating; the ms from each step until the map's next idle, the first (warm-up) left out. */
async function timeSteps(page: Page, step: Step): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const ms = await page.evaluate(
      ({ run, day }) =>
        new Promise<number>((r) => {
          const m = window.khanij!.map;
          const t0 = performance.now();
          m.once('idle', () => r(performance.now() - t0));
          run(day);
        }),
      { run: step, day: i % 2 ? D1 : D2 },
    );
    if (i > 0) times.push(ms);
  }
  return times;
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const browser = await launchChromium();
  try {
    const page = await openPage(browser, 'desktop');
    await page.goto(`${BASE}?asof=2024-03-01&tab=insights`);
    await waitForMapIdle(page);
    await idle(page);

    // (1) the status mechanism alone: one global-state number, membership unchanged.
    const globalState: Step = await page.evaluateHandle(
      () => (day: number) => window.khanij!.map.setGlobalStateProperty('asOfDay', day),
    );
    const out = {
      globalState: await timeSteps(page, globalState),
      setData: [] as number[],
      appStep: [] as number[],
    };

    // (2) the same status change by re-sending the blocks data with the day's status baked in.
    await page.evaluate(() => window.khanij!.map.setGlobalStateProperty('asOfDay', null));
    const blocks = (await page.evaluateHandle(() =>
      (window.khanij!.map.getSource('data-blocks') as GeoJSONSource).getData(),
    )) as JSHandle<FeatureCollection>;
    const features = await blocks.evaluate((fc) => fc.features.length);
    const bakedIn: Step = await page.evaluateHandle(
      (fc) => (day: number) => {
        const features = fc.features.map((f) => {
          const p = { ...f.properties };
          let s = null;
          for (let k = 0; p[`h.status.d${k}`] !== undefined; k++)
            if (p[`h.status.d${k}`] <= day) s = p[`h.status.v${k}`];
          p.status = s ?? '';
          return { ...f, properties: p };
        });
        (window.khanij!.map.getSource('data-blocks') as GeoJSONSource).setData({
          type: 'FeatureCollection',
          features,
        });
      },
      blocks,
    );
    out.setData = await timeSteps(page, bakedIn);

    // (3) a whole slider step in the app (store action → React → map), as a user moves it.
    await page.evaluate((fc) => {
      (window.khanij!.map.getSource('data-blocks') as GeoJSONSource).setData(fc);
    }, blocks);
    await idle(page);
    const appStep: Step = await page.evaluateHandle(() => (day: number) => {
      window.khanij!.getState().setAsOfDay(day);
      window.khanij!.map.triggerRepaint();
    });
    out.appStep = await timeSteps(page, appStep);

    for (const k of ['globalState', 'setData', 'appStep'] as const)
      console.log(
        k.padEnd(12),
        'median',
        med(out[k]).toFixed(0),
        'ms  min',
        Math.min(...out[k]).toFixed(0),
        'max',
        Math.max(...out[k]).toFixed(0),
        ' runs',
        out[k].map((x) => x.toFixed(0)).join(','),
      );
    console.log(
      'blocks features in the source:',
      features,
      ' load average:',
      loadavg()
        .map((x) => x.toFixed(2))
        .join(' '),
    );
  } finally {
    await browser.close();
  }
}

void main();
