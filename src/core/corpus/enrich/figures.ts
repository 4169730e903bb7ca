/**
 * Figures: numbers as written ("3,000", "1.2 million", "£1.2bn", "76%"), their value, what they
 * count (the noun phrase after them: "North Korean soldiers") and who claims them (the quote's
 * speaker when the number is quoted, else the sentence's attributed source). Years, times and
 * numbers that are part of a date expression are not figures.
 */
import type { DatedEvent, Figure, Quote } from '../../../shared/corpus';
import { type ParagraphSources, type SourceRef } from './attribution';
import { breaksPhrase } from './lexicon';
import { type QuoteSpan } from './quotes';
import { sentenceAt, type Span } from './sentences';
import { type SpeakerMemory } from './speakers';

const NUMBER = /(?<![\p{L}\p{N}.,:\-–/#])(US\$|A\$|[£$€¥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(\s?%|\s(?:per\s?cent|percent)\b)|\s(million|billion|trillion|thousand)\b|(bn|tn|m|k)\b)?(?![\p{L}\p{N}]|[.,]\d|:\d|[-–]\p{L})/gu;
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY: Record<string, string> = { '£': 'pounds', $: 'dollars', US$: 'US dollars', A$: 'Australian dollars', '€': 'euros', '¥': 'yen' };

export interface FigureContext {
  paragraphId: string;
  text: string;
  sentences: readonly Span[];
  sources: ParagraphSources;
  quoteSpans: readonly QuoteSpan[];
  quotes: readonly Quote[];
  events: readonly DatedEvent[];
  memory: SpeakerMemory;
}

export function findFigures(ctx: FigureContext): Figure[] {
  const figures: Figure[] = [];
  for (const m of ctx.text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.events.some((e) => start < e.end && end > e.start)) continue;
    const [, currency, digits = '', fraction = '', percent, word, short] = m;
    if (short && !currency) continue; // "10m" alone may be metres; "£10m" is money
    if (!currency && !percent && !word && !short && !digits.includes(',') && !fraction && /^(1[89]|20)\d{2}$/.test(digits)) continue; // a year
    const value = Number(digits.replace(/,/g, '') + fraction) * (SCALE[(word ?? short ?? '').toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    const counts = currency ? (CURRENCY[currency] ?? currency) : percent ? 'percent' : countedThing(ctx.text, end);
    figures.push({ text: m[0], value, counts, claimant: claimant(ctx, start), paragraphId: ctx.paragraphId, start, end });
  }
  return figures;
}

/** The noun phrase right after the number: "3,000 North Korean soldiers had arrived" -> "North Korean soldiers". */
function countedThing(text: string, end: number): string {
  const rest = text.slice(end, end + 80).replace(/^[”"’]/, '');
  const words: string[] = [];
  for (const m of rest.matchAll(/(\s+)([\p{L}][\p{L}'’*-]*)|([^\s\p{L}])/gu)) {
    const word = m[2];
    if (!word || words.length >= 4) break;
    if (/['’]s$/.test(word)) {
      words.push(word.slice(0, -2));
      break;
    }
    if (breaksPhrase(word) || /^(of|for|to|in|on|at|by|from|with|as)$/i.test(word)) break;
    words.push(word);
  }
  return words.join(' ');
}

function claimant(ctx: FigureContext, at: number): string | null {
  const quoted = ctx.sources.insideQuote(at);
  if (quoted) return ctx.quotes[ctx.quoteSpans.indexOf(quoted)]?.speaker ?? null;
  const sentence = sentenceAt(ctx.sentences, at);
  const before = ctx.sources.cuePairs(sentence.start, at);
  const ref: SourceRef | null =
    before[before.length - 1]?.subject ??
    ctx.sources.cuePairs(at, sentence.end)[0]?.subject ??
    ctx.sources.accordingTo(sentence.start, sentence.end);
  if (!ref) return null;
  if (ref.kind === 'pronoun') return ref.name === 'he' || ref.name === 'she' ? ctx.memory.lastPerson : ctx.memory.lastOther;
  return ref.name;
}
