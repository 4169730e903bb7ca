import type { CorpusInfo, DocumentSummary, ProcessedDocument } from '../../../../shared/corpus';
import { dossier, errorMessage } from '../../app/dossier';
import { setStatusTask } from '../../app/status-store';
import { createStore } from '../../app/store';

export interface LibraryState {
  info: CorpusInfo | null;
  documents: DocumentSummary[];
  currentId: string | null;
  current: ProcessedDocument | null;
  loading: boolean;
  error: string | null;
}

export const libraryStore = createStore<LibraryState>({
  info: null,
  documents: [],
  currentId: null,
  current: null,
  loading: true,
  error: null,
});

let openSeq = 0;

/** Opens a document; a slower earlier request never overwrites a later one. */
export async function openDocument(id: string): Promise<void> {
  const seq = ++openSeq;
  libraryStore.set({ currentId: id });
  const title = libraryStore.get().documents.find((d) => d.id === id)?.title;
  setStatusTask('library:open', title ? `Opening “${title}”…` : 'Opening the document…');
  try {
    const doc = await dossier().getDocument(id);
    if (seq === openSeq) libraryStore.set({ current: doc, error: null });
  } catch (error) {
    if (seq === openSeq) libraryStore.set({ error: errorMessage(error) });
  } finally {
    if (seq === openSeq) setStatusTask('library:open', null);
  }
}

export async function loadLibrary(): Promise<void> {
  try {
    const [info, documents] = await Promise.all([dossier().getCorpusInfo(), dossier().listDocuments()]);
    libraryStore.set({ info, documents, loading: false, error: null });
    const first = documents[0];
    if (first && !libraryStore.get().currentId) await openDocument(first.id);
  } catch (error) {
    libraryStore.set({ loading: false, error: errorMessage(error) });
  }
}
