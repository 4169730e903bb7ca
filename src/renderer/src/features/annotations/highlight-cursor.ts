import type { AnchoredAnnotation } from '../../../../shared/annotations';
import { noteExcerpt } from './annotation-decorations';

/**
 * Keyboard walk through the open document's highlights (Alt+↓ / Alt+↑): one "cursor" on a
 * highlight, moved in reading order, instead of making every highlight a Tab stop.
 */

/** The document's placed highlights in reading order (orphans have no place to go to). */
export function highlightOrder(items: readonly AnchoredAnnotation[], documentId: string): AnchoredAnnotation[] {
  return items
    .filter((a) => a.target.documentId === documentId && a.anchor)
    .sort((a, b) => a.anchor!.start - b.anchor!.start || a.anchor!.end - b.anchor!.end);
}

/**
 * Index of the highlight after (delta 1) or before (delta -1) the one with `currentId`,
 * wrapping like search hits. From no highlight (or one since deleted): the first going
 * forward, the last going back. Null when there are none.
 */
export function stepHighlight(ids: readonly string[], currentId: string | null, delta: 1 | -1): number | null {
  if (ids.length === 0) return null;
  const at = currentId === null ? -1 : ids.indexOf(currentId);
  if (at < 0) return delta === 1 ? 0 : ids.length - 1;
  return (((at + delta) % ids.length) + ids.length) % ids.length;
}

function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What a screen reader announces on reaching a highlight: where, which, its note, what Enter does. */
export function highlightAnnouncement(a: AnchoredAnnotation, index: number, count: number): string {
  const note = noteExcerpt(a.note);
  const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);
  const parts = [`Highlight ${index + 1} of ${count} (${a.colour}): “${shortQuote(a.target.quote.exact)}”.`];
  if (note) parts.push(sentence(`Note: ${note}`));
  parts.push('Enter opens it.');
  return parts.join(' ');
}

export const NO_HIGHLIGHTS = 'No highlights in this document.';
