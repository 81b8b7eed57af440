/**
 * The insights views in the real built app: the Odisha scorecard lists exactly Odisha's
 * features; the printable scorecard and block brief each come out of Chromium's PDF as one A4
 * page, which is rendered back to an image and looked at (a real locator map, text down the
 * page); each start view opens the view it promises; axe finds no serious problem on any of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  browserAvailable,
  openApp,
  waitForMapIdle,
  screenshot,
  RESULTS_DIR,
  PHONE,
  type Session,
  axeViolations,
} from './harness';
import { realLayers } from '../real-data';
import { LAYER_IDS } from '../../src/domain/model/enums';

const layers = realLayers();
const idsInState = (code: string) =>
  LAYER_IDS.flatMap((l) => layers[l].features)
    .filter((f) => f.properties.state === code)
    .map((f) => f.properties.id)
    .sort();

const violations = (page: Page, include?: string) => axeViolations(page, include);

/** Pages in a PDF: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/**
 * The first page of a PDF as an image: rendered by poppler's pdftoppm when installed, else
 * Chromium's own print-media rendering of the page (a screenshot with print styles applied).
 */
async function pdfAsImage(pdf: Buffer, name: string): Promise<PNG> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const pdfPath = `${RESULTS_DIR}/${name}.pdf`;
  writeFileSync(pdfPath, pdf);
  const r = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    `${RESULTS_DIR}/${name}-pdf`,
  ]);
  if (r.status === 0) return PNG.sync.read(readFileSync(`${RESULTS_DIR}/${name}-pdf.png`));
  // A screenshot in print media is no page of the PDF (it has the window's shape, not A4's).
  throw new Error(
    r.error
      ? 'pdftoppm not found: apt-get install -y poppler-utils (.ci/run does)'
      : `pdftoppm failed: ${String(r.stderr)}`,
  );
}

/** Share of pixels in a band of rows (fractions of the height) that are not near-white. */
function inkIn(png: PNG, top: number, bottom: number): number {
  let ink = 0,
    all = 0;
  for (let y = Math.floor(png.height * top); y < Math.floor(png.height * bottom); y++)
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) * 4;
      all++;
      if (png.data[i]! < 225 || png.data[i + 1]! < 225 || png.data[i + 2]! < 225) ink++;
    }
  return ink / all;
}

/** Distinct colours in a box (fractions of width and height): a map has many, text few. */
function coloursIn(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  const seen = new Set<number>();
  for (let y = Math.floor(png.height * y0); y < Math.floor(png.height * y1); y++)
    for (let x = Math.floor(png.width * x0); x < Math.floor(png.width * x1); x++) {
      const i = (png.width * y + x) * 4;
      seen.add(((png.data[i]! >> 3) << 10) | ((png.data[i + 1]! >> 3) << 5) | (png.data[i + 2]! >> 3));
    }
  return seen.size;
}

/** Opens the print preview with `button` and waits until its locator image is taken. */
async function openPreview(page: Page, testId: string) {
  // window.print would open the system dialog: the test prints with page.pdf instead.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '1');
  });
  await page.getByTestId(testId).click();
  await page.locator('.print-paper[data-ready="yes"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="sheet-locator"] img').waitFor({ timeout: 5_000 });
}

