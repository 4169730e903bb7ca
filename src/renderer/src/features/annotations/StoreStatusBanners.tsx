import type { AnnotationStoreStatus } from '../../../../shared/api/annotations';
import { useState } from 'react';
import { useStore } from '../../app/store';
import { annotationsStore, restoreOfferedBackup, retryStoreStatus } from './annotations-store';

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/**
 * The banners, drawn by the app right below its header and above the workspace (not inside
 * the reader, where they came after the whole document, off screen): the header stays
 * usable while one shows.
 */
export function ConnectedStoreStatusBanners() {
  const status = useStore(annotationsStore, (s) => s.storeStatus);
  return <StoreStatusBanners status={status} />;
}

/**
 * What the annotation store found at start that the user must know (issue 16): a damaged
 * file moved aside (and what was restored), a damaged write-ahead log, fewer annotations
 * than the newest backup, a read-only or locked database. Each names the files involved:
 * nothing was deleted, so the user can always go back to them.
 */
export function StoreStatusBanners({ status }: { status: AnnotationStoreStatus | null }) {
  if (!status) return null;
  const { recovered, readOnly, locked, warning, backupOffer, restoredBackup } = status;
  return (
    <>
      {recovered ? (
        <div role="alert" className="banner banner-warning annotations-banner">
          {recovered.reason} The damaged file was moved to <code>{recovered.movedTo}</code> and kept, not deleted.{' '}
          {recovered.restoredFrom
            ? `The ${recovered.restoredFrom.annotations} annotations of the backup of ${when(recovered.restoredFrom.created)} were restored; annotations made from now on are saved as usual.`
            : 'A new, empty database was started: annotations made from now on are saved there.'}
        </div>
      ) : null}
      {warning ? (
        <div role="alert" className="banner banner-warning annotations-banner">
          {warning}
        </div>
      ) : null}
      {backupOffer ? <BackupOffer offer={backupOffer} /> : null}
      {restoredBackup ? (
        <div role="status" className="banner annotations-banner">
          {restoredBackup.restored === 1 ? '1 annotation was' : `${restoredBackup.restored} annotations were`} put back from the backup of{' '}
          {when(restoredBackup.backup.created)}. The database as it was before is kept at <code>{restoredBackup.previousCopy}</code>.
        </div>
      ) : null}
      {locked ? (
        <div role="alert" className="banner banner-warning annotations-banner">
          {locked}{' '}
          <button type="button" onClick={() => void retryStoreStatus()}>
            Retry
          </button>
        </div>
      ) : readOnly ? (
        <div role="alert" className="banner banner-warning annotations-banner">
          Annotations cannot be saved: {readOnly}
        </div>
      ) : null}
    </>
  );
}

/** The offered backup, with the one click that restores it (nothing here is removed by that). */
function BackupOffer({ offer }: { offer: NonNullable<AnnotationStoreStatus['backupOffer']> }) {
  const [busy, setBusy] = useState(false);
  return (
    <div role="alert" className="banner banner-warning annotations-banner">
      {offer.reason} The backup is kept at <code>{offer.backup.path}</code>. Restoring it puts back the annotations it has that are
      missing here; nothing here is removed, and the database as it is now is copied aside first.{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void restoreOfferedBackup(offer.backup.path).finally(() => setBusy(false));
        }}
      >
        {busy ? 'Restoring…' : 'Restore this backup'}
      </button>
    </div>
  );
}
