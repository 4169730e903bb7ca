import { useEffect, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../../shared/api/constants';
import type { ExportCapabilities, ExportScope } from '../../../../../shared/api/export';
import { useStore } from '../../../app/store';
import { ModalDialog } from '../../../ui/ModalDialog';
import { annotationsStore, showNotice } from '../annotations-store';
import { exportAnnotations, exportCapabilities, FORMAT_LABELS, type ActionResult } from './export-actions';

type ScopeChoice = 'selected' | 'document' | 'all';

/** Export dialog (Ctrl/Cmd+E, or Export… in the notes sidebar): what to export, then a format. */
export function ExportDialog() {
  const selected = useStore(annotationsStore, (s) => s.selected);
  const doc = useStore(annotationsStore, (s) => s.doc);
  const showAll = useStore(annotationsStore, (s) => s.showAll);
  const [choice, setChoice] = useState<ScopeChoice>(selected.length > 0 ? 'selected' : showAll || !doc ? 'all' : 'document');
  const [caps, setCaps] = useState<ExportCapabilities | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void exportCapabilities().then(setCaps);
    // This dialog reports its own outcome; an older message about the notes would read as if about the export.
    showNotice(null);
  }, []);

  const close = () => annotationsStore.set({ exportOpen: false });
  const scope = (): ExportScope =>
    choice === 'selected' ? { ids: selected } : choice === 'document' && doc ? { documentId: doc.id } : { all: true };

  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    setResult(await exportAnnotations(format, scope()));
    setBusy(false);
  };

  const options: { value: ScopeChoice; label: string; disabled: boolean }[] = [
    { value: 'selected', label: `Selected annotations (${selected.length})`, disabled: selected.length === 0 },
    { value: 'document', label: 'This document', disabled: !doc },
    { value: 'all', label: 'All documents', disabled: false },
  ];
  return (
    // Modal: Esc, the backdrop and Close all close it; Tab stays inside; focus starts on the chosen scope.
    <ModalDialog open onClose={close} labelledBy="export-title" className="export-dialog annotation-dialog">
      <div className="modal-body">
        <h2 id="export-title" className="popover-title">Export annotations</h2>
        <fieldset>
          <legend>What to export</legend>
          {options.map((o) => (
            <label key={o.value} className="radio-row">
              <input
                type="radio"
                name="export-scope"
                value={o.value}
                checked={choice === o.value}
                disabled={o.disabled}
                data-autofocus={choice === o.value || undefined}
                onChange={() => setChoice(o.value)}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          <div className="format-buttons">
            {EXPORT_FORMATS.map((format) => {
              const available = !caps || caps.formats.includes(format);
              return (
                <button
                  key={format}
                  type="button"
                  disabled={!available}
                  aria-busy={busy}
                  title={available ? undefined : 'Needs the Dossier desktop app'}
                  onClick={() => void run(format)}
                >
                  {FORMAT_LABELS[format]}
                </button>
              );
            })}
          </div>
          {caps && !caps.formats.includes('pdf') ? <p className="field-hint">PDF needs the desktop app; export HTML and print it instead.</p> : null}
        </fieldset>
        {result ? (
          <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'form-info' : 'form-error'}>{result.message}</p>
        ) : null}
        <div className="popover-actions">
          <button type="button" onClick={close}>Close</button>
        </div>
      </div>
    </ModalDialog>
  );
}
