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
import { AxeBuilder } from '@axe-core/playwright';
import { browserAvailable, openApp, waitForMapIdle, screenshot, RESULTS_DIR, type Session } from './harness';
import { realLayers } from '../real-data';
import { LAYER_IDS } from '../../src/domain/model/enums';

const layers = realLayers();
const idsInState = (code: string) =>
  LAYER_IDS.flatMap((l) => layers[l].features)
    .filter((f) => f.properties.state === code)
    .map((f) => f.properties.id)
    .sort();

async function violations(page: Page, include: string) {
  const r = await new AxeBuilder({ page }).include(include).exclude('.maplibregl-canvas-container').analyze();
  expect(r.passes.length, `axe rules passed in ${include}`).toBeGreaterThan(0);
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')})`,
    );
}

/** Pages in a PDF: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/**
 * The first page of a PDF as an image: rendered by poppler's pdftoppm when installed, else
 * Chromium's own print-media rendering of the page (a screenshot with print styles applied).
 */
async function pdfAsImage(page: Page, pdf: Buffer, name: string): Promise<PNG> {
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
  await page.emulateMedia({ media: 'print' });
  const png = await page.screenshot({ path: `${RESULTS_DIR}/${name}-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  return PNG.sync.read(png);
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

  it('prints as one A4 page with a locator map, the as-of date and the sources', async () => {
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
    const img = await pdfAsImage(s.page, pdf, 'insights-scorecard');
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
    const img = await pdfAsImage(s.page, pdf, 'insights-brief');
    expect(inkIn(img, 0.03, 0.12)).toBeGreaterThan(0.02);
    expect(coloursIn(img, 0.05, 0.1, 0.45, 0.3)).toBeGreaterThan(40);
  });
});
