/**
 * The conversation decoder: a whole sequence of turns is decided together, so a turn's
 * speaker can follow from a tag that comes after it. Steps and weights are written for the
 * test; the last case runs the shipped model on a dialogue written for it (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { type Step, decode, localTable, speakersOf, transitionFeatures } from '../../../../../src/core/corpus/enrich/conversation';
import type { CandidateInfo, QuoteContext } from '../../../../../src/core/corpus/enrich/speaker-ranker';

const ctx = (ruleName: string | null): QuoteContext => ({
  via: 'alternate', ruleName, addressed: new Set(), before: new Set(), after: new Set(),
  prev1: null, prev2: null, prev1Addressee: null, lastSpeaker: null, bare: true, firstInParagraph: true,
});
const candidate = (name: string, rank: number): CandidateInfo => ({ name, rank, gender: null, description: false, narrator: false, mentions: 1, turns: 0 });
const fixed = (paragraph: number, name: string): Step => ({ paragraph, bare: false, addressed: [], fixed: name });
const ranked = (paragraph: number, rule: string, addressed: string[] = []): Step => ({
  paragraph, bare: true, addressed, fixed: rule, ranked: { ctx: ctx(rule), candidates: [candidate('Ann', 0), candidate('Ben', 1)] },
});

describe('conversation decoder', () => {
  it('names the turn-taking shape of three steps', () => {
    const steps = [fixed(0, 'Ann'), fixed(1, 'Ben'), ranked(2, 'Ann')];
    expect(transitionFeatures(steps, 2, 'Ann', 'Ben', 'Ann')).toContain('T:aba|11|b');
    expect(transitionFeatures(steps, 2, 'Ben', 'Ben', 'Ann')).toContain('T:same1|1|b');
    expect(transitionFeatures(steps, 0, 'Ann', null, null)).toEqual([]);
    // Whether the turn before ended on its quote or on narrative after it ("…,” said Ben.").
    expect(transitionFeatures(steps, 2, 'Ann', 'Ben', 'Ann')).toContain('T:diff1|1|q');
    const tagged = [fixed(0, 'Ann'), { ...fixed(1, 'Ben'), endsInNarrative: true }, ranked(2, 'Ann')];
    expect(transitionFeatures(tagged, 2, 'Ann', 'Ben', 'Ann')).toContain('T:diff1|1|t');
  });

  it('lets a later tag set the phase of the untagged turns before it', () => {
    // The local features prefer whoever the rules named (Ann); the transitions prefer a change
    // of speaker at every turn. Ann … ? … ? … Ben (tagged) can only alternate as Ann, Ben, Ann, Ben.
    const steps = [fixed(0, 'Ann'), ranked(1, 'Ann'), ranked(2, 'Ann'), fixed(3, 'Ben')];
    const w = new Map([['L:rule', 1], ['T:diff1|1|b', 3], ['T:diff1|1|n', 3]]);
    const choice = decode(steps, w, localTable(steps));
    expect(speakersOf(steps, choice)).toEqual(['Ann', 'Ben', 'Ann', 'Ben']);
  });

  it('keeps a constrained step to the options allowed', () => {
    const steps = [fixed(0, 'Ann'), ranked(1, 'Ann')];
    const w = new Map([['L:rule', 5]]);
    expect(speakersOf(steps, decode(steps, w, localTable(steps)))[1]).toBe('Ann');
    expect(speakersOf(steps, decode(steps, w, localTable(steps), [null, [false, true]]))[1]).toBe('Ben');
  });

  it('never gives a turn to the person it calls by name, however the turns before lean', () => {
    // Ann, Ben, then a turn that says "…, Ann": the strong same-as-two-before weight would make
    // it Ann's, but she is the one spoken to.
    const steps = [fixed(0, 'Ann'), fixed(1, 'Ben'), ranked(2, 'Ben', ['Ann'])];
    const w = new Map([['T:aba|11', 5], ['L:rule', 1]]);
    expect(speakersOf(steps, decode(steps, w, localTable(steps)))[2]).toBe('Ben');
    // With no other candidate left, the addressee stays possible rather than leaving no one.
    const alone = [fixed(0, 'Ann'), fixed(1, 'Ben'), { ...ranked(2, 'Ann', ['Ann']), ranked: { ctx: ctx('Ann'), candidates: [candidate('Ann', 0)] } }];
    expect(speakersOf(alone, decode(alone, w, localTable(alone)))[2]).toBe('Ann');
  });

  it('gives a quote that follows its paragraph the speaker decided for that paragraph', () => {
    const steps: Step[] = [fixed(0, 'Ann'), ranked(1, 'Ann'), { paragraph: 1, bare: true, addressed: [], fixed: 'Ann', follows: true }];
    const w = new Map([['T:diff1|1|b', 3]]);
    expect(speakersOf(steps, decode(steps, w, localTable(steps)))).toEqual(['Ann', 'Ben', 'Ben']);
  });

  it('alternates an untagged exchange between two people with the shipped weights', () => {
    // Each turn ends its paragraph with the quote: the next paragraph answers it.
    const quotes = enrichDocument({ title: '', published: null, paragraphs: [
      'Walter Hale and Charlotte Grey sat by the fire in the long room.',
      'Walter Hale looked up and asked, “Is it very late?”',
      '“Nearly midnight, I think.”',
      '“Then we ought to go before the snow comes.”',
      '“Not yet,” said Charlotte Grey.',
    ].map((text, i) => ({ id: `p${i + 1}`, text })) }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Walter Hale', 'Charlotte Grey', 'Walter Hale', 'Charlotte Grey']);
  });
});
