import { useId, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../../shared/annotations';
import type { TagCount } from '../../../../shared/api/annotations';
import { parseTagInput } from './filter-annotations';

interface Props {
  tags: string[];
  known: readonly TagCount[];
  onChange(tags: string[]): void;
  /** Text typed but not yet turned into a chip; kept by the parent so a failed save loses nothing. */
  draft: string;
  onDraftChange(text: string): void;
  /** Focus the field when the (modal) editor opens. */
  autoFocus?: boolean;
}

/** Tags as removable chips; Enter or comma adds what was typed, completion lists tags already in use. */
export function TagInput({ tags, known, onChange, draft, onDraftChange, autoFocus }: Props) {
  const listId = useId();
  const inputId = useId();
  const [hint, setHint] = useState<string | null>(null);
  const add = (text: string) => {
    const next = [...tags];
    for (const tag of parseTagInput(text)) {
      if (tag.length > LIMITS.tagChars) {
        setHint(`A tag can be at most ${LIMITS.tagChars} characters.`);
        return;
      }
      if (!next.some((t) => t.toLowerCase() === tag.toLowerCase())) next.push(tag);
    }
    if (next.length > LIMITS.tags) {
      setHint(`At most ${LIMITS.tags} tags.`);
      return;
    }
    setHint(null);
    onChange(next);
    onDraftChange('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && draft.trim()) {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  const suggestions = known.filter((k) => !tags.some((t) => t.toLowerCase() === k.tag.toLowerCase()));
  return (
    <div className="tag-input">
      <label htmlFor={inputId}>Tags</label>
      <ul className="tag-chips" aria-label="Tags on this annotation">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span className="tag-chip-text" title={tag} dir="auto">{tag}</span>
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        list={listId}
        value={draft}
        placeholder="Add a tag, press Enter"
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
        onChange={(e) => {
          const value = e.target.value;
          // Picking a completion or pasting "a, b," adds chips straight away.
          if (value.endsWith(',')) add(value);
          else onDraftChange(value);
        }}
        onKeyDown={onKeyDown}
      />
      <datalist id={listId}>
        {suggestions.map((k) => (
          <option key={k.tag} value={k.tag}>{`${k.tag} (${k.count})`}</option>
        ))}
      </datalist>
      {hint ? <p className="field-hint" role="alert">{hint}</p> : null}
    </div>
  );
}
