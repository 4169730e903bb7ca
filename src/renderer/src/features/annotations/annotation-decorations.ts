import type { AnchoredAnnotation } from '../../../../shared/annotations';
import { paragraphOffsets, type Paragraph } from '../../../../shared/corpus';
import type { Decoration } from '../reader/decorations';
import { paragraphRanges } from './selection-target';

const KEY_PREFIX = 'ann:';

/** Key of the decoration drawing part `part` of an annotation (part 0: where it starts). */
export function annotationDecorationKey(id: string, part = 0): string {
  return `${KEY_PREFIX}${id}:${part}`;
}

/** Plain-text excerpt of a note for a tooltip / accessible label. */
export function noteExcerpt(note: string, max = 80): string {
  const plain = note.replace(/[#*_`>[\]()~-]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/**
 * Highlights of one document's placed annotations, cut at paragraph boundaries. Annotations
 * of another document, and orphans, draw nothing.
 */
export function annotationDecorations(
  doc: { id: string; paragraphs: readonly Paragraph[] },
  annotations: readonly AnchoredAnnotation[],
): Decoration[] {
  const offsets = paragraphOffsets(doc.paragraphs);
  const out: Decoration[] = [];
  for (const a of annotations) {
    if (a.target.documentId !== doc.id || !a.anchor) continue;
    const excerpt = noteExcerpt(a.note);
    const label = excerpt ? `Highlight (${a.colour}): ${excerpt}` : `Highlight (${a.colour})`;
    paragraphRanges(doc.paragraphs, offsets, a.anchor.start, a.anchor.end).forEach((r, i) => {
      out.push({ key: annotationDecorationKey(a.id, i), kind: 'annotation', className: `colour-${a.colour}`, label, ...r });
    });
  }
  return out;
}

/** The annotation ids among decoration keys under a click, topmost (last drawn) first. */
export function annotationIdsFromKeys(keys: readonly string[]): string[] {
  const ids: string[] = [];
  for (const key of keys) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const id = key.slice(KEY_PREFIX.length, key.lastIndexOf(':'));
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.reverse();
}

/** Paragraph where an annotation starts now (its anchor), or where it was made. */
export function annotationParagraphId(doc: { id: string; paragraphs: readonly Paragraph[] } | null, a: AnchoredAnnotation): string {
  if (!doc || doc.id !== a.target.documentId || !a.anchor) return a.target.paragraphId;
  const ranges = paragraphRanges(doc.paragraphs, paragraphOffsets(doc.paragraphs), a.anchor.start, a.anchor.end);
  return ranges[0]?.paragraphId ?? a.target.paragraphId;
}
