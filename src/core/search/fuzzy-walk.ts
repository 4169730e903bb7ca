/**
 * Fuzzy expansion as a walk over the sorted term list read as a trie: consecutive terms share
 * their common prefix's edit-distance rows, and as soon as a prefix is already too far from the
 * query word every term under it is skipped. The work follows the terms within reach of the
 * query word, not the size of the vocabulary (the old scan computed a distance for every term of
 * about the right length).
 *
 * Two things keep the constant small, since every fuzzy query walks every index once (the
 * bundled one and each of the analyst's): a row computes only the diagonal band |i - j| <= max
 * (cells outside it are always over max, Ukkonen's cut-off), and a pruned subtree is skipped by
 * galloping over the terms that share its prefix, comparing characters in place instead of
 * building a key string for a binary search over the whole list.
 *
 * Distance: optimal string alignment (insertions, deletions, substitutions, adjacent
 * transpositions), as lunr.TokenSet.fromFuzzyString counts edits.
 */
export function expandFuzzyWalk(terms: readonly string[], word: string, max: number, budget: () => void = () => {}, limit = Infinity): number[] {
  const m = word.length;
  const over = max + 1; // stands for every value beyond reach; only "<= max" is ever asked
  const width = m + 2; // column m + 1 holds the right edge's sentinel
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => (j <= m ? Math.min(j, over) : over))];
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
      const row = (rows[r] ??= new Int32Array(width));
      const above = rows[r - 1]!;
      const above2 = r >= 2 ? rows[r - 2]! : null;
      const c = t.charCodeAt(r - 1);
      const cPrev = r >= 2 ? t.charCodeAt(r - 2) : -1;
      const lo = r - max > 1 ? r - max : 1;
      const hi = r + max < m ? r + max : m;
      if (r - max > m) {
        // The prefix is longer than the word by more than max: nothing under it is in reach
        // (and the row before, at least max away, lets the prune below take it).
        rowMin[r] = over;
        depth = r;
        prunedAt = r;
        break;
      }
      // The cells just outside the band are read by the next row (and this row's first cell):
      // they hold "beyond reach", never a stale value left by an earlier term.
      row[lo - 1] = lo === 1 ? Math.min(r, over) : over;
      row[hi + 1] = over;
      let least = row[lo - 1]!;
      for (let j = lo; j <= hi; j++) {
        const w = word.charCodeAt(j - 1);
        let v = above[j - 1]! + (c === w ? 0 : 1);
        if (above[j]! + 1 < v) v = above[j]! + 1;
        if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1;
        if (above2 && j >= 2 && c === word.charCodeAt(j - 2) && cPrev === w && above2[j - 2]! + 1 < v) v = above2[j - 2]! + 1;
        if (v > over) v = over;
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
      i = pastPrefix(terms, i, t, prunedAt);
      continue;
    }
    // The last row's band covers column m only when the lengths differ by at most max.
    if (Math.abs(t.length - m) <= max && rows[t.length]![m]! <= max) {
      out.push(i);
      if (out.length >= limit) break;
    }
    i++;
  }
  return out;
}

/** The first index after `from` whose term does not start with `t`'s first `n` characters. */
function pastPrefix(terms: readonly string[], from: number, t: string, n: number): number {
  // Gallop: most pruned subtrees are a handful of terms, a few are thousands.
  let lo = from; // shares the prefix
  let step = 1;
  let hi = from + 1;
  while (hi < terms.length && sharesPrefix(terms[hi]!, t, n)) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > terms.length) hi = terms.length;
  // terms[lo] shares the prefix, terms[hi] does not (or is the end): the boundary lies between.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (sharesPrefix(terms[mid]!, t, n)) lo = mid;
    else hi = mid;
  }
  return hi;
}

// A plain function, not a closure made per call: the walk calls it thousands of times a query.
function sharesPrefix(s: string, t: string, n: number): boolean {
  if (s.length < n) return false;
  for (let k = 0; k < n; k++) if (s.charCodeAt(k) !== t.charCodeAt(k)) return false;
  return true;
}
