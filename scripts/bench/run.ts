/**
 * `npm run bench`: how long a filter change takes in the built app, against re-sending the
 * filtered data to MapLibre (what the app did before filters went through `global-state`).
 *
 * Builds the app once, writes two 100k-point synthetic datasets into dist/synth/ (never
 * committed), serves dist with `vite preview`, and drives Chromium (SwiftShader WebGL2, the
 * flags of the browser tests). Each figure is the median of RUNS timed changes after a warm-up,
 * with min and max. Writes bench/results.json.
 *
 * App: from the store's filter change until the map is idle after it AND the results count
 * shows the expected number. Baseline: every dataset's source gets `setData` with the features
 * that pass the filter (built on the main thread, as a re-sending app would), until idle.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, platform, release } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium';
import type { FilterSpec } from '../../src/domain/filter/spec';
import { synthesize } from '../synth';
import { encodeQuerySpec, type QuerySpec } from '../../src/domain/spatial/query-param';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 6; // even, so both directions of the alternation are timed equally often
const WARMUPS = 1;
const RUN_TIMEOUT_MS = 30_000;
const LOAD_TIMEOUT_MS = 90_000;
const WATCHDOG_MS = 9 * 60_000;
const SYNTH_COUNT = 100_000;

interface Scenario {
  name: string;
  path: string;
  /** A synthetic dataset the page must have loaded before timing. */
  synth?: string;
  /** Two filters the runs alternate between, so every run changes something. */
  specs: [FilterSpec, FilterSpec];
  goal: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'real data',
    path: '/?tab=results',
    specs: [{ minerals: { op: 'in', values: ['lithium'] } }, {}],
    goal: false,
  },
  {
    name: '100k points',
    path: `/?synth=points-${SYNTH_COUNT}&tab=results`,
    synth: `synth-points-${SYNTH_COUNT}`,
    specs: [
      { status: { op: 'in', values: ['awarded'] } },
      { minerals: { op: 'in', values: ['graphite', 'lithium'] } },
    ],
    goal: true,
  },
  {
    name: '100k clustered',
    path: `/?synth=clustered-${SYNTH_COUNT}&tab=results`,
    synth: `synth-clustered-${SYNTH_COUNT}`,
    specs: [
      { status: { op: 'in', values: ['awarded'] } },
      { minerals: { op: 'in', values: ['graphite', 'lithium'] } },
    ],
    goal: true,
  },
];

interface AppRun {
  /** ms until both the map was idle and the count was right. */
  total: number;
  /** ms until the map was idle after the change. */
  idle: number;
  /** ms until the results count showed the expected number. */
  count: number;
  expected: number;
}
interface BaselineRun {
  total: number;
  /** ms spent building and handing the collections to setData (main thread). */
  send: number;
  features: number;
}

interface Stats {
  median: number;
  min: number;
  max: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median: round(median), min: round(s[0]!), max: round(s[s.length - 1]!) };
}

const round = (x: number) => Math.round(x * 10) / 10;

function log(msg: string) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for the map to be loaded, its tiles loaded and still; then a second of quiet, then again. */
async function waitForSettled(page: Page): Promise<void> {
  const once = () =>
    page.evaluate(
      (timeout) =>
        new Promise<void>((res, rej) => {
          const map = window.khanij!.map;
          const timer = setTimeout(() => rej(new Error('map never became idle')), timeout);
          const check = () => {
            if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
              clearTimeout(timer);
              res();
            } else map.once('idle', check);
          };
          check();
        }),
      LOAD_TIMEOUT_MS,
    );
  await once();
  await page.waitForTimeout(1000);
  await once();
}

