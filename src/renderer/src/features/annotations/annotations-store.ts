import type { AnchoredAnnotation, AnnotationTarget, Colour, NewAnnotation } from '../../../../shared/annotations';
import type { AnnotationStoreStatus, TagCount } from '../../../../shared/api/annotations';
import type { Paragraph } from '../../../../shared/corpus';
import { dossier, errorMessage } from '../../app/dossier';
import { createStore } from '../../app/store';
import { focusDecoration } from '../reader/reader-store';
import { createCommand, deleteCommand, importCommand, patchBetween, updateCommand } from './annotation-commands';
import { annotationDecorationKey } from './annotation-decorations';
import { NO_FILTER, type NotesFilter } from './filter-annotations';
import { highlightAnnouncement, highlightOrder, NO_HIGHLIGHTS, stepHighlight } from './highlight-cursor';
import { createUndoStack, type Command } from './undo-stack';

/** Where a popover is anchored on screen (viewport coordinates). */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Notice {
  kind: 'status' | 'alert';
  text: string;
  /** Offer Undo for the change the message describes. */
  undo?: boolean;
  /** Bumped on every message, so the same words said twice still restart the toast. */
  seq?: number;
}

let noticeSeq = 0;

export function showNotice(notice: Notice | null): void {
  annotationsStore.set({ notice: notice ? { ...notice, seq: ++noticeSeq } : null });
}

export type EditorState =
  | { mode: 'new'; target: AnnotationTarget; rect: AnchorRect; focus: 'note' | 'tags' }
  | { mode: 'edit'; id: string; rect: AnchorRect; focus: 'note' | 'tags' };

export interface AnnotationsState {
  doc: { id: string; paragraphs: readonly Paragraph[] } | null;
  /** The open document's annotations in reading order, orphans last. */
  items: AnchoredAnnotation[];
  /** Which document `items` belong to (never drawn on another). */
  itemsFor: string | null;
  /** Every annotation (the "All documents" view), loaded while that view is on. */
  all: AnchoredAnnotation[] | null;
  /** How many annotations each document has (the library marks documents with notes). */
  countsByDocument: Record<string, number>;
  showAll: boolean;
  tags: TagCount[];
  storeStatus: AnnotationStoreStatus | null;
  loadError: string | null;
  /** A selection waiting for the toolbar. */
  pending: { target: AnnotationTarget; rect: AnchorRect } | null;
  toolbarError: string | null;
  editor: EditorState | null;
  /**
   * The one message about the last thing done to the notes ("Deleted 3 annotations."), with
   * Undo when it can be undone; the next change, undo or redo replaces it.
   */
  notice: Notice | null;
  selected: string[];
  filter: NotesFilter;
  lastColour: Colour;
  exportOpen: boolean;
  /** The highlight the keyboard is on (Alt+↓ / Alt+↑), and what was announced on reaching it. */
  cursor: string | null;
  cursorMessage: string;
}

export const annotationsStore = createStore<AnnotationsState>({
  doc: null,
  items: [],
  itemsFor: null,
  all: null,
  countsByDocument: {},
  showAll: false,
  tags: [],
  storeStatus: null,
  loadError: null,
  pending: null,
  toolbarError: null,
  editor: null,
  notice: null,
  selected: [],
  filter: NO_FILTER,
  lastColour: 'yellow',
  exportOpen: false,
  cursor: null,
  cursorMessage: '',
});

export const undoStack = createUndoStack();

let loadSeq = 0;

/** Reloads the open document's list, the corpus-wide list when shown, and the tags. */
export async function refreshAnnotations(): Promise<void> {
  const seq = ++loadSeq;
  const { doc, showAll } = annotationsStore.get();
  try {
    const api = dossier();
    const [items, everything, tags] = await Promise.all([
      doc ? api.listAnnotations({ documentId: doc.id }) : Promise.resolve([]),
      api.listAnnotations(),
      api.listTags(),
    ]);
    if (seq !== loadSeq) return;
    const all = showAll ? everything : null;
    const countsByDocument: Record<string, number> = {};
    for (const a of everything) countsByDocument[a.target.documentId] = (countsByDocument[a.target.documentId] ?? 0) + 1;
    const known = new Set([...items, ...(all ?? [])].map((a) => a.id));
    annotationsStore.set((s) => ({
      items,
      itemsFor: doc?.id ?? null,
      all,
      countsByDocument,
      tags,
      loadError: null,
      selected: s.selected.filter((id) => known.has(id)),
    }));
  } catch (error) {
    if (seq === loadSeq) annotationsStore.set({ loadError: `Annotations could not be loaded: ${errorMessage(error)}` });
  }
}

export function setAnnotationDocument(doc: { id: string; paragraphs: readonly Paragraph[] } | null): void {
  const current = annotationsStore.get().doc;
  if (current === doc) return;
  const changed = current?.id !== doc?.id;
  annotationsStore.set(
    changed ? { doc, pending: null, editor: null, toolbarError: null, items: [], itemsFor: null, cursor: null, cursorMessage: '' } : { doc },
  );
  void refreshAnnotations();
}

let statusLoaded = false;
export async function loadStoreStatus(): Promise<void> {
  if (statusLoaded) return;
  statusLoaded = true;
  try {
    annotationsStore.set({ storeStatus: await dossier().getAnnotationStoreStatus() });
  } catch (error) {
    annotationsStore.set({ loadError: `The annotation store could not be checked: ${errorMessage(error)}` });
  }
}

