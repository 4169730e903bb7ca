import { useEffect, useState } from 'react';
import { useStore } from '../../app/store';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import { corpusStore, refreshTimeline, setTimelineFilter } from './corpus-store';
import { plural } from './entity-labels';
import { openAtParagraph } from './open-in-reader';
import { Snippet } from './Snippet';
import { TimelineChart } from './TimelineChart';
import { domainFor, indexOf, keyOf, type Domain } from './timeline-scale';

/** Dated events from every document on one axis: brush a range, zoom into it, filter by entity and source. */
export function CorpusTimelineTab() {
  const timeline = useStore(corpusStore, (s) => s.timeline);
  const filter = useStore(corpusStore, (s) => s.timelineFilter);
  const [zoom, setZoom] = useState<{ from: number; to: number } | null>(null);

  useEffect(() => {
    if (!corpusStore.get().timeline) void refreshTimeline();
  }, []);

  const histogram = timeline?.histogram ?? [];
  const domain = domainFor(histogram, timeline?.months ?? [], zoom);
  const selection = domain && filter.from && filter.to ? selectionIn(filter.from, filter.to, domain) : null;
  const brushedYears = filter.from && filter.to ? { from: Number(filter.from.slice(0, 4)), to: Number(filter.to.slice(0, 4)) } : null;
  const years = histogram.map((b) => ({ value: b.key }));
  const brush = (range: { from: number; to: number } | null) =>
    setTimelineFilter(range && domain ? { from: keyOf(range.from, domain.scale), to: keyOf(range.to, domain.scale) } : { from: null, to: null });

  return (
    <div className="corpus-timeline">
      <div className="corpus-controls corpus-control-row timeline-controls">
        {filter.entityId ? (
          <span className="filter-chip">
            Entity: {filter.entityName}
            <button type="button" className="icon-button" aria-label={`Remove the filter on ${filter.entityName ?? 'the entity'}`} onClick={() => setTimelineFilter({ entityId: null, entityName: null })}>
              <span aria-hidden="true">✕</span>
            </button>
          </span>
        ) : (
          <span className="corpus-hint">To narrow by entity, choose one under Entities and press “Show on the timeline”.</span>
        )}
        <label>
          Source{' '}
          <ChoiceSelect value={filter.source} anyLabel="All sources" choices={(timeline?.sources ?? []).map((value) => ({ value }))} onChange={(source) => setTimelineFilter({ source })} />
        </label>
        <label>
          From{' '}
          <ChoiceSelect value={filter.from?.slice(0, 4) ?? null} anyLabel="Any year" choices={years} onChange={(from) => setTimelineFilter({ from, to: filter.to ?? from })} />
        </label>
        <label>
          To{' '}
          <ChoiceSelect value={filter.to?.slice(0, 4) ?? null} anyLabel="Any year" choices={years} onChange={(to) => setTimelineFilter({ to, from: filter.from ?? to })} />
        </label>
        <button type="button" className="text-button" disabled={!brushedYears} onClick={() => brushedYears && setZoom(brushedYears)}>
          Zoom to range
        </button>
        <button type="button" className="text-button" disabled={!zoom && !selection} onClick={() => { setZoom(null); brush(null); }}>
          Show all years
        </button>
      </div>
      {domain ? <TimelineChart buckets={domain.scale === 'year' ? histogram : (timeline?.months ?? [])} domain={domain} selection={selection} onBrush={brush} /> : null}
      <p className="corpus-summary" role="status">
        {timeline ? `${plural(timeline.total, 'event')}${filter.from && filter.to ? ` from ${filter.from} to ${filter.to}` : ''}` : 'Loading the timeline…'}
      </p>
      <ol className="corpus-rows timeline-events" aria-label="Events">
        {(timeline?.events ?? []).map((e, i) => (
          <li key={`${e.documentId}-${e.paragraphId}-${e.start}-${i}`}>
            <button type="button" className="corpus-row timeline-event" onClick={() => void openAtParagraph(e.documentId, e.paragraphId)}>
              <span className="timeline-date">{e.endDate ? `${e.date} – ${e.endDate}` : e.date}</span>
              <span className="corpus-row-title">{e.title}</span>
              <span className="corpus-row-meta">{e.source}</span>
              <Snippet text={e.snippet} snippetStart={e.snippetStart} start={e.start} end={e.end} />
            </button>
          </li>
        ))}
      </ol>
      {timeline && timeline.total > timeline.events.length ? (
        <p className="corpus-more">Showing the first {timeline.events.length.toLocaleString('en')}: brush the chart to narrow.</p>
      ) : null}
    </div>
  );
}

/** A brushed range of keys ("2004" or "2004-03") as indices at the domain's scale. */
function selectionIn(from: string, to: string, domain: Domain): { from: number; to: number } {
  if (domain.scale === 'year') return { from: Number(from.slice(0, 4)), to: Number(to.slice(0, 4)) };
  return { from: indexOf(from, 'month'), to: to.length >= 7 ? indexOf(to, 'month') : Number(to) * 12 + 11 };
}
