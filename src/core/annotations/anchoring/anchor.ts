import type { AnnotationTarget } from '../../../shared/annotations';
import type { Anchor } from './anchor-types';
import { anchorByFuzzyQuote } from './fuzzy-quote';
import { anchorByExactQuote } from './text-quote';
import { anchorByPosition } from './text-position';

/**
 * Places a stored target on the document's current text (paragraphs joined by "\n\n"):
 * by position if the text there is still the quote, else the exact quote nearest its old
 * place, else a fuzzy match; null when none holds — an orphan, shown as "could not be
 * placed" and kept. Same strategy order as Hypothesis's anchoring (src/annotator/anchoring).
 */
export function anchorTarget(text: string, target: Pick<AnnotationTarget, 'quote' | 'position'>): Anchor | null {
  const { quote, position } = target;
  return (
    anchorByPosition(text, position, quote.exact) ??
    anchorByExactQuote(text, quote, position.start) ??
    anchorByFuzzyQuote(text, quote, position.start)
  );
}

export type { Anchor };
