import { useId, useMemo } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { revealParagraph } from '../reader/reader-store';
import { groupQuotesBySpeaker } from './quotes';

/** Speaker → their quotes; each quote jumps to where it was said. */
export function QuotesTab({ doc }: { doc: ProcessedDocument }) {
  const id = useId();
  const groups = useMemo(() => groupQuotesBySpeaker(doc.quotes), [doc.quotes]);
  if (groups.length === 0) return <p className="empty">No quotes found in this document.</p>;
  return (
    <div className="quotes">
      {groups.map((group, g) => (
        <section key={group.speaker ?? '\u0000unattributed'} className="speaker" aria-labelledby={`${id}-s-${g}`}>
          <h3 id={`${id}-s-${g}`} className="speaker-name">
            {group.speaker ?? 'Unattributed'} <span className="entity-count">{group.quotes.length}</span>
          </h3>
          <ul className="quote-list">
            {group.quotes.map((q) => (
              <li key={`${q.paragraphId}:${q.start}`}>
                <button type="button" className="briefing-item quote" dir="auto" onClick={() => revealParagraph(q.paragraphId)}>
                  “{q.text.replace(/^[“"]|[”"]$/gu, '')}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
