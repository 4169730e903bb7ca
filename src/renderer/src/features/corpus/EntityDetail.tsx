import { useStore } from '../../app/store';
import { formatDate } from '../../ui/format';
import { filterLibraryByEntity } from '../library/facets-store';
import { corpusStore, selectCorpusEntity, timelineForEntity } from './corpus-store';
import { showView } from './view-store';
import { plural, TYPE_LABEL } from './entity-labels';
import { openAtMention } from './open-in-reader';
import { Snippet } from './Snippet';
import { CorrectionControls, MergeControls } from '../corrections';

/** The selected entity: where it is mentioned (each row opens the document there) and who appears with it. */
export function EntityDetail() {
  const detail = useStore(corpusStore, (s) => s.detail);
  const selectedId = useStore(corpusStore, (s) => s.selectedId);
  if (!selectedId || !detail) {
    return (
      <section className="corpus-detail" aria-label="Entity">
        <p className="empty">Choose an entity to see the documents that mention it and who appears with it.</p>
      </section>
    );
  }
  const { entity, documents, moreDocuments, coOccurring, mergedNames } = detail;
  return (
    <section className="corpus-detail" aria-labelledby="corpus-entity-name">
      <header className="corpus-detail-head">
        <h2 id="corpus-entity-name">{entity.name}</h2>
        <p className="corpus-detail-meta">
          {TYPE_LABEL[entity.type]} · {plural(entity.documentCount, 'document')} · {plural(entity.mentionCount, 'mention')}
        </p>
        {entity.aliases.length ? (
          <p className="corpus-aliases">
            <span className="corpus-label">Also written</span> {entity.aliases.join(', ')}
          </p>
        ) : null}
        <div className="corpus-actions">
          <button type="button" className="text-button" onClick={() => timelineForEntity(entity.id, entity.name)}>
            Show on the timeline
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              void filterLibraryByEntity(entity.id, entity.name).then(() => showView('reader'));
            }}
          >
            List its documents in the library
          </button>
        </div>
        <CorrectionControls target={entity.id} name={entity.name} type={entity.type} />
        <MergeControls key={entity.id} entity={entity} mergedNames={mergedNames} />
      </header>
      <div className="corpus-detail-body">
        <section aria-labelledby="corpus-docs-title" className="corpus-docs">
          <h3 id="corpus-docs-title">Documents</h3>
          <ul className="corpus-rows">
            {documents.map((d) => (
              <li key={d.documentId}>
                <button
                  type="button"
                  className="corpus-row"
                  onClick={() => void openAtMention({ documentId: d.documentId, type: entity.type, localName: d.localName, paragraphId: d.paragraphId, start: d.start })}
                >
                  <span className="corpus-row-title">{d.title}</span>
                  <span className="corpus-row-meta">
                    {[d.source, d.published ? formatDate(d.published) : null, plural(d.mentionCount, 'mention')].filter(Boolean).join(' · ')}
                  </span>
                  <Snippet text={d.snippet} snippetStart={d.snippetStart} start={d.start} end={d.end} />
                </button>
              </li>
            ))}
          </ul>
          {moreDocuments ? <p className="corpus-more">And {plural(moreDocuments, 'more document')}.</p> : null}
        </section>
        <section aria-labelledby="corpus-with-title" className="corpus-with">
          <h3 id="corpus-with-title">Appears with</h3>
          {coOccurring.length === 0 ? (
            <p className="empty">No other entity shares a document with it.</p>
          ) : (
            <ul className="corpus-rows">
              {coOccurring.map((c) => (
                <li key={c.entity.id}>
                  <button type="button" className="corpus-co" onClick={() => void selectCorpusEntity(c.entity.id)}>
                    <span className="corpus-option-name">{c.entity.name}</span>
                    <span className="corpus-option-type">{TYPE_LABEL[c.entity.type]}</span>
                    <span className="corpus-option-count">{plural(c.sharedDocuments, 'shared doc')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
