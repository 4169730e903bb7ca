import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchResponse, SearchResult } from '../../../../shared/api/search';
import { useStore } from '../../app/store';
import { facetsStore } from '../library/facets-store';
import { formatDate } from '../../ui/format';
import { libraryStore } from '../library/library-store';
import { LibraryFacetsPanel } from '../library/LibraryFacets';
import type { FacetCounts, FacetValue } from '../library/library-facets';
import { Highlighted } from './Highlighted';
import { ExportResultsButton } from './ExportResults';
import { SaveSearchButton } from './SavedSearches';
import { queryErrorParts, snippetParts, splitByRanges } from './highlight-parts';
import { hitCountText } from './hit-navigation';
import { QUERY_ERROR_ID, RESULTS_LIST_ID, focusSearchBox, optionId, search, searchStore } from './search-store';

function summary(response: SearchResponse | null, engine: string): string {
  if (response?.status === 'indexing' || engine === 'indexing') return 'Indexing…';
  if (!response) return 'Searching…';
  if (response.error) return '';
  if (response.total === 0) return 'No documents match.';
  return response.total === 1 ? '1 document matches.' : `${response.total.toLocaleString('en')} documents match.`;
}

const NO_COUNTS = { sources: [], years: [], entities: [], noted: 0 };

/** A chosen value stays offered while its count is not known (or is none), so the select still shows it. */
function keepChosen(values: readonly FacetValue[], chosen: readonly (string | null)[]): FacetValue[] {
  const extra = chosen.filter((v): v is string => !!v && !values.some((x) => x.value === v)).map((value) => ({ value, count: 0 }));
  return extra.length ? [...values, ...extra].sort((a, b) => (a.value < b.value ? -1 : 1)) : [...values];
}

/** The facets panel over the results: the library's, with counts over every match of the query. */
function ResultFacets() {
  const counts = useStore(searchStore, (s) => s.facetCounts) ?? NO_COUNTS;
  const facets = useStore(facetsStore, (s) => s.facets);
  const shown: FacetCounts = {
    sources: keepChosen(counts.sources, [facets.source]),
    years: keepChosen(counts.years, [facets.fromYear, facets.toYear]),
    noted: counts.noted,
  };
  return <LibraryFacetsPanel counts={shown} entities={counts.entities.map((e) => ({ id: e.id, name: e.name, count: e.count }))} />;
}

/** Duplicates of a result are folded into it (found at corpus build time). */
export function copiesText(n: number): string {
  return n === 1 ? '+1 copy' : `+${n.toLocaleString('en')} copies`;
}

function ResultOption({ result, index, active, open }: { result: SearchResult; index: number; active: boolean; open: boolean }) {
  const meta = [result.source, result.published ? formatDate(result.published) : null].filter(Boolean).join(' · ');
  return (
    <li
      id={optionId(index)}
      role="option"
      aria-selected={active}
      className={`search-result${open ? ' is-open' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        search.openResult(index);
        document.getElementById(RESULTS_LIST_ID)?.focus();
      }}
    >
      <span className="search-result-title" dir="auto">
        <Highlighted parts={splitByRanges(result.title, result.titleHighlights)} />
      </span>
      <span className="search-result-meta">
        {meta ? <span>{meta}</span> : null}
        <span className="search-result-hits">{hitCountText(result.hitCount)}</span>
        {result.copies.length ? <span className="search-result-copies">{copiesText(result.copies.length)}</span> : null}
      </span>
      {result.snippet ? (
        <span className="search-result-snippet" dir="auto">
          <Highlighted parts={snippetParts(result.snippet)} />
        </span>
      ) : null}
    </li>
  );
}

/** Results list in the left column while a query is active: a listbox, ↑/↓ to move, Enter to open. */
export function SearchResults() {
  const response = useStore(searchStore, (s) => s.response);
  const responseTyping = useStore(searchStore, (s) => s.responseTyping);
  const sort = useStore(searchStore, (s) => s.sort);
  const failure = useStore(searchStore, (s) => s.failure);
  const engine = useStore(searchStore, (s) => s.engine);
  const engineMessage = useStore(searchStore, (s) => s.engineMessage);
  const active = useStore(searchStore, (s) => s.active);
  const loadingMore = useStore(searchStore, (s) => s.loadingMore);
  const currentId = useStore(libraryStore, (s) => s.currentId);
  const listRef = useRef<HTMLUListElement>(null);

  const results = response?.results ?? [];
  useEffect(() => {
    listRef.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, response]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = results.length - 1;
    const moves: Record<string, () => void> = {
      ArrowDown: () => search.moveActive(1),
      ArrowUp: () => (active === 0 ? focusSearchBox(false) : search.moveActive(-1)),
      Home: () => search.setActive(0),
      End: () => search.setActive(last),
      PageDown: () => search.moveActive(10),
      PageUp: () => search.moveActive(-10),
      Enter: () => search.openResult(active),
      ' ': () => search.openResult(active),
      Escape: () => focusSearchBox(false),
    };
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Typing a letter in the list goes back to the box (the browser then types it there).
    if (event.key.length === 1 && /[\p{L}\p{N}"+\-*~]/u.test(event.key)) {
      focusSearchBox(false);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const error = response?.error ?? null;
  const errorParts = error && response ? queryErrorParts(response.query, error) : null;
  const problem = failure ?? (engine === 'failed' ? `Search is unavailable${engineMessage ? `: ${engineMessage}` : '.'}` : null);

  return (
    <section className="search-results" aria-label="Search results">
      <h2 className="panel-title">
        Results{response && !error && response.status === 'ready' ? <span className="count"> {response.total.toLocaleString('en')}</span> : null}
      </h2>
      <div className="search-tools">
        <label className="search-sort">
          Sort
          <select value={sort} onChange={(event) => search.setSort(event.target.value === 'date' ? 'date' : 'relevance')}>
            <option value="relevance">Best match</option>
            <option value="date">Newest first</option>
          </select>
        </label>
        <SaveSearchButton />
        <ExportResultsButton />
      </div>
      <ResultFacets />
      <p className="search-summary" role="status">{problem || error ? '' : summary(response, engine)}</p>
      <div role="alert" id={QUERY_ERROR_ID} className="search-problem-slot">
        {error ? (
          <div className="search-problem">
            <p className="search-problem-message">{error.message}</p>
            {errorParts ? (
              <p className="search-problem-query">
                <Highlighted parts={errorParts} />
              </p>
            ) : null}
            <p className="search-problem-hint">Open “?” next to the search box for the query syntax.</p>
          </div>
        ) : problem ? (
          <div className="search-problem">
            <p className="search-problem-message">{problem}</p>
          </div>
        ) : null}
      </div>
      {response?.notices.length ? (
        <ul className="search-notices">
          {response.notices.map((n) => <li key={n}>{n}</li>)}
        </ul>
      ) : null}
      <ul
        ref={listRef}
        id={RESULTS_LIST_ID}
        className="search-result-list"
        role="listbox"
        aria-label="Search results"
        tabIndex={results.length ? 0 : -1}
        aria-activedescendant={results.length ? optionId(active) : undefined}
        data-query={response?.query}
        data-typing={responseTyping ? 'true' : 'false'}
        onKeyDown={onKeyDown}
      >
        {results.map((r, i) => (
          <ResultOption key={`${r.documentId}`} result={r} index={i} active={i === active} open={r.documentId === currentId} />
        ))}
      </ul>
      {response && results.length < response.total ? (
        <button type="button" className="search-more" onClick={() => search.loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : `Show more (${(response.total - results.length).toLocaleString('en')} left)`}
        </button>
      ) : null}
    </section>
  );
}
