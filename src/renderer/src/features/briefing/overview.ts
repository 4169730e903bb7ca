import type { Paragraph } from '../../../../shared/corpus';

/**
 * The lead: the first paragraph that reads as one (news leads are a full sentence, not a
 * dateline or "Here's what we know.").
 */
export function leadParagraph(paragraphs: readonly Paragraph[]): Paragraph | null {
  return paragraphs.find((p) => p.text.split(/\s+/u).filter(Boolean).length >= 12) ?? paragraphs[0] ?? null;
}
