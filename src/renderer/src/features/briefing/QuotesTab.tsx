import { useId, useMemo } from 'react';
import { isUncertain, type ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import { settingsStore } from '../settings/settings-store';
import { itemTarget } from '../../../../shared/corrections';
import { AttributionEditor } from '../corrections';
import { revealParagraph } from '../reader/reader-store';
import { groupQuotesBySpeaker, quoteLabel } from './quotes';
import { HiddenNote, UncertainMark } from './UncertainMark';

/** Speaker → their quotes; each quote jumps to where it was said, and its speaker can be changed. */
export function QuotesTab({ doc }: { doc: ProcessedDocument }) {
  const id = useId();
  const showUncertain = useStore(settingsStore, (s) => s.showUncertain);
  const groups = useMemo(() => groupQuotesBySpeaker(doc.quotes, showUncertain), [doc.quotes, showUncertain]);
  const hidden = showUncertain ? 0 : doc.quotes.filter((q) => q.speaker && isUncertain(q)).length;
  const people = useMemo(() => doc.entities.filter((e) => e.type === 'person').map((e) => e.name), [doc.entities]);
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
                  {group.speaker && isUncertain(q) ? <UncertainMark what="who said this" /> : null}
                </button>
                <AttributionEditor kind="quote-speaker" target={itemTarget(doc.id, q.paragraphId, q.start)} label={quoteLabel(q.text)} current={group.speaker} suggestions={people} number={doc.quotes.indexOf(q) + 1} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <HiddenNote count={hidden} one="uncertain speaker" many="uncertain speakers" />
    </div>
  );
}
