import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the broken part; gets the error message and a way to try again. */
  fallback: (message: string, retry: () => void) => ReactNode;
  children: ReactNode;
  /** A new value (e.g. the network's revision after an edit or undo) clears a shown error. */
  resetKey?: unknown;
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

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (error) return this.props.fallback(error.message, () => this.setState({ error: null }));
    return this.props.children;
  }
}
