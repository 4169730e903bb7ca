import './corrections.css';
import { useEffect, useId, useState } from 'react';
import { parseItemTarget, describeCorrection, type CorrectionKind, type CorrectionStatus } from '../../../../shared/corrections';
import { useStore } from '../../app/store';
import { selectCorpusEntity, selectCorpusTab } from '../corpus/corpus-store';
import { TYPE_LABEL } from '../corpus/entity-labels';
import { openAtParagraph } from '../corpus/open-in-reader';
import { correctionsStore, refreshCorrections, removeCorrection } from './corrections-store';

/** The list's kind filter: entity corrections together (they are all about names), quotes and figures apart. */
type KindFilter = 'all' | 'entities' | 'quote-speaker' | 'figure-claimant';

const FILTERS: { id: KindFilter; label: string }[] = [
  { id: 'all', label: 'All kinds' },
  { id: 'entities', label: 'Entities' },
  { id: 'quote-speaker', label: 'Quote speakers' },
  { id: 'figure-claimant', label: 'Figure claimants' },
];

const KIND_LABEL: Record<CorrectionKind, string> = {
  'reject-entity': 'Entity',
  'retype-entity': 'Entity',
  'merge-entity': 'Entity',
  'split-alias': 'Name',
  'quote-speaker': 'Quote',
  'figure-claimant': 'Figure',
};

const matches = (c: CorrectionStatus, filter: KindFilter) =>
  filter === 'all' || (filter === 'entities' ? c.kind !== 'quote-speaker' && c.kind !== 'figure-claimant' : c.kind === filter);

// Short month: the column stays narrow enough for the change beside it.
const madeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** When it was made: the date, and the time so the same day's corrections are told apart. */
function made(created: string): string {
  const at = new Date(created);
  return Number.isNaN(at.getTime()) ? created : madeFormat.format(at);
}

/** Where the target is: the entity as listed now, or the quote's or figure's document. */
function Where({ c }: { c: CorrectionStatus }) {
  if (c.document) return <span className="correction-where">in “{c.document.title}”</span>;
  if (c.entity) {
    const own = c.entity.name === c.label;
    return <span className="correction-where">{own ? TYPE_LABEL[c.entity.type] : `${TYPE_LABEL[c.entity.type]}, now part of ${c.entity.name}`}</span>;
  }
  return null;
}

/** What changed, in words; for a quote or figure, also what extraction had said. */
function Change({ c }: { c: CorrectionStatus }) {
  const was = c.extracted === undefined ? null : c.extracted === null ? 'unattributed' : c.extracted;
  return (
    <>
      {describeCorrection(c)}
      {was !== null ? <span className="correction-was"> (extraction said {was})</span> : null}
    </>
  );
}

function Go({ c }: { c: CorrectionStatus }) {
  const at = c.document ? parseItemTarget(c.target) : null;
  if (c.document && at) {
    const { id } = c.document;
    return (
      <button type="button" className="text-button" aria-label={`Open ${c.label} in “${c.document.title}”`} onClick={() => void openAtParagraph(id, at.paragraphId)}>
        Open
      </button>
    );
  }
  if (c.entity && c.kind !== 'reject-entity') {
    const { id } = c.entity;
    return (
      <button
        type="button"
        className="text-button"
        aria-label={`Show ${c.entity.name} in Entities`}
        onClick={() => {
          selectCorpusTab('entities');
          void selectCorpusEntity(id);
        }}
      >
        Show
      </button>
    );
  }
  return null;
}

function Table({ items, caption }: { items: CorrectionStatus[]; caption: string }) {
  return (
    // Roles spelled out: narrow windows lay the rows out as grids, which drops a table's own semantics.
    <table className="corrections-table" role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Corrected</th>
          <th scope="col" role="columnheader">Change</th>
          <th scope="col" role="columnheader">Made</th>
          <th scope="col" role="columnheader"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {items.map((c) => (
          <tr key={c.id} className="correction-row" role="row">
            <th scope="row" role="rowheader" className="correction-target">
              <span className="correction-kind">{KIND_LABEL[c.kind]}</span> <span className="correction-name">{c.label}</span> <Where c={c} />
            </th>
            <td role="cell">
              <Change c={c} />
            </td>
            <td role="cell" className="correction-made">
              <time dateTime={c.created}>{made(c.created)}</time>
            </td>
            <td role="cell" className="correction-actions">
              <Go c={c} />
              <button type="button" className="text-button" aria-label={`Take back the correction of ${c.label}`} onClick={() => void removeCorrection(c)}>
                Take back
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every correction the analyst made, of every kind, across the corpus: what was corrected and
 * where, what changed, when, and Take back (itself undoable). Those whose target is no longer
 * in the corpus (a rebuild renamed or dropped it) are listed apart under "Could not be
 * applied": kept, never dropped, so they apply again if the target comes back.
 */
export function CorrectionsPanel() {
  const list = useStore(correctionsStore, (s) => s.list);
  const error = useStore(correctionsStore, (s) => s.error);
  const [filter, setFilter] = useState<KindFilter>('all');
  const filterId = useId();
  useEffect(() => {
    void refreshCorrections();
  }, []);
  if (error) return <div role="alert" className="error-panel">{error}</div>;
  if (!list) return null;
  const shown = list.filter((c) => matches(c, filter));
  const applied = shown.filter((c) => c.applies);
  const stranded = shown.filter((c) => !c.applies);
  const kindName = FILTERS.find((f) => f.id === filter)!.label.toLowerCase();
  return (
    <div className="corrections-panel">
      {list.length > 0 ? (
        <div className="corrections-filter">
          <label htmlFor={filterId} className="correction-label">Show</label>
          <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as KindFilter)}>
            {FILTERS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label} ({list.filter((c) => matches(c, f.id)).length.toLocaleString('en')})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <section aria-labelledby="corrections-applied-title">
        <h2 className="panel-title" id="corrections-applied-title">
          Your corrections <span className="count">{applied.length.toLocaleString('en')}</span>
        </h2>
        {list.length === 0 ? (
          <p className="empty">No corrections yet. Reject, retype, merge or split an entity from its details here or from a document’s briefing; change a quote’s speaker or a figure’s claimant from the briefing.</p>
        ) : applied.length === 0 ? (
          <p className="empty">None of this kind ({kindName}).</p>
        ) : (
          <Table items={applied} caption="Your corrections" />
        )}
      </section>
      {stranded.length ? (
        <section aria-labelledby="corrections-stranded-title">
          <h2 className="panel-title" id="corrections-stranded-title">
            Could not be applied <span className="count">{stranded.length.toLocaleString('en')}</span>
          </h2>
          <p className="corpus-more">What these correct is not in the corpus as it is now built (an entity, a quote or a figure has gone or changed). The corrections are kept and apply again if it returns.</p>
          <Table items={stranded} caption="Could not be applied" />
        </section>
      ) : null}
    </div>
  );
}
