/** Who speaks a quote the text attributes by name or pronoun (speakers.ts). Text written for this test. */
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { ParagraphSources } from '../../../../../src/core/corpus/enrich/attribution';
import type { ResolvedMention } from '../../../../../src/core/corpus/enrich/canonical-names';
import { Discourse } from '../../../../../src/core/corpus/enrich/dialogue';
import { findQuoteSpans } from '../../../../../src/core/corpus/enrich/quotes';
import { splitSentences } from '../../../../../src/core/corpus/enrich/sentences';
import { attributeQuotes, newSpeakerMemory } from '../../../../../src/core/corpus/enrich/speakers';

/** One paragraph whose "Quillet" the recogniser merged into the entity "Mrs. Quillet". */
function speakerOf(text: string, known: string[]): string | null {
  const start = text.indexOf('Quillet');
  const mentions: ResolvedMention[] = [{ text: 'Quillet', start, end: start + 7, type: 'person', confidence: 1, paragraphId: 'p2', paragraphIndex: 1, entity: 'Mrs. Quillet', entityType: 'person' }];
  const spans = findQuoteSpans(text);
  const d = new Discourse([]);
  for (const name of known) d.note(name, 0, 0);
  const quotes = attributeQuotes('p2', new ParagraphSources(text, mentions, spans), splitSentences(text), spans, newSpeakerMemory(d), 1, mentions);
  return quotes[0]?.speaker ?? null;
}

describe('a bare surname merged into a wife\'s titled name', () => {
  it('is the husband when the text has named a Mr. of that surname', () => {
    expect(speakerOf('“The beans are done at last,” said Quillet.', ['Mr. Quillet', 'Mrs. Quillet'])).toBe('Mr. Quillet');
  });

  it('stays the entity when no Mr. of that surname was named', () => {
    expect(speakerOf('“The beans are done at last,” said Quillet.', ['Mrs. Quillet'])).toBe('Mrs. Quillet');
  });
});

describe('"he said" outside told dialogue', () => {
  it('is not the last speaker when the text shows she is a woman', () => {
    const paragraphs = [
      '“We leave at dawn,” said Mary Collins, who had walked the pass many times.',
      'John Barker studied the map by the fire for a long while.',
      '“Then I will come with you,” he said.',
    ].map((text, i) => ({ id: `p${i + 1}`, text }));
    const quotes = enrichDocument({ title: '', published: null, paragraphs }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Mary Collins', 'John Barker']);
  });
});