/** The app's way: a store filter change, timed until map idle and the right count. */
function timeAppChange(page: Page, spec: FilterSpec): Promise<AppRun> {
  return page.evaluate(
    ({ spec, timeout }) =>
      new Promise<AppRun>((res, rej) => {
        const k = window.khanij!;
        const map = k.map;
        const st = k.getState();
        const hidden = new Set(st.hiddenLayers);
        let expected = 0;
        for (const ds of k.getDatasets())
          if (!hidden.has(ds.id)) expected += k.tools.filteredIndexes(ds.id, spec).length;
        const countNow = () => {
          const text = document.querySelector('[data-testid="results-count"]')?.textContent ?? '';
          const shown = text.split(' of ')[0] ?? '';
          return shown.replace(/\D/g, '') === '' ? -1 : Number(shown.replace(/\D/g, ''));
        };
        const before = JSON.stringify(map.getGlobalState());
        let idleAt = -1;
        let countAt = -1;
        let t0 = 0;
        const obs = new MutationObserver(() => {
          if (countAt < 0 && countNow() === expected) {
            countAt = performance.now();
            finish();
          }
        });
        const timer = setTimeout(() => {
          cleanup();
          rej(new Error(`no idle+count within ${timeout} ms (idle ${idleAt}, count ${countAt})`));
        }, timeout);
        const cleanup = () => {
          clearTimeout(timer);
          obs.disconnect();
          map.off('idle', onIdle);
        };
        const finish = () => {
          if (idleAt < 0 || countAt < 0) return;
          cleanup();
          res({
            total: Math.max(idleAt, countAt) - t0,
            idle: idleAt - t0,
            count: countAt - t0,
            expected,
          });
        };
        // Only an idle after the filter reached the map counts (the global state changed).
        const onIdle = () => {
          if (idleAt >= 0) return;
          if (!map.loaded() || map.isMoving()) return;
          if (JSON.stringify(map.getGlobalState()) === before) return;
          idleAt = performance.now();
          finish();
        };
        map.on('idle', onIdle);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        t0 = performance.now();
        st.setFilters(spec);
        // The count may already be right (only when nothing changed, which the alternation avoids).
        if (countNow() === expected) {
          countAt = performance.now();
          finish();
        }
      }),
    { spec, timeout: RUN_TIMEOUT_MS },
  );
}

/** Where the baseline keeps every overview feature (the overview's results twin holds them all). */
type OverviewStore = { __overviewAll?: { properties: { id: string } }[] };

/**
 * The baseline: re-send every source that draws what a filter selects — each dataset's filtered
 * features, and the national overview's (drawn instead of the datasets' own layers below zoom 6)
 * — timed until idle.
 */
function timeBaselineChange(page: Page, spec: FilterSpec): Promise<BaselineRun> {
  return page.evaluate(
    ({ spec, timeout }) =>
      new Promise<BaselineRun>((res, rej) => {
        const k = window.khanij!;
        const map = k.map;
        let idleAt = -1;
        const timer = setTimeout(() => {
          map.off('idle', onIdle);
          rej(new Error(`baseline: no idle within ${timeout} ms`));
        }, timeout);
        const onIdle = () => {
          if (!map.loaded() || map.isMoving()) return;
          idleAt = performance.now();
          clearTimeout(timer);
          map.off('idle', onIdle);
          res({ total: idleAt - t0, send, features });
        };
        map.on('idle', onIdle);
        const t0 = performance.now();
        let features = 0;
        const passing = new Set<string>();
        for (const ds of k.getDatasets()) {
          const only = k.tools.filteredIndexes(ds.id, spec);
          const fc = k.tools.mapCollection(ds.id, only);
          features += fc.features.length;
          const src = map.getSource(`data-${ds.id}`) as { setData(d: unknown): void } | undefined;
          src?.setData(fc);
          if (ds.kind === 'curated') for (const i of only) passing.add(ds.rows[i]!.id);
        }
        const all = (window as unknown as OverviewStore).__overviewAll ?? [];
        const overview = all.filter((f) => passing.has(f.properties.id));
        features += overview.length;
        (map.getSource('overview') as { setData(d: unknown): void } | undefined)?.setData({
          type: 'FeatureCollection',
          features: overview,
        });
        const send = performance.now() - t0;
      }),
    { spec, timeout: RUN_TIMEOUT_MS },
  );
}

interface ScenarioFailure {
  name: string;
  goal: boolean;
  error: string;
  pageErrors: string[];
}

interface ScenarioResult {
  name: string;
  goal: boolean;
  specs: [FilterSpec, FilterSpec];
  features: number;
  app: { total: Stats; idle: Stats; count: Stats; runs: AppRun[] };
  baseline: { total: Stats; send: Stats; runs: BaselineRun[] };
  ratio: number;
}

