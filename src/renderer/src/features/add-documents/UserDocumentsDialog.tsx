import { useId, useState } from 'react';
import type { UserDocumentInfo } from '../../../../shared/api/add-documents';
import { useStore } from '../../app/store';
import { ModalDialog } from '../../ui/ModalDialog';
import { formatDate } from '../../ui/format';
import { openDocument } from '../library/library-store';
import { addDocumentsStore, closeUserDocuments, removeUserDocument, undoRemove } from './add-documents-store';

function notes(n: number): string {
  return n === 1 ? '1 note' : `${n} notes`;
}

function Row({ d, confirming, onConfirm }: { d: UserDocumentInfo; confirming: boolean; onConfirm: (id: string | null) => void }) {
  const original = d.original === 'copy' ? 'Original kept in your library' : `Original referenced at ${d.originalPath ?? 'its folder'}`;
  return (
    <li className="user-doc">
      <div className="user-doc-text">
        <button type="button" className="link-button user-doc-title" onClick={() => { closeUserDocuments(); void openDocument(d.id); }}>{d.title}</button>
        <span className="user-doc-meta">{[d.fileName, `added ${formatDate(d.addedAt.slice(0, 10))}`, original].join(' · ')}</span>
        {d.note ? <span className="user-doc-meta">{d.note}</span> : null}
      </div>
      {confirming ? (
        <div className="user-doc-confirm" role="group" aria-label={`Remove ${d.title}?`}>
          <p>Remove it from your library? Its notes are kept and come back if you add it again or undo.</p>
          <button type="button" className="button button-danger" onClick={() => { onConfirm(null); void removeUserDocument(d.id); }}>Remove</button>
          <button type="button" className="button" onClick={() => onConfirm(null)}>Keep</button>
        </div>
      ) : (
        <button type="button" className="button" aria-label={`Remove ${d.title}`} onClick={() => onConfirm(d.id)}>Remove…</button>
      )}
    </li>
  );
}

/** The documents the analyst added: open, or remove (notes kept, with Undo). */
export function UserDocumentsDialog() {
  const { listOpen, userDocuments, removed } = useStore(addDocumentsStore, (s) => s);
  const [confirming, setConfirming] = useState<string | null>(null);
  const id = useId();
  return (
    <ModalDialog open={listOpen} onClose={closeUserDocuments} labelledBy={`${id}-title`} className="user-docs-dialog">
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={`${id}-title`}>Your documents</h2>
          <button type="button" className="icon-button" aria-label="Close your documents" onClick={closeUserDocuments}>✕</button>
        </div>
        {removed ? (
          <div className="user-docs-removed" role="status">
            <span>
              Removed “{removed.title}”.{' '}
              {removed.annotationCount ? `Its ${notes(removed.annotationCount)} ${removed.annotationCount === 1 ? 'is' : 'are'} kept (listed as on a removed document) and come${removed.annotationCount === 1 ? 's' : ''} back with it.` : 'It had no notes.'}
            </span>
            <button type="button" className="button" onClick={() => void undoRemove()}>Undo</button>
          </div>
        ) : null}
        {userDocuments.length === 0 ? (
          <p className="empty">You have not added any documents. Use “Add documents…” or drop files on the window.</p>
        ) : (
          <ul className="user-docs" aria-label="Added documents">
            {userDocuments.map((d) => (
              <Row key={d.id} d={d} confirming={confirming === d.id} onConfirm={setConfirming} />
            ))}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
}
