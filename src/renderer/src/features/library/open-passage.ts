import type { PassageRef } from '../../../../shared/passage-link';
import { parsePassageLink } from '../../../../shared/passage-link';
import { revealParagraph } from '../reader/reader-store';
import { libraryStore, openDocument } from './library-store';

/** Opens a document at a paragraph (a dossier:// link from an export or a note). */
export async function openPassage(ref: PassageRef): Promise<boolean> {
  const known = libraryStore.get().documents.some((d) => d.id === ref.documentId);
  if (!known) {
    libraryStore.set({ error: `The linked document (${ref.documentId}) is not in this corpus.` });
    return false;
  }
  if (libraryStore.get().current?.id !== ref.documentId) {
    await openDocument(ref.documentId);
    // Let the reader draw the document (and restore its reading position) before moving in it.
    for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
  if (ref.paragraphId) revealParagraph(ref.paragraphId);
  return true;
}

/**
 * The window's `#open=<dossier link>` route, so a passage link can be opened by address too
 * (the web host, or a launcher handing the app a link). Returns the passage, or null.
 */
export function passageFromHash(hash: string): PassageRef | null {
  const match = /^#open=(.+)$/u.exec(hash);
  if (!match) return null;
  try {
    return parsePassageLink(decodeURIComponent(match[1]!));
  } catch {
    return null;
  }
}