async function measure(
  browser: Browser,
  baseUrl: string,
  sc: Scenario,
): Promise<ScenarioResult | ScenarioFailure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    // tsx (esbuild keepNames) may wrap functions sent to the page in __name(): give it one.
    await page.addInitScript('window.__name = (f) => f;');
    page.on('pageerror', (e) => {
      if (errors.length < 20 && !errors.includes(e.message)) errors.push(e.message);
    });
    log(`${sc.name}: opening ${sc.path}`);
    await page.goto(new URL(sc.path, baseUrl).href);
    await page.waitForFunction(() => !!window.khanij?.map, null, { timeout: LOAD_TIMEOUT_MS });
    if (sc.synth)
      await page.waitForFunction((id) => window.khanij!.getDatasets().some((d) => d.id === id), sc.synth, {
        timeout: LOAD_TIMEOUT_MS,
      });
    await page.waitForSelector('[data-testid="results-count"]', { timeout: LOAD_TIMEOUT_MS });
    await waitForSettled(page);
    const features = await page.evaluate(() =>
      window.khanij!.getDatasets().reduce((n, d) => n + d.rows.length, 0),
    );
    log(`${sc.name}: ${features} features loaded; timing the app`);

    // Start from the second spec, so the first timed change goes to the first.
    await page.evaluate((s) => window.khanij!.getState().setFilters(s), sc.specs[1]);
    await waitForSettled(page);
    const appRuns: AppRun[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const r = await timeAppChange(page, sc.specs[i % 2]!);
      if (i >= WARMUPS) appRuns.push(r);
      await page.waitForTimeout(300);
    }
    log(`${sc.name}: app ${appRuns.map((r) => Math.round(r.total)).join(', ')} ms; timing the baseline`);

    // The baseline re-sends data under an empty app filter (global state lets everything through).
    await page.evaluate(() => window.khanij!.getState().clearFilters());
    await waitForSettled(page);
    await page.evaluate(async () => {
      const twin = window.khanij!.map.getSource('overview-results') as
        { getData(): Promise<{ features: { properties: { id: string } }[] }> } | undefined;
      (window as unknown as OverviewStore).__overviewAll = twin ? (await twin.getData()).features : [];
    });
    const baseRuns: BaselineRun[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const r = await timeBaselineChange(page, sc.specs[i % 2]!);
      if (i >= WARMUPS) baseRuns.push(r);
      await page.waitForTimeout(300);
    }
    log(`${sc.name}: baseline ${baseRuns.map((r) => Math.round(r.total)).join(', ')} ms`);
    if (errors.length) log(`${sc.name}: page errors: ${errors.join(' | ')}`);

    const app = {
      total: stats(appRuns.map((r) => r.total)),
      idle: stats(appRuns.map((r) => r.idle)),
      count: stats(appRuns.map((r) => r.count)),
      runs: appRuns.map((r) => ({
        ...r,
        total: round(r.total),
        idle: round(r.idle),
        count: round(r.count),
      })),
    };
    const baseline = {
      total: stats(baseRuns.map((r) => r.total)),
      send: stats(baseRuns.map((r) => r.send)),
      runs: baseRuns.map((r) => ({ ...r, total: round(r.total), send: round(r.send) })),
    };
    return {
      name: sc.name,
      goal: sc.goal,
      specs: sc.specs,
      features,
      app,
      baseline,
      ratio: round((baseline.total.median / app.total.median) * 100) / 100,
    };
  } catch (e) {
    const error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    log(`${sc.name}: FAILED: ${error}; page errors: ${errors.join(' | ') || 'none'}`);
    return { name: sc.name, goal: sc.goal, error, pageErrors: errors };
  } finally {
    await context.close();
  }
}

/** Spatial questions at real data size: from asking until the answer is drawn and counted. */
const QUESTIONS: { name: string; spec: QuerySpec }[] = [
  {
    name: 'rectangle over Odisha',
    spec: { kind: 'within', area: { kind: 'rectangle', bbox: [82.2, 18.6, 86.8, 22.3] } },
  },
  { name: 'state outline (Chhattisgarh)', spec: { kind: 'within', area: { kind: 'state', code: 'IN-CG' } } },
  { name: '100 km around a point', spec: { kind: 'radius', center: [85.3, 23.3], km: 100 } },
  {
    name: 'nearest 5 hubs to a block',
    spec: { kind: 'nearest', id: 'blk-katghora', dataset: 'processing', k: 5 },
  },
  {
    name: 'preset: coal near REE/graphite',
    spec: { kind: 'preset', preset: 'coal-near-ree-graphite', km: 100 },
  },
];

