import { useId } from 'react';
import { useStore } from '../../app/store';
import { ChoiceSelect, type Choice } from '../../ui/ChoiceSelect';
import { facetsStore, filterLibraryByEntity, refreshNoted, setFacets } from './facets-store';
import type { FacetCounts } from './library-facets';

export interface EntityChoice {
  id: string;
  name: string;
  count: number;
}

interface Props {
  counts: FacetCounts;
  /** The entities to offer with their counts (search results); without it an entity is only a chip set from the corpus view. */
  entities?: readonly EntityChoice[];
}

/**
 * Source, years, entity and "has my notes", each value with the number of documents (or
 * results) it would show. One set of facets for the library and the search results.
 */
export function LibraryFacetsPanel({ counts, entities }: Props) {
  const facets = useStore(facetsStore, (s) => s.facets);
  const id = useId();
  const active = [facets.source, facets.fromYear, facets.toYear, facets.entity, facets.hasNotes || null].filter(Boolean).length;
  const entityChoices = entities ? withCurrent(entities, facets.entity) : null;
  return (
    <details className="library-facets" open={active > 0 || undefined}>
      <summary>Filters{active ? ` (${active})` : ''}</summary>
      <div className="library-facet-body">
        {entityChoices ? (
          <>
            <label htmlFor={`${id}-entity`}>Mentions</label>
            <ChoiceSelect
              id={`${id}-entity`}
              value={facets.entity?.id ?? null}
              anyLabel="Any entity"
              choices={entityChoices}
              onChange={(entity) => {
                const picked = entityChoices.find((c) => c.value === entity);
                if (!entity || !picked) setFacets({ entity: null });
                else void filterLibraryByEntity(entity, picked.label ?? entity);
              }}
            />
          </>
        ) : facets.entity ? (
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

/** The entity choices, the one chosen first when the counts no longer list it (so the select can show it). */
function withCurrent(entities: readonly EntityChoice[], current: { id: string; name: string } | null): Choice[] {
  const choices: Choice[] = entities.map((e) => ({ value: e.id, label: e.name, count: e.count }));
  if (current && !choices.some((c) => c.value === current.id)) choices.unshift({ value: current.id, label: current.name });
  return choices;
}
