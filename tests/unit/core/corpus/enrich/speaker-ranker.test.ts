/** The per-quote ranker's features and probabilities (weights written for the test). */
import { describe, expect, it } from 'vitest';
import { type CandidateInfo, type QuoteContext, features, probabilities } from '../../../../../src/core/corpus/enrich/speaker-ranker';

const ctx = (extra: Partial<QuoteContext> = {}): QuoteContext => ({
  via: 'none', ruleName: null, addressed: new Set(), before: new Set(), after: new Set(),
  prev1: null, prev2: null, prev1Addressee: null, lastSpeaker: null, bare: true, firstInParagraph: true, ...extra,
});
const ann: CandidateInfo = { name: 'Ann', rank: 0, gender: 'f', description: false, narrator: false, mentions: 3, turns: 1 };
const ben: CandidateInfo = { ...ann, name: 'Ben', rank: 1, gender: 'm' };

describe('speaker ranker', () => {
  it('marks a candidate the quote talks about, unless it only addresses them', () => {
    expect(features(ctx({ inQuote: new Set(['Ann']) }), ann)).toContain('in-quote');
    expect(features(ctx({ inQuote: new Set(['Ann']), addressed: new Set(['Ann']) }), ann)).not.toContain('in-quote');
    expect(features(ctx({ previousParagraph: new Set(['Ben']) }), ben)).toContain('prev-para|bare=true');
  });

  it('marks a look-ahead candidate, by how the rules found the quote', () => {
    const f = features(ctx({ via: 'pronoun', ahead: new Set(['Ben']) }), ben);
    expect(f).toEqual(expect.arrayContaining(['ahead', 'ahead|pronoun', 'ahead|bare=true']));
    expect(features(ctx({ ahead: new Set(['Ben']) }), ann)).not.toContain('ahead');
  });

  it('gives probabilities that sum to one and favour the higher score', () => {
    const p = probabilities({ weights: new Map([['r0', 2]]), temperature: 1 }, ctx(), [ann, ben]);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 9);
    expect(p[0]).toBeGreaterThan(p[1]!);
  });
});
