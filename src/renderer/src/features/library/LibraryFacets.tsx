import { useId } from 'react';
import { useStore } from '../../app/store';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
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
        <ChoiceSelect id={`${id}-source`} value={facets.source} anyLabel="All sources" choices={counts.sources} onChange={(source) => setFacets({ source })} />
        <label htmlFor={`${id}-from`}>Published from</label>
        <ChoiceSelect id={`${id}-from`} value={facets.fromYear} anyLabel="Any year" choices={counts.years} onChange={(fromYear) => setFacets({ fromYear })} />
        <label htmlFor={`${id}-to`}>Published to</label>
        <ChoiceSelect id={`${id}-to`} value={facets.toYear} anyLabel="Any year" choices={counts.years} onChange={(toYear) => setFacets({ toYear })} />
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
