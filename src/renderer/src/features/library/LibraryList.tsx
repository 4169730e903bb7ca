import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShortcut } from '../../app/shortcuts';
import { useStore } from '../../app/store';
import { formatDate } from '../../ui/format';
import { facetsStore } from './facets-store';
import { applyFacets, facetCounts, groupCopies } from './library-facets';
import { LibraryFacetsPanel } from './LibraryFacets';
import { filterAndSortDocuments, SORTS, type LibrarySort } from './library-filter';
import { YourDocumentsLink } from '../add-documents';
import { annotationsStore } from '../annotations/annotations-store';
import { libraryStore, openDocument } from './library-store';
import './library.css';

const ROW_ESTIMATE = 58;

/**
 * The corpus's documents, filterable and sortable; virtualised so thousands of documents
 * cost only the rows on screen. Arrow keys, Home and End move between documents.
 */
export function LibraryList() {
  const documents = useStore(libraryStore, (s) => s.documents);
  const currentId = useStore(libraryStore, (s) => s.currentId);
  const loading = useStore(libraryStore, (s) => s.loading);
  const noteCounts = useStore(annotationsStore, (s) => s.countsByDocument);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('date-desc');
  const deferredQuery = useDeferredValue(query);
  const facets = useStore(facetsStore, (s) => s.facets);
  const noted = useStore(facetsStore, (s) => s.noted);
  const matching = useMemo(() => filterAndSortDocuments(documents, deferredQuery, sort), [documents, deferredQuery, sort]);
  const counts = useMemo(() => facetCounts(matching, facets, noted), [matching, facets, noted]);
  // Copies of one story are one row ("+2 copies"), after the filters so a matching copy still shows.
  const shown = useMemo(() => groupCopies(applyFacets(matching, facets, noted)), [matching, facets, noted]);
  const groupedTotal = useMemo(() => groupCopies(documents).length, [documents]);
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });

  // After a filter or sort (or opening another document) the open document stays in sight.
  const currentIndex = currentId ? shown.findIndex((row) => row.doc.id === currentId) : -1;
  useEffect(() => {
    if (currentIndex < 0) return;
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
    // scrollToIndex places rows by their estimated height; a row measured taller (a title on
    // three lines) would end a few pixels below the edge. Once drawn, bring the real row fully in;
    // rows are measured as they are drawn, which on a busy machine takes more than one frame, so
    // look again for a few frames until the row sits inside the list.
    let frame = 0;
    let tries = 0;
    const settle = () => {
      const list = scrollRef.current;
      const row = list?.querySelector(`[data-index="${currentIndex}"]`);
      if (list && row) {
        const r = row.getBoundingClientRect();
        const v = list.getBoundingClientRect();
        if (r.top >= v.top - 1 && r.bottom <= v.bottom + 1) return;
        row.scrollIntoView({ block: 'nearest' });
      }
      if (++tries < 12) frame = requestAnimationFrame(settle);
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [currentIndex, shown, virtualizer]);

  useShortcut('mod+shift+l', { description: 'Filter the library', group: 'Library' }, () => filterRef.current?.focus());

  useEffect(() => {
    if (pendingFocus === null) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${pendingFocus}"] button`);
    if (button) {
      button.focus();
      setPendingFocus(null);
    }
  });

  const moveFocus = (event: KeyboardEvent, index: number) => {
    const to =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? shown.length - 1 : null;
    if (to === null || to < 0 || to >= shown.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(to, { align: 'auto' });
    setPendingFocus(to);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h2 className="panel-title" id={`${id}-title`}>
          Library{' '}
          <span className="count">
            {shown.length === groupedTotal ? groupedTotal : `${shown.length} of ${groupedTotal}`}
          </span>
        </h2>
        <input
          ref={filterRef}
          type="search"
          className="library-filter"
          placeholder="Filter documents"
          aria-label="Filter documents"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="library-sort">
          <span>Sort</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
          </select>
        </label>
        <LibraryFacetsPanel counts={counts} />
        <YourDocumentsLink />
      </div>
      <div className="library-scroll" ref={scrollRef}>
        {loading && documents.length === 0 ? (
          <div className="library-skeleton" aria-hidden="true">
            <div className="skeleton-line wide" />
            <div className="skeleton-line" />
          </div>
        ) : shown.length === 0 ? (
          <p className="empty library-empty" role="status">{documents.length ? 'No documents match the filter.' : 'The corpus is empty.'}</p>
        ) : (
          <ul className="library-list" aria-labelledby={`${id}-title`} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((row) => {
              const { doc: d, otherCopies } = shown[row.index]!;
              return (
                <li
                  key={d.id}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  className="library-row"
                  aria-setsize={shown.length}
                  aria-posinset={row.index + 1}
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <button
                    type="button"
                    className="library-item"
                    aria-current={d.id === currentId ? 'page' : undefined}
                    onClick={() => void openDocument(d.id)}
                    onKeyDown={(e) => moveFocus(e, row.index)}
                  >
                    <span className="library-title" dir="auto" title={d.title}>{d.title}</span>
                    <span className="library-meta">
                      {[d.source, d.published ? formatDate(d.published) : 'date unknown'].filter(Boolean).join(' · ')}
                      {noteCounts[d.id] ? (
                        <span className="library-notes">
                          {' · '}
                          {noteCounts[d.id] === 1 ? '1 note' : `${noteCounts[d.id]} notes`}
                        </span>
                      ) : null}
                      {otherCopies ? <span className="library-copies">{otherCopies === 1 ? '+1 copy' : `+${otherCopies.toLocaleString('en')} copies`}</span> : null}
                    </span>
                    {d.addedByUser ? <span className="library-added">Added by you · {d.addedByUser.fileName}{d.ocr ? ' · read by OCR' : ''}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </nav>
  );
}