/** After "Retry" on a locked database: the status call reopens it; reload the list once it is open. */
export async function retryStoreStatus(): Promise<void> {
  try {
    const storeStatus = await dossier().getAnnotationStoreStatus();
    annotationsStore.set({ storeStatus });
    if (!storeStatus.locked) await refreshAnnotations();
  } catch (error) {
    annotationsStore.set({ loadError: `The annotation store could not be checked: ${errorMessage(error)}` });
  }
}

/**
 * "Restore this backup": core copies the database aside and puts the backup's missing notes
 * back in one transaction; the lists are then reloaded, so they show without a restart.
 */
export async function restoreOfferedBackup(backupPath: string): Promise<void> {
  try {
    const storeStatus = await dossier().restoreAnnotationBackup(backupPath);
    annotationsStore.set({ storeStatus });
    await refreshAnnotations();
  } catch (error) {
    showNotice({ kind: 'alert', text: `The backup could not be restored: ${errorMessage(error)}` });
  }
}

/**
 * Runs a change through the undo stack and refreshes; rejects with a message to show. The
 * message about the previous change no longer describes the state: it is replaced by
 * `notice` or cleared.
 */
export async function runCommand(command: Command, notice: Notice | null = null): Promise<void> {
  try {
    await undoStack.execute(command);
    showNotice(notice);
  } finally {
    await refreshAnnotations();
  }
}

export async function undoLast(): Promise<void> {
  await step('undo');
}

export async function redoLast(): Promise<void> {
  await step('redo');
}

async function step(which: 'undo' | 'redo'): Promise<void> {
  try {
    const command = await (which === 'undo' ? undoStack.undo() : undoStack.redo());
    annotationsStore.set({ editor: null });
    showNotice({ kind: 'status', text: command ? `${which === 'undo' ? 'Undid' : 'Redid'}: ${command.label}.` : `Nothing to ${which}.` });
  } catch (error) {
    showNotice({ kind: 'alert', text: `Could not ${which}: ${errorMessage(error)}` });
  } finally {
    await refreshAnnotations();
  }
}

export function findAnnotation(id: string): AnchoredAnnotation | undefined {
  const s = annotationsStore.get();
  return s.items.find((a) => a.id === id) ?? s.all?.find((a) => a.id === id);
}

/** Creates a highlight from a target; the new annotation is passed to `then` (e.g. to open it). */
export async function createAnnotation(input: NewAnnotation, then?: (a: AnchoredAnnotation) => void): Promise<void> {
  await runCommand(createCommand(dossier(), input, then));
  annotationsStore.set({ lastColour: input.colour });
}

export async function saveAnnotation(id: string, next: { note: string; tags: string[]; colour: Colour }): Promise<void> {
  const before = findAnnotation(id) ?? (await dossier().getAnnotation(id));
  const patch = patchBetween(before, next);
  if (Object.keys(patch).length === 0) return;
  await runCommand(updateCommand(dossier(), before, patch));
}

export async function deleteAnnotations(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const what = ids.length === 1 ? 'an annotation' : `${ids.length} annotations`;
  await runCommand(deleteCommand(dossier(), ids), { kind: 'status', text: `Deleted ${what}.`, undo: true });
  annotationsStore.set((s) => ({ selected: s.selected.filter((id) => !ids.includes(id)) }));
}

/** Moves the keyboard to the next (1) or previous (-1) highlight of the open document, focuses and announces it. */
export function moveHighlightCursor(delta: 1 | -1): void {
  const s = annotationsStore.get();
  const list = s.doc && s.itemsFor === s.doc.id ? highlightOrder(s.items, s.doc.id) : [];
  const index = stepHighlight(list.map((a) => a.id), s.cursor, delta);
  if (index === null) {
    annotationsStore.set({ cursor: null, cursorMessage: NO_HIGHLIGHTS });
    return;
  }
  const a = list[index]!;
  annotationsStore.set({ cursor: a.id, cursorMessage: highlightAnnouncement(a, index, list.length) });
  focusDecoration(annotationDecorationKey(a.id));
}

/** Imports a file; what it changed goes on the undo stack as one step. */
let correctionsImported: () => Promise<void> = async () => {};

/**
 * What an import that brought corrections runs: the corrections feature refreshes everything
 * showing entities. Registered by that feature, which imports this store (not the other way).
 */
export function whenCorrectionsImported(listener: () => Promise<void>): void {
  correctionsImported = listener;
}

export async function importAnnotationsFile(fileText: string, fileName: string): Promise<void> {
  try {
    const report = await dossier().importAnnotations(fileText);
    const changed = report.changes.added.length + report.changes.replaced.length > 0;
    if (changed) await undoStack.record(importCommand(dossier(), fileText, report, fileName));
    if (report.correctionsAdded) await correctionsImported();
    showNotice({ kind: 'status', text: `Imported ${fileName}: ${report.summary}`, undo: changed });
  } catch (error) {
    showNotice({ kind: 'alert', text: `Nothing imported from ${fileName}: ${errorMessage(error)}` });
  } finally {
    await refreshAnnotations();
  }
}
