/** Who-said-it scoring of eval:enrich (scripts/eval-enrich/score-attribution.ts). Names invented. */
import { describe, expect, it } from 'vitest';
import type { AnnotatedDoc, GoldQuote } from '../../../scripts/eval-enrich/annotated-doc';
import { emptyAccuracy, lenientSpeaker, rightSpeaker, scoreDocQuotes } from '../../../scripts/eval-enrich/score-attribution';
import type { Enrichment } from '../../../src/core/corpus/enrich';

const gold = (speakers: string[], extra: Partial<GoldQuote> = {}): GoldQuote => ({ paragraph: 0, start: 1, end: 10, speakers, rivals: [], ...extra });

describe('speaker scoring', () => {
  it('counts "the narrator" right for a first-person narrator under both rules', () => {
    const g = gold(['I'], { narrator: true });
    expect(rightSpeaker('the narrator', g)).toBe(true);
    expect(lenientSpeaker('the narrator', g)).toBe(true);
  });

  it('forgives under the lenient rule a surname two characters share', () => {
    const g = gold(['Mrs. Pellow'], { rivals: ['Mr. Pellow'] });
    expect(rightSpeaker('Pellow', g)).toBe(false);
    expect(lenientSpeaker('Pellow', g)).toBe(true);
    expect(lenientSpeaker('Mr. Pellow', g)).toBe(false);
  });

  it('never scores lenient below strict', () => {
    const doc: AnnotatedDoc = {
      id: 'd', published: null, entities: [],
      paragraphs: [{ id: 'p1', text: '“Come in,” said I.' }, { id: 'p2', text: '“Thank you,” said Pellow.' }],
      quotes: [gold(['I'], { narrator: true }), { ...gold(['Mrs. Pellow'], { rivals: ['Mr. Pellow'] }), paragraph: 1, start: 1, end: 10 }],
    };
    const found = { quotes: [
      { text: 'Come in', speaker: 'the narrator', paragraphId: 'p1', start: 1, end: 8 },
      { text: 'Thank you', speaker: 'Pellow', paragraphId: 'p2', start: 1, end: 10 },
    ] } as unknown as Enrichment;
    const scores = { strict: emptyAccuracy(), lenient: emptyAccuracy() };
    scoreDocQuotes(doc, found, scores);
    expect(scores.strict.correct).toBe(1);
    expect(scores.lenient.correct).toBe(2);
  });
});
