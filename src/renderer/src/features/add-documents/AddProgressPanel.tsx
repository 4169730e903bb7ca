import { useId } from 'react';
import type { AddFileResult } from '../../../../shared/api/add-documents';
import { useStore } from '../../app/store';
import { openDocument } from '../library/library-store';
import { addDocumentsStore, cancelAdding, closePanel } from './add-documents-store';

const OUTCOME_LABEL: Record<AddFileResult['outcome'], string> = {
  added: 'Added',
  replaced: 'New version',
  skipped: 'Skipped',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

function ResultRow({ r }: { r: AddFileResult }) {
  return (
    <li className={`add-result add-result-${r.outcome}`}>
      <span className="add-result-outcome">{OUTCOME_LABEL[r.outcome]}</span>
      <span className="add-result-body">
        {r.documentId && (r.outcome === 'added' || r.outcome === 'replaced') ? (
          <button type="button" className="link-button" onClick={() => void openDocument(r.documentId!)}>{r.name}</button>
        ) : (
          <span className="add-result-name">{r.name}</span>
        )}
        {r.message ? <span className="add-result-message">{r.message}</span> : null}
        {r.unplaced.length ? (
          <span className="add-result-unplaced">
            Could not be placed:{' '}
            {r.unplaced.map((u) => `“${u.quote.length > 60 ? `${u.quote.slice(0, 60)}…` : u.quote}”`).join(', ')}
          </span>
        ) : null}
      </span>
    </li>
  );
}

/**
 * Progress of the add queue (file name, per-file and overall), Cancel, then the summary and
 * what happened to each file. Not modal: the app stays usable while files are processed.
 */
export function AddProgressPanel() {
  const { status, reading, panelOpen, error } = useStore(addDocumentsStore, (s) => s);
  const id = useId();
  if (!panelOpen) return null;
  const running = Boolean(status?.running) || reading !== null;
  const total = status?.total ?? 0;
  const done = status?.done ?? 0;
  const problems = (status?.results ?? []).filter((r) => r.outcome !== 'added');
  return (
    <section className="add-panel" role="region" aria-labelledby={`${id}-title`}>
      <div className="add-panel-head">
        <h2 id={`${id}-title`}>{running ? 'Adding documents' : 'Documents added'}</h2>
        {running ? (
          <button type="button" className="button" onClick={() => void cancelAdding()}>Cancel</button>
        ) : (
          <button type="button" className="icon-button" aria-label="Close" onClick={closePanel}>✕</button>
        )}
      </div>
      {error ? <p role="alert" className="add-error">{error}</p> : null}
      {running ? (
        <div className="add-progress">
          <progress max={Math.max(total, 1)} value={done} aria-label="Files processed" />
          <p className="add-progress-text" aria-live="polite">
            {reading && !status?.running
              ? `Reading ${reading.done} of ${reading.total} files…`
              : `${done} of ${total} done${status?.current ? ` · processing ${status.current}${status.step ? ` (${status.step})` : ''}` : ''}`}
          </p>
        </div>
      ) : status?.summary ? (
        <p className="add-summary" role="status">{status.summary}</p>
      ) : null}
      {problems.length || (!running && status?.results.length) ? (
        <ul className="add-results" aria-label="Files">
          {(running ? problems : status?.results ?? []).map((r, i) => (
            <ResultRow key={`${r.name}-${i}`} r={r} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
