/** A select of values with an "any" first option; a value's count, when given, follows it in brackets. */
export interface Choice {
  value: string;
  /** Shown instead of the value (an entity's name for its id). */
  label?: string;
  count?: number;
}

interface Props {
  id?: string;
  value: string | null;
  anyLabel: string;
  choices: readonly Choice[];
  onChange(value: string | null): void;
}

export function ChoiceSelect({ id, value, anyLabel, choices, onChange }: Props) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{anyLabel}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.count === undefined ? (c.label ?? c.value) : `${c.label ?? c.value} (${c.count.toLocaleString('en')})`}
        </option>
      ))}
    </select>
  );
}
