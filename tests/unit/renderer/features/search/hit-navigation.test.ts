import { describe, expect, it } from 'vitest';
import { hitCountText, hitCounterText, hitDecorations, stepHit, titleHitDecorations, titleHitNote } from '../../../../../src/renderer/src/features/search/hit-navigation';

describe('stepHit', () => {
  it('walks forward and wraps from the last hit to the first', () => {
    expect([0, 1, 2].map((i) => stepHit(i, 3, 1))).toEqual([1, 2, 0]);
  });

  it('walks backward and wraps from the first hit to the last', () => {
    expect([0, 1, 2].map((i) => stepHit(i, 3, -1))).toEqual([2, 0, 1]);
  });

  it('stays at 0 when there are no hits', () => {
    expect(stepHit(0, 0, 1)).toBe(0);
  });
});

describe('hitCounterText', () => {
  it('reads "3 of 12" (one-based)', () => {
    expect(hitCounterText(2, 12)).toBe('3 of 12');
  });

  it('says why there is nothing to walk', () => {
    expect(hitCounterText(0, 0, 1)).toBe('Only the title matches');
    expect(hitCounterText(0, 0)).toBe('No hits in this document');
  });
});

describe('hitDecorations', () => {
  const hits = [
    { paragraphId: 'p1', start: 0, end: 5 },
    { paragraphId: 'p2', start: 3, end: 8 },
  ];

  it('marks exactly one hit current, as search-hit decorations with unique keys and labels', () => {
    const decorations = hitDecorations(hits, 1, 7);
    expect(decorations.map((d) => [d.kind, d.paragraphId, d.start, d.end, d.current])).toEqual([
      ['search-hit', 'p1', 0, 5, false],
      ['search-hit', 'p2', 3, 8, true],
    ]);
    expect(new Set(decorations.map((d) => d.key)).size).toBe(2);
    expect(decorations[1]!.label).toBe('Search hit 2 of 2');
  });

  it('gives the current hit a new key when asked for again, so the reader scrolls back to it', () => {
    expect(hitDecorations(hits, 0, 1)[0]!.key).not.toBe(hitDecorations(hits, 0, 2)[0]!.key);
    expect(hitDecorations(hits, 0, 1)[1]!.key).toBe(hitDecorations(hits, 0, 2)[1]!.key);
  });
});

describe('hitCountText', () => {
  it('pluralises', () => {
    expect(hitCountText(1)).toBe('1 hit');
    expect(hitCountText(1200)).toBe('1,200 hits');
  });
});

describe('title hits', () => {
  it('become search-hit decorations of the heading, none of them current (the counter walks paragraph hits)', () => {
    const decorations = titleHitDecorations([{ start: 4, end: 9 }, { start: 20, end: 26 }]);
    expect(decorations.map((d) => [d.kind, d.start, d.end, d.current ?? false])).toEqual([
      ['search-hit', 4, 9, false],
      ['search-hit', 20, 26, false],
    ]);
    expect(new Set(decorations.map((d) => d.key)).size).toBe(2);
    expect(decorations.every((d) => d.label === 'Search hit in the title')).toBe(true);
    expect(titleHitDecorations([])).toEqual([]);
  });

  it('are noted beside the counter only when the text matches too (title-only has its own counter text)', () => {
    expect(titleHitNote(3, 1)).toBe('also in the title');
    expect(titleHitNote(3, 0)).toBeNull();
    expect(titleHitNote(0, 2)).toBeNull();
    expect(hitCounterText(0, 0, 2)).toBe('Only the title matches');
  });
});
