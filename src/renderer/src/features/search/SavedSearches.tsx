import { useEffect, useId, useState, type FormEvent } from 'react';
import type { SavedSearch, SearchHistoryEntry } from '../../../../shared/api/search-memory';
import { useStore } from '../../app/store';
import { ModalDialog } from '../../ui/ModalDialog';
import { searchMemory, searchMemoryStore, searchStore } from './search-store';

const SORT_LABEL = { relevance: 'best match', date: 'newest first' } as const;

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a query was last run, in the reader's own time zone. */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : whenFormat.format(date);
}

/** Header button: opens saved searches and the recent queries. */
export function SavedSearchesButton() {
  const open = useStore(searchMemoryStore, (s) => s.dialog !== 'closed');
  return (
    <>
      <button
        type="button"
        className="header-button saved-searches-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label="Searches"
        title="Saved searches and recent queries"
        onClick={() => searchMemory.open('list')}
      >
        <span className="saved-searches-icon" aria-hidden="true">★</span>
        <span className="saved-searches-label">Searches</span>
      </button>
      <SavedSearchesDialog />
    </>
  );
}

/** In the results column: save what is in the search box under a name. */
export function SaveSearchButton() {
  return (
    <button type="button" className="search-save" aria-haspopup="dialog" onClick={() => searchMemory.open('save')}>
      Save search…
    </button>
  );
}

function SaveForm({ autofocus }: { autofocus: boolean }) {
  const query = useStore(searchStore, (s) => s.query);
  const sort = useStore(searchStore, (s) => s.sort);
  const savedAs = useStore(searchMemoryStore, (s) => s.saved.find((x) => x.query === query.trim().replace(/\s+/gu, ' '))?.name);
  // Named after the query, or after the saved search it already is (saving again updates that one).
  const suggested = savedAs ?? query.trim();
  const [name, setName] = useState(suggested);
  const id = useId();
  useEffect(() => setName(suggested), [suggested]);
  if (!query.trim()) return <p className="saved-empty">Type a search, then save it here to run it again with one click.</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void searchMemory.save({ name, query, sort });
  };
  return (
    <form className="saved-form" onSubmit={submit} aria-label="Save the current search">
      <label htmlFor={`${id}-name`}>Save the current search as</label>
      <div className="saved-form-row">
        <input
          id={`${id}-name`}
          className="saved-name"
          value={name}
          maxLength={200}
          required
          onChange={(event) => setName(event.target.value)}
          {...(autofocus ? { 'data-autofocus': true } : {})}
        />
        <button type="submit" className="button button-primary">Save</button>
      </div>
      <p className="saved-form-query">
        <code>{query.trim()}</code>, {SORT_LABEL[sort]}
      </p>
    </form>
  );
}

function SavedList({ saved }: { saved: SavedSearch[] }) {
  if (!saved.length) return <p className="saved-empty">No saved searches yet.</p>;
  return (
    <ul className="saved-list" aria-label="Saved searches">
      {saved.map((s) => (
        <li key={s.id} className="saved-row">
          <button type="button" className="saved-run" onClick={() => searchMemory.run(s)} aria-label={`Run saved search ${s.name}`}>
            <span className="saved-run-name">{s.name}</span>
            <span className="saved-run-query">
              {s.query}
              {s.sort === 'date' ? ' · newest first' : ''}
            </span>
          </button>
          <button type="button" className="icon-button" aria-label={`Delete saved search ${s.name}`} title="Delete" onClick={() => void searchMemory.remove(s.id)}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}

function HistoryList({ history }: { history: SearchHistoryEntry[] }) {
  if (!history.length) return <p className="saved-empty">No recent searches. Queries you press Enter on or open a result of appear here.</p>;
  return (
    <ul className="saved-list" aria-label="Recent searches">
      {history.map((h) => (
        <li key={h.query} className="saved-row">
          <button type="button" className="saved-run" onClick={() => searchMemory.run({ query: h.query })} aria-label={`Run recent search ${h.query}`}>
            <span className="saved-run-query is-history">{h.query}</span>
            <span className="saved-run-when">{when(h.lastRun)}</span>
          </button>
          <button type="button" className="icon-button" aria-label={`Remove ${h.query} from recent searches`} title="Remove" onClick={() => void searchMemory.forget(h.query)}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Saved searches, the save form and recent queries; every entry runs with one click. */
export function SavedSearchesDialog() {
  const dialog = useStore(searchMemoryStore, (s) => s.dialog);
  const saved = useStore(searchMemoryStore, (s) => s.saved);
  const history = useStore(searchMemoryStore, (s) => s.history);
  const failure = useStore(searchMemoryStore, (s) => s.failure);
  const notice = useStore(searchMemoryStore, (s) => s.notice);
  const lastDeleted = useStore(searchMemoryStore, (s) => s.lastDeleted);
  const titleId = `${useId()}-title`;
  return (
    <ModalDialog open={dialog !== 'closed'} onClose={() => searchMemory.close()} labelledBy={titleId} className="saved-searches-dialog" closeOnBackdrop={false}>
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={titleId}>Searches</h2>
          <button type="button" className="icon-button" aria-label="Close searches" onClick={() => searchMemory.close()}>✕</button>
        </div>
        <SaveForm autofocus={dialog === 'save'} />
        <div className="saved-messages" role="status">
          {failure ? <p className="saved-failure">{failure}</p> : null}
          {notice && !failure ? <p>{notice}</p> : null}
          {lastDeleted && !failure ? (
            <p>
              Deleted “{lastDeleted.name}”.{' '}
              <button type="button" className="saved-link" onClick={() => void searchMemory.undoRemove()}>Undo</button>
            </p>
          ) : null}
        </div>
        <section aria-labelledby={`${titleId}-saved`}>
          <h3 id={`${titleId}-saved`} className="saved-heading">Saved</h3>
          <SavedList saved={saved} />
        </section>
        <section aria-labelledby={`${titleId}-recent`}>
          <div className="saved-heading-row">
            <h3 id={`${titleId}-recent`} className="saved-heading">Recent</h3>
            {history.length ? (
              <button type="button" className="saved-link" onClick={() => void searchMemory.clearHistory()}>Clear history</button>
            ) : null}
          </div>
          <HistoryList history={history} />
        </section>
      </div>
    </ModalDialog>
  );
}
