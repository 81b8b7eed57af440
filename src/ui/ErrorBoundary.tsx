import { Component, type ReactNode } from 'react';
import { t } from '../i18n';

interface Props {
  /** What broke, in the user's words and locale: t('error.panel'), "The panel". */
  label: string;
  children: ReactNode;
}

/** Keeps a broken panel from taking down the map: shows what failed and a retry. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`${this.props.label} failed:`, error);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert">
          <p>{t('error.stopped', { what: this.props.label, message: this.state.error.message })}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {t('error.retry')}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
