import { libraryStore } from '../features/library/library-store';
import { statusStore } from './status-store';
import { useStore } from './store';

export function StatusBar() {
  const info = useStore(libraryStore, (s) => s.info);
  const tasks = useStore(statusStore, (s) => s.tasks);
  return (
    <footer className="status-bar" aria-label="Status">
      <span>{info ? `${info.documentCount} document${info.documentCount === 1 ? '' : 's'}` : 'Loading the corpus…'}</span>
      {Object.entries(tasks).map(([key, message]) => (
        <span key={key} role="status">{message}</span>
      ))}
    </footer>
  );
}
