import { useMemo } from 'react';
import { COLOURS, type AnchoredAnnotation, type Colour } from '../../../../shared/annotations';
import { errorMessage } from '../../app/dossier';
import { useStore } from '../../app/store';
import { libraryStore, openDocument } from '../library/library-store';
import { revealParagraph } from '../reader/reader-store';
import { annotationParagraphId } from './annotation-decorations';
import { annotationsStore, deleteAnnotations, refreshAnnotations, showNotice } from './annotations-store';
import { copyAsMarkdown } from './export/export-actions';
import { ImportButton } from './export/ImportButton';
import { filterAnnotations, groupByDocument, isFiltering, type DocumentGroup } from './filter-annotations';
import { NoteItem } from './NoteItem';
import { UndoRedoButtons } from './UndoControls';
import { rectOf } from './selection-dom';
import './annotations.css';

async function reveal(a: AnchoredAnnotation): Promise<void> {
  const doc = annotationsStore.get().doc;
  if (doc?.id !== a.target.documentId) await openDocument(a.target.documentId);
  revealParagraph(annotationParagraphId(annotationsStore.get().doc ?? libraryStore.get().current, a));
}

/**
 * The notes sidebar: the open document's annotations in reading order (or every document's,
 * grouped), filters, selection for delete/export/copy, import. Orphans are listed apart,
 * never dropped.
 */
export function NotesSidebar() {
  const s = useStore(annotationsStore, (st) => st);
  const documents = useStore(libraryStore, (st) => st.documents);

  const source = s.showAll ? (s.all ?? []) : s.itemsFor === s.doc?.id ? s.items : [];
  const visible = useMemo(() => filterAnnotations(source, s.filter), [source, s.filter]);
  const groups = useMemo(() => groupByDocument(visible), [visible]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const selected = new Set(s.selected);
  const visibleSelected = visible.filter((a) => selected.has(a.id));

  const setFilter = (patch: Partial<typeof s.filter>) => annotationsStore.set((st) => ({ filter: { ...st.filter, ...patch } }));
  const check = (id: string, on: boolean) =>
    annotationsStore.set((st) => ({ selected: on ? [...new Set([...st.selected, id])] : st.selected.filter((x) => x !== id) }));
  const remove = async (ids: string[]) => {
    try {
      await deleteAnnotations(ids);
    } catch (error) {
      showNotice({ kind: 'alert', text: `Not deleted: ${errorMessage(error)}` });
    }
  };

  const renderItems = (items: AnchoredAnnotation[]) =>
    items.map((a) => (
      <NoteItem
        key={a.id}
        annotation={a}
        checked={selected.has(a.id)}
        onCheck={(on) => check(a.id, on)}
        onReveal={() => void reveal(a)}
        onEdit={(el) => annotationsStore.set({ editor: { mode: 'edit', id: a.id, rect: rectOf(el), focus: 'note' } })}
        onDelete={() => void remove([a.id])}
      />
    ));
  const renderGroup = (g: DocumentGroup) => (
    <>
      {g.placed.length > 0 ? <ul className="note-list" aria-label="Annotations">{renderItems(g.placed)}</ul> : null}
      {g.orphans.length > 0 ? (
        <section className="orphans" aria-labelledby={`orphans-${g.documentId}`}>
          <h4 id={`orphans-${g.documentId}`} className="orphans-title">Could not be placed</h4>
          <p className="field-hint">The text these were attached to is no longer in the document. They are kept with their notes.</p>
          <ul className="note-list" aria-label="Could not be placed">{renderItems(g.orphans)}</ul>
        </section>
      ) : null}
    </>
  );

  const tagOptions = s.tags.map((t) => t.tag);
  return (
    <section className="notes-sidebar" aria-label="Notes">
      <div className="notes-head">
        {/* The count is of what the filter shows: "1 of 4" while filtering. */}
        <h2 className="panel-title">
          Notes <span className="count">{visible.length === source.length ? source.length : `${visible.length} of ${source.length}`}</span>
        </h2>
        <UndoRedoButtons />
        <label className="switch-row">
          <input type="checkbox" checked={s.showAll} onChange={(e) => { annotationsStore.set({ showAll: e.target.checked }); void refreshAnnotations(); }} />
          All documents
        </label>
      </div>
      <div className="notes-actions" role="group" aria-label="Notes actions">
        <button type="button" onClick={() => annotationsStore.set({ exportOpen: true })}>Export…</button>
        <ImportButton />
        <button
          type="button"
          disabled={visibleSelected.length === 0}
          onClick={() => void copyAsMarkdown({ ids: visibleSelected.map((a) => a.id) }).then((r) => showNotice({ kind: r.ok ? 'status' : 'alert', text: r.message }))}
        >
          Copy as Markdown
        </button>
        <button type="button" className="danger" disabled={visibleSelected.length === 0} onClick={() => void remove(visibleSelected.map((a) => a.id))}>
          Delete selected{visibleSelected.length > 0 ? ` (${visibleSelected.length})` : ''}
        </button>
      </div>
      <div className="notes-filters" role="search" aria-label="Filter notes">
        <input type="search" aria-label="Filter notes by text" placeholder="Filter by text" value={s.filter.text} onChange={(e) => setFilter({ text: e.target.value })} />
        <select aria-label="Filter by colour" value={s.filter.colour ?? ''} onChange={(e) => setFilter({ colour: (e.target.value || null) as Colour | null })}>
          <option value="">All colours</option>
          {COLOURS.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <select aria-label="Filter by tag" value={s.filter.tag ?? ''} onChange={(e) => setFilter({ tag: e.target.value || null })}>
          <option value="">All tags</option>
          {tagOptions.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      {visible.length > 0 ? (
        <label className="switch-row select-all">
          <input
            type="checkbox"
            checked={visibleSelected.length === visible.length}
            onChange={(e) => annotationsStore.set({ selected: e.target.checked ? visible.map((a) => a.id) : [] })}
          />
          Select all shown
        </label>
      ) : null}
      {s.loadError ? <p role="alert" className="form-error">{s.loadError}</p> : null}
      {visible.length === 0 ? (
        <p className="placeholder-small">
          {isFiltering(s.filter) ? 'No annotations match the filter.' : 'No annotations yet. Select text in the document to highlight it.'}
        </p>
      ) : s.showAll ? (
        groups.map((g) => (
          <section key={g.documentId} className="note-group" aria-label={titles.get(g.documentId) ?? g.documentId}>
            <h3 className="note-group-title">{titles.get(g.documentId) ?? `${g.documentId} (no longer in the corpus)`}</h3>
            {renderGroup(g)}
          </section>
        ))
      ) : (
        groups.map((g) => <div key={g.documentId}>{renderGroup(g)}</div>)
      )}
    </section>
  );
}