describe.skipIf(!browserAvailable)('state scorecard', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('?state=IN-OD');
    await waitForMapIdle(s.page);
    await s.page.getByTestId('state-summary').waitFor();
  });
  afterAll(async () => s?.close());

  it('lists exactly Odisha’s features, with auctions, minerals, hubs and the state-only share', async () => {
    const listed = await s.page
      .getByTestId('state-features')
      .locator('[data-feature-id]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.featureId!).sort());
    expect(listed).toEqual(idsInState('IN-OD'));
    expect(listed.length).toBeGreaterThan(10);
    const odBlocks = layers.blocks.features.filter((f) => f.properties.state === 'IN-OD');
    await expect(s.page.getByTestId('scorecard-sections').locator('h3').first().textContent()).resolves.toBe(
      `Auctions: ${odBlocks.length} blocks`,
    );
    expect(await s.page.getByTestId('scorecard-hubs').locator('li').count()).toBe(3);
    expect(await s.page.getByTestId('scorecard-minerals').locator('li').count()).toBeGreaterThan(2);
    await screenshot(s.page, 'insights-scorecard-panel');
    expect(await violations(s.page, '[data-testid="state-summary"]')).toEqual([]);
  });

  let cameraBefore = '';
  const camera = () =>
    s.page.evaluate(() => {
      const m = window.khanij!.map;
      return `${m.getCenter().lng.toFixed(4)},${m.getCenter().lat.toFixed(4)},${m.getZoom().toFixed(3)}`;
    });

  it('prints as one A4 page with a locator map, the as-of date and the sources', async () => {
    cameraBefore = await camera();
    await openPreview(s.page, 'print-scorecard');
    const sheetIds = await s.page
      .getByTestId('sheet-features')
      .locator('[data-feature-id]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.featureId!).sort());
    expect(sheetIds).toEqual(idsInState('IN-OD'));
    // The share placed only at state level, said plainly.
    const stateOnly = LAYER_IDS.flatMap((l) => layers[l].features).filter(
      (f) => f.properties.state === 'IN-OD' && f.properties.precision === 'state',
    ).length;
    expect(stateOnly).toBeGreaterThan(0);
    await expect(s.page.getByTestId('scorecard-state-only').textContent()).resolves.toContain(
      `${stateOnly} of ${sheetIds.length} features (${Math.round((100 * stateOnly) / sheetIds.length)}%) are known only to Odisha`,
    );
    await expect(s.page.getByTestId('scorecard-sheet').textContent()).resolves.toContain(
      'Data as of 21 Nov 2026',
    );
    expect(await s.page.getByTestId('sheet-sources').locator('li').count()).toBeGreaterThan(5);
    expect(await violations(s.page, '[data-testid="print-preview"]')).toEqual([]);
    await screenshot(s.page, 'insights-scorecard-preview');
    await s.page.getByTestId('print-button').click();
    expect(await s.page.evaluate(() => document.body.dataset.printed)).toBe('1');

    const pdf = await s.page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    const img = await pdfAsImage(pdf, 'insights-scorecard');
    // The page is portrait A4 with text from top to bottom, and a map (many colours) at top left.
    expect(img.height / img.width).toBeCloseTo(297 / 210, 1);
    expect(inkIn(img, 0.03, 0.12)).toBeGreaterThan(0.02);
    expect(inkIn(img, 0.5, 0.9)).toBeGreaterThan(0.01);
    expect(coloursIn(img, 0.05, 0.1, 0.45, 0.3)).toBeGreaterThan(40);
  });

  it('closes with Escape and gives the map back its camera', async () => {
    await s.page.keyboard.press('Escape');
    await expect(s.page.getByTestId('print-preview').count()).resolves.toBe(0);
    // The state view is still open: Escape closed only the preview.
    await expect(s.page.getByTestId('state-summary').count()).resolves.toBe(1);
    // The locator image was taken with the camera moved to the state; it came back after.
    expect(await camera()).toBe(cameraBefore);
  });
});

describe.skipIf(!browserAvailable)('block brief', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('?sel=blk-katghora');
    await waitForMapIdle(s.page);
    await s.page.getByTestId('feature-card').waitFor();
  });
  afterAll(async () => s?.close());

  it('prints as one A4 page: locator map, attributes, full history, nearest hubs with ranges, sources', async () => {
    await openPreview(s.page, 'print-brief');
    const block = layers.blocks.features.find((f) => f.properties.id === 'blk-katghora')!;
    const events = (block.properties as { events: unknown[] }).events;
    expect(await s.page.getByTestId('brief-history').locator('tbody tr').count()).toBe(events.length);
    expect(await s.page.getByTestId('sheet-sources').locator('li').count()).toBe(
      block.properties.sources.length,
    );
    const hubs = await s.page.getByTestId('brief-hubs').locator('li').allTextContents();
    expect(hubs.length).toBe(5);
    // Katghora is placed at a locality (±5 km): every distance is a range.
    for (const h of hubs) expect(h).toMatch(/\d+–\d+ km/);
    expect(await violations(s.page, '[data-testid="print-preview"]')).toEqual([]);
    await screenshot(s.page, 'insights-brief-preview');
    const pdf = await s.page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    const img = await pdfAsImage(pdf, 'insights-brief');
    expect(inkIn(img, 0.03, 0.12)).toBeGreaterThan(0.02);
    expect(coloursIn(img, 0.05, 0.1, 0.45, 0.3)).toBeGreaterThan(40);
  });
});

