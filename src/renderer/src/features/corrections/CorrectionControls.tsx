import './corrections.css';
import { useId } from 'react';
import type { EntityType } from '../../../../shared/corpus';
import { TYPE_LABEL } from '../corpus/entity-labels';
import { rejectEntity, retypeEntity, retypeOf } from './corrections-store';

const TYPES: EntityType[] = ['person', 'organization', 'place'];

/** The type extraction gave an entity: its stable id starts with it ("person:tony blair"). */
export function extractedType(target: string): EntityType | null {
  const type = target.slice(0, target.indexOf(':'));
  return (TYPES as string[]).includes(type) ? (type as EntityType) : null;
}

/** Reject an entity or change its type; both undoable (Undo in the message, or Ctrl+Z). */
export function CorrectionControls({ target, name, type }: { target: string; name: string; type: EntityType }) {
  const id = useId();
  return (
    <div className="correction-controls" role="group" aria-label={`Correct ${name}`}>
      <label htmlFor={`${id}-type`} className="correction-label">
        Type
      </label>
      <select
        id={`${id}-type`}
        value={type}
        onChange={(event) => void retypeEntity(target, name, event.target.value as EntityType, retypeOf(target), extractedType(target))}
      >
        {TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABEL[t]}
          </option>
        ))}
      </select>
      <button type="button" className="text-button correction-reject" aria-label={`Reject ${name}`} title="Not an entity: remove it everywhere (undoable)" onClick={() => void rejectEntity(target, name)}>
        Reject
      </button>
    </div>
  );
}
