import { useAppStore } from '../state/store';
import { keyShortcut, runCommand } from '../app/commands';
import { formatDate } from '../domain/format';
import type { ResolvedTheme } from './use-theme';

export function Header({ asOf, resolvedTheme }: { asOf: string | null; resolvedTheme: ResolvedTheme }) {
  const panelOpen = useAppStore((s) => s.panelOpen);
  const keys = useAppStore((s) => s.shortcutsEnabled);
  const next = resolvedTheme === 'dark' ? 'light' : 'dark';
  return (
    <header className="app-header">
      <button
        type="button"
        className="icon-button"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        onClick={() => runCommand('toggle-panel')}
        aria-keyshortcuts={keyShortcut('toggle-panel', keys)}
        title={panelOpen ? 'Hide the panel' : 'Show the panel'}
      >
        <span aria-hidden="true">☰</span>
        <span className="sr-only">{panelOpen ? 'Hide the panel' : 'Show the panel'}</span>
      </button>
      <div className="brand">
        <h1>
          Khanij Atlas <span lang="hi">खनिज</span>
        </h1>
        <p className="tagline">India’s critical minerals on one map</p>
      </div>
      <p className="as-of" data-testid="as-of">
        {asOf ? (
          <>
            <span className="as-of-label">Data as of </span>
            <time dateTime={asOf}>{formatDate(asOf)}</time>
          </>
        ) : (
          'Loading data…'
        )}
      </p>
      <div className="header-actions">
        <button
          type="button"
          className="icon-button"
          onClick={() => runCommand('toggle-theme')}
          aria-keyshortcuts={keyShortcut('toggle-theme', keys)}
          title={`Switch to the ${next} theme`}
          aria-label={`Switch to the ${next} theme`}
        >
          <span aria-hidden="true">{resolvedTheme === 'dark' ? '☀' : '☾'}</span>
        </button>
        <button
          type="button"
          className="text-button"
          onClick={() => runCommand('about')}
          aria-keyshortcuts={keyShortcut('about', keys)}
        >
          About<span className="wide-only"> &amp; sources</span>
        </button>
      </div>
    </header>
  );
}
