import type { StringTable } from './string-table';

/**
 * Fuzzy expansion as a walk over the sorted term list read as a trie: the terms that share a
 * prefix are one contiguous range, so a trie node is a range and its children are found by
 * binary search on the next character. Each node's edit-distance row is computed once, and
 * the walk goes down only where the row can still reach the query word. Once a prefix has
 * spent its edits (no cell of its row below max) a child can stay in reach only by matching a
 * character of the word, so only those few children are looked up, not every child visited
 * and pruned. The work follows the terms within reach of the query word, not the size of the
 * vocabulary: every fuzzy query walks every index once (the bundled one and each of the
 * analyst's), so this constant matters.
 *
 * Rows compute only the diagonal band |i - j| <= max (cells outside it are always over max,
 * Ukkonen's cut-off). Distance: optimal string alignment (insertions, deletions,
 * substitutions, adjacent transpositions), as lunr.TokenSet.fromFuzzyString counts edits.
 *
 * The walk reads the packed term table's code units in place: no string is made per term.
 */
export function expandFuzzyWalk(terms: StringTable, word: string, max: number, budget: () => void = () => {}, limit = Infinity): number[] {
  const walk = new Walk(terms, word, max, budget, limit);
  walk.node(0, terms.length, 0);
  return walk.out;
}

class Walk {
  readonly out: number[] = [];
  private readonly m: number;
  private readonly over: number; // stands for every value beyond reach; only "<= max" is asked
  private readonly width: number; // column m + 1 holds the right edge's sentinel
  private readonly rows: Int32Array[];
  private readonly rowMin: number[] = [0];
  /** Per depth, the characters a spent prefix's child may have (reused: a child's walk uses the next depth's). */
  private readonly wantedAt: Int32Array[] = [];
  private steps = 0;

  constructor(
    private readonly terms: StringTable,
    private readonly word: string,
    private readonly max: number,
    private readonly budget: () => void,
    private readonly limit: number,
  ) {
    this.m = word.length;
    this.over = max + 1;
    this.width = this.m + 2;
    this.rows = [Int32Array.from({ length: this.width }, (_, j) => (j <= this.m ? Math.min(j, this.over) : this.over))];
  }

  private get full(): boolean {
    return this.out.length >= this.limit;
  }

  /** terms[lo..hi) share their first r characters (terms[lo]'s), whose row is rows[r]. */
  node(lo: number, hi: number, r: number): void {
    if ((++this.steps & 255) === 0) this.budget();
    const { terms, m, max } = this;
    // The prefix itself, if it is a term, sorts first.
    if (terms.lengthOf(lo) === r) {
      if (Math.abs(r - m) <= max && this.rows[r]![m]! <= max) this.out.push(lo);
      if (this.full) return;
      lo++;
    }
    if (lo >= hi) return;
    const first = lo; // its first r characters are the prefix
    if (this.rowMin[r]! < max) {
      // Edits left: any next character may stay in reach (an insertion), so visit each child.
      for (let a = lo; a < hi && !this.full; ) {
        const c = charAt(terms, a, r);
        const b = charUpperBound(terms, a, hi, r, c);
        this.child(a, b, r, c);
        a = b;
      }
      return;
    }
    // Spent: a child survives only on a character of the word that its row lets match (or that
    // completes an adjacent transposition). Others would be pruned at once: skip them unseen.
    // Distinct characters of the word, so at most m of them; room to spare.
    const wanted = (this.wantedAt[r] ??= new Int32Array(2 * m + 2));
    let n = 0;
    const row = this.rows[r]!;
    const lo2 = Math.max(1, r - max + 1);
    const hi2 = Math.min(m, r + max + 1);
    for (let j = lo2; j <= hi2; j++) if (row[j - 1]! <= max) n = addSorted(wanted, n, this.word.charCodeAt(j - 1));
    if (r >= 1) {
      const above = this.rows[r - 1]!;
      const last = charAt(terms, first, r - 1);
      for (let j = 2; j <= m; j++) if (last === this.word.charCodeAt(j - 1) && Math.abs(r + 1 - j) <= max && above[j - 2]! + 1 <= max) n = addSorted(wanted, n, this.word.charCodeAt(j - 2));
    }
    if (n === 0) return;
    let a = lo;
    for (let k = 0; k < n; k++) {
      const c = wanted[k]!;
      if (this.full) return;
      a = charLowerBound(terms, a, hi, r, c);
      if (a >= hi) return;
      if (charAt(terms, a, r) !== c) continue;
      const b = charUpperBound(terms, a, hi, r, c);
      this.child(a, b, r, c);
      a = b;
    }
  }

  /** The child of a node at depth r whose next character is c, terms[a..b). */
  private child(a: number, b: number, r: number, c: number): void {
    const { max, m, over, word } = this;
    const d = r + 1;
    if (d - max > m) return; // longer than the word by more than max: nothing below in reach
    const row = (this.rows[d] ??= new Int32Array(this.width));
    const above = this.rows[r]!;
    const above2 = d >= 2 ? this.rows[d - 2]! : null;
    const cPrev = d >= 2 ? charAt(this.terms, a, d - 2) : -1;
    const lo = d - max > 1 ? d - max : 1;
    const hi = d + max < m ? d + max : m;
    // The cells just outside the band are read by the next row (and this row's first cell):
    // they hold "beyond reach", never a stale value left by another branch.
    row[lo - 1] = lo === 1 ? Math.min(d, over) : over;
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
    // A transposition reaches back two rows, so both must be out of reach to prune.
    if (least > max && this.rowMin[r]! >= max) return;
    this.rowMin[d] = least;
    this.node(a, b, d);
  }
}

/**
 * Inserts c into the sorted, distinct list[0..n) unless it is there; the new length. A handful
 * of characters per node: an insertion, where a set and a sorted copy per node were a third
 * of a fuzzy walk.
 */
function addSorted(list: Int32Array, n: number, c: number): number {
  let at = n;
  while (at > 0 && list[at - 1]! > c) at--;
  if (at > 0 && list[at - 1] === c) return n;
  list.copyWithin(at + 1, at, n);
  list[at] = c;
  return n + 1;
}

/** Character r of term i, -1 past its end (a shorter term sorts first). */
function charAt(terms: StringTable, i: number, r: number): number {
  const at = terms.starts[i]! + r;
  return at < terms.starts[i + 1]! ? terms.units[at]! : -1;
}

/** First index in [lo, hi) whose character r is at least c; the range shares r characters. */
function charLowerBound(terms: StringTable, lo: number, hi: number, r: number, c: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (charAt(terms, mid, r) < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) whose character r is above c, galloping from lo (most children are small). */
function charUpperBound(terms: StringTable, lo: number, hi: number, r: number, c: number): number {
  let step = 1;
  let a = lo;
  let b = lo + 1;
  while (b < hi && charAt(terms, b, r) <= c) {
    a = b;
    step *= 2;
    b = lo + step;
  }
  if (b > hi) b = hi;
  // terms[a] has character c, terms[b] is past it (or the end).
  while (b - a > 1) {
    const mid = (a + b) >>> 1;
    if (charAt(terms, mid, r) <= c) a = mid;
    else b = mid;
  }
  return b;
}
