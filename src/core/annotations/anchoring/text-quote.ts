import type { TextQuoteSelector } from '../../../shared/annotations';
import type { Anchor } from './anchor-types';
import { best, scoreCandidate, type Scored } from './context-score';

/** Scoring every repeat of a one-letter quote in a huge text is pointless; the nearest few suffice. */
const MAX_CANDIDATES = 2_000;

/**
 * Text moved (something inserted or removed before it) but the quote is intact: every
 * exact occurrence is a candidate; context then distance to the old position decide
 * (W3C §4.2.4 TextQuoteSelector: prefix/suffix disambiguate repeats).
 */
export function anchorByExactQuote(text: string, quote: TextQuoteSelector, oldStart: number): Anchor | null {
  const starts: number[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) starts.push(at);
  if (starts.length === 0) return null;
  starts.sort((a, b) => Math.abs(a - oldStart) - Math.abs(b - oldStart));
  const scored: Scored[] = starts
    .slice(0, MAX_CANDIDATES)
    .map((start) => scoreCandidate(text, { start, end: start + quote.exact.length, errors: 0 }, quote, oldStart));
  const top = best(scored);
  return top && { start: top.start, end: top.end, method: 'quote' };
}
