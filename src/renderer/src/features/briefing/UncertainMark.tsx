/** The briefing's subtle "?" on an item extraction is unsure of; `what` says what is unsure. */
export function UncertainMark({ what }: { what: string }) {
  return (
    <>
      {' '}
      <span className="uncertain-mark" title={`Uncertain: extraction is not sure of ${what}`}>
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">uncertain</span>
      </span>
    </>
  );
}

/** "1 uncertain speaker hidden" under a list when the setting hides uncertain items. */
export function HiddenNote({ count, one, many }: { count: number; one: string; many: string }) {
  if (!count) return null;
  return (
    <p className="briefing-hidden-note">
      {count === 1 ? `1 ${one} hidden` : `${count} ${many} hidden`} (Settings: “Show uncertain items”).
    </p>
  );
}
