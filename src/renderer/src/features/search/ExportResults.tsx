import { useState } from 'react';
import { SEARCH_EXPORT_FORMATS, SEARCH_EXPORT_MAX_RESULTS, type SearchExportFormat } from '../../../../shared/api/constants';
import { useStore } from '../../app/store';
import { ModalDialog } from '../../ui/ModalDialog';
import type { ActionResult } from '../annotations/export/export-actions';
import { exportSearchResults, RESULT_FORMAT_LABELS } from './search-export-actions';
import { searchStore } from './search-store';

const SORT_LABEL = { relevance: 'best match first', date: 'newest first' } as const;

/** In the results column: export the result list of the query in the box (CSV or Markdown). */
export function ExportResultsButton() {
  const [open, setOpen] = useState(false);
  const total = useStore(searchStore, (s) => (s.response && !s.response.error && s.response.status === 'ready' ? s.response.total : 0));
  return (
    <>
      <button type="button" className="search-export" aria-haspopup="dialog" aria-expanded={open} disabled={total === 0} onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? <ExportResultsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ExportResultsDialog({ onClose }: { onClose: () => void }) {
  const query = useStore(searchStore, (s) => s.response?.query ?? s.query);
  const total = useStore(searchStore, (s) => s.response?.total ?? 0);
  const sort = useStore(searchStore, (s) => s.sort);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const count = Math.min(total, SEARCH_EXPORT_MAX_RESULTS);

  const run = async (format: SearchExportFormat) => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    setResult(await exportSearchResults(query, sort, format));
    setBusy(false);
  };

  return (
    <ModalDialog open onClose={onClose} labelledBy="export-results-title" className="export-dialog annotation-dialog">
      <div className="modal-body">
        <h2 id="export-results-title" className="popover-title">Export search results</h2>
        <p className="saved-form-query">
          <code>{query.trim()}</code>: {count === total ? `${total.toLocaleString('en')} ${total === 1 ? 'result' : 'results'}` : `the best ${count.toLocaleString('en')} of ${total.toLocaleString('en')} results`}, {SORT_LABEL[sort]}.
        </p>
        <p className="field-hint">Each result: title, source, date, score, hits, snippet and a link that opens the passage in Dossier.</p>
        <fieldset>
          <legend>Format</legend>
          <div className="format-buttons">
            {SEARCH_EXPORT_FORMATS.map((format, i) => (
              <button key={format} type="button" aria-busy={busy} data-autofocus={i === 0 || undefined} onClick={() => void run(format)}>
                {RESULT_FORMAT_LABELS[format]}
              </button>
            ))}
          </div>
        </fieldset>
        {result ? <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'form-info' : 'form-error'}>{result.message}</p> : null}
        <div className="popover-actions">
          <button type="button" onClick={onClose}>Close</button>
        </div>
      </div>
    </ModalDialog>
  );
}
