import { describe, expect, it } from 'vitest';
import { commonestFirst } from '../../../../src/core/search/commonest-first';

describe('commonestFirst', () => {
  it('gives the terms most postings first, ties by term number, without the one skipped', () => {
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 50; round++) {
      const termCount = 1 + rnd(5000);
      const docFreq = Uint32Array.from({ length: termCount }, () => (rnd(4) === 0 ? 1 + rnd(100_000) : 1 + rnd(3)));
      const found = [...new Set(Array.from({ length: rnd(3000) }, () => rnd(termCount)))];
      const skip = found.length && rnd(2) ? found[rnd(found.length)]! : -1;
      const expected = found.filter((t) => t !== skip).sort((a, b) => docFreq[b]! - docFreq[a]! || a - b);
      expect([...commonestFirst(found, skip, docFreq, termCount)]).toEqual(expected);
    }
  });

  it('yields one term at a time, and nothing for no terms or only the skipped one', () => {
    const docFreq = [5, 9, 9, 1];
    const first = commonestFirst([0, 1, 2, 3], -1, docFreq, 4).next();
    expect(first.value).toBe(1);
    expect([...commonestFirst([], -1, docFreq, 4)]).toEqual([]);
    expect([...commonestFirst([2], 2, docFreq, 4)]).toEqual([]);
  });
});
