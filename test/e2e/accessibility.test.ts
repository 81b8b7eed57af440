/**
 * Automated accessibility checks (axe-core) on the real app: the main view, a feature card,
 * the state view (`?state=IN-CG`) and the open About dialog, in both themes. Serious and critical
 * problems fail.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { browserAvailable, openApp, waitForMapIdle, type Session, axeViolations } from './harness';

const violations = (s: Session, include?: string) => axeViolations(s.page, include);

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
        // The card is closed, so what axe judges is the legend and lists.
        expect(await s.page.getByTestId('feature-card').count()).toBe(0);
        expect(await violations(s)).toEqual([]);
      });

      it('has no serious problem in the About dialog', async () => {
        await s.page.getByRole('button', { name: 'About & sources' }).click();
        // A closed <dialog> is display:none and axe would skip it: wait until it is really open.
        await s.page.locator('dialog.about-dialog[open]').waitFor({ state: 'visible', timeout: 5_000 });
        expect(await violations(s, 'dialog.about-dialog')).toEqual([]);
        await s.page.keyboard.press('Escape');
      });
    });

    describe(`${colorScheme}, state view`, () => {
      let s: Session;
      beforeAll(async () => {
        s = await openApp('?state=IN-CG', { colorScheme });
        await waitForMapIdle(s.page);
      });
      afterAll(async () => s?.close());

      it('has no serious problem in the state view', async () => {
        await s.page.getByTestId('state-summary').waitFor({ timeout: 10_000 });
        expect(await violations(s)).toEqual([]);
      });
    });
  }
});
