import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../../src/core/corpus/enrich/quotes';

const quoted = (text: string) => findQuoteSpans(text).map((q) => q.text);

/** Straight quotes paired by the way each mark faces, as news text sets them. */
describe('straight quotes', () => {
  it('a quote run on past its sentence ends where the next one opens, and later pairs stay right', () => {
    const text = '"We worked hard all year. "The second part ends here." The minister, who spoke first, said it "meant a lot" to attend.';
    expect(quoted(text)).toEqual(['We worked hard all year', 'The second part ends here', 'meant a lot']);
  });

  it('an opener never closed runs to the paragraph end, as a long quote continues into the next one', () => {
    expect(quoted('He said: "We will keep going until the work is done.')).toEqual(['We will keep going until the work is done']);
  });

  it('an inch mark opens nothing', () => {
    expect(quoted('The 12" screen has "bright" colours.')).toEqual(['bright']);
  });

  it('a stray opener inside a sentence is skipped, not paired with the next quote\'s opener', () => {
    expect(quoted('He said "stray words then "the real one" today.')).toEqual(['the real one']);
  });

  it('marks with spaces on both sides still pair in order', () => {
    expect(quoted('Fans chanted " go home " at the end.')).toEqual(['go home']);
  });
});
