/**
 * Drives the built app in headless Chromium and records what a test needs to judge it:
 * every request, console errors, page errors and CSP violations.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { RESULTS_DIR, recordErrors, waitForMapIdle } from './map-idle';

export { RESULTS_DIR, waitForMapIdle };

export const baseUrl = inject('baseUrl');
export const chromiumPath = inject('chromiumPath');
/** False only when no Chromium was found and E2E_OPTIONAL=1 asked to skip (setup said so loudly). */
export const browserAvailable = chromiumPath !== '';

export interface Session {
  browser: Browser;
  page: Page;
  requests: string[];
  consoleErrors: string[];
  /** Warnings MapLibre logs about the style: missing images, invalid expression values. */
  styleWarnings: string[];
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function openApp(
  path = '',
  opts: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    isMobile?: boolean;
    /** Extra Chromium flags, e.g. to take WebGL away. */
    extraArgs?: string[];
    /**
     * Open as a first visit, with the start view's chooser. By default the chooser is marked as
     * seen (as after a first visit), so it does not cover the map in tests about other things.
     */
    firstVisit?: boolean;
  } = {},
): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    headless: true,
  });
  const context = await browser.newContext({
    viewport: opts.viewport ?? DESKTOP,
    colorScheme: opts.colorScheme ?? 'light',
    isMobile: opts.isMobile ?? false,
    hasTouch: opts.isMobile ?? false,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const styleWarnings: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (m.type() === 'warning' && /could not be loaded|Expected value|layers\[/.test(m.text()))
      styleWarnings.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  recordErrors(page, consoleErrors);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (!opts.firstVisit)
    await page.addInitScript(() => {
      try {
        localStorage.setItem('khanij.startSeen', '1');
      } catch {
        // a page without storage shows the chooser; nothing to do
      }
    });
  await page.goto(new URL(path, baseUrl).href);
  return {
    browser,
    page,
    requests,
    consoleErrors,
    styleWarnings,
    close: () => browser.close(),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** The page's pixels, from a real screenshot. */
export async function pixelsOf(page: Page) {
  const { PNG } = await import('pngjs');
  const png = PNG.sync.read(await page.screenshot());
  const at = (x: number, y: number): [number, number, number] => {
    const i = (png.width * y + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const hex = (x: number, y: number) =>
    '#' +
    at(x, y)
      .map((v) => v.toString(16).padStart(2, '0'))
      .join('');
  return { width: png.width, height: png.height, at, hex };
}

/** Whether an RGB triple is within `tolerance` of a #rrggbb colour on every channel. */
export function colourNear(rgb: readonly number[], hex: string, tolerance = 20): boolean {
  const n = parseInt(hex.slice(1), 16);
  const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return rgb.every((v, i) => Math.abs(v - want[i]!) <= tolerance);
}

/**
 * Serious and critical axe violations in `include` (or the whole page), the map canvas left out
 * (an image of data the panel and lists expose as text). A vacuous pass is no pass: axe must have
 * checked rules on what it was pointed at (more than 15 on the whole page).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  let axe = new AxeBuilder({ page }).exclude('.maplibregl-canvas-container');
  if (include) axe = axe.include(include);
  const r = await axe.analyze();
  if (r.passes.length <= (include ? 0 : 15))
    throw new Error(`axe checked only ${r.passes.length} rules in ${include ?? 'the page'}`);
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
