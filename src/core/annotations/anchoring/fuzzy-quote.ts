import search from 'approx-string-match';
import type { TextQuoteSelector } from '../../../shared/annotations';
import type { Anchor } from './anchor-types';
import { best, scoreCandidate } from './context-score';

/** Edits tolerated per quote character: a changed word in a sentence, not a different sentence. */
export const ERROR_RATE = 0.25;
/** Below this length a fuzzy hit is a coincidence unless the context agrees too. */
const SHORT_QUOTE = 32;
const MIN_CONTEXT_FOR_SHORT = 0.5;

/**
 * The quote itself was edited: approximate search (Myers' bit-parallel algorithm via
 * approx-string-match) with errors proportional to its length, best candidate by quote,
 * context and distance. null → the annotation is an orphan.
 */
export function anchorByFuzzyQuote(text: string, quote: TextQuoteSelector, oldStart: number): Anchor | null {
  const maxErrors = Math.floor(quote.exact.length * ERROR_RATE);
  if (maxErrors === 0) return null; // exact search already failed
  const scored = search(text, quote.exact, maxErrors)
    .filter((m) => m.end > m.start)
    .map((m) => scoreCandidate(text, m, quote, oldStart))
    .filter((s) => quote.exact.length >= SHORT_QUOTE || s.contextScore >= MIN_CONTEXT_FOR_SHORT);
  const top = best(scored);
  return top && { start: top.start, end: top.end, method: 'fuzzy' };
}
