import { useStore } from '../../app/store';
import { formatDate } from '../../ui/format';
import { libraryStore, openDocument } from './library-store';

export function LibraryList() {
  const documents = useStore(libraryStore, (s) => s.documents);
  const currentId = useStore(libraryStore, (s) => s.currentId);
  return (
    <nav className="library" aria-label="Library">
      <h2 className="panel-title">Library <span className="count">{documents.length}</span></h2>
      <ul className="library-list">
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="library-item"
              aria-current={d.id === currentId ? 'page' : undefined}
              onClick={() => void openDocument(d.id)}
            >
              <span className="library-title">{d.title}</span>
              <span className="library-meta">{[d.source, d.published ? formatDate(d.published) : null].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
