import { Component, Suspense, type ReactNode } from 'react';

interface State {
  message: string | null;
}

/**
 * Keeps one panel's failure (a chart fed an impossible value, a chunk that failed to load offline)
 * from blanking the whole page: the panel says what happened and everything else keeps working.
 */
export class PanelBoundary extends Component<{ name: string; children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="panel error" role="alert">
        The {this.props.name} could not be drawn ({this.state.message}). The rest of the page still works.
        <button type="button" className="link" onClick={() => this.setState({ message: null })}>
          Try again
        </button>
      </div>
    );
  }
}

/** A code-split panel: loaded when first drawn (`fallback` meanwhile), its failure kept to itself. */
export function LazyPanel({
  name,
  fallback = null,
  children,
}: {
  name: string;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return (
    <PanelBoundary name={name}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </PanelBoundary>
  );
}
