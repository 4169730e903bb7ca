import { useId } from 'react';
import { useStore } from '../../app/store';
import { facetsStore, refreshNoted, setFacets } from './facets-store';
import type { FacetCounts } from './library-facets';

/** Source, years, entity and "has my notes", each value with the number of documents it would show. */
export function LibraryFacetsPanel({ counts }: { counts: FacetCounts }) {
  const facets = useStore(facetsStore, (s) => s.facets);
  const id = useId();
  const active = [facets.source, facets.fromYear, facets.toYear, facets.entity, facets.hasNotes || null].filter(Boolean).length;
  return (
    <details className="library-facets" open={active > 0 || undefined}>
      <summary>Filters{active ? ` (${active})` : ''}</summary>
      <div className="library-facet-body">
        {facets.entity ? (
          <span className="filter-chip">
            Mentions {facets.entity.name}
            <button type="button" className="icon-button" aria-label={`Remove the filter on ${facets.entity.name}`} onClick={() => setFacets({ entity: null })}>
              <span aria-hidden="true">✕</span>
            </button>
          </span>
        ) : null}
        <label htmlFor={`${id}-source`}>Source</label>
        <select id={`${id}-source`} value={facets.source ?? ''} onChange={(e) => setFacets({ source: e.target.value || null })}>
          <option value="">All sources</option>
          {counts.sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.value} ({s.count.toLocaleString('en')})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>Published from</label>
        <select id={`${id}-from`} value={facets.fromYear ?? ''} onChange={(e) => setFacets({ fromYear: e.target.value || null })}>
          <option value="">Any year</option>
          {counts.years.map((y) => (
            <option key={y.value} value={y.value}>
              {y.value} ({y.count.toLocaleString('en')})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-to`}>Published to</label>
        <select id={`${id}-to`} value={facets.toYear ?? ''} onChange={(e) => setFacets({ toYear: e.target.value || null })}>
          <option value="">Any year</option>
          {counts.years.map((y) => (
            <option key={y.value} value={y.value}>
              {y.value} ({y.count.toLocaleString('en')})
            </option>
          ))}
        </select>
        <label className="library-facet-check">
          <input
            type="checkbox"
            checked={facets.hasNotes}
            onChange={(e) => {
              setFacets({ hasNotes: e.target.checked });
              void refreshNoted();
            }}
            onFocus={() => void refreshNoted()}
          />
          Has my notes ({counts.noted.toLocaleString('en')})
        </label>
      </div>
    </details>
  );
}
