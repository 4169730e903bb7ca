import { describe, expect, it } from 'vitest';
import { segmentParagraph, type Decoration } from '../../../../../src/renderer/src/features/reader/decorations';

const hit = (key: string, start: number, end: number): Decoration => ({ key, kind: 'search-hit', paragraphId: 'p1', start, end });

describe('segmentParagraph', () => {
  it('keeps undecorated text as one segment', () => {
    expect(segmentParagraph(10, [])).toEqual([{ start: 0, end: 10, decorations: [] }]);
  });

  it('cuts around a decoration and marks only the covered text', () => {
    const segments = segmentParagraph(10, [hit('a', 2, 5)]);
    expect(segments.map((s) => [s.start, s.end, s.decorations.length])).toEqual([[0, 2, 0], [2, 5, 1], [5, 10, 0]]);
  });

  it('lets an annotation and a search hit overlap without losing either', () => {
    const segments = segmentParagraph(10, [hit('a', 0, 6), { ...hit('b', 4, 8), kind: 'annotation' }]);
    expect(segments.map((s) => s.decorations.map((d) => d.key).join('+'))).toEqual(['a', 'a+b', 'b', '']);
  });

  it('clamps decorations that run past the paragraph', () => {
    const segments = segmentParagraph(4, [hit('a', 2, 99)]);
    expect(segments.at(-1)).toMatchObject({ start: 2, end: 4 });
  });
});
