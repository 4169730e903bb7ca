/**
 * Names told fiction uses as people though the recogniser typed them otherwise
 * (fiction-people.ts). Text written for this test, in the shape novels use.
 */
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import type { ResolvedMention } from '../../../../../src/core/corpus/enrich/canonical-names';
import type { EntityType } from '../../../../../src/shared/corpus';
import { personLikeNames } from '../../../../../src/core/corpus/enrich/fiction-people';

/** Every occurrence of `name` in `texts` as a mention of the given type. */
function mentionsOf(texts: readonly string[], name: string, type: EntityType): ResolvedMention[] {
  return texts.flatMap((t, paragraphIndex) => [...t.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
    text: name, start: m.index, end: m.index + name.length, type: type === 'organization' ? 'organization' : 'place', confidence: 0.6,
    paragraphId: `p${paragraphIndex + 1}`, paragraphIndex, entity: name, entityType: type,
  }) as ResolvedMention));
}
const outsideQuotes = (): boolean => false;

describe('personLikeNames', () => {
  it('takes a name the narrative makes glance, wonder and answer for a person', () => {
    const texts = ['Winterbourne glanced at the table.', 'Winterbourne wondered what she meant.', '“Not yet,” answered Winterbourne.'];
    expect([...personLikeNames(texts, mentionsOf(texts, 'Winterbourne', 'organization'), outsideQuotes)]).toEqual(['Winterbourne']);
  });

  it('needs two such uses, not one', () => {
    const texts = ['Winterbourne glanced at the table.', 'The hotel at Winterbourne was full.'];
    expect(personLikeNames(texts, mentionsOf(texts, 'Winterbourne', 'organization'), outsideQuotes).size).toBe(0);
  });

  it('never takes a place the story only travels to', () => {
    const texts = ['They went on to Geneva the next morning.', 'Geneva was cold, and Geneva was dull.', 'In Geneva the lake was grey.'];
    expect(personLikeNames(texts, mentionsOf(texts, 'Geneva', 'place'), outsideQuotes).size).toBe(0);
  });

  it('ignores uses inside quotes and names already typed as people', () => {
    const texts = ['“Denham said so, and Denham laughed,” she told him.'];
    expect(personLikeNames(texts, mentionsOf(texts, 'Denham', 'place'), () => true).size).toBe(0);
    const both = [...mentionsOf(texts, 'Denham', 'place'), { ...mentionsOf(texts, 'Denham', 'person')[0]! }];
    expect(personLikeNames(texts, both, outsideQuotes).size).toBe(0);
  });
});

describe('enrichment of told fiction', () => {
  const doc = (paragraphs: string[]) => enrichDocument({ title: '', published: '2024-05-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })) });
  const typeOf = (paragraphs: string[]): string | undefined => doc(paragraphs).entities.find((e) => e.name === 'Wexford')?.type;

  it('makes a character the recogniser took for a place a person', () => {
    expect(typeOf([
      'The rain fell on the town all day, and Wexford stood at the window of the inn.',
      'Wexford glanced at the door, and Wexford wondered who would come.',
      '“Is anyone there?” asked a voice.',
      '“Only me,” answered Wexford.',
      '“Then open the door.”',
      '“I will not.”',
    ])).toBe('person');
  });

  it('keeps the types of a news story, which is not told as dialogue', () => {
    expect(typeOf(['Wexford said on Tuesday that the plan would go ahead. Wexford added that costs would fall.', 'The decision was announced in London.'])).toBe('place');
  });
});
