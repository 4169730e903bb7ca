import type { StringTable } from './string-table';

/**
 * Fuzzy expansion as a walk over the sorted term list read as a trie: the terms that share a
 * prefix are one contiguous range, so a trie node is a range and its children are found by
 * binary search on the next character. Each node's edit-distance row is computed once, and
 * the walk goes down only where the row can still reach the query word. Once a prefix has
 * spent its edits (no cell of its row below max) a term below it can only be the prefix
 * followed by the rest of the word from a cell still in reach (or by the end of a transposition
 * begun a row up), so those few completions are looked up by binary search, not walked down
 * letter by letter. The work follows the terms within reach of the query word, not the size of
 * the vocabulary: every fuzzy query walks every index once (the bundled one and each of the
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
  /** A spent node's completions found (reused: a spent node's are pushed before any other node runs). */
  private readonly found: number[] = [];
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
    // Spent: no edit is left, so below here a term can only go on with the rest of the word
    // from a cell still in reach (row[j] <= max: the term is the prefix + word[j..]), or finish
    // an adjacent transposition begun one row up (the prefix + word[j-2] + word[j..]). Each such
    // completion is one binary search in this node's range, not a walk down it letter by letter.
    const row = this.rows[r]!;
    const found = this.found;
    found.length = 0;
    const lo2 = Math.max(0, r - max);
    const hi2 = Math.min(m - 1, r + max); // j = m is the prefix itself, taken above
    for (let j = lo2; j <= hi2; j++) {
      if (row[j]! > max) continue;
      const i = findCompletion(terms, lo, hi, r, -1, this.word, j);
      if (i >= 0) found.push(i);
    }
    if (r >= 1) {
      const above = this.rows[r - 1]!;
      const last = charAt(terms, first, r - 1);
      for (let j = 2; j <= m; j++) {
        if (last === this.word.charCodeAt(j - 1) && Math.abs(r + 1 - j) <= max && above[j - 2]! + 1 <= max) {
          const i = findCompletion(terms, lo, hi, r, this.word.charCodeAt(j - 2), this.word, j);
          if (i >= 0) found.push(i);
        }
      }
    }
    if (found.length === 0) return;
    // In term order, once each, as the walk finds terms everywhere else.
    if (found.length > 1) found.sort((x, y) => x - y);
    for (let k = 0; k < found.length && !this.full; k++) if (k === 0 || found[k] !== found[k - 1]) this.out.push(found[k]!);
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
 * The index in [lo, hi) of the term that is the range's shared first r characters followed by
 * `extra` (unless -1) and word[j..], or -1: a binary search comparing from character r on.
 */
function findCompletion(terms: StringTable, lo: number, hi: number, r: number, extra: number, word: string, j: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (compareCompletion(terms, mid, r, extra, word, j) < 0) a = mid + 1;
    else b = mid;
  }
  return a < hi && compareCompletion(terms, a, r, extra, word, j) === 0 ? a : -1;
}

/** Term i from character r on against `extra` (unless -1) + word[j..]: negative when the term sorts first. */
function compareCompletion(terms: StringTable, i: number, r: number, extra: number, word: string, j: number): number {
  const from = terms.starts[i]! + r;
  const len = terms.starts[i + 1]! - from;
  let k = 0;
  if (extra >= 0) {
    if (len === 0) return -1;
    const d = terms.units[from]! - extra;
    if (d !== 0) return d;
    k = 1;
  }
  const n = k + word.length - j;
  const l = len < n ? len : n;
  for (; k < l; k++) {
    const d = terms.units[from + k]! - word.charCodeAt(j + k - (extra >= 0 ? 1 : 0));
    if (d !== 0) return d;
  }
  return len - n;
}

/** Character r of term i, -1 past its end (a shorter term sorts first). */
function charAt(terms: StringTable, i: number, r: number): number {
  const at = terms.starts[i]! + r;
  return at < terms.starts[i + 1]! ? terms.units[at]! : -1;
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
