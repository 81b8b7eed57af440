import { useAppStore } from '../state/store';
import { CommandButton } from './CommandButton';
import { formatDate } from '../domain/format';
import type { ResolvedTheme } from './use-theme';

export function Header({ asOf, resolvedTheme }: { asOf: string | null; resolvedTheme: ResolvedTheme }) {
  const panelOpen = useAppStore((s) => s.panelOpen);
  const next = resolvedTheme === 'dark' ? 'light' : 'dark';
  return (
    <header className="app-header">
      <CommandButton
        command="toggle-panel"
        className="icon-button"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        title={panelOpen ? 'Hide the panel' : 'Show the panel'}
      >
        <span aria-hidden="true">☰</span>
        <span className="sr-only">{panelOpen ? 'Hide the panel' : 'Show the panel'}</span>
      </CommandButton>
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
        <CommandButton
          command="toggle-theme"
          className="icon-button"
          title={`Switch to the ${next} theme`}
          aria-label={`Switch to the ${next} theme`}
        >
          <span aria-hidden="true">{resolvedTheme === 'dark' ? '☀' : '☾'}</span>
        </CommandButton>
        <CommandButton command="about">
          About<span className="wide-only"> &amp; sources</span>
        </CommandButton>
      </div>
    </header>
  );
}
