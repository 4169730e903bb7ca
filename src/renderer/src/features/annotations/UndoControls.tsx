import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { displayKeys } from '../../app/shortcuts';
import { useStore } from '../../app/store';
import { annotationsStore, redoLast, showNotice, undoLast, undoStack } from './annotations-store';

function useUndoState() {
  return useSyncExternalStore(undoStack.subscribe, undoStack.state);
}

/** Undo and Redo as buttons (not only keys), named for the change they would reverse or repeat. */
export function UndoRedoButtons() {
  const { past, future, busy } = useUndoState();
  const last = past.at(-1);
  const next = future[0];
  return (
    <div className="undo-buttons" role="group" aria-label="Undo and redo">
      <button type="button" disabled={!last || busy} title={last ? `Undo: ${last.label} (${displayKeys('mod+z')})` : 'Nothing to undo'} onClick={() => void undoLast()}>
        Undo
      </button>
      <button type="button" disabled={!next || busy} title={next ? `Redo: ${next.label} (${displayKeys('mod+shift+z')})` : 'Nothing to redo'} onClick={() => void redoLast()}>
        Redo
      </button>
    </div>
  );
}

const SHOW_MS = 8000;

/**
 * The toast for the notes' one message: what was just done, with Undo when it can be undone.
 * It stays while the pointer or focus is on it, and a new message replaces it.
 */
export function NoticeToast() {
  const notice = useStore(annotationsStore, (s) => s.notice);
  const { past, busy } = useUndoState();
  const [held, setHeld] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!notice || held) return;
    const timer = setTimeout(() => showNotice(null), notice.undo ? SHOW_MS * 1.5 : SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice, held]);

  const status = notice?.kind === 'status' ? notice : null;
  const alert = notice?.kind === 'alert' ? notice : null;
  const hold = {
    onPointerEnter: () => setHeld(true),
    onPointerLeave: () => setHeld(root.current?.contains(document.activeElement) ?? false),
    onFocus: () => setHeld(true),
    onBlur: () => setHeld(false),
  };
  return (
    <>
      {/* Both live regions are always in the page, so a screen reader is listening before the text arrives. */}
      <div ref={root} role="status" aria-label="Annotation messages" className={status ? 'notice-toast' : 'notice-toast is-empty'} {...hold}>
        {status ? (
          <>
            <span className="notice-text">{status.text}</span>
            {status.undo && past.length > 0 ? (
              <button type="button" className="button notice-undo" disabled={busy} onClick={() => void undoLast()}>
                Undo
              </button>
            ) : null}
            <button type="button" className="icon-button" aria-label="Dismiss the message" onClick={() => showNotice(null)}>✕</button>
          </>
        ) : null}
      </div>
      <div role="alert" aria-label="Annotation problems" className={alert ? 'notice-toast is-alert' : 'notice-toast is-empty'} {...hold}>
        {alert ? (
          <>
            <span className="notice-text">{alert.text}</span>
            <button type="button" className="icon-button" aria-label="Dismiss the message" onClick={() => showNotice(null)}>✕</button>
          </>
        ) : null}
      </div>
    </>
  );
}
