import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../../src/core/corpus/enrich/quotes';

const spans = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.open, q.close + 1));

describe('findQuoteSpans', () => {
  it('pairs curly and straight quotes, skips a stray opener, runs an unclosed last one to the end', () => {
    expect(spans('He said “go” and “stray then “real one” and "plain" and “open to the end')).toEqual([
      '“go”', '“real one”', '"plain"', '“open to the end',
    ]);
  });

  it('reads a paragraph of openers that never close once, not once per opener', () => {
    // Issue 16: each “ searched the rest of the text for a ” (n², "“He said " repeated).
    // The test timeout only catches that hang.
    const text = '“He said '.repeat(50_000);
    const found = findQuoteSpans(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.open).toBe(text.length - '“He said '.length);
  });
});
