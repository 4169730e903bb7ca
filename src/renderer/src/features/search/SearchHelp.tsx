import { useEffect, useId, useRef, useState } from 'react';

const SYNTAX: [string, string][] = [
  ['korea troops', 'Any of the words (ranked; case, accents and word endings ignored; korea also finds Koreans)'],
  ['US  NATO  WHO', 'Typed in capitals: only where written in capitals (us, nato: any case)'],
  ['May', 'With a capital: the name or month, not the verb (also Will)'],
  ['korea*', 'Words starting with “korea”'],
  ['ukrane~1', 'Fuzzy: up to 1 (or ~2: two) typing differences'],
  ['+kursk', 'Must contain the word'],
  ['-kursk', 'Must not contain the word'],
  ['"north korean troops"', 'The exact phrase, words in order'],
  ['title:korea', 'Only in the title (also body:)'],
  ['person:zelensky', 'Documents naming a person (also org:, place:)'],
  ['parl…', 'While typing, the last word also matches word starts; a pause or Enter searches exactly'],
];

const KEYS: [string, string][] = [
  ['Ctrl/⌘+F or /', 'Go to the search box'],
  ['↓', 'Into the results; ↑ ↓ move, Enter opens'],
  ['Enter / Shift+Enter', 'Next / previous hit (in the box)'],
  ['F3 / Shift+F3', 'Next / previous hit (anywhere)'],
  ['Esc', 'Clear the search and leave the box'],
];

/** The "?" disclosure next to the search box listing the query syntax. */
export function SearchHelp() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="search-help"
      ref={root}
      onKeyDown={(event) => {
        if (open && event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="search-help-button"
        aria-label="Search syntax help"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        ?
      </button>
      <div id={panelId} className="search-help-panel" role="region" aria-label="Search syntax" hidden={!open}>
        <h2 className="search-help-title">Search syntax</h2>
        <dl className="search-help-list">
          {SYNTAX.map(([example, meaning]) => (
            <div key={example} className="search-help-row">
              <dt><code>{example}</code></dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <h2 className="search-help-title">Keys</h2>
        <dl className="search-help-list">
          {KEYS.map(([keys, meaning]) => (
            <div key={keys} className="search-help-row">
              <dt><kbd>{keys}</kbd></dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
