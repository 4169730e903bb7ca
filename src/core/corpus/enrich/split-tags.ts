/**
 * A dialogue tag set as a paragraph of its own: "“Has the coach gone?” ¶ I asked." Text taken
 * from PDFs, scans and some e-books breaks paragraphs inside a sentence, so the tag of the quote
 * that closes one paragraph opens the next. Such a short paragraph, with no quote of its own, that
 * reads as a tag from its first word ("I asked, with some diffidence.", "said he.") names the
 * speaker of that quote. An action it describes ("He continued to fix me.") is no tag.
 */
import { TagReader, type TagSubject } from './dialogue-tags';
import type { ParagraphView } from './dialogue';

const SAYING = new Set([
  'said', 'says', 'asked', 'asks', 'replied', 'answered', 'inquired', 'enquired', 'added', 'murmured',
  'whispered', 'returned', 'rejoined', 'exclaimed', 'cried', 'muttered', 'observed', 'remarked',
  'repeated', 'retorted', 'responded', 'hinted', 'queried', 'demanded', 'protested', 'suggested',
]);

/** Longer paragraphs are narration in their own right. */
const MAX_WORDS = 10;

/** Paragraph index -> the tag it holds for the quote closing the paragraph before it. */
export function splitTags(paragraphs: readonly ParagraphView[]): Map<number, TagSubject> {
  const out = new Map<number, TagSubject>();
  paragraphs.forEach((p, i) => {
    const before = paragraphs[i - 1];
    if (!before || p.quotes.length > 0 || !closesWithQuote(before)) return;
    const text = p.text;
    if (text.split(/\s+/).filter(Boolean).length > MAX_WORDS) return;
    const persons = p.mentions.filter((m) => m.entityType === 'person');
    const tag = new TagReader(text, text, persons).after(0, text.length);
    if (!tag) return;
    // "She sighed.", "Tommy nodded.": a beat of action more often leads into its doer's next
    // quote than it closes the one before, so only a verb of saying makes the paragraph a tag.
    const subjectFirst = !/\p{L}/u.test(text.slice(0, tag.start));
    const verb = (subjectFirst ? /^[\s,]*(?:\p{L}+ly\s+)?(\p{L}+)/u.exec(text.slice(tag.end)) : /^\s*(\p{L}+)/u.exec(text))?.[1] ?? '';
    if (!SAYING.has(verb.toLowerCase())) return;
    // "He continued to fix me.", "she said that…": the verb governs a clause, not a quote.
    if (/^\s*\p{L}+\s+(?:to|that)\b/u.test(text.slice(tag.end))) return;
    out.set(i, tag);
  });
  return out;
}

/** The paragraph's last quote is closed and nothing but punctuation follows it. */
function closesWithQuote(p: ParagraphView): boolean {
  const last = p.quotes[p.quotes.length - 1];
  return last !== undefined && last.close < p.text.length && !/\p{L}/u.test(p.text.slice(last.close + 1));
}
