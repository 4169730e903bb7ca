import { useEffect, useId, useState } from 'react';
import type { EntityType } from '../../../../shared/corpus';
import type { CorpusEntity, MergedName } from '../../../../shared/corpus-tables';
import { dossier } from '../../app/dossier';
import { TYPE_LABEL } from '../corpus/entity-labels';
import { mergeEntity, splitAlias } from './corrections-store';

/** Entities a name could be merged into: those matching what is typed, itself left out. */
function useCandidates(text: string, type: EntityType, self: string): CorpusEntity[] {
  const [found, setFound] = useState<CorpusEntity[]>([]);
  useEffect(() => {
    let live = true;
    const filter = text.trim();
    if (!filter) {
      setFound([]);
      return;
    }
    dossier()
      .listCorpusEntities({ type, filter, limit: 12 })
      .then((page) => live && setFound(page.entities.filter((e) => e.id !== self)))
      .catch(() => live && setFound([]));
    return () => {
      live = false;
    };
  }, [text, type, self]);
  return found;
}

/**
 * "Merge into": the entity joins another of its type (typed with the matching names offered);
 * the merged names listed, each split off with a button. Both undoable.
 */
export function MergeControls({ entity, mergedNames }: { entity: CorpusEntity; mergedNames: readonly MergedName[] }) {
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const candidates = useCandidates(text, entity.type, entity.id);
  const chosen = candidates.find((c) => c.name.toLowerCase() === text.trim().toLowerCase()) ?? null;
  return (
    <>
      {mergedNames.length ? (
        <div className="corpus-merged">
          <span className="corpus-label" id={`${id}-merged`}>
            Merged names
          </span>
          <ul className="merged-names" aria-labelledby={`${id}-merged`}>
            {mergedNames.map((m) => (
              <li key={m.id}>
                <span>{m.name}</span>
                <button
                  type="button"
                  className="text-button"
                  aria-label={`Split off ${m.name} from ${entity.name}`}
                  title="Not the same: list it as an entity of its own (undoable)"
                  onClick={() => void splitAlias(m.id, m.name, entity.id, entity.name)}
                >
                  Split off
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        className="merge-form"
        aria-label={`Merge ${entity.name} into another entity`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen) {
            setMessage(text.trim() ? `No ${TYPE_LABEL[entity.type].toLowerCase()} is called “${text.trim()}”; pick one of the names offered.` : '');
            return;
          }
          setMessage('');
          setText('');
          void mergeEntity(entity.id, entity.name, chosen.id, chosen.name);
        }}
      >
        <label htmlFor={`${id}-into`} className="correction-label">
          Merge into
        </label>
        <input
          id={`${id}-into`}
          list={`${id}-candidates`}
          value={text}
          placeholder={`Another ${TYPE_LABEL[entity.type].toLowerCase()}`}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <datalist id={`${id}-candidates`}>
          {candidates.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
        <button type="submit" className="text-button" disabled={!text.trim()}>
          Merge
        </button>
        {message ? (
          <span id={`${id}-message`} className="merge-message" role="status">
            {message}
          </span>
        ) : null}
      </form>
    </>
  );
}
