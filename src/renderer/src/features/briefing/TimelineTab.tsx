import { useMemo } from 'react';
import { isUncertain, type ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import { settingsStore } from '../settings/settings-store';
import { revealParagraph } from '../reader/reader-store';
import { buildTimeline, excerptAround, formatResolvedDate } from './timeline';
import { HiddenNote, UncertainMark } from './UncertainMark';

/** Dated events in order: the date as resolved, as written, and the sentence around it. */
export function TimelineTab({ doc }: { doc: ProcessedDocument }) {
  const showUncertain = useStore(settingsStore, (s) => s.showUncertain);
  const shown = useMemo(() => (showUncertain ? doc.events : doc.events.filter((e) => !isUncertain(e))), [doc.events, showUncertain]);
  const entries = useMemo(() => buildTimeline(shown), [shown]);
  const hidden = doc.events.length - shown.length;
  const paragraphs = useMemo(() => new Map(doc.paragraphs.map((p) => [p.id, p.text])), [doc.paragraphs]);
  const byKey = useMemo(() => new Map(doc.events.map((e) => [`${e.paragraphId}:${e.start}:${e.end}`, e])), [doc.events]);
  const note = <HiddenNote count={hidden} one="uncertain date" many="uncertain dates" />;
  if (entries.length === 0)
    return (
      <>
        <p className="empty">No dated events found in this document.</p>
        {note}
      </>
    );
  return (
    <>
    <ol className="timeline">
      {entries.map((entry) => {
        const event = byKey.get(entry.key);
        const text = paragraphs.get(entry.paragraphId) ?? '';
        return (
          <li key={entry.key} className="timeline-entry">
            <button type="button" className="briefing-item timeline-item" onClick={() => revealParagraph(entry.paragraphId)}>
              <time className="timeline-date" dateTime={entry.start}>{formatResolvedDate(entry.start, entry.end)}</time>
              {event && isUncertain(event) ? <UncertainMark what="this date" /> : null}
              <span className="timeline-written">as written: “{entry.text}”</span>
              {event && text ? <span className="timeline-context">{excerptAround(text, event.start, event.end)}</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
    {note}
    </>
  );
}
