import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

/** Who says each quote of a short news story (paragraphs as given), in order. */
function speakers(...paragraphs: string[]): (string | null)[] {
  const e = enrichDocument({ title: '', published: '2005-02-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) });
  return e.quotes.map((q) => q.speaker);
}

describe('news quote speakers: who the attribution names', () => {
  it('a person "of" a named body speaks, not the body', () => {
    expect(speakers('Jane Miles of the Refugee Council said the new rules were "unfair" and "cruel".')).toEqual(['Jane Miles', 'Jane Miles']);
  });

  it('a description in apposition to a name is that person', () => {
    expect(speakers('"Prices will fall," said the committee chairman, MP Edward Lane.')).toEqual(['Edward Lane']);
  });

  it('a role at a body, then the holder: the holder', () => {
    expect(speakers('"Growth is strong," said Gartner analyst Kobita Desai.', '"It is over," said Microsoft\'s chief executive Steve Ballmer.')).toEqual(['Kobita Desai', 'Steve Ballmer']);
    expect(speakers('"It is over," said Microsoft.')).toEqual(['Microsoft']);
  });

  it('a quote in a sentence of what a described person felt is theirs', () => {
    expect(speakers('Analyst Tom Baxter said sales were "a very good sign". The writer Peter Holt felt that there "might well be" a recovery.')).toEqual(['Tom Baxter', 'Peter Holt']);
  });
});
