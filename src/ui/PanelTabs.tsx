import { useRef, type KeyboardEvent } from 'react';
import { PANEL_TABS, type PanelTab } from '../state/slices/ui';
import { useAppStore } from '../state/store';
import { activeCount } from '../domain/filter/spec';
import { t, formatCount } from '../i18n';

export const tabId = (tab: PanelTab) => `panel-tab-${tab}`;
export const tabPanelId = (tab: PanelTab) => `panel-section-${tab}`;

/**
 * The panel's parts as WAI-ARIA tabs (arrow keys move between them). The Filters tab always
 * shows how many filters are active; the Results tab how many features the map shows.
 */
export function PanelTabs({ resultCount }: { resultCount: number }) {
  const tab = useAppStore((s) => s.panelTab);
  const setTab = useAppStore((s) => s.setPanelTab);
  const nFilters = useAppStore((s) => activeCount(s.filters));
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
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
    <div className="panel-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKey}>
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
