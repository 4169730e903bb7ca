import { useEffect } from 'react';
import { LibraryList } from '../features/library/LibraryList';
import { libraryStore, loadLibrary } from '../features/library/library-store';
import { Reader } from '../features/reader/Reader';
import { useStore } from './store';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const current = useStore(libraryStore, (s) => s.current);
  const loading = useStore(libraryStore, (s) => s.loading);
  const error = useStore(libraryStore, (s) => s.error);
  const info = useStore(libraryStore, (s) => s.info);

  useEffect(() => {
    void loadLibrary();
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Dossier</span>
      </header>
      {info?.problem ? (
        <div role="status" className="banner banner-warning">{info.problem}</div>
      ) : null}
      <div className="workspace">
        <ErrorBoundary area="library">
          <LibraryList />
        </ErrorBoundary>
        <main className="reader-pane" aria-busy={loading}>
          <ErrorBoundary area="document">
            {error ? <div role="alert" className="error-panel">{error}</div> : null}
            {current ? <Reader document={current} decorations={[]} /> : loading ? <p className="placeholder">Loading the corpus…</p> : null}
          </ErrorBoundary>
        </main>
      </div>
      <footer className="status-bar" aria-label="Status">
        {info ? `${info.documentCount} document${info.documentCount === 1 ? '' : 's'}` : 'Loading…'}
      </footer>
    </div>
  );
}
