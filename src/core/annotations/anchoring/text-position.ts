import type { TextPositionSelector } from '../../../shared/annotations';
import type { Anchor } from './anchor-types';

/**
 * The cheap, exact case: the text at the stored offsets is still the quote (the document
 * did not change before the highlight). W3C Web Annotation §4.2.5 TextPositionSelector.
 */
export function anchorByPosition(text: string, position: TextPositionSelector, exact: string): Anchor | null {
  const { start, end } = position;
  if (end > text.length || text.slice(start, end) !== exact) return null;
  return { start, end, method: 'position' };
}
