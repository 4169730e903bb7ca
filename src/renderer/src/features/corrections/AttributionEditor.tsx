import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../../app/store';
import { correctionsStore, refreshCorrections, setAttribution, takeBackAttribution, type AttributionKind } from './corrections-store';

interface Props {
  kind: AttributionKind;
  /** itemTarget of the quote or figure. */
  target: string;
  /** How the item is named in messages and the list of corrections: “We will keep…”, “3,000 jobs”. */
  label: string;
  /** The speaker or claimant shown now (corrections applied). */
  current: string | null;
  /** Names to offer: the document's people (and organisations, for claimants). */
  suggestions: readonly string[];
  /** 1-based place of the item in the document: names the button without repeating the item's text. */
  number: number;
}

/**
 * Reassigns a quote's speaker or sets/clears a figure's claimant: a small button that opens a
 * form (a name with the document's names offered, Save, Unattributed, As extracted when
 * corrected). Escape or Cancel closes it and gives focus back to the button. Undoable.
 */
export function AttributionEditor({ kind, target, label, current, suggestions, number }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(current ?? '');
  const toggle = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const correction = useStore(correctionsStore, (s) => s.list?.find((c) => c.kind === kind && c.target === target) ?? null);
  const what = kind === 'quote-speaker' ? 'speaker' : 'claimant';
  useEffect(() => {
    if (!open) return;
    setName(current ?? '');
    void refreshCorrections();
    input.current?.focus();
  }, [open, current]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const done = (work: Promise<void>) => {
    close();
    void work;
  };
  return (
    <span className="attribution-editor">
      <button
        ref={toggle}
        type="button"
        className="text-button attribution-toggle"
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        // Not the item's text: its own button already has that name, and searching by it must find one.
        aria-label={`Change the ${what} of ${kind === 'quote-speaker' ? 'quote' : 'figure'} ${number} (${current ?? 'unattributed'})`}
        title={`Change the ${what} (undoable)`}
        onClick={() => setOpen((o) => !o)}
      >
        {kind === 'quote-speaker' ? 'Speaker' : 'Claimant'}
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          className="attribution-form"
          aria-label={`The ${what} of ${label}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = name.trim();
            if (trimmed) done(setAttribution(kind, target, label, trimmed));
          }}
        >
          <label htmlFor={`${id}-name`} className="correction-label">
            {kind === 'quote-speaker' ? 'Speaker' : 'Claimant'}
          </label>
          <input id={`${id}-name`} ref={input} list={`${id}-names`} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
          <datalist id={`${id}-names`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <button type="submit" className="text-button" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" className="text-button" onClick={() => done(setAttribution(kind, target, label, null))}>
            Unattributed
          </button>
          {correction ? (
            <button type="button" className="text-button" onClick={() => done(takeBackAttribution(correction))}>
              As extracted
            </button>
          ) : null}
          <button type="button" className="text-button" onClick={close}>
            Cancel
          </button>
        </form>
      ) : null}
    </span>
  );
}