describe.skipIf(!browserAvailable)('start views', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('', { firstVisit: true });
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('a first visit offers the three entries, each a link, and axe finds nothing serious', async () => {
    const dialog = s.page.locator('dialog.start-dialog[open]');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    const hrefs = await dialog
      .locator('a.start-go')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['?view=geologist', '?view=investor', '?view=official']);
    expect(await violations(s.page, 'dialog.start-dialog')).toEqual([]);
    await screenshot(s.page, 'insights-start-desktop');
  });

  it('Investor opens the auction pipeline and the tranche timeline, and the link says so', async () => {
    await s.page.getByTestId('start-investor').click();
    await s.page.getByTestId('auction-pipeline').waitFor();
    await s.page.getByTestId('tranche-timeline').waitFor();
    expect(await s.page.getByRole('tab', { name: /Insights/ }).getAttribute('aria-selected')).toBe('true');
    const url = new URL(s.page.url());
    expect(url.searchParams.get('view')).toBe('investor');
    const st = await s.page.evaluate(() => {
      const k = window.khanij!.getState();
      return { filters: k.filters, hidden: k.hiddenLayers, startOpen: k.startOpen };
    });
    expect(st.filters).toEqual({ 'blocks/status': { op: 'in', values: ['offered', 're-offered'] } });
    expect(st.hidden).not.toContain('blocks');
    expect(st.hidden).not.toContain('processing');
    expect(st.startOpen).toBe(false);
    // The pipeline is exactly the blocks whose latest event is an offer or a re-offer.
    const expected = layers.blocks.features
      .filter((f) => ['offered', 're-offered'].includes((f.properties as { status: string }).status))
      .map((f) => f.properties.id)
      .sort();
    const listed = await s.page
      .getByTestId('auction-pipeline')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.block!).sort());
    expect(listed).toEqual(expected);
    expect(await violations(s.page, '[data-testid="insights-panel"]')).toEqual([]);
    await screenshot(s.page, 'insights-investor');
  });

  it('is remembered: a reload opens on the map; the header brings it back', async () => {
    await s.page.goto(new URL('./', s.page.url()).href);
    await waitForMapIdle(s.page);
    expect(await s.page.locator('dialog.start-dialog[open]').count()).toBe(0);
    await s.page.getByTestId('open-start').click();
    await s.page.locator('dialog.start-dialog[open]').waitFor({ state: 'visible' });
  });

  it('Geologist opens the filters with minerals and exploration stages first, the mineral list open', async () => {
    await s.page.getByTestId('start-geologist').click();
    await s.page.locator('.filter-panel').waitFor();
    expect(new URL(s.page.url()).searchParams.get('view')).toBe('geologist');
    const facets = await s.page
      .locator('.filter-panel [data-facet]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.facet));
    expect(facets.slice(0, 2)).toEqual(['minerals', 'stage']);
    const minerals = s.page.locator('[data-facet="minerals"]');
    await expect(minerals.locator('button[aria-expanded]').getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    const inData = new Set(
      LAYER_IDS.flatMap((l) => layers[l].features.flatMap((f) => f.properties.minerals)),
    );
    expect(await minerals.locator('input[type="checkbox"]').count()).toBe(inData.size);
  });

  it('State official: choosing a state opens its scorecard', async () => {
    await s.page.getByTestId('open-start').click();
    await s.page.locator('dialog.start-dialog[open]').waitFor({ state: 'visible' });
    await s.page.getByTestId('start-state').selectOption('IN-OD');
    await s.page.getByTestId('state-summary').waitFor();
    await s.page.getByTestId('scorecard-sections').waitFor();
    const url = new URL(s.page.url());
    expect(url.searchParams.get('view')).toBe('official');
    expect(url.searchParams.get('state')).toBe('IN-OD');
  });

  for (const [path, expectVisible] of [
    ['?view=investor', 'auction-pipeline'],
    ['?view=geologist', 'filter-panel'],
    ['?view=official&state=IN-OD', 'state-summary'],
  ] as const)
    it(`the shared link ${path} opens the same view in a fresh browser`, async () => {
      const t = await openApp(path, { firstVisit: true });
      try {
        await waitForMapIdle(t.page);
        if (expectVisible === 'filter-panel') await t.page.locator('.filter-panel').waitFor();
        else await t.page.getByTestId(expectVisible).waitFor();
        // A shared link says what to show: no chooser over it.
        expect(await t.page.locator('dialog.start-dialog[open]').count()).toBe(0);
        expect(t.consoleErrors).toEqual([]);
      } finally {
        await t.close();
      }
    });

  it('a malformed view in a link is ignored', async () => {
    const t = await openApp('?view=%3Cscript%3E&tab=insights', { firstVisit: true });
    try {
      await waitForMapIdle(t.page);
      await t.page.getByTestId('insights-panel').waitFor();
      expect(await t.page.evaluate(() => window.khanij!.getState().audience)).toBeNull();
      expect(new URL(t.page.url()).searchParams.get('view')).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(!browserAvailable)('auction lifecycle', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('?tab=insights');
    await waitForMapIdle(s.page);
    await s.page.getByTestId('tranche-timeline').waitFor();
  });
  afterAll(async () => s?.close());

  it('lists Tranches I–VIII in order and says what is not in our data', async () => {
    const names = await s.page
      .getByTestId('tranche-timeline')
      .locator('li[data-tranche]')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.tranche));
    expect(names.slice(0, 8)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    const viii = s.page.locator('li[data-tranche="VIII"]');
    await expect(viii.getByTestId('tranche-in-data').textContent()).resolves.toMatch(
      /No block of this tranche/,
    );
    const state = s.page.locator('li[data-tranche="State"]');
    await expect(state.textContent()).resolves.toContain('not in our data');
  });

  it('what changed in Tranche IV lists each block once per event, and each entry opens its block', async () => {
    await s.page.getByTestId('tranche-pick-IV').click();
    const changes = s.page.getByTestId('tranche-changes');
    await expect(changes.locator('h3').textContent()).resolves.toBe('What changed in Tranche IV');
    const expected = layers.blocks.features.flatMap((f) =>
      (f.properties as { events: { tranche?: string }[] }).events.filter((e) => e.tranche === 'IV'),
    ).length;
    expect(await changes.locator('li [data-feature-id]').count()).toBe(expected);
    const reoffered = changes.locator('[data-kind="re-offered"] li [data-feature-id]');
    const id = await reoffered.first().getAttribute('data-feature-id');
    await reoffered.first().click();
    await s.page.getByTestId('feature-card').waitFor();
    expect(await s.page.evaluate(() => window.khanij!.getState().selectedId)).toBe(id);
    expect(new URL(s.page.url()).searchParams.get('sel')).toBe(id);
  });

  it('the mission dashboard draws every target with its source, both outlays and the 30 minerals', async () => {
    const md = s.page.getByTestId('mission-dashboard');
    await md.waitFor();
    await s.page.evaluate(() => {
      const body = document.querySelector('.panel-body')!;
      const el = document.getElementById('md-title')!;
      body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top - 60;
    });
    const facts = JSON.parse(readFileSync('public/data/facts.json', 'utf8')) as {
      criticalMinerals2023: { minerals: string[] };
      figures: { id: string; value: unknown }[];
    };
    const fig = (id: string) => facts.figures.find((f) => f.id === id)!;
    const blocks = await s.page.getByTestId('md-blocks').textContent();
    expect(blocks).toContain(String(fig('critical-blocks-auctioned-after-t7').value));
    expect(blocks).toContain(String(fig('ncmm-target-blocks').value));
    expect(await s.page.getByTestId('md-blocks').locator('svg[role="img"]').count()).toBe(1);
    const outlay = await s.page.getByTestId('md-outlay').textContent();
    expect(outlay).toContain('₹34,300 crore');
    expect(outlay).toContain('₹32,000 crore');
    await expect(s.page.getByTestId('md-outlay-why').textContent()).resolves.toContain(
      'do not explain the difference',
    );
    // Every figure shown carries at least one source link.
    for (const id of ['md-blocks', 'md-exploration', 'md-magnets', 'md-outlay', 'md-imports'])
      expect(await s.page.getByTestId(id).locator('a[href^="http"]').count(), id).toBeGreaterThan(0);
    const rows = s.page.getByTestId('md-minerals').locator('tbody tr');
    expect(await rows.count()).toBe(30);
    const all = LAYER_IDS.flatMap((l) => layers[l].features);
    for (const m of ['lithium', 'graphite', 'hafnium']) {
      const n = all.filter((f) => (f.properties.minerals as string[]).includes(m)).length;
      const cell = await s.page
        .getByTestId('md-minerals')
        .locator(`tr[data-mineral="${m}"] td`)
        .first()
        .textContent();
      expect(cell, m).toBe(n > 0 ? String(n) : 'none in our data');
    }
    expect(await violations(s.page, '[data-testid="mission-dashboard"]')).toEqual([]);
    await screenshot(s.page, 'insights-dashboard');
  });
});

describe.skipIf(!browserAvailable)('start view on a phone', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('', { firstVisit: true, viewport: PHONE, isMobile: true });
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('fits the screen and each entry is one tap away', async () => {
    const dialog = s.page.locator('dialog.start-dialog[open]');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(s.page, 'insights-start-phone');
    await s.page.getByTestId('start-official').tap();
    await s.page.getByLabel('State view').waitFor();
    expect(new URL(s.page.url()).searchParams.get('view')).toBe('official');
    await screenshot(s.page, 'insights-official-phone');
  });
});

