import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { PANEL_TABS, type PanelTab } from '../state/slices/ui';
import { useAppStore } from '../state/store';
import { activeCount } from '../domain/filter/spec';
import { t, formatCount } from '../i18n';

export const tabId = (tab: PanelTab) => `panel-tab-${tab}`;
export const tabPanelId = (tab: PanelTab) => `panel-section-${tab}`;

/** How far past a hidden edge to scroll, so a tab does not sit under the faded edge. */
const EDGE_PX = 32;

/** Marks which ends of the scrolling tab row hide tabs (`data-more`), for the faded edges. */
function markHiddenEdges(list: HTMLElement) {
  const start = list.scrollLeft > 1;
  const end = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
  const more = start && end ? 'both' : start ? 'start' : end ? 'end' : null;
  if (more) list.dataset.more = more;
  else delete list.dataset.more;
}

/** Scrolls the tab row (only sideways, never the panel) until `tab` is wholly in view. */
function keepInView(list: HTMLElement, tab: HTMLElement | null | undefined) {
  if (!tab || list.scrollWidth <= list.clientWidth) return;
  // The row is positioned (sticky), so it is the tabs' offset parent.
  const left = tab.offsetLeft;
  const right = left + tab.offsetWidth;
  if (left < list.scrollLeft + EDGE_PX) list.scrollLeft = Math.max(0, left - EDGE_PX);
  else if (right > list.scrollLeft + list.clientWidth - EDGE_PX)
    list.scrollLeft = right - list.clientWidth + EDGE_PX;
}

/**
 * The panel's parts as WAI-ARIA tabs (arrow keys, Home and End move between them). The Filters
 * tab always shows how many filters are active; the Results tab how many features the map shows.
 * When the row is wider than the panel it scrolls sideways, keeping the chosen tab in view.
 */
export function PanelTabs({ resultCount }: { resultCount: number }) {
  const tab = useAppStore((s) => s.panelTab);
  const setTab = useAppStore((s) => s.setPanelTab);
  const nFilters = useAppStore((s) => activeCount(s.filters));
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const onScroll = () => markHiddenEdges(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    // Shown (a phone's sheet opening) or resized: the row may overflow now, or no longer.
    const ro =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            keepInView(el, refs.current[useAppStore.getState().panelTab]);
            markHiddenEdges(el);
          })
        : null;
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro?.disconnect();
    };
  }, []);
  // A new tab, or a count that changed a tab's width.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    keepInView(el, refs.current[tab]);
    markHiddenEdges(el);
  }, [tab, nFilters, resultCount]);
  const onKey = (e: KeyboardEvent) => {
    const i = PANEL_TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? PANEL_TABS[(i + 1) % PANEL_TABS.length]
        : e.key === 'ArrowLeft'
          ? PANEL_TABS[(i - 1 + PANEL_TABS.length) % PANEL_TABS.length]
          : e.key === 'Home'
            ? PANEL_TABS[0]
            : e.key === 'End'
              ? PANEL_TABS[PANEL_TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKey} ref={list}>
      {PANEL_TABS.map((p) => (
        <button
          key={p}
          ref={(el) => {
            refs.current[p] = el;
          }}
          type="button"
          role="tab"
          id={tabId(p)}
          aria-selected={tab === p}
          aria-controls={tabPanelId(p)}
          tabIndex={tab === p ? 0 : -1}
          className={`panel-tab ${tab === p ? 'active' : ''}`}
          onClick={() => setTab(p)}
          data-tab={p}
        >
          {t(`tabs.${p}`)}
          {p === 'filters' && nFilters > 0 && (
            <span
              className="badge"
              data-testid="filter-count"
              aria-label={t('filters.active', { count: nFilters })}
            >
              {nFilters}
            </span>
          )}
          {p === 'results' && (
            <span className="badge muted-badge" data-testid="results-badge">
              {formatCount(resultCount)}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
