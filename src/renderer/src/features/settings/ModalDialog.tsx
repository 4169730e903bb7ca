import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { trapTab } from './focus-trap';

interface Props {
  open: boolean;
  onClose: () => void;
  /** id of the heading that names the dialog. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> (the rest of the page is inert while it is open):
 * Esc closes, Tab stays inside, focus returns to whatever opened it. Portalled to <body> so it
 * sits after the whole app in document order too (tools such as axe reason about stacking by it).
 */
export function ModalDialog({ open, onClose, labelledBy, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // After the dialog is gone: back to the control (or place) the user was at.
      opener?.focus();
    };
  }, [open]);

  if (!open) return null;
  return createPortal(
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={labelledBy}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
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
        if (event.target === ref.current) onCloseRef.current();
      }}
    >
      {children}
    </dialog>,
    document.body,
  );
}
