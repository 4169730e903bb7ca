import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS, type AnchoredAnnotation, type AnnotationTarget, type Colour } from '../../../../shared/annotations';
import { errorMessage } from '../../app/dossier';
import { useStore } from '../../app/store';
import { ModalDialog } from '../../ui/ModalDialog';
import { annotationsStore, createAnnotation, deleteAnnotations, saveAnnotation, type EditorState } from './annotations-store';
import { ColourPicker } from './ColourPicker';
import { copyText } from './clipboard';
import { parseTagInput } from './filter-annotations';
import { NoteView } from './NoteView';
import { OFFSCREEN, popoverPosition } from './popover-position';
import { TagInput } from './TagInput';

interface Props {
  editor: EditorState;
  annotation: AnchoredAnnotation | null;
}

/**
 * Note, tags and colour of one highlight (a new one from the toolbar, or one clicked). A
 * refused save keeps everything typed on screen, with the reason, so the user can retry.
 */
export function AnnotationEditor({ editor, annotation: live }: Props) {
  // Deleted meanwhile (another window, an import): keep showing what was opened, so the
  // typed note is not thrown away; saving then says why and offers to save it anew.
  const [opened] = useState(live);
  const annotation = live ?? opened;
  const known = useStore(annotationsStore, (s) => s.tags);
  const lastColour = useStore(annotationsStore, (s) => s.lastColour);
  const target: AnnotationTarget | null = editor.mode === 'new' ? editor.target : (annotation?.target ?? null);
  const [note, setNote] = useState(annotation?.note ?? '');
  const [tags, setTags] = useState<string[]>(annotation?.tags ?? []);
  const [tagDraft, setTagDraft] = useState('');
  const [colour, setColour] = useState<Colour>(annotation?.colour ?? lastColour);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setPosition(popoverPosition(editor.rect, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
  }, [editor.rect]);

  const close = () => annotationsStore.set({ editor: null });

  const save = async (asNew = false) => {
    if (busy) return;
    const allTags = [...tags, ...parseTagInput(tagDraft).filter((t) => !tags.some((x) => x.toLowerCase() === t.toLowerCase()))];
    if (note.length > LIMITS.noteChars) {
      setError(`A note can be at most ${LIMITS.noteChars.toLocaleString('en-US')} characters; this one has ${note.length.toLocaleString('en-US')}.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (editor.mode === 'new' || asNew) await createAnnotation({ target: target!, note, tags: allTags, colour });
      else await saveAnnotation(editor.id, { note, tags: allTags, colour });
      annotationsStore.set({ editor: null, pending: null });
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)} Your text is kept here; try again.`);
      setTags(allTags);
      setTagDraft('');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (busy) return;
    if (editor.mode !== 'edit') return close();
    setBusy(true);
    try {
      await deleteAnnotations([editor.id]);
      annotationsStore.set({ editor: null });
    } catch (e) {
      setError(`Not deleted: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const title = editor.mode === 'new' ? 'New annotation' : 'Edit annotation';
  return (
    // Modal (the page behind is inert, Tab stays inside, Esc closes without saving, focus goes back
    // to the highlight or Edit button it came from), anchored beside the highlight. A click beside
    // it does not close it: the typed note must never be lost to a stray click.
    <ModalDialog
      open
      onClose={close}
      labelledBy={titleId}
      className="annotation-editor annotation-dialog"
      style={position ?? OFFSCREEN}
      closeOnBackdrop={false}
    >
      <div ref={ref} className="annotation-editor-body" onKeyDown={onKeyDown}>
        <h2 id={titleId} className="popover-title">{title}</h2>
        {target ? <blockquote className="editor-quote" dir="auto">{target.quote.exact}</blockquote> : null}
        <ColourPicker value={colour} onChange={setColour} />
        <div className="note-field">
          <div className="note-field-head">
            <label htmlFor="annotation-note">Note (Markdown)</label>
            <button type="button" className="link-button" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
              Preview
            </button>
          </div>
          {preview ? (
            <NoteView markdown={note || '*No note.*'} className="note-preview" />
          ) : (
            <textarea
              id="annotation-note"
              value={note}
              rows={5}
              data-autofocus={editor.focus === 'note' || undefined}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </div>
        <TagInput tags={tags} known={known} onChange={setTags} draft={tagDraft} onDraftChange={setTagDraft} autoFocus={editor.focus === 'tags'} />
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        {error && editor.mode === 'edit' && !live && target ? (
          <button type="button" className="link-button" onClick={() => void save(true)}>
            Save as a new annotation
          </button>
        ) : null}
        {info ? <p role="status" className="form-info">{info}</p> : null}
        <div className="popover-actions">
          <button type="button" className="primary" aria-busy={busy} onClick={() => void save()}>Save</button>
          <button type="button" onClick={close}>Cancel</button>
          {target ? (
            <button type="button" onClick={() => void copyText(target.quote.exact).then((r) => (r.ok ? setInfo(r.message) : setError(r.message)))}>
              Copy quote
            </button>
          ) : null}
          {editor.mode === 'edit' ? (
            <button type="button" className="danger" aria-busy={busy} onClick={() => void remove()}>Delete</button>
          ) : null}
        </div>
      </div>
    </ModalDialog>
  );
}
