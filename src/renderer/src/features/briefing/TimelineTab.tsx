import { useMemo } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { revealParagraph } from '../reader/reader-store';
import { buildTimeline, excerptAround, formatResolvedDate } from './timeline';

/** Dated events in order: the date as resolved, as written, and the sentence around it. */
export function TimelineTab({ doc }: { doc: ProcessedDocument }) {
  const entries = useMemo(() => buildTimeline(doc.events), [doc.events]);
  const paragraphs = useMemo(() => new Map(doc.paragraphs.map((p) => [p.id, p.text])), [doc.paragraphs]);
  const byKey = useMemo(() => new Map(doc.events.map((e) => [`${e.paragraphId}:${e.start}:${e.end}`, e])), [doc.events]);
  if (entries.length === 0) return <p className="empty">No dated events found in this document.</p>;
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const event = byKey.get(entry.key);
        const text = paragraphs.get(entry.paragraphId) ?? '';
        return (
          <li key={entry.key} className="timeline-entry">
            <button type="button" className="briefing-item timeline-item" onClick={() => revealParagraph(entry.paragraphId)}>
              <time className="timeline-date" dateTime={entry.start}>{formatResolvedDate(entry.start, entry.end)}</time>
              <span className="timeline-written">as written: “{entry.text}”</span>
              {event && text ? <span className="timeline-context">{excerptAround(text, event.start, event.end)}</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
