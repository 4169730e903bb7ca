import { COLOURS, type Colour } from '../../../../shared/annotations';

/** The five highlight colours as a radio group (arrow keys move, as for any radio group). */
export function ColourPicker({ value, onChange }: { value: Colour; onChange(colour: Colour): void }) {
  return (
    <fieldset className="colour-picker">
      <legend>Colour</legend>
      {COLOURS.map((colour) => (
        <label key={colour} className={`colour-option colour-${colour}`}>
          <input type="radio" name="annotation-colour" value={colour} checked={value === colour} onChange={() => onChange(colour)} />
          <span>{colour}</span>
        </label>
      ))}
    </fieldset>
  );
}