interface QueryTiming {
  name: string;
  /** Asked → the answer counted in the panel (computed, summarised, rendered). */
  listed: Stats;
  /** Asked → the first frame drawn with the answer marked on the map (feature-state applied). */
  results: Stats;
  /** Asked → the answer counted and the map idle with only the answer drawn (and its area). */
  app: Stats;
  /** One repaint of the same map, to idle: the floor under any change that is drawn. */
  baseline: Stats;
}

async function measureQueries(browser: Browser, baseUrl: string): Promise<QueryTiming[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(new URL('/?tab=query', baseUrl).href);
    await page.waitForFunction(() => !!window.khanij?.map, null, { timeout: LOAD_TIMEOUT_MS });
    await waitForSettled(page);
    const timeOnce = (q: string | null) =>
      page.evaluate(async (v) => {
        const k = window.khanij!;
        const map = k.map;
        let drawnAt = 0;
        let resultsAt = 0;
        // The answer's marks and the flag are set in one synchronous step: the first frame that
        // ends with the flag up is the first frame that shows the answer.
        const onRender = () => {
          if (!resultsAt && v !== null && map.getGlobalState().queryActive === true)
            resultsAt = performance.now();
        };
        map.on('render', onRender);
        const drawn = new Promise<void>((r) =>
          map.once('idle', () => {
            drawnAt = performance.now();
            r();
          }),
        );
        const t0 = performance.now();
        if (v === null) map.triggerRepaint();
        else k.getState().setQuery(v);
        let listedAt = t0;
        if (v !== null) {
          while (
            !document.querySelector('[data-testid="query-counts"]') ||
            document.querySelector('[data-testid="query-computing"]')
          )
            await new Promise((r) => requestAnimationFrame(r));
          listedAt = performance.now();
        }
        await drawn;
        map.off('render', onRender);
        return {
          drawn: Math.max(drawnAt, listedAt) - t0,
          listed: listedAt - t0,
          results: (resultsAt || drawnAt) - t0,
        };
      }, q);
    const out: QueryTiming[] = [];
    for (const qn of QUESTIONS) {
      const q = encodeQuerySpec(qn.spec);
      const app: number[] = [];
      const results: number[] = [];
      const listed: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < WARMUPS + RUNS; i++) {
        const ms = await timeOnce(q);
        await page.evaluate(() => window.khanij!.getState().clearQuery());
        await waitForSettled(page);
        const b = await timeOnce(null);
        if (i >= WARMUPS) {
          app.push(ms.drawn);
          results.push(ms.results);
          listed.push(ms.listed);
          base.push(b.drawn);
        }
      }
      out.push({
        name: qn.name,
        listed: stats(listed),
        results: stats(results),
        app: stats(app),
        baseline: stats(base),
      });
      log(
        `question ${qn.name}: listed ${listed.map(Math.round).join(', ')} ms; answer drawn ${results.map(Math.round).join(', ')} ms; idle ${app.map(Math.round).join(', ')} ms`,
      );
    }
    return out;
  } finally {
    await context.close();
  }
}

