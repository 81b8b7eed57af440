import type { ReactNode } from 'react';
import { useAppStore } from '../state/store';
import { useDataStatus } from '../state/use-data';

/** The collapsible side panel; on phone widths it is a bottom sheet (see app.css). */
export function SidePanel({ children }: { children: ReactNode }) {
  const open = useAppStore((s) => s.panelOpen);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const status = useDataStatus();
  return (
    <aside id="side-panel" className={`side-panel ${open ? 'open' : 'closed'}`} aria-label="Map panel">
      <button
        type="button"
        className="sheet-handle"
        onClick={togglePanel}
        aria-expanded={open}
        aria-label={open ? 'Collapse the panel' : 'Expand the panel'}
      >
        <span className="grip" aria-hidden="true" />
        <span className="sheet-title">{open ? 'Hide panel' : 'Layers, legend and features'}</span>
      </button>
      <div className="panel-body">
        {status.kind === 'loading' && <p className="muted">Loading the data layers…</p>}
        {status.kind === 'error' && (
          <div className="load-error" role="alert">
            <h2>The data could not be loaded</h2>
            <p>{status.message}</p>
            <p className="muted">The basemap still works. Reload the page to try again.</p>
          </div>
        )}
        {children}
      </div>
    </aside>
  );
}
