import { StringTable } from './string-table';

/**
 * Expands a query term into index terms, as lunr's TokenSet intersection does: exact lookup,
 * wildcards (* = any run of characters, lunr.TokenSet.fromString) and fuzzy matching within an
 * edit distance counting insertions, deletions, substitutions and adjacent transpositions
 * (lunr.TokenSet.fromFuzzyString). `terms` is sorted, so exact and prefix are binary searches.
 */

/** A sorted list of strings: an array, or a packed table (the index's terms and words). */
export type SortedStrings = readonly string[] | StringTable;

export function lowerBound(sorted: SortedStrings, key: string): number {
  if (sorted instanceof StringTable) return sorted.lowerBound(key);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findExact(sorted: SortedStrings, key: string): number {
  if (sorted instanceof StringTable) return sorted.indexOf(key);
  const i = lowerBound(sorted, key);
  return i < sorted.length && sorted[i] === key ? i : -1;
}

/** Most terms one wildcard or fuzzy word may stand for; beyond it the query is too broad to rank. */
export const MAX_EXPANSIONS = 20_000;

/**
 * Whether `text` matches a pattern where * is any run of characters: the greedy two-pointer
 * algorithm (backtrack only to the last star), O(len(text) × len(pattern)) at worst — never the
 * exponential backtracking of a regular expression like ^a.*a.*a.*b$ on "aaaa…".
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

export function expandWildcard(terms: StringTable, pattern: string, budget: () => void = () => {}): number[] {
  const star = pattern.indexOf('*');
  const prefix = pattern.slice(0, star);
  const lo = prefix ? terms.lowerBound(prefix) : 0;
  const out: number[] = [];
  const onlyTrailing = star === pattern.length - 1;
  for (let i = lo; i < terms.length && terms.startsWith(i, prefix); i++) {
    if ((i & 4095) === 0) budget();
    if (onlyTrailing || globMatch(pattern, terms.get(i))) {
      out.push(i);
      if (out.length >= MAX_EXPANSIONS) break;
    }
  }
  return out;
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance, or max+1 as soon as it must exceed max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rows[0]!.length < m + 1) rows = rows.map(() => new Int32Array(m + 1));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && prev2[j - 2]! + 1 < v) v = prev2[j - 2]! + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

export function expandFuzzy(terms: readonly string[], term: string, distance: number, budget: () => void = () => {}): number[] {
  const out: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    if ((i & 4095) === 0) budget();
    const t = terms[i]!;
    if (Math.abs(t.length - term.length) > distance) continue;
    if (boundedEditDistance(term, t, distance) <= distance) out.push(i);
  }
  return out;
}
