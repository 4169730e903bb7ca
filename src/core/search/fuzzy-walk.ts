import { lowerBound } from './expand';

/**
 * Fuzzy expansion as a walk over the sorted term list read as a trie: consecutive terms share
 * their common prefix's edit-distance rows, and as soon as a prefix is already too far from the
 * query word every term under it is skipped with one binary search. The work follows the terms
 * within reach of the query word, not the size of the vocabulary (the old scan computed a
 * distance for every term of about the right length).
 *
 * Distance: optimal string alignment (insertions, deletions, substitutions, adjacent
 * transpositions), as lunr.TokenSet.fromFuzzyString counts edits.
 */
export function expandFuzzyWalk(terms: readonly string[], word: string, max: number, budget: () => void = () => {}, limit = Infinity): number[] {
  const m = word.length;
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  const rowMin: number[] = [0];
  const out: number[] = [];
  let depth = 0; // rows[0..depth] are valid for prev's first `depth` characters
  let prev = '';
  let steps = 0;
  for (let i = 0; i < terms.length; ) {
    if ((++steps & 1023) === 0) budget();
    const t = terms[i]!;
    let k = 0;
    const lim = Math.min(prev.length, t.length, depth);
    while (k < lim && prev.charCodeAt(k) === t.charCodeAt(k)) k++;
    depth = k;
    prev = t;
    let prunedAt = -1;
    while (depth < t.length) {
      const r = depth + 1;
      const row = (rows[r] ??= new Int32Array(m + 1));
      const above = rows[r - 1]!;
      const above2 = r >= 2 ? rows[r - 2]! : null;
      const c = t.charCodeAt(r - 1);
      const cPrev = r >= 2 ? t.charCodeAt(r - 2) : -1;
      row[0] = r;
      let least = r;
      for (let j = 1; j <= m; j++) {
        const w = word.charCodeAt(j - 1);
        let v = above[j - 1]! + (c === w ? 0 : 1);
        if (above[j]! + 1 < v) v = above[j]! + 1;
        if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1;
        if (above2 && j >= 2 && c === word.charCodeAt(j - 2) && cPrev === w && above2[j - 2]! + 1 < v) v = above2[j - 2]! + 1;
        row[j] = v;
        if (v < least) least = v;
      }
      rowMin[r] = least;
      depth = r;
      // A transposition reaches back two rows, so both must be out of reach to prune.
      if (least > max && rowMin[r - 1]! >= max) {
        prunedAt = r;
        break;
      }
    }
    if (prunedAt >= 0) {
      i = lowerBound(terms, `${t.slice(0, prunedAt)}\uffff`);
      continue;
    }
    if (rows[t.length]![m]! <= max) {
      out.push(i);
      if (out.length >= limit) break;
    }
    i++;
  }
  return out;
}
