import { useRef, useState } from 'react';
import { importAnnotationsFile } from '../annotations-store';

/** Import of a W3C Web Annotation JSON-LD file; the report (added/updated/skipped, with Undo) is shown after. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>Import…</button>
      <input
        ref={input}
        type="file"
        accept=".json,.jsonld,application/ld+json,application/json"
        aria-label="Import annotations file"
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          await importAnnotationsFile(await file.text(), file.name);
          setBusy(false);
        }}
      />
    </>
  );
}
