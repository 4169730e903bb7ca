import type { AnnotationStoreStatus } from '../../../../shared/api/annotations';
import { retryStoreStatus } from './annotations-store';

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/**
 * What the annotation store found at start that the user must know (issue 16): a damaged
 * file moved aside (and what was restored), a damaged write-ahead log, fewer annotations
 * than the newest backup, a read-only or locked database. Each names the files involved:
 * nothing was deleted, so the user can always go back to them.
 */
export function StoreStatusBanners({ status }: { status: AnnotationStoreStatus | null }) {
  if (!status) return null;
  const { recovered, readOnly, locked, warning, backupOffer } = status;
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
      {backupOffer ? (
        <div role="alert" className="banner banner-warning annotations-banner">
          {backupOffer.reason} The backup is kept at <code>{backupOffer.backup.path}</code>.
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
