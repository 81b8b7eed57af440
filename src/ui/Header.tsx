import { useAppStore } from '../state/store';
import { CommandButton } from './CommandButton';
import { formatDate } from '../domain/format';
import { getLocale, t } from '../i18n';
import { tRich } from '../i18n/rich';
import type { ResolvedTheme } from './use-theme';

export function Header({ asOf, resolvedTheme }: { asOf: string | null; resolvedTheme: ResolvedTheme }) {
  const panelOpen = useAppStore((s) => s.panelOpen);
  const openStart = useAppStore((s) => s.openStart);
  const panelText = panelOpen ? t('header.hidePanel') : t('header.showPanel');
  const themeText = resolvedTheme === 'dark' ? t('header.switchToLight') : t('header.switchToDark');
  return (
    <header className="app-header">
      <CommandButton
        command="toggle-panel"
        className="icon-button"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        title={panelText}
      >
        <span aria-hidden="true">☰</span>
        <span className="sr-only">{panelText}</span>
      </CommandButton>
      <div className="brand">
        <h1>
          {t('app.name')}
          {/* The Hindi name already is the Devanagari word. */}
          {getLocale() !== 'hi' && (
            <>
              {' '}
              <span lang="hi">{t('app.nameHi')}</span>
            </>
          )}
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <p className="as-of" data-testid="as-of">
        {asOf ? (
          <>
            <span className="as-of-label">{t('header.asOf')} </span>
            <time dateTime={asOf}>{formatDate(asOf)}</time>
          </>
        ) : (
          t('header.loading')
        )}
      </p>
      <div className="header-actions">
        <button
          type="button"
          className="text-button"
          onClick={openStart}
          aria-haspopup="dialog"
          data-testid="open-start"
          aria-label={t('start.reopen')}
          title={t('start.reopen')}
        >
          <span className="wide-only">{t('start.reopen')}</span>
          <span className="narrow-only" aria-hidden="true">
            ⌂
          </span>
        </button>
        <CommandButton
          command="toggle-theme"
          className="icon-button"
          title={themeText}
          aria-label={themeText}
        >
          <span aria-hidden="true">{resolvedTheme === 'dark' ? '☀' : '☾'}</span>
        </CommandButton>
        <CommandButton command="about">
          {tRich('header.about', { more: <span className="wide-only">{t('header.aboutMore')}</span> })}
        </CommandButton>
      </div>
    </header>
  );
}
