import type { AddStatus, RemovedDocument, UserDocumentInfo } from '../../../../shared/api/add-documents';
import { isDossierError } from '../../../../shared/result';
import { dossier, errorMessage } from '../../app/dossier';
import { createStore } from '../../app/store';
import { libraryStore, loadLibrary } from '../library/library-store';
import { toAddBatches, type PickedFile } from './read-files';

export interface AddDocumentsState {
  status: AddStatus | null;
  /** Reading files in the renderer before they are queued (many or large files take a moment). */
  reading: { done: number; total: number } | null;
  /** Whether the progress/summary panel is shown (the user closes it after reading the summary). */
  panelOpen: boolean;
  error: string | null;
  /** The "Your documents" dialog. */
  listOpen: boolean;
  userDocuments: UserDocumentInfo[];
  /** The last removal, for Undo. */
  removed: RemovedDocument | null;
  /** Keep a copy of originals (true) or only reference them (desktop dialog only). */
  keepCopies: boolean;
}

export const addDocumentsStore = createStore<AddDocumentsState>({
  status: null,
  reading: null,
  panelOpen: false,
  error: null,
  listOpen: false,
  userDocuments: [],
  removed: null,
  keepCopies: true,
});

const FAST_POLL_MS = 250;
const IDLE_POLL_MS = 2000;
let pollTimer: ReturnType<typeof setTimeout> | null = null;
let seenVersion: number | null = null;

/**
 * Progress comes by polling getAddStatus: quickly while a batch runs, slowly otherwise (so a
 * batch started from the desktop app's menu shows up too). Each library change reloads the list.
 */
async function poll(): Promise<void> {
  pollTimer = null;
  let status: AddStatus | null = null;
  try {
    status = await dossier().getAddStatus();
    applyStatus(status);
  } catch {
    // The host is restarting or gone; try again later.
  }
  pollTimer = setTimeout(() => void poll(), status?.running ? FAST_POLL_MS : IDLE_POLL_MS);
}

function applyStatus(status: AddStatus): void {
  const previous = addDocumentsStore.get().status;
  addDocumentsStore.set({ status, ...(status.running ? { panelOpen: true } : {}) });
  if (seenVersion !== null && status.libraryVersion !== seenVersion) {
    void loadLibrary();
    if (addDocumentsStore.get().listOpen) void refreshUserDocuments();
  }
  seenVersion = status.libraryVersion;
  if (previous?.running && !status.running) void loadLibrary();
}

export function startAddDocumentsPolling(): () => void {
  if (pollTimer === null) void poll();
  return () => {
    if (pollTimer !== null) clearTimeout(pollTimer);
    pollTimer = null;
  };
}

function pollSoon(): void {
  if (pollTimer !== null) clearTimeout(pollTimer);
  pollTimer = setTimeout(() => void poll(), FAST_POLL_MS);
}

export async function addPickedFiles(picked: readonly PickedFile[]): Promise<void> {
  if (picked.length === 0) return;
  addDocumentsStore.set({ panelOpen: true, error: null, reading: { done: 0, total: picked.length } });
  let done = 0;
  try {
    for await (const batch of toAddBatches(picked)) {
      done += batch.length;
      addDocumentsStore.set({ reading: done < picked.length ? { done, total: picked.length } : null });
      applyStatus(await dossier().addDocuments(batch, { keepCopies: true }));
    }
  } catch (error) {
    addDocumentsStore.set({ error: errorMessage(error) });
  } finally {
    addDocumentsStore.set({ reading: null });
    pollSoon();
  }
}

/**
 * The desktop app's native open dialog; false when the host has none (the web host), in
 * which case the caller opens its file input instead.
 */
export async function chooseWithNativeDialog(): Promise<boolean> {
  try {
    const status = await dossier().chooseDocumentsToAdd({ keepCopies: addDocumentsStore.get().keepCopies });
    applyStatus(status);
    pollSoon();
    return true;
  } catch (error) {
    if (isDossierError(error) && error.code === 'unavailable') return false;
    addDocumentsStore.set({ panelOpen: true, error: errorMessage(error) });
    return true;
  }
}

export async function cancelAdding(): Promise<void> {
  applyStatus(await dossier().cancelAdding());
  pollSoon();
}

export function closePanel(): void {
  addDocumentsStore.set({ panelOpen: false, error: null });
}

export async function refreshUserDocuments(): Promise<void> {
  try {
    addDocumentsStore.set({ userDocuments: await dossier().listUserDocuments() });
  } catch (error) {
    addDocumentsStore.set({ error: errorMessage(error) });
  }
}

export function openUserDocuments(): void {
  addDocumentsStore.set({ listOpen: true, removed: null });
  void refreshUserDocuments();
}

export function closeUserDocuments(): void {
  addDocumentsStore.set({ listOpen: false });
}

export async function removeUserDocument(id: string): Promise<void> {
  try {
    const removed = await dossier().removeUserDocument(id);
    addDocumentsStore.set({ removed });
    // The reader moves off a removed document (to the first one) rather than show a ghost.
    if (libraryStore.get().currentId === id) libraryStore.set({ currentId: null, current: null });
    await Promise.all([refreshUserDocuments(), loadLibrary()]);
  } catch (error) {
    addDocumentsStore.set({ error: errorMessage(error) });
  }
}

export async function undoRemove(): Promise<void> {
  const removed = addDocumentsStore.get().removed;
  if (!removed) return;
  try {
    await dossier().restoreUserDocument(removed.id);
    addDocumentsStore.set({ removed: null });
    await Promise.all([refreshUserDocuments(), loadLibrary()]);
  } catch (error) {
    addDocumentsStore.set({ error: errorMessage(error) });
  }
}
