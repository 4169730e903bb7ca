import { useLayoutEffect, useRef, useState } from 'react';
import { NoteView } from './NoteView';

/**
 * A note in the sidebar, cut to a few lines when it is long, with "Show more" to read the
 * rest in place: one long note never pushes every other note out of sight.
 */
export function LongNote({ markdown, id }: { markdown: string; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current?.firstElementChild as HTMLElement | null | undefined;
    if (!el) return;
    const check = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [markdown]);

  const bodyId = `note-body-${id}`;
  return (
    <div ref={ref} className={expanded ? 'long-note is-expanded' : 'long-note'}>
      <NoteView markdown={markdown} className="note-body" id={bodyId} />
      {overflows || expanded ? (
        <button type="button" className="link-button show-more" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : 'Show more'}
        </button>
      ) : null}
    </div>
  );
}
