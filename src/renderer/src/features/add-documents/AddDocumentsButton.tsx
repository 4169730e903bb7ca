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
      <button type="button" className="button" onClick={() => void choose()} title="Add documents (Ctrl+O), or drop files and folders on the window">
        Add documents…
      </button>
      <button type="button" className="button" onClick={openUserDocuments}>
        Your documents
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
