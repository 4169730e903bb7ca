import { describe, expect, it } from 'vitest';
import { queryErrorParts, snippetParts, splitByRanges, type TextPart } from '../../../../../src/renderer/src/features/search/highlight-parts';

const show = (parts: TextPart[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('splitByRanges', () => {
  it('marks the matched words as they appear in the text', () => {
    expect(show(splitByRanges('troops in the Kursk region', [{ start: 14, end: 19 }]))).toBe('troops in the [Kursk] region');
  });

  it('merges overlapping ranges and never duplicates or loses text', () => {
    const text = 'North Korean troops';
    const parts = splitByRanges(text, [{ start: 6, end: 12 }, { start: 0, end: 8 }, { start: 13, end: 99 }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(show(parts)).toBe('[North Korean] [troops]');
  });

  it('ignores empty and out-of-range ranges', () => {
    expect(show(splitByRanges('abc', [{ start: 2, end: 2 }, { start: -5, end: -1 }, { start: 10, end: 12 }]))).toBe('abc');
  });

  it('keeps astral characters (emoji) whole around a highlight', () => {
    const text = '🙂 Kursk';
    expect(show(splitByRanges(text, [{ start: 3, end: 8 }]))).toBe('🙂 [Kursk]');
  });
});

describe('snippetParts', () => {
  it('adds an ellipsis where the paragraph goes on', () => {
    const parts = snippetParts({ paragraphId: 'p', text: 'the Kursk region', start: 40, highlights: [{ start: 4, end: 9 }], truncatedStart: true, truncatedEnd: true });
    expect(show(parts)).toBe('…the [Kursk] region…');
  });
});

describe('queryErrorParts', () => {
  it('points at the offending part of the query', () => {
    expect(show(queryErrorParts('korea title:', { message: 'x', start: 6, end: 12 })!)).toBe('korea [title:]');
  });

  it('shows an empty range as a marked gap', () => {
    expect(show(queryErrorParts('"unclosed', { message: 'x', start: 9, end: 9 })!)).toBe('"unclosed[ ]');
  });

  it('shows only context around the spot in a long query', () => {
    const query = `${'a'.repeat(100)}~${'b'.repeat(100)}`;
    const shown = show(queryErrorParts(query, { message: 'x', start: 100, end: 101 })!);
    expect(shown).toBe(`…${'a'.repeat(24)}[~]${'b'.repeat(24)}…`);
  });

  it('returns null when the error has no position', () => {
    expect(queryErrorParts('x', { message: 'm', start: null, end: null })).toBeNull();
  });
});
