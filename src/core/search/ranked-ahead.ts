import type { QueryPlan } from './query-parse';
import type { StringTable } from './string-table';

/**
 * Results of the heaviest queries, ranked ahead of time (issue 15: one common word at 100,000
 * documents reads 50,000 postings, about 1.8 ms of scoring per keystroke, where an engine that
 * ranks at index time answers in 0.01 ms). While the search worker is idle after loading, the
 * engine runs its own exhaustive match once for every query that would read more than
 * HEAVY_POSTINGS postings among those a reader types most — a single word (with its word forms),
 * a word being typed (a prefix), and `word*` — and keeps the first AHEAD_RESULTS with their
 * scores, the total and the duplicate copies. A later query that resolves to exactly the same
 * index terms, boosts and fields gets those, so they are the exhaustive results by construction,
 * not an approximation. Queries with facet counts, date order, corrections or another index's
 * statistics beside it are ranked in full as before.
 */

/** Results kept per query: five pages of 20 (a "Show more" past them ranks in full). */
export const AHEAD_RESULTS = 100;
/** Postings a query must read to be ranked ahead: below it, ranking in full takes well under 0.1 ms. */
export const HEAVY_POSTINGS = 200;

export interface AheadResult {
  /** Document numbers, best first (one per duplicate group), at most AHEAD_RESULTS. */
  ranked: Int32Array;
  scores: Float64Array;
  total: number;
  /** Representative → the other matching members of its group, best first (only where there are any). */
  copies: Map<number, number[]> | null;
}

/**
 * The key of a parsed query whose results may be ranked ahead, or null. Only plans of optional
 * words with no phrase qualify (what a word typed into the box is, or `title:word`). Against
 * one index a plan always resolves to the same index terms, so the plan is the key: a few
 * dozen characters however many words a prefix stands for.
 */
export function planKey(plan: QueryPlan): string | null {
  if (plan.terms.length === 0 || plan.phrases.length > 0) return null;
  let key = '';
  for (const c of plan.terms) {
    if (c.presence !== 'optional') return null;
    key += `${c.kind}\u0000${c.fields.join(',')}\u0000${c.boost}\u0000${c.editDistance}\u0000${c.term}\u0000${c.word ?? ''}\u0000${c.cased ?? ''}\u0001`;
  }
  return key;
}

/**
 * What a resolved query is scored from: each clause's fields, boost and index terms, in order
 * (the order of the sums). Plans that differ only in how a word was typed ("election",
 * "elections") resolve alike and share one result.
 */
export function resolvedKey(clauses: readonly { c: { boost: number; fields: readonly number[] }; terms: readonly number[] }[]): string {
  return clauses.map(({ c, terms }) => `${c.fields.join(',')}:${c.boost}:${terms.join(',')}`).join(';');
}

/**
 * Every prefix of the sorted strings in `table` whose entries' weights (cumulative: the weight
 * of entries lo..hi-1 is cum[hi] - cum[lo]) sum to at least `min`, shortest first. A longer
 * prefix names a subset of a shorter one's entries, so a light prefix's extensions are never
 * visited: the walk costs a binary search per prefix kept, not a pass over the table per length.
 */
export function* heavyPrefixes(table: StringTable, cum: Float64Array, min: number, maxLength = 32): Generator<string> {
  const queue: { prefix: string; lo: number; hi: number }[] = [{ prefix: '', lo: 0, hi: table.length }];
  for (let head = 0; head < queue.length; head++) {
    const { prefix, lo, hi } = queue[head]!;
    queue[head] = undefined as never; // let the walked part of the queue go
    const last = prefix.charCodeAt(prefix.length - 1);
    // A lone high surrogate is half a character: not a prefix anyone types, but its extensions are.
    if (prefix && !(last >= 0xd800 && last <= 0xdbff)) yield prefix;
    if (prefix.length >= maxLength) continue;
    const at = prefix.length;
    let i = lo;
    while (i < hi) {
      const s = table.get(i);
      if (s.length <= at) {
        i++;
        continue;
      }
      const code = s.charCodeAt(at);
      const end = code === 0xffff ? hi : Math.min(hi, table.lowerBound(prefix + String.fromCharCode(code + 1)));
      if (cum[end]! - cum[i]! >= min) queue.push({ prefix: prefix + s[at]!, lo: i, hi: end });
      i = end;
    }
  }
}

/** Cumulative weights of a table's entries (length + 1), for heavyPrefixes. */
export function cumulative(length: number, weight: (i: number) => number): Float64Array {
  const cum = new Float64Array(length + 1);
  for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + weight(i);
  return cum;
}

/** The index tables the candidate queries are read from. */
export interface AheadTables {
  words: StringTable;
  wordTerm: Int32Array;
  terms: StringTable;
  termDocFreq: ArrayLike<number>;
  /** Per field, each term's postings start at offsets[t] (the field's `name:` queries). */
  postings: readonly { offsets: ArrayLike<number> }[];
}

/**
 * The queries worth ranking ahead, commonest kinds first: every word whose term has at least
 * `min` postings, then every prefix being typed whose words have that many, then `field:word`
 * for each field (`fields`, the names queries use), then `prefix*` over the terms. Each is only
 * a candidate: the engine resolves it and ranks it only if it is heavy.
 */
export function* aheadQueries(tables: AheadTables, fields: readonly string[], min: number): Generator<{ query: string; typing: boolean }> {
  const { words, wordTerm, terms, termDocFreq, postings } = tables;
  const wordWeight = (w: number) => (wordTerm[w]! < 0 ? 0 : termDocFreq[wordTerm[w]!]!);
  for (let w = 0; w < words.length; w++) if (wordWeight(w) >= min) yield { query: words.get(w), typing: false };
  for (const prefix of heavyPrefixes(words, cumulative(words.length, wordWeight), min)) yield { query: prefix, typing: true };
  for (let f = 0; f < fields.length; f++) {
    const { offsets } = postings[f]!;
    for (let w = 0; w < words.length; w++) {
      const t = wordTerm[w]!;
      if (t >= 0 && offsets[t + 1]! - offsets[t]! >= min) yield { query: `${fields[f]}:${words.get(w)}`, typing: false };
    }
  }
  for (const prefix of heavyPrefixes(terms, cumulative(terms.length, (t) => termDocFreq[t]!), min)) yield { query: `${prefix}*`, typing: false };
}
