import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../../src/core/search/expand';
import { expandFuzzyWalk } from '../../../../src/core/search/fuzzy-walk';
import { StringTable } from '../../../../src/core/search/string-table';

/** Deterministic pseudo-random words over a small alphabet, so many are near each other. */
function vocabulary(n: number, seed = 7): string[] {
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const words = new Set<string>();
  while (words.size < n) {
    const len = 1 + Math.floor(rand() * 9);
    words.add(Array.from({ length: len }, () => 'abcdeu'[Math.floor(rand() * 6)]).join(''));
  }
  return [...words].sort();
}

describe('expandFuzzyWalk', () => {
  const terms = vocabulary(4000);
  const table = StringTable.from(terms);
  it.each([
    ['abc', 1],
    ['abcd', 2],
    ['ba', 1],
    ['ukrane', 1],
    ['eeddcc', 2],
    ['a', 2],
  ])('finds exactly the terms within %s~%i that a full scan finds (transpositions included)', (word, max) => {
    const expected = terms.flatMap((t, i) => (boundedEditDistance(word, t, max) <= max ? [i] : []));
    expect(expandFuzzyWalk(table, word, max)).toEqual(expected);
  });

  it('counts an adjacent swap as one edit, as lunr does', () => {
    expect(expandFuzzyWalk(StringTable.from(['koera', 'korea', 'kroea', 'zzz']), 'korea', 1)).toEqual([0, 1, 2]);
  });

  it('stops at the limit', () => {
    expect(expandFuzzyWalk(table, 'abc', 2, undefined, 3)).toHaveLength(3);
  });
});

describe('expandFuzzyWalk on longer words and ragged lengths', () => {
  // Longer terms over a wider alphabet, and query words far shorter and longer than most terms:
  // the diagonal band and the galloping skip must find exactly what a full scan finds.
  function words(n: number, seed: number): string[] {
    let x = seed;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const out = new Set<string>();
    while (out.size < n) {
      const len = 1 + Math.floor(rand() * 14);
      out.add(Array.from({ length: len }, () => 'aeiknrstuéж'[Math.floor(rand() * 11)]).join(''));
    }
    return [...out].sort();
  }
  const terms = words(6000, 11);
  const table = StringTable.from(terms);
  const probes = [...terms.filter((_, i) => i % 400 === 0), 'k', 'ukraine', 'ukrane', 'aaaaaaaaaaaaaaaaaaaa', 'éжé', ''];
  it.each(probes.flatMap((w) => [[w, 1], [w, 2]] as const))('%s~%i equals a full scan', (word, max) => {
    const expected = terms.flatMap((t, i) => (boundedEditDistance(word, t, max) <= max ? [i] : []));
    expect(expandFuzzyWalk(table, word, max)).toEqual(expected);
  });
});
