import './corrections.css';
import { useEffect } from 'react';
import { describeCorrection, type CorrectionStatus } from '../../../../shared/corrections';
import { useStore } from '../../app/store';
import { formatDate } from '../../ui/format';
import { correctionsStore, refreshCorrections, removeCorrection } from './corrections-store';

function Rows({ items }: { items: CorrectionStatus[] }) {
  return (
    <ul className="corpus-rows corrections-list">
      {items.map((c) => (
        <li key={c.id} className="correction-row">
          <span className="correction-name">{c.label}</span>
          <span className="corpus-row-meta">
            {describeCorrection(c)} · {formatDate(c.created.slice(0, 10))}
          </span>
          <button type="button" className="text-button" aria-label={`Take back the correction of ${c.label}`} onClick={() => void removeCorrection(c)}>
            Take back
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every correction the analyst made. Those whose entity is no longer in the corpus (a rebuild
 * renamed or dropped it) are listed apart under "Could not be applied": kept, never dropped,
 * so they apply again if the entity comes back.
 */
export function CorrectionsPanel() {
  const list = useStore(correctionsStore, (s) => s.list);
  const error = useStore(correctionsStore, (s) => s.error);
  useEffect(() => {
    void refreshCorrections();
  }, []);
  if (error) return <div role="alert" className="error-panel">{error}</div>;
  if (!list) return null;
  const applied = list.filter((c) => c.applies);
  const stranded = list.filter((c) => !c.applies);
  return (
    <div className="corrections-panel">
      <section aria-labelledby="corrections-applied-title">
        <h2 className="panel-title" id="corrections-applied-title">
          Your corrections <span className="count">{applied.length.toLocaleString('en')}</span>
        </h2>
        {applied.length === 0 ? (
          <p className="empty">No corrections yet. Reject, retype, merge or split an entity from its details here or from a document’s briefing; change a quote’s speaker or a figure’s claimant from the briefing.</p>
        ) : (
          <Rows items={applied} />
        )}
      </section>
      {stranded.length ? (
        <section aria-labelledby="corrections-stranded-title">
          <h2 className="panel-title" id="corrections-stranded-title">
            Could not be applied <span className="count">{stranded.length.toLocaleString('en')}</span>
          </h2>
          <p className="corpus-more">What these correct is not in the corpus as it is now built (an entity, a quote or a figure has gone or changed). The corrections are kept and apply again if it returns.</p>
          <Rows items={stranded} />
        </section>
      ) : null}
    </div>
  );
}
