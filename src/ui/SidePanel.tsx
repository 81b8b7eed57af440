import type { ReactNode } from 'react';
import { useAppStore } from '../state/store';
import { useDataStatus } from '../state/use-data';
import { t } from '../i18n';

/** The collapsible side panel; on phone widths it is a bottom sheet (see app.css). */
export function SidePanel({ children }: { children: ReactNode }) {
  const open = useAppStore((s) => s.panelOpen);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const status = useDataStatus();
  return (
    <aside id="side-panel" className={`side-panel ${open ? 'open' : 'closed'}`} aria-label={t('panel.label')}>
      <button
        type="button"
        className="sheet-handle"
        onClick={togglePanel}
        aria-expanded={open}
        aria-label={open ? t('panel.collapse') : t('panel.expand')}
      >
        <span className="grip" aria-hidden="true" />
        <span className="sheet-title">{open ? t('panel.hide') : t('panel.sheetTitle')}</span>
      </button>
      <div className="panel-body">
        {status.kind === 'loading' && <p className="muted">{t('panel.loading')}</p>}
        {status.kind === 'error' && (
          <div className="load-error" role="alert">
            <h2>{t('panel.loadError')}</h2>
            <p>{status.message}</p>
            <p className="muted">{t('panel.loadErrorHint')}</p>
          </div>
        )}
        {children}
      </div>
    </aside>
  );
}
