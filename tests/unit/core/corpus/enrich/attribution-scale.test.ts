import { describe, expect, it } from 'vitest';
import { ParagraphSources } from '../../../../../src/core/corpus/enrich/attribution';
import type { ResolvedMention } from '../../../../../src/core/corpus/enrich/canonical-names';
import type { QuoteSpan } from '../../../../../src/core/corpus/enrich/quotes';

const mention = (text: string, start: number): ResolvedMention => ({
  text, start, end: start + text.length, type: 'person', confidence: 1, paragraphId: 'p0', paragraphIndex: 0, entity: text, entityType: 'person',
});

/** Quote spans over `text`: each of `marks` (offsets of “) closes at the next ” or the end. */
function quotesOf(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
    const found = text.indexOf('”', open);
    const close = found < 0 ? text.length - 1 : found;
    spans.push({ text: text.slice(open + 1, close), start: open + 1, end: close, open, close });
  }
  return spans;
}

describe('who said it, in a paragraph of thousands of cues, names and quotes', () => {
  it('blanks every quote, marks included, keeping offsets', () => {
    const text = 'Ann said “go” and “stay” then “left open';
    const sources = new ParagraphSources(text, [], quotesOf(text));
    expect(sources.masked).toBe(`Ann said ${' '.repeat(4)} and ${' '.repeat(6)} then ${' '.repeat(10)}`);
    expect(sources.masked.length).toBe(text.length);
  });

  it('finds each speaker before its verb, once per cue', () => {
    // Issue 16: every cue read every mention of the paragraph, and the quote mask copied the
    // paragraph once per quote (n² each). The test timeout only catches that hang.
    const names = 20_000;
    let text = '';
    const mentions: ResolvedMention[] = [];
    for (let i = 0; i < names; i++) {
      mentions.push(mention('Ann', text.length));
      text += 'Ann said “yes” and ';
    }
    const sources = new ParagraphSources(text, mentions, quotesOf(text));
    const pairs = sources.cuePairs(0, text.length);
    expect(pairs).toHaveLength(names);
    expect(pairs.every((p, i) => p.subject.name === 'Ann' && p.subject.start === mentions[i]!.start)).toBe(true);
  });
});
