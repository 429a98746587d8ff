import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the broken part; gets the error message and a way to try again. */
  fallback: (message: string, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Catches a crash in one part of the interface so the rest (and the data) stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error) return this.props.fallback(error.message, () => this.setState({ error: null }));
    return this.props.children;
  }
}
