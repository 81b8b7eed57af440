/* global process, window, localStorage, performance, console */
/**
 * Time of one time-slider step drawn on the map (issue 12), three ways, medians of RUNS steps after a
 * warm-up: the status change alone through global-state (the app's way), the same change by re-sending
 * the blocks' data with the day's status baked in (setData), and a whole step in the app (store → map).
 * Not part of npm run bench; run against a served build:
 *   npx vite build && npx vite preview --port 4791 --strictPort &
 *   node scripts/bench/as-of-step.mjs        (BASE=http://localhost:4791/ RUNS=7 by default)
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
const RUNS = Number(process.env.RUNS ?? 7);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.addInitScript(() => localStorage.setItem('khanij.startSeen', '1'));
await page.goto((process.env.BASE ?? 'http://localhost:4791/') + '?asof=2024-03-01&tab=insights');
await page.waitForFunction(() => window.khanij?.map?.loaded(), null, { timeout: 60000 });
const idle = () =>
  page.evaluate(
    () =>
      new Promise((r) => {
        const m = window.khanij.map;
        m.once('idle', r);
        m.triggerRepaint();
      }),
  );
await idle();
const D1 = 20240301,
  D2 = 20250601;
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const out = {};

// (1) the status mechanism alone: one global-state number, membership unchanged.
out.globalState = [];
for (let i = 0; i <= RUNS; i++) {
  const ms = await page.evaluate(
    (day) =>
      new Promise((r) => {
        const m = window.khanij.map;
        const t0 = performance.now();
        m.once('idle', () => r(performance.now() - t0));
        m.setGlobalStateProperty('asOfDay', day);
      }),
    i % 2 ? D1 : D2,
  );
  if (i > 0) out.globalState.push(ms);
}
// (2) the same status change by re-sending the blocks data with the day's status baked in.
const prep = await page.evaluate(async () => {
  const m = window.khanij.map;
  m.setGlobalStateProperty('asOfDay', null);
  const src = m.getSource('data-blocks');
  window.__fc = await src.getData();
  return window.__fc.features.length;
});
out.features = prep;
out.setData = [];
for (let i = 0; i <= RUNS; i++) {
  const ms = await page.evaluate(
    (day) =>
      new Promise((r) => {
        const m = window.khanij.map;
        const t0 = performance.now();
        const fc = window.__fc;
        const features = fc.features.map((f) => {
          const p = { ...f.properties };
          let s = null;
          for (let k = 0; p[`h.status.d${k}`] !== undefined; k++)
            if (p[`h.status.d${k}`] <= day) s = p[`h.status.v${k}`];
          p.status = s ?? '';
          return { ...f, properties: p };
        });
        m.once('idle', () => r(performance.now() - t0));
        m.getSource('data-blocks').setData({ type: 'FeatureCollection', features });
      }),
    i % 2 ? D1 : D2,
  );
  if (i > 0) out.setData.push(ms);
}
// (3) a whole slider step in the app (store action → React → map), as a user moves it.
await page.evaluate(async () => {
  const m = window.khanij.map;
  m.getSource('data-blocks').setData(window.__fc);
});
await idle();
out.appStep = [];
for (let i = 0; i <= RUNS; i++) {
  const ms = await page.evaluate(
    (day) =>
      new Promise((r) => {
        const m = window.khanij.map;
        const t0 = performance.now();
        m.once('idle', () => r(performance.now() - t0));
        window.khanij.getState().setAsOfDay(day);
        m.triggerRepaint();
      }),
    i % 2 ? D1 : D2,
  );
  if (i > 0) out.appStep.push(ms);
}
for (const k of ['globalState', 'setData', 'appStep'])
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
  out.features,
  ' load average:',
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
);
await browser.close();
