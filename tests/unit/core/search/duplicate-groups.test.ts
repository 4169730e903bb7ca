import { describe, expect, it } from 'vitest';
import { DuplicateGroups } from '../../../../src/core/search/duplicate-groups';

// Documents 0..6: 0, 2 and 5 are copies ("a"), 3 and 6 are copies ("b"), 1 and 4 stand alone.
const keys = ['a', undefined, 'a', 'b', undefined, 'a', 'b'];
const byScore = (scores: number[]) => (x: number, y: number) => scores[y]! - scores[x]! || x - y;

describe('DuplicateGroups', () => {
  it('keeps one member per group, the best ranked, and lists the others as its copies, best first', () => {
    const g = new DuplicateGroups(keys);
    const better = byScore([1, 9, 5, 2, 0, 3, 7]);
    const shown = [...g.collapse([0, 1, 2, 3, 4, 5, 6], better)];
    expect(shown).toEqual([1, 2, 4, 6]);
    expect(g.copiesOf(2, better)).toEqual([5, 0]);
    expect(g.copiesOf(6, better)).toEqual([3]);
    expect(g.copiesOf(1, better)).toEqual([]);
  });

  it('counts as copies only the members that matched this query', () => {
    const g = new DuplicateGroups(keys);
    const better = byScore([1, 1, 1, 1, 1, 1, 1]);
    g.collapse([0, 1, 2, 3, 4, 5, 6], better);
    // A later query matching only 0 and 3: nothing of the first query's groups carries over.
    expect([...g.collapse([0, 3], better)]).toEqual([0, 3]);
    expect(g.copiesOf(0, better)).toEqual([]);
    expect([...g.collapse([5, 0, 4], better)]).toEqual([0, 4]);
    expect(g.copiesOf(0, better)).toEqual([5]);
  });

  it('returns the matches untouched when no document has a copy', () => {
    const g = new DuplicateGroups([undefined, undefined, 'x']);
    const kept = [0, 1, 2];
    expect(g.collapse(kept, (a, b) => a - b)).toBe(kept);
    expect(new DuplicateGroups([]).any).toBe(false);
  });
});
