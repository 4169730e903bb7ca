/** The softmax ranker trainer: it learns which feature marks the right candidate, deterministically. */
import { describe, expect, it } from 'vitest';
import { type RankExample, trainSoftmax } from '../../../../scripts/train-speakers/softmax';

const opts = { iterations: 200, l2: 1e-3, rate: 0.3 };

describe('trainSoftmax', () => {
  it('weights the feature that marks the right candidate above one that does not', () => {
    const examples: RankExample[] = [
      { features: [['cue', 'near'], ['far']], right: [true, false] },
      { features: [['near'], ['cue']], right: [false, true] },
      { features: [['far'], ['cue', 'far']], right: [false, true] },
    ];
    const w = trainSoftmax(examples, opts);
    expect(w.get('cue') ?? 0).toBeGreaterThan(0);
    expect(w.get('cue') ?? 0).toBeGreaterThan(w.get('near') ?? 0);
  });

  it('asks only that one of several right candidates win', () => {
    // "Mr. Bennet" and "her father" are both right: neither has to beat the other.
    const w = trainSoftmax([{ features: [['a'], ['b'], ['c']], right: [true, true, false] }], opts);
    expect(w.get('c') ?? 0).toBeLessThan(0);
    expect(Math.abs((w.get('a') ?? 0) - (w.get('b') ?? 0))).toBeLessThan(1e-9);
  });

  it('gives byte-identical weights on the same data', () => {
    const examples: RankExample[] = [{ features: [['x', 'y'], ['z']], right: [true, false] }, { features: [['z'], ['y']], right: [false, true] }];
    expect([...trainSoftmax(examples, opts)]).toEqual([...trainSoftmax(examples, opts)]);
  });

  it('skips examples with no right candidate, or only right ones', () => {
    expect(trainSoftmax([{ features: [['a'], ['b']], right: [false, false] }, { features: [['c']], right: [true] }], opts).size).toBe(0);
  });
});
