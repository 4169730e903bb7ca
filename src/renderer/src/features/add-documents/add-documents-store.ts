import type { AddStatus, RemovedDocument, UserDocumentInfo } from '../../../../shared/api/add-documents';
import { isDossierError } from '../../../../shared/result';
import { dossier, errorMessage } from '../../app/dossier';
import { createStore } from '../../app/store';
import { libraryStore, loadLibrary } from '../library/library-store';
import { settingsStore } from '../settings/settings-store';
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
}

export const addDocumentsStore = createStore<AddDocumentsState>({
  status: null,
  reading: null,
  panelOpen: false,
  error: null,
  listOpen: false,
  userDocuments: [],
  removed: null,
});

let seenVersion: number | null = null;
let reloadTimer: ReturnType<typeof setTimeout> | null = null;
let lastReload = 0;
/** While a batch runs the document list is reloaded at most this often (a folder of 5,000 files). */
const RELOAD_INTERVAL_MS = 1000;

function reloadLibrary(now: boolean): void {
  const run = () => {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = null;
    lastReload = Date.now();
    void loadLibrary();
    if (addDocumentsStore.get().listOpen) void refreshUserDocuments();
  };
  if (now) return run();
  if (reloadTimer) return;
  const wait = lastReload + RELOAD_INTERVAL_MS - Date.now();
  if (wait <= 0) run();
  else reloadTimer = setTimeout(run, wait);
}

function applyStatus(status: AddStatus): void {
  const previous = addDocumentsStore.get().status;
  // Statuses come by event and in call replies, which can overtake each other: newest wins.
  if (previous && status.seq < previous.seq) return;
  addDocumentsStore.set({ status, ...(status.running ? { panelOpen: true } : {}) });
  const finished = Boolean(previous?.running && !status.running);
  if ((seenVersion !== null && status.libraryVersion !== seenVersion) || finished) reloadLibrary(!status.running);
  seenVersion = status.libraryVersion;
}

/**
 * Progress arrives as the addStatus event (pushed by the host for every file started or
 * finished, also for batches started from the desktop app's menu); the current state is asked
 * for once on subscribing. Each library change reloads the document list.
 */
export function watchAddStatus(): () => void {
  const id = dossier().subscribe('addStatus', applyStatus);
  void dossier()
    .getAddStatus()
    .then(applyStatus)
    .catch(() => {});
  return () => dossier().unsubscribe(id);
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
  }
}

/**
 * The desktop app's native open dialog; false when the host has none (the web host), in
 * which case the caller opens its file input instead.
 */
export async function chooseWithNativeDialog(): Promise<boolean> {
  try {
    // Copy or reference: the analyst's choice in Settings (files from the dialog have a path to go back to).
    const status = await dossier().chooseDocumentsToAdd({ keepCopies: settingsStore.get().keepCopies });
    applyStatus(status);
    return true;
  } catch (error) {
    if (isDossierError(error) && error.code === 'unavailable') return false;
    addDocumentsStore.set({ panelOpen: true, error: errorMessage(error) });
    return true;
  }
}

export async function cancelAdding(): Promise<void> {
  applyStatus(await dossier().cancelAdding());
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
