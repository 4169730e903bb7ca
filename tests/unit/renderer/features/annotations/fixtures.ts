import type { AnchoredAnnotation } from '../../../../../src/shared/annotations';

/** A green annotation on document d1, paragraph p1, placed at `anchor` (null: an orphan). */
export function anchoredAnnotation(
  id: string,
  anchor: AnchoredAnnotation['anchor'],
  over: Partial<AnchoredAnnotation> = {},
  exact = 'x',
): AnchoredAnnotation {
  return {
    id,
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    target: {
      documentId: 'd1',
      paragraphId: 'p1',
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
    },
    note: '',
    tags: [],
    colour: 'green',
    anchor,
    ...over,
  };
}
