import { useId, useMemo } from 'react';
import { isUncertain, type ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import { itemTarget } from '../../../../shared/corrections';
import { AttributionEditor } from '../corrections';
import { formatDate, readingMinutes } from '../../ui/format';
import { settingsStore } from '../settings/settings-store';
import { revealParagraph } from '../reader/reader-store';
import { groupFigures } from './figures';
import { leadParagraph } from './overview';
import { HiddenNote, UncertainMark } from './UncertainMark';

/** Title, source, date, reading time, the lead and the key figures (conflicting estimates side by side). */
export function OverviewTab({ doc }: { doc: ProcessedDocument }) {
  const id = useId();
  const lead = useMemo(() => leadParagraph(doc.paragraphs), [doc.paragraphs]);
  const groups = useMemo(() => groupFigures(doc.figures), [doc.figures]);
  const minutes = useMemo(() => readingMinutes(doc.paragraphs), [doc.paragraphs]);
  const showUncertain = useStore(settingsStore, (s) => s.showUncertain);
  // An uncertain claimant is not asserted when the setting hides uncertain items; the figure stays.
  const hiddenClaimants = showUncertain ? 0 : doc.figures.filter((f) => f.claimant && isUncertain(f)).length;
  const claimants = useMemo(() => [...new Set(doc.entities.filter((e) => e.type !== 'place').map((e) => e.name))], [doc.entities]);

  return (
    <div className="overview">
      <h2 className="overview-title">{doc.title}</h2>
      <dl className="overview-meta">
        <div>
          <dt>Source</dt>
          <dd>{doc.source ?? 'Unknown'}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{doc.published ? <time dateTime={doc.published}>{formatDate(doc.published)}</time> : 'Unknown'}</dd>
        </div>
        <div>
          <dt>Reading time</dt>
          <dd>{minutes} min</dd>
        </div>
      </dl>

      {lead ? (
        <section aria-labelledby={`${id}-lead`} className="briefing-section">
          <h3 id={`${id}-lead`}>Lead</h3>
          <button type="button" className="briefing-item lead" dir="auto" onClick={() => revealParagraph(lead.id)}>
            {lead.text}
          </button>
        </section>
      ) : null}

      <section aria-labelledby={`${id}-figures`} className="briefing-section">
        <h3 id={`${id}-figures`}>Key figures</h3>
        {groups.length === 0 ? (
          <p className="empty">No figures found in this document.</p>
        ) : (
          <ul className="figure-groups">
            {groups.map((group, g) => {
              const max = Math.max(...group.figures.map((f) => f.value));
              return (
              <li key={group.key} className="figure-group">
                <span id={`${id}-fg-${g}`} className="figure-label">{group.label}</span>
                <ul className="figure-list" aria-labelledby={`${id}-fg-${g}`}>
                  {group.figures.map((f) => (
                    <li key={`${f.paragraphId}:${f.start}`}>
                      <button type="button" className="figure" onClick={() => revealParagraph(f.paragraphId)}>
                        <span className="figure-number">{f.text}</span>{' '}
                        <span className="figure-claimant">
                          ({f.claimant && (showUncertain || !isUncertain(f)) ? f.claimant : 'unattributed'}
                          {f.claimant && showUncertain && isUncertain(f) ? <UncertainMark what="who claims this figure" /> : null})
                        </span>
                        {group.figures.length > 1 && max > 0 ? (
                          // Rival estimates at a glance: bar length relative to the largest.
                          <span className="figure-bar" aria-hidden="true" style={{ width: `${Math.max(2, (f.value / max) * 100)}%` }} />
                        ) : null}
                      </button>
                      <AttributionEditor
                        kind="figure-claimant"
                        target={itemTarget(doc.id, f.paragraphId, f.start)}
                        label={`${f.text} ${group.label}`}
                        current={f.claimant && (showUncertain || !isUncertain(f)) ? f.claimant : null}
                        suggestions={claimants}
                        number={doc.figures.indexOf(f) + 1}
                      />
                    </li>
                  ))}
                </ul>
              </li>
              );
            })}
          </ul>
        )}
        <HiddenNote count={hiddenClaimants} one="uncertain claimant" many="uncertain claimants" />
      </section>
    </div>
  );
}
