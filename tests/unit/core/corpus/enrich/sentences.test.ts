import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../../src/core/corpus/enrich/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits after a terminator run followed by a capital, keeping closing quotes', () => {
    expect(texts('He left... Then she came. “Go!” She went?! Yes.')).toEqual(['He left...', 'Then she came.', '“Go!”', 'She went?!', 'Yes.']);
  });

  it('does not split after an abbreviation, an initial or a trailing ellipsis', () => {
    expect(texts('Mr. Smith met Paul P. Murphy in the U.S. Army. It was like… Nothing.')).toEqual([
      'Mr. Smith met Paul P. Murphy in the U.S. Army.',
      'It was like… Nothing.',
    ]);
  });

  it('keeps dots that no sentence follows as one span, however many there are', () => {
    // Issue 16: a run of dots was re-read from each of its dots (100,000 dots took seconds in a
    // paragraph; the issue measured 12–15 s for the whole pipeline). The test timeout only catches that hang.
    const dots = '.'.repeat(100_000);
    expect(splitSentences(dots)).toEqual([{ start: 0, end: dots.length }]);
    const spaced = `${'. '.repeat(50_000)}end`;
    expect(splitSentences(spaced)).toEqual([{ start: 0, end: spaced.length }]);
  });
});
