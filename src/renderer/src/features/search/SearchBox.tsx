import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShortcut } from '../../app/shortcuts';
import { useStore } from '../../app/store';
import { SavedSearchesButton } from './SavedSearches';
import { QUERY_ERROR_ID, RESULTS_LIST_ID, SEARCH_INPUT_ID, focusResults, focusSearchBox, search, searchStore } from './search-store';
import './search.css';

const GROUP = 'Search';

/** The search box in the header: always reachable with Ctrl/Cmd+F or /. */
export function SearchBox() {
  const query = useStore(searchStore, (s) => s.query);
  const busy = useStore(searchStore, (s) => s.busy);
  const invalid = useStore(searchStore, (s) => Boolean(s.response?.error || s.failure));
  const hasResults = useStore(searchStore, (s) => (s.response?.results.length ?? 0) > 0);
  const indexing = useStore(searchStore, (s) => s.engine === 'indexing');
  // Where focus was before a shortcut brought the user here, to give it back on Escape.
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => search.watchStatus(), []);

  const enter = () => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.id !== SEARCH_INPUT_ID) returnFocus.current = active;
    focusSearchBox();
  };
  useShortcut('mod+f', { description: 'Focus the search box', group: GROUP }, enter);
  useShortcut('/', { description: 'Focus the search box', group: GROUP }, enter);
  useShortcut('f3', { description: 'Next search hit', group: GROUP }, () => search.stepHit(1), { inInputs: true });
  useShortcut('shift+f3', { description: 'Previous search hit', group: GROUP }, () => search.stepHit(-1), { inInputs: true });

  const leave = () => {
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target && target.isConnected && target !== document.body) target.focus();
    // Nothing focusable to go back to (e.g. the page itself): just leave the box.
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (document.activeElement === input) input?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' && hasResults) {
      event.preventDefault();
      search.setActive(0);
      focusResults();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      search.commit();
      // Walk the hits of the open document; if it has none, open the highlighted result.
      if (!search.stepHit(event.shiftKey ? -1 : 1) && !event.shiftKey && hasResults) search.openResult(searchStore.get().active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      search.clear();
      leave();
    }
  };

  return (
    <>
      <div className="search-box" role="search" aria-label="Documents">
        <input
          id={SEARCH_INPUT_ID}
          className="search-input"
          type="search"
          aria-label="Search documents"
          placeholder="Search  (Ctrl+F or /)"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? QUERY_ERROR_ID : undefined}
          aria-controls={query.trim() ? RESULTS_LIST_ID : undefined}
          aria-keyshortcuts="Control+F /"
          onChange={(event) => search.setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span className="search-spinner" aria-hidden="true" data-busy={busy || indexing ? 'true' : 'false'} />
      </div>
      <SavedSearchesButton />
    </>
  );
}
