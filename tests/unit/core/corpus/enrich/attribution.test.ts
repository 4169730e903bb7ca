import { describe, expect, it } from 'vitest';
import { ParagraphSources } from '../../../../../src/core/corpus/enrich/attribution';
import type { ResolvedMention } from '../../../../../src/core/corpus/enrich/canonical-names';

const person = (text: string, name: string, at = text.indexOf(name)): ResolvedMention =>
  ({ text: name, start: at, end: at + name.length, type: 'person', confidence: 1, paragraphId: 'p0', paragraphIndex: 0, entity: name, entityType: 'person' });

describe('ParagraphSources.sentenceSubject', () => {
  it('is the first person in the text, whatever order the mentions came in', () => {
    const text = 'Ann Lee met Tom Hill.';
    const sources = new ParagraphSources(text, [person(text, 'Tom Hill'), person(text, 'Ann Lee')], []);
    expect(sources.sentenceSubject(0, text.length)?.name).toBe('Ann Lee');
  });

  it('reads a role or a title before the name, not a verb', () => {
    const text = 'The writer Ann Lee spoke. He praised Mr Tom Hill.';
    const sources = new ParagraphSources(text, [person(text, 'Ann Lee'), person(text, 'Tom Hill')], []);
    expect(sources.sentenceSubject(0, 25)?.name).toBe('Ann Lee');
    expect(sources.sentenceSubject(26, text.length)).toBeNull();
  });
});
