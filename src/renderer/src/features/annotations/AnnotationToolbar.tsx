import { useLayoutEffect, useRef, useState } from 'react';
import { COLOURS, type AnnotationTarget, type Colour } from '../../../../shared/annotations';
import { errorMessage } from '../../app/dossier';
import { useShortcut } from '../../app/shortcuts';
import { annotationsStore, createAnnotation, type AnchorRect } from './annotations-store';
import { copyCitation } from './cite-annotation';
import { copyText } from './clipboard';
import { OFFSCREEN, popoverPosition } from './popover-position';

interface Props {
  target: AnnotationTarget;
  rect: AnchorRect;
  error: string | null;
}

const GROUP = 'Annotations';
export const COLOUR_KEYS_DESCRIPTION = 'With text selected: highlight it 1 yellow, 2 green, 3 blue, 4 pink, 5 purple';

/** The small toolbar over a fresh selection: highlight (1–5), note, tags, copy (plain, or with its citation). */
export function AnnotationToolbar({ target, rect, error }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useLayoutEffect(() => {
    const place = (anchor: AnchorRect) => {
      const el = ref.current;
      if (el) setPosition(popoverPosition(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
    };
    place(rect);
    // Follow the selection while the reader scrolls.
    const follow = () => {
      const selection = window.getSelection();
      if (selection && selection.rangeCount > 0 && !selection.isCollapsed) place(selection.getRangeAt(0).getBoundingClientRect());
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', follow, { capture: true });
  }, [rect]);

  const highlight = async (colour: Colour) => {
    if (busy) return;
    setBusy(true);
    try {
      await createAnnotation({ target, colour, note: '', tags: [] });
      annotationsStore.set({ pending: null, toolbarError: null });
      window.getSelection()?.removeAllRanges();
    } catch (e) {
      // The selection stays, with the reason: the user can retry or pick another colour.
      annotationsStore.set({ toolbarError: `Not highlighted: ${errorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  };
  const openEditor = (focus: 'note' | 'tags') =>
    annotationsStore.set({ editor: { mode: 'new', target, rect, focus }, pending: null, toolbarError: null });

  for (const [i, colour] of COLOURS.entries()) {
    // One description for all five, so the help sheet shows one row "1 2 3 4 5".
    useShortcut(String(i + 1), { description: COLOUR_KEYS_DESCRIPTION, group: GROUP }, () => void highlight(colour));
  }
  useShortcut('escape', { description: 'Close the selection toolbar', group: GROUP }, () => annotationsStore.set({ pending: null, toolbarError: null }));

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate selection"
      className="annotation-toolbar popover"
      style={position ?? OFFSCREEN}
      onMouseDown={(e) => e.preventDefault() /* keep the text selected while clicking buttons */}
    >
      {COLOURS.map((colour, i) => (
        <button
          key={colour}
          type="button"
          className={`swatch colour-${colour}`}
          // The visible key number is part of the name (WCAG 2.5.3 label in name), so voice users can say it.
          aria-label={`Highlight ${colour}, key ${i + 1}`}
          title={`Highlight ${colour} (${i + 1})`}
          disabled={busy}
          onClick={() => void highlight(colour)}
        >
          {i + 1}
        </button>
      ))}
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" onClick={() => openEditor('note')}>Note</button>
      <button type="button" onClick={() => openEditor('tags')}>Tags</button>
      <button type="button" onClick={() => void copyText(target.quote.exact).then((r) => setInfo(r.message))}>Copy</button>
      <button type="button" onClick={() => void copyCitation(target, 'text').then((r) => setInfo(r.message))}>Copy with citation</button>
      <button type="button" onClick={() => void copyCitation(target, 'markdown').then((r) => setInfo(r.message))}>Cite as Markdown</button>
      {error ? <p role="alert" className="toolbar-message form-error">{error}</p> : null}
      {info ? <p role="status" className="toolbar-message">{info}</p> : null}
    </div>
  );
}
