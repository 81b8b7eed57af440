/**
 * The panel's tab row: WAI-ARIA tabs (one tab in the Tab order, arrow keys, Home and End), and,
 * when the row is wider than the panel, sideways scrolling that keeps the chosen tab in view and
 * marks which side hides tabs. jsdom has no layout, so the row's and tabs' sizes are given.
 */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PanelTabs } from '../../../src/ui/PanelTabs';
import { PANEL_TABS } from '../../../src/state/slices/ui';
import { useAppStore } from '../../../src/state/store';

const TAB_PX = 80;

/** Gives the row a width of `visiblePx` and each tab TAB_PX, side by side; returns the row. */
function layOut(visiblePx: number): HTMLElement {
  const list = screen.getByRole('tablist');
  let scrollLeft = 0;
  Object.defineProperties(list, {
    clientWidth: { configurable: true, get: () => visiblePx },
    scrollWidth: { configurable: true, get: () => TAB_PX * PANEL_TABS.length },
    scrollLeft: {
      configurable: true,
      get: () => scrollLeft,
      set: (v: number) => {
        scrollLeft = Math.max(0, Math.min(v, TAB_PX * PANEL_TABS.length - visiblePx));
      },
    },
  });
  screen.getAllByRole('tab').forEach((tab, i) =>
    Object.defineProperties(tab, {
      offsetLeft: { configurable: true, get: () => i * TAB_PX },
      offsetWidth: { configurable: true, get: () => TAB_PX },
    }),
  );
  return list;
}

const chosen = () => screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true');

describe('PanelTabs', () => {
  it('is one Tab stop; arrow keys, Home and End move the choice and the focus, wrapping round', () => {
    render(<PanelTabs resultCount={164} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    act(() => tabs[0]!.focus());
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(useAppStore.getState().panelTab).toBe('insights');
    expect(document.activeElement).toBe(chosen());
    expect(chosen()!.tabIndex).toBe(0);
    fireEvent.keyDown(chosen()!, { key: 'ArrowRight' });
    expect(useAppStore.getState().panelTab).toBe('layers');
    fireEvent.keyDown(chosen()!, { key: 'End' });
    expect(useAppStore.getState().panelTab).toBe(PANEL_TABS.at(-1));
    fireEvent.keyDown(chosen()!, { key: 'Home' });
    expect(useAppStore.getState().panelTab).toBe(PANEL_TABS[0]);
    expect(document.activeElement).toBe(tabs[0]);
  });

  it('a row wider than the panel scrolls to the chosen tab and marks the hidden side', () => {
    render(<PanelTabs resultCount={164} />);
    const list = layOut(250);
    fireEvent.scroll(list);
    expect(list.dataset.more).toBe('end');
    fireEvent.keyDown(chosen()!, { key: 'End' });
    // The last tab wholly in view: the row scrolled as far as it goes.
    expect(list.scrollLeft).toBe(TAB_PX * PANEL_TABS.length - 250);
    expect(list.dataset.more).toBe('start');
    fireEvent.keyDown(chosen()!, { key: 'ArrowLeft' });
    // Results (240–320 px) is in the visible 150–400 px, clear of the 32 px fades: no jump.
    expect(list.scrollLeft).toBe(150);
    fireEvent.keyDown(chosen()!, { key: 'ArrowLeft' });
    // Query (160–240 px) reached into the faded left edge: scrolled to 32 px before it.
    expect(list.scrollLeft).toBe(160 - 32);
    expect(list.dataset.more).toBe('both');
    fireEvent.keyDown(chosen()!, { key: 'Home' });
    expect(list.scrollLeft).toBe(0);
    expect(list.dataset.more).toBe('end');
  });

  it('a row that fits neither scrolls nor fades', () => {
    render(<PanelTabs resultCount={7} />);
    const list = layOut(TAB_PX * PANEL_TABS.length);
    fireEvent.keyDown(chosen()!, { key: 'End' });
    expect(list.scrollLeft).toBe(0);
    expect(list.dataset.more).toBeUndefined();
  });
});
