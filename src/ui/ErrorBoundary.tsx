import { Component, type ReactNode } from 'react';

interface Props {
  /** What broke, in the user's words: "The side panel". */
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
          <p>
            {this.props.label} stopped working: {this.state.error.message}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
