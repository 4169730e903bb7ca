/**
 * Expands a query term into index terms, as lunr's TokenSet intersection does: exact lookup,
 * wildcards (* = any run of characters, lunr.TokenSet.fromString) and fuzzy matching within an
 * edit distance counting insertions, deletions, substitutions and adjacent transpositions
 * (lunr.TokenSet.fromFuzzyString). `terms` is sorted, so exact and prefix are binary searches.
 */

export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findExact(sorted: readonly string[], key: string): number {
  const i = lowerBound(sorted, key);
  return i < sorted.length && sorted[i] === key ? i : -1;
}

export function expandWildcard(terms: readonly string[], pattern: string): number[] {
  const star = pattern.indexOf('*');
  const prefix = pattern.slice(0, star);
  const lo = lowerBound(terms, prefix);
  const out: number[] = [];
  if (star === pattern.length - 1) {
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) out.push(i);
    return out;
  }
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('.*')}$`, 'u');
  const from = prefix ? lo : 0;
  for (let i = from; i < terms.length && terms[i]!.startsWith(prefix); i++) if (re.test(terms[i]!)) out.push(i);
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

export function expandFuzzy(terms: readonly string[], term: string, distance: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (Math.abs(t.length - term.length) > distance) continue;
    if (boundedEditDistance(term, t, distance) <= distance) out.push(i);
  }
  return out;
}