function queryTable(qs: QueryTiming[]): string {
  const head = [
    'question (real data)',
    'asked → answer listed ms',
    'asked → answer drawn ms',
    'asked → map idle ms',
    'one repaint ms (baseline)',
    'goal ≤50 ms (answer drawn)',
  ];
  const rows = qs.map((q) => [
    q.name,
    fmt(q.listed),
    fmt(q.results),
    fmt(q.app),
    fmt(q.baseline),
    q.results.median <= 50 ? 'met' : 'MISSED',
  ]);
  const w = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join(' | ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('-|-'), ...rows.map(line)].join('\n');
}

const fmt = (s: Stats) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

const failed = (r: ScenarioResult | ScenarioFailure): r is ScenarioFailure => 'error' in r;

function table(all: (ScenarioResult | ScenarioFailure)[]): string {
  const head = ['scenario', 'app ms median (min–max)', 'baseline ms median (min–max)', 'ratio', 'goal'];
  const results = all.filter((r): r is ScenarioResult => !failed(r));
  const failures = all
    .filter(failed)
    .map((r) => [r.name, 'FAILED', 'FAILED', '—', r.goal ? 'MISSED (no figure)' : '—']);
  const rows = results.map((r) => {
    const goal = r.goal
      ? `≤300 ms ${r.app.total.median <= 300 ? 'met' : 'MISSED'}; ≥5× ${r.ratio >= 5 ? 'met' : 'MISSED'}`
      : '—';
    return [r.name, fmt(r.app.total), fmt(r.baseline.total), `${r.ratio.toFixed(2)}×`, goal];
  });
  const split = results.map((r) => [
    r.name,
    `map idle ${fmt(r.app.idle)}`,
    `count shown ${fmt(r.app.count)}`,
    `baseline send ${fmt(r.baseline.send)}`,
    '',
  ]);
  const body = [...rows, ...failures];
  const w = head.map((_, i) => Math.max(...[head, ...body, ...split].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(w[i]!)).join(' | ');
  return [
    line(head),
    w.map((n) => '-'.repeat(n)).join('-|-'),
    ...body.map(line),
    ...all
      .filter(failed)
      .map((r) => `${r.name} failed: ${r.error}; page errors: ${r.pageErrors.join(' | ') || 'none'}`),
    '',
    'split of the app figure (and the baseline main-thread send):',
    ...split.map(line),
  ].join('\n');
}

const started = Date.now();

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('no Chromium (/usr/bin/chromium or $CHROMIUM_PATH)');

  log('prepare-data + vite build');
  run('npm', ['run', 'prepare-data', '--silent']);
  run('npx', ['vite', 'build', '--logLevel', 'warn']);

  log('writing synthetic data into dist/synth/');
  mkdirSync(resolve(ROOT, 'dist/synth'), { recursive: true });
  for (const cluster of [false, true]) {
    const name = `${cluster ? 'clustered' : 'points'}-${SYNTH_COUNT}`;
    const fc = synthesize({ count: SYNTH_COUNT, cluster, seed: 1 });
    writeFileSync(resolve(ROOT, `dist/synth/${name}.json`), JSON.stringify(fc));
  }

  const port = await freePort();
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForHttp(baseUrl, 30_000);
  log(`serving dist at ${baseUrl}`);

  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const results: (ScenarioResult | ScenarioFailure)[] = [];
  // BENCH_ONLY=questions times only the spatial questions and replaces only their part of the results file.
  const onlyQuestions = process.env.BENCH_ONLY === 'questions';
  if (!onlyQuestions) for (const sc of SCENARIOS) results.push(await measure(browser, baseUrl, sc));

  console.log(`\n${table(results)}\n`);
  const questions = await measureQueries(browser, baseUrl);
  console.log(`${queryTable(questions)}\n`);
  const file = resolve(ROOT, 'bench/results.json');
  if (onlyQuestions) {
    const prev = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(
      file,
      `${JSON.stringify({ ...prev, questionsDate: new Date().toISOString(), questions }, null, 2)}\n`,
    );
    run('npx', ['prettier', '--log-level', 'warn', '--write', 'bench/results.json']);
    log('wrote the questions of bench/results.json (the scenarios are those of its last full run)');
    return;
  }
  const out = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
    },
    runs: RUNS,
    warmups: WARMUPS,
    goals: { maxAppMs100k: 300, minRatio100k: 5 },
    scenarios: results,
    questions,
  };
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  // Keep the committed file as `npm run format:check` wants it.
  run('npx', ['prettier', '--log-level', 'warn', '--write', 'bench/results.json']);
  log('wrote bench/results.json');
}

let server: ChildProcess | undefined;
let browser: Browser | undefined;

function stopServer() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    server = undefined;
  }
}

async function shutdown() {
  await browser?.close().catch(() => undefined);
  stopServer();
}

const watchdog = setTimeout(() => {
  console.error(`bench: over ${WATCHDOG_MS / 60_000} minutes, giving up`);
  stopServer();
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
process.on('exit', stopServer);

main()
  .then(shutdown, async (e: unknown) => {
    console.error(e);
    await shutdown();
    process.exitCode = 1;
  })
  .finally(() => clearTimeout(watchdog));
