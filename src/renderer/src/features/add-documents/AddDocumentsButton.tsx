import { useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../../shared/file-formats';
import { useShortcut } from '../../app/shortcuts';
import { addPickedFiles, chooseWithNativeDialog, openUserDocuments } from './add-documents-store';

/**
 * Toolbar: "Add documents…" (the desktop app's native dialog; in the web host a file input)
 * and "Your documents" (what was added, remove / undo).
 */
export function AddDocumentsButton() {
  const input = useRef<HTMLInputElement>(null);
  const choose = async () => {
    if (!(await chooseWithNativeDialog())) input.current?.click();
  };
  useShortcut('mod+o', { description: 'Add documents', group: 'Library' }, () => void choose());
  return (
    <div className="add-documents-tools">
      {/* Fixed names for assistive technology; the visible label shortens in a narrow window. */}
      <button type="button" className="button" aria-label="Add documents…" onClick={() => void choose()} title="Add documents (Ctrl+O), or drop files and folders on the window">
        <span className="label-long">Add documents…</span>
        <span className="label-short" aria-hidden="true">+ Add</span>
      </button>
      <button type="button" className="button" aria-label="Your documents" title="Your documents" onClick={openUserDocuments}>
        <span className="label-long">Your documents</span>
        <span className="label-short" aria-hidden="true">Yours</span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_EXTENSIONS}
        aria-label="Choose documents to add"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])].map((file) => ({ file, name: file.name }));
          e.currentTarget.value = '';
          void addPickedFiles(files);
        }}
      />
    </div>
  );
}
