import { LIMITS, type TextPositionSelector, type TextQuoteSelector } from '../../../shared/annotations';

/** The canonical selectors for text[start, end): the quote and up to 32 characters of context. */
export function describeRange(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - LIMITS.contextChars), start),
      suffix: text.slice(end, end + LIMITS.contextChars),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
