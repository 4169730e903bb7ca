import search from 'approx-string-match';
import type { TextQuoteSelector } from '../../../shared/annotations';

/**
 * How well a candidate range matches the stored quote, its context and its old place,
 * after Hypothesis's match-quote.js: the quote counts most, then the 32 characters either
 * side, then closeness to where it was (a tie-breaker between repeats of a short quote).
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** 1 when `pattern` occurs in `str` exactly, falling towards 0 with each edit needed. */
export function similarity(str: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  const matches = search(str, pattern, pattern.length);
  if (matches.length === 0) return 0;
  const fewest = Math.min(...matches.map((m) => m.errors));
  return Math.max(0, 1 - fewest / pattern.length);
}

export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and text.slice(start, end). */
  errors: number;
}

export interface Scored extends Candidate {
  score: number;
  quoteScore: number;
  contextScore: number;
}

export function scoreCandidate(text: string, c: Candidate, quote: TextQuoteSelector, oldStart: number): Scored {
  const quoteScore = 1 - c.errors / quote.exact.length;
  const prefixScore = similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix);
  const suffixScore = similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix);
  const positionScore = 1 - Math.min(1, Math.abs(c.start - oldStart) / Math.max(1, text.length));
  const score =
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore) /
    TOTAL;
  return { ...c, score, quoteScore, contextScore: (prefixScore + suffixScore) / 2 };
}

export function best(scored: readonly Scored[]): Scored | null {
  let top: Scored | null = null;
  for (const s of scored) if (!top || s.score > top.score) top = s;
  return top;
}
