import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { trapTab } from './focus-trap';
import './modal-dialog.css';

interface Props {
  open: boolean;
  onClose: () => void;
  /** id of the heading that names the dialog. */
  labelledBy: string;
  className?: string;
  /** Placement for a dialog anchored to something on the page (the annotation editor). */
  style?: CSSProperties;
  /**
   * Whether a click on the backdrop closes the dialog. Off for dialogs holding typed text
   * (an annotation's note), so a stray click never throws it away.
   */
  closeOnBackdrop?: boolean;
  children: ReactNode;
}

/**
 * The app's one modal dialog (settings, shortcuts, export, annotation editor), on the native
 * <dialog> so the rest of the page is inert while it is open (WAI-ARIA dialog pattern):
 * Esc closes, Tab and Shift+Tab cycle inside, focus starts on the element marked
 * `data-autofocus` (else the browser's choice, the first control) and returns to whatever
 * had it before. Portalled to <body> so it sits after the whole app in document order too
 * (tools such as axe reason about stacking by it).
 */
export function ModalDialog({ open, onClose, labelledBy, className, style, closeOnBackdrop = true, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // Set while this component closes the dialog itself, so its `close` event is not taken for the user's.
  const closingRef = useRef(false);

  // A layout effect, so a parent's layout effect (the editor measuring itself) sees the open dialog.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closingRef.current = false;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
    return () => {
      closingRef.current = true;
      if (dialog.open) dialog.close();
      // After the dialog is gone: back to the control (or place) the user was at.
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [open]);

  if (!open) return null;
  return createPortal(
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      style={style}
      aria-labelledby={labelledBy}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      // The browser may close a modal dialog itself (a second Esc without user activation skips `cancel`).
      onClose={() => {
        if (!closingRef.current) onCloseRef.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          // Handled here so page-level Escape shortcuts (search) do not also fire.
          event.preventDefault();
          event.stopPropagation();
          onCloseRef.current();
          return;
        }
        if (ref.current) trapTab(event, ref.current);
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (closeOnBackdrop && event.target === ref.current) onCloseRef.current();
      }}
    >
      {children}
    </dialog>,
    document.body,
  );
}
