import { useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../../shared/file-formats';
import { useShortcut } from '../../app/shortcuts';
import { useMenuCommand } from '../../app/use-menu-command';
import { useStore } from '../../app/store';
import { libraryStore } from '../library/library-store';
import { addPickedFiles, chooseWithNativeDialog, openUserDocuments } from './add-documents-store';

/**
 * Toolbar: "Add documents…" (the desktop app's native dialog; in the web host a file input).
 * "Your documents" (what was added, remove / undo) sits in the library pane: see YourDocumentsLink.
 */
export function AddDocumentsButton() {
  const input = useRef<HTMLInputElement>(null);
  const choose = async () => {
    if (!(await chooseWithNativeDialog())) input.current?.click();
  };
  useShortcut('mod+o', { description: 'Add documents', group: 'Library' }, () => void choose());
  useMenuCommand('add-documents', () => void choose());
  return (
    <div className="add-documents-tools">
      {/* A fixed name for assistive technology; the visible label (part of it) shortens in a narrow window. */}
      <button type="button" className="header-button" aria-label="Add documents…" onClick={() => void choose()} title="Add documents (Ctrl+O), or drop files and folders on the window">
        <span className="label-long">Add documents…</span>
        <span className="label-short" aria-hidden="true">Add</span>
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

/** In the library pane, once the analyst has added documents: opens "Your documents". */
export function YourDocumentsLink() {
  const count = useStore(libraryStore, (s) => s.documents.reduce((n, d) => (d.addedByUser ? n + 1 : n), 0));
  if (count === 0) return null;
  return (
    <button type="button" className="link-button your-documents-link" onClick={openUserDocuments}>
      Your documents ({count.toLocaleString('en')})
    </button>
  );
}
