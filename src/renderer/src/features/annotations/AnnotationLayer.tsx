import { useEffect } from 'react';
import { useShortcut } from '../../app/shortcuts';
import { useStore } from '../../app/store';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationToolbar } from './AnnotationToolbar';
import { annotationsStore, findAnnotation, loadStoreStatus, moveHighlightCursor, redoLast, undoLast } from './annotations-store';
import { ExportDialog } from './export/ExportDialog';
import { linkOpening } from './note-links';
import { NoticeToast } from './UndoControls';
import './annotations.css';

const GROUP = 'Annotations';

/** Over the reader: the selection toolbar, the editor, the export dialog, undo feedback. */
export function AnnotationLayer() {
  const pending = useStore(annotationsStore, (s) => s.pending);
  const toolbarError = useStore(annotationsStore, (s) => s.toolbarError);
  const editor = useStore(annotationsStore, (s) => s.editor);
  const editing = useStore(annotationsStore, (s) => (s.editor?.mode === 'edit' ? (findAnnotation(s.editor.id) ?? null) : null));
  const exportOpen = useStore(annotationsStore, (s) => s.exportOpen);
  const cursorMessage = useStore(annotationsStore, (s) => s.cursorMessage);

  useEffect(() => {
    void loadStoreStatus();
    void linkOpening();
  }, []);

  // In text fields Ctrl+Z stays the field's own undo.
  useShortcut('mod+z', { description: 'Undo the last annotation change', group: GROUP }, () => void undoLast(), { inInputs: false });
  useShortcut('mod+shift+z', { description: 'Redo an annotation change', group: GROUP }, () => void redoLast(), { inInputs: false });
  useShortcut('mod+e', { description: 'Export annotations', group: GROUP }, () => annotationsStore.set({ exportOpen: true, pending: null }));
  // Highlights are reached one at a time, not as Tab stops; Enter on the focused one opens it.
  useShortcut('alt+arrowdown', { description: 'Next highlight in the document (Enter opens it)', group: GROUP }, () => moveHighlightCursor(1), { enabled: !editor && !exportOpen });
  useShortcut('alt+arrowup', { description: 'Previous highlight in the document', group: GROUP }, () => moveHighlightCursor(-1), { enabled: !editor && !exportOpen });

  return (
    <>
      {pending && !editor ? <AnnotationToolbar target={pending.target} rect={pending.rect} error={toolbarError} /> : null}
      {editor ? (
        <AnnotationEditor
          key={editor.mode === 'edit' ? editor.id : `new-${editor.target.position.start}-${editor.target.position.end}`}
          editor={editor}
          annotation={editing}
        />
      ) : null}
      {exportOpen ? <ExportDialog /> : null}
      {/* Always in the page, so a screen reader is already listening when the text changes. */}
      <p role="status" className="visually-hidden">{cursorMessage}</p>
      <NoticeToast />
    </>
  );
}