describe.skipIf(!browserAvailable)('panel tabs on a phone', () => {
  /** Each tab's box relative to the tab row's visible box, whether its label is clipped, which is chosen. */
  const tabBoxes = (page: Page) =>
    page.locator('[role=tablist]').evaluate((list) => {
      const row = list.getBoundingClientRect();
      return {
        more: (list as HTMLElement).dataset.more ?? null,
        tabs: [...list.querySelectorAll<HTMLElement>('[role=tab]')].map((b) => {
          const r = b.getBoundingClientRect();
          return {
            name: b.textContent ?? '',
            left: r.left - row.left,
            right: r.right - row.left,
            rowWidth: row.width,
            clipped: b.scrollWidth > b.clientWidth,
            selected: b.getAttribute('aria-selected') === 'true',
            focused: document.activeElement === b,
          };
        }),
      };
    });

  async function openPanelWithAFilter(s: Session) {
    await waitForMapIdle(s.page);
    if (!(await s.page.getByRole('tablist').isVisible()))
      await s.page.locator('[aria-controls="side-panel"]').first().click();
    // A filter, so Filters shows its count beside Results' three-digit one.
    await s.page.evaluate(() => window.khanij!.getState().setFilter('name', { op: 'contains', text: 'a' }));
    await s.page.getByTestId('filter-count').waitFor();
  }

  it('390 px: all five tabs and their counts side by side, none clipped; arrow keys still move the choice', async () => {
    const s = await openApp('', { viewport: PHONE, isMobile: true });
    try {
      await openPanelWithAFilter(s);
      const { more, tabs } = await tabBoxes(s.page);
      expect(tabs.map((t) => t.name.replace(/[\d,]+$/, ''))).toEqual([
        'Layers',
        'Filters',
        'Query',
        'Results',
        'Insights',
      ]);
      expect(more).toBeNull();
      for (const [i, t] of tabs.entries()) {
        expect(t.clipped, t.name).toBe(false);
        expect(t.left, t.name).toBeGreaterThanOrEqual(-0.5);
        expect(t.right, t.name).toBeLessThanOrEqual(t.rowWidth + 0.5);
        if (i > 0) expect(t.left, t.name).toBeGreaterThanOrEqual(tabs[i - 1]!.right - 0.5);
      }
      await screenshot(s.page, 'panel-tabs-phone');
      await s.page.getByRole('tab', { name: /Layers/ }).focus();
      await s.page.keyboard.press('ArrowLeft');
      const wrapped = await tabBoxes(s.page);
      expect(wrapped.tabs.find((t) => t.selected && t.focused)?.name).toBe('Insights');
      await s.page.keyboard.press('Home');
      expect((await tabBoxes(s.page)).tabs.find((t) => t.selected && t.focused)?.name).toBe('Layers');
    } finally {
      await s.close();
    }
  });

  it('320 px: the row scrolls sideways, fades the hidden side and keeps the chosen tab in view', async () => {
    const s = await openApp('', { viewport: { width: 320, height: 640 }, isMobile: true });
    try {
      await openPanelWithAFilter(s);
      const before = await tabBoxes(s.page);
      expect(before.more).toBe('end');
      expect(before.tabs.every((t) => !t.clipped)).toBe(true);
      await s.page.getByRole('tab', { name: /Layers/ }).focus();
      for (let i = 0; i < 4; i++) await s.page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await tabBoxes(s.page)).more, { timeout: 5_000 }).toBe('start');
      const after = await tabBoxes(s.page);
      const chosen = after.tabs.find((t) => t.selected)!;
      expect(chosen.name).toBe('Insights');
      expect(chosen.focused).toBe(true);
      expect(chosen.left).toBeGreaterThanOrEqual(-0.5);
      expect(chosen.right).toBeLessThanOrEqual(chosen.rowWidth + 0.5);
      await screenshot(s.page, 'panel-tabs-320');
    } finally {
      await s.close();
    }
  });
});
