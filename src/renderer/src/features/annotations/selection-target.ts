import { describeRange, LIMITS, type AnnotationTarget } from '../../../../shared/annotations';
import { documentText, paragraphOffsets, type Paragraph } from '../../../../shared/corpus';

/** One end of a selection: a paragraph and a UTF-16 offset into its text. */
export interface ParagraphPoint {
  paragraphId: string;
  offset: number;
}

export type TargetResult =
  | { ok: true; target: AnnotationTarget }
  | { ok: false; reason: 'empty' | 'unknown-paragraph' | 'too-long'; message: string };

interface DocumentLike {
  id: string;
  paragraphs: readonly Paragraph[];
}

/** Offset of a paragraph point in the document text (paragraphs joined by "\n\n"), or null. */
export function documentOffset(paragraphs: readonly Paragraph[], offsets: readonly number[], point: ParagraphPoint): number | null {
  const index = paragraphs.findIndex((p) => p.id === point.paragraphId);
  if (index < 0) return null;
  const length = paragraphs[index]!.text.length;
  return offsets[index]! + Math.max(0, Math.min(length, point.offset));
}

/** Index of the paragraph whose text contains document offset `at` (separators count to the one before). */
export function paragraphIndexAt(offsets: readonly number[], at: number): number {
  let index = 0;
  for (let i = 0; i < offsets.length && offsets[i]! <= at; i++) index = i;
  return index;
}

/**
 * The W3C target for a selection between two paragraph points (in either order): position over
 * the document text, the quote with up to LIMITS.contextChars of context either side, and
 * the paragraph the (whitespace-trimmed) selection starts in. Surrounding whitespace, including
 * paragraph separators a drag picks up, is not part of a highlight.
 */
export function selectionTarget(doc: DocumentLike, a: ParagraphPoint, b: ParagraphPoint): TargetResult {
  const offsets = paragraphOffsets(doc.paragraphs);
  const first = documentOffset(doc.paragraphs, offsets, a);
  const second = documentOffset(doc.paragraphs, offsets, b);
  if (first === null || second === null) {
    return { ok: false, reason: 'unknown-paragraph', message: 'The selection is not in this document’s text.' };
  }
  const text = documentText(doc.paragraphs);
  let start = Math.min(first, second);
  let end = Math.max(first, second);
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return { ok: false, reason: 'empty', message: 'Select some text to annotate.' };
  if (end - start > LIMITS.quoteChars) {
    return {
      ok: false,
      reason: 'too-long',
      message: `A highlight can cover at most ${LIMITS.quoteChars.toLocaleString('en-US')} characters; this selection has ${(end - start).toLocaleString('en-US')}.`,
    };
  }
  const paragraph = doc.paragraphs[paragraphIndexAt(offsets, start)]!;
  return {
    ok: true,
    target: {
      documentId: doc.id,
      paragraphId: paragraph.id,
      ...describeRange(text, start, end),
    },
  };
}

/** A document range cut into per-paragraph ranges (for drawing a highlight that crosses paragraphs). */
export function paragraphRanges(
  paragraphs: readonly Paragraph[],
  offsets: readonly number[],
  start: number,
  end: number,
): { paragraphId: string; start: number; end: number }[] {
  const out: { paragraphId: string; start: number; end: number }[] = [];
  for (let i = paragraphIndexAt(offsets, start); i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const from = offsets[i]!;
    if (from >= end) break;
    const s = Math.max(0, start - from);
    const e = Math.min(p.text.length, end - from);
    if (e > s) out.push({ paragraphId: p.id, start: s, end: e });
  }
  return out;
}
