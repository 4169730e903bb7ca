import { createHash } from 'node:crypto';
import type { Paragraph } from '../../shared/corpus';
import { comparisonKey } from './clean/normalise-text';

/**
 * Paragraph ids are "p-" + 12 hex digits of sha256(normalised text, occurrence index of that
 * same text in the document). They depend on the paragraph's own content, not its position
 * in the list, so inserting, removing or reordering other paragraphs leaves every other id
 * unchanged; repeated identical paragraphs ("Advertisement"-like refrains, "Here's what we know.")
 * stay distinct through the occurrence index. Annotations hang on these ids.
 */
export function paragraphId(text: string, occurrence: number): string {
  const digest = createHash('sha256').update(`${comparisonKey(text)}\u0000${occurrence}`).digest('hex');
  return `p-${digest.slice(0, 12)}`;
}

export function assignParagraphIds(texts: readonly string[]): Paragraph[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return texts.map((text) => {
    const key = comparisonKey(text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let id = paragraphId(text, occurrence);
    // Two different texts sharing 48 bits of sha256 is astronomically unlikely; stay unique anyway.
    for (let n = 2; used.has(id); n++) id = `${paragraphId(text, occurrence)}-${n}`;
    used.add(id);
    return { id, text };
  });
}
