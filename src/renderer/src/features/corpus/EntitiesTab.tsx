import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { EntityType } from '../../../../shared/corpus';
import type { EntitySort } from '../../../../shared/corpus-tables';
import { useStore } from '../../app/store';
import { corpusStore, refreshEntities, selectCorpusEntity, setEntityQuery } from './corpus-store';
import { EntityDetail } from './EntityDetail';
import { plural, TYPE_LABEL, TYPE_PLURAL } from './entity-labels';

const TYPES: (EntityType | null)[] = [null, 'person', 'organization', 'place'];

/** Entities across documents: filter as you type, by type, sorted; the selected one's documents and company beside. */
export function EntitiesTab() {
  const page = useStore(corpusStore, (s) => s.page);
  const type = useStore(corpusStore, (s) => s.type);
  const filter = useStore(corpusStore, (s) => s.filter);
  const sort = useStore(corpusStore, (s) => s.sort);
  const selectedId = useStore(corpusStore, (s) => s.selectedId);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!corpusStore.get().page) void refreshEntities();
  }, []);

  const entities = page?.entities ?? [];
  const at = entities.findIndex((e) => e.id === selectedId);

  const onListKey = (event: KeyboardEvent) => {
    const last = entities.length - 1;
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(last, at + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    if (next === null || next < 0) return;
    event.preventDefault();
    const entity = entities[next];
    if (entity) {
      void selectCorpusEntity(entity.id);
      listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  };

  return (
    <div className="corpus-entities">
      <section className="corpus-entity-list" aria-labelledby={`${id}-title`}>
        <div className="corpus-controls">
          <h2 className="panel-title" id={`${id}-title`}>
            Entities <span className="count">{page ? page.total.toLocaleString('en') : ''}</span>
          </h2>
          <input
            type="search"
            className="corpus-filter"
            aria-label="Filter entities"
            placeholder="Filter entities…"
            value={filter}
            onChange={(e) => setEntityQuery({ filter: e.target.value })}
          />
          <div className="corpus-control-row">
            <label>
              Type{' '}
              <select value={type ?? ''} onChange={(e) => setEntityQuery({ type: (e.target.value || null) as EntityType | null })}>
                {TYPES.map((t) => (
                  <option key={t ?? 'all'} value={t ?? ''}>
                    {t ? TYPE_PLURAL[t] : 'All types'}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Sort{' '}
              <select value={sort} onChange={(e) => setEntityQuery({ sort: e.target.value as EntitySort })}>
                <option value="documents">Most documents</option>
                <option value="mentions">Most mentions</option>
                <option value="name">Name</option>
              </select>
            </label>
          </div>
        </div>
        {page && entities.length === 0 ? (
          <p className="empty" role="status">
            No entities match.
          </p>
        ) : (
          <ul
            ref={listRef}
            className="corpus-list"
            role="listbox"
            aria-label="Entities across documents"
            tabIndex={0}
            aria-activedescendant={at >= 0 ? `${id}-e${at}` : undefined}
            onKeyDown={onListKey}
            onFocus={() => {
              if (at < 0 && entities[0]) void selectCorpusEntity(entities[0].id);
            }}
          >
            {entities.map((e, i) => (
              <li
                key={e.id}
                id={`${id}-e${i}`}
                data-index={i}
                role="option"
                aria-selected={e.id === selectedId}
                className="corpus-option"
                onClick={() => void selectCorpusEntity(e.id)}
              >
                <span className="corpus-option-name">{e.name}</span>
                <span className="corpus-option-type">{TYPE_LABEL[e.type]}</span>
                <span className="corpus-option-count">{plural(e.documentCount, 'doc')}</span>
              </li>
            ))}
          </ul>
        )}
        {page && page.total > entities.length ? (
          <p className="corpus-more">
            Showing {entities.length.toLocaleString('en')} of {page.total.toLocaleString('en')}: filter to narrow.
          </p>
        ) : null}
      </section>
      <EntityDetail />
    </div>
  );
}
