import { useAppStore, type ThemeChoice } from '../state/store';
import { formatDate } from '../domain/format';
import type { ResolvedTheme } from './use-theme';

const NEXT_THEME: Record<ResolvedTheme, ThemeChoice> = { light: 'dark', dark: 'light' };

export function Header({ asOf, resolvedTheme }: { asOf: string | null; resolvedTheme: ResolvedTheme }) {
  const setTheme = useAppStore((s) => s.setTheme);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const panelOpen = useAppStore((s) => s.panelOpen);
  const next = NEXT_THEME[resolvedTheme];
  return (
    <header className="app-header">
      <button
        type="button"
        className="icon-button"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        onClick={togglePanel}
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
          onClick={() => setTheme(next)}
          title={`Switch to the ${next} theme`}
          aria-label={`Switch to the ${next} theme`}
        >
          <span aria-hidden="true">{resolvedTheme === 'dark' ? '☀' : '☾'}</span>
        </button>
        <button type="button" className="text-button" onClick={() => setAboutOpen(true)}>
          About<span className="wide-only"> &amp; sources</span>
        </button>
      </div>
    </header>
  );
}
