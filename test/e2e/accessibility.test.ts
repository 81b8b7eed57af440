/**
 * Automated accessibility checks (axe-core) on the real app: the main view, a feature card,
 * the state view and the About dialog, in both themes. Serious and critical problems fail.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { browserAvailable, openApp, waitForMapIdle, type Session } from './harness';

async function violations(s: Session) {
  const r = await new AxeBuilder({ page: s.page })
    // The map canvas is an image of data that the panel and lists expose as text.
    .exclude('.maplibregl-canvas-container')
    .analyze();
  // A vacuous pass is no pass: axe must have checked the page's rules.
  expect(r.passes.length).toBeGreaterThan(15);
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

describe.skipIf(!browserAvailable)('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(colorScheme, () => {
      let s: Session;
      beforeAll(async () => {
        s = await openApp('?sel=blk-katghora', { colorScheme });
        await waitForMapIdle(s.page);
      });
      afterAll(async () => s?.close());

      it('has no serious problem on a feature card', async () => {
        await s.page.getByTestId('feature-card').waitFor();
        expect(await violations(s)).toEqual([]);
      });

      it('has no serious problem in the legend and lists', async () => {
        await s.page.keyboard.press('Escape');
        expect(await violations(s)).toEqual([]);
      });

      it('has no serious problem in the About dialog', async () => {
        await s.page.getByRole('button', { name: 'About & sources' }).click();
        expect(await violations(s)).toEqual([]);
        await s.page.keyboard.press('Escape');
      });
    });
  }
});
