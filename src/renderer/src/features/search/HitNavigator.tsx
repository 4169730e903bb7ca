import { useStore } from '../../app/store';
import { libraryStore } from '../library/library-store';
import { hitCounterText, titleHitNote } from './hit-navigation';
import { appliedQuery } from './search-controller';
import { search, searchStore } from './search-store';

/** "3 of 12" with previous/next above the reader while a query is applied to the open document. */
export function HitNavigator() {
  const query = useStore(searchStore, appliedQuery);
  const docHits = useStore(searchStore, (s) => s.docHits);
  const current = useStore(searchStore, (s) => s.current);
  const currentId = useStore(libraryStore, (s) => s.currentId);
  if (!query || !docHits || docHits.documentId !== currentId || docHits.query !== query) return null;
  const count = docHits.hits.length;
  // Outside the live counter, so "3 of 12" stays what is announced while walking.
  const alsoTitle = titleHitNote(count, docHits.titleHits.length);
  if (!docHits.matches) {
    return (
      <div className="hit-navigator" role="group" aria-label="Search hits in this document">
        <span className="hit-counter is-excluded" aria-live="polite" aria-atomic="true">
          Not a match: the search leaves this document out
        </span>
        <span className="hit-query">
          for <code className="hit-query-text">{query.length > 60 ? `${query.slice(0, 60)}…` : query}</code>
        </span>
      </div>
    );
  }
  return (
    <div className="hit-navigator" role="group" aria-label="Search hits in this document">
      <span className="hit-counter" aria-live="polite" aria-atomic="true">
        {hitCounterText(current, count, docHits.titleHits.length)}
      </span>
      <button type="button" className="hit-button" aria-label="Previous hit" title="Previous hit (Shift+F3)" aria-keyshortcuts="Shift+F3" disabled={count === 0} onClick={() => search.stepHit(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="hit-button" aria-label="Next hit" title="Next hit (F3)" aria-keyshortcuts="F3" disabled={count === 0} onClick={() => search.stepHit(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      {alsoTitle ? <span className="hit-title-note">{alsoTitle}</span> : null}
      <span className="hit-query">
        for <code className="hit-query-text">{query.length > 60 ? `${query.slice(0, 60)}…` : query}</code>
      </span>
    </div>
  );
}
