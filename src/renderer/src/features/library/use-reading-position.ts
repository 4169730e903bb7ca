import { useEffect, type RefObject } from 'react';
import { firstInView, loadReadingPosition, saveReadingPosition } from './reading-position';

/** Below this scroll offset the user is "at the top": nothing to remember. */
const TOP_SLACK = 48;

/**
 * Remembers the last paragraph in view of the document shown in `pane` and returns there
 * when the document is opened again.
 */
export function useReadingPosition(pane: RefObject<HTMLElement | null>, documentId: string | null): void {
  useEffect(() => {
    const el = pane.current;
    if (!el || !documentId) return;
    const saved = loadReadingPosition(localStorage, documentId);
    const target = saved ? el.querySelector<HTMLElement>(`#para-${CSS.escape(saved)}`) : null;
    if (target) target.scrollIntoView({ block: 'start', behavior: 'auto' });
    else el.scrollTop = 0;

    let frame = 0;
    const record = () => {
      frame = 0;
      if (el.scrollTop < TOP_SLACK) {
        saveReadingPosition(localStorage, documentId, null);
        return;
      }
      const top = el.getBoundingClientRect().top;
      const paragraphs = [...el.querySelectorAll<HTMLElement>('[data-paragraph-id]')].map((p) => ({ id: p.dataset.paragraphId!, bottom: p.getBoundingClientRect().bottom }));
      const first = firstInView(paragraphs, top + 8);
      if (first) saveReadingPosition(localStorage, documentId, first.id);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(record);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [pane, documentId]);
}
