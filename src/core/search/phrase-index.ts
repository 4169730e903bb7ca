import { FIELDS, type IndexData } from './index-data';

/**
 * Word positions for phrases, built from the token stream on first use (a counting sort,
 * ~tens of ms at 4x) rather than stored: positions[wordStart[w]..wordStart[w+1]) are the stream
 * offsets of word w. A phrase is then checked only where its rarest word stands, by reading
 * the neighbouring stream entries: no document scans, even for a phrase of stop words.
 */
export interface PhraseIndex {
  wordStart: Uint32Array;
  positions: Uint32Array;
}

export function buildPhraseIndex(data: IndexData): PhraseIndex {
  const builder = new PhraseIndexBuilder(data);
  while (!builder.step(Infinity));
  return builder.result!;
}

/**
 * The same counting sort, a slice of the stream at a time: at 100,000 documents the stream
 * holds ~40M tokens and the whole build takes most of a second, which a search worker must not
 * spend in one go (queries arriving meanwhile would wait). Queries without phrases never need it.
 */
export class PhraseIndexBuilder {
  result: PhraseIndex | null = null;
  private readonly W: number;
  private readonly wordStart: Uint32Array;
  private fill: Uint32Array | null = null;
  private positions: Uint32Array | null = null;
  /** Pass 0 counts, pass 1 places; `at` is the next stream offset of the pass. */
  private pass = 0;
  private at = 0;

  constructor(private readonly data: IndexData) {
    this.W = data.words.length;
    this.wordStart = new Uint32Array(this.W + 1);
  }

  /** Works through at most `budget` stream entries; true once the index is complete. */
  step(budget: number): boolean {
    if (this.result) return true;
    const { stream } = this.data;
    const { W, wordStart } = this;
    const end = Math.min(stream.length, this.at + budget);
    if (this.pass === 0) {
      for (let i = this.at; i < end; i++) {
        const w = stream[i]!;
        if (w < W) wordStart[w + 1]!++;
      }
      this.at = end;
      if (end < stream.length) return false;
      for (let w = 0; w < W; w++) wordStart[w + 1]! += wordStart[w]!;
      this.fill = wordStart.slice(0, W);
      this.positions = new Uint32Array(wordStart[W]!);
      this.pass = 1;
      this.at = 0;
      return false;
    }
    const fill = this.fill!;
    const positions = this.positions!;
    for (let i = this.at; i < end; i++) {
      const w = stream[i]!;
      if (w < W) positions[fill[w]!++] = i;
    }
    this.at = end;
    if (end < stream.length) return false;
    this.result = { wordStart, positions };
    this.fill = null;
    return true;
  }
}

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');

/**
 * In the ascending run sorted[from..end): the first index whose value is not below `value`
 * (`after` false: a lower bound) or is above it (`after` true: an upper bound); `end` if none.
 * Gallops forward from `from` (steps of 1, 2, 4, … then a binary search in the last one): the
 * phrase walk below asks in ascending order, so most answers are `from` itself or a step away —
 * a binary search over the millions of paragraph starts at 100,000 documents cost a cache miss
 * per step per match.
 */
export function gallop(sorted: ArrayLike<number>, from: number, end: number, value: number, after: boolean): number {
  // Integers: "above value" is "not below value + 1".
  const key = after ? value + 1 : value;
  if (from >= end || sorted[from]! >= key) return from;
  let lo = from; // sorted[lo] < key throughout
  let step = 1;
  while (lo + step < end && sorted[lo + step]! < key) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(end, lo + step);
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Documents holding the phrase in one of `fields`, with their occurrence counts. */
export function phraseDocuments(data: IndexData, index: PhraseIndex, wordIds: Uint32Array, fields: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const n = wordIds.length;
  const { wordStart, positions } = index;
  const count = (k: number) => wordStart[wordIds[k]! + 1]! - wordStart[wordIds[k]!]!;
  // Anchor on the rarest word of the phrase, and when there is another word, on the next rarest
  // too: the two ascending position lists are intersected in step (sequential reads), so only
  // where both stand in place is the token stream read — a stream read per position of the
  // rarest word was a cache miss each, and for a phrase of common words that was most of its time.
  let anchor = 0;
  for (let k = 1; k < n; k++) if (count(k) < count(anchor)) anchor = k;
  let second = -1;
  for (let k = 0; k < n; k++) if (k !== anchor && (second < 0 || count(k) < count(second))) second = k;
  const { stream, segStart, docSeg } = data;
  const allFields = fields.length === FIELDS.length;
  let s = 0;
  let d = 0;
  const aEnd = wordStart[wordIds[anchor]! + 1]!;
  let j = second < 0 ? 0 : wordStart[wordIds[second]!]!;
  const bEnd = second < 0 ? 0 : wordStart[wordIds[second]! + 1]!;
  // With two words both in place the phrase is there: the stream need not be read at all.
  const checkStream = n > 2 || second < 0;
  // Occurrences come in ascending documents: each document's are counted up, then set once.
  let counting = -1;
  let occurrences = 0;
  for (let i = wordStart[wordIds[anchor]!]!; i < aEnd; i++) {
    const start = positions[i]! - anchor;
    if (start < 0 || start + n > stream.length) continue;
    if (second >= 0) {
      // Gallop the second word's positions up to where it would stand in this occurrence.
      const want = start + second;
      j = gallop(positions, j, bEnd, want, false);
      if (j >= bEnd) break;
      if (positions[j]! !== want) continue;
    }
    if (checkStream) {
      let k = 0;
      while (k < n && stream[start + k] === wordIds[k]) k++;
      if (k < n) continue;
    }
    // Ascending positions (less the same anchor offset) give ascending starts: s and d only move on.
    // The segment and document holding `start`: the last entry not above it.
    s = gallop(segStart, s + 1, segStart.length, start, true) - 1;
    if (start + n > segStart[s + 1]!) continue; // runs into the next paragraph or field
    d = gallop(docSeg, d + 1, docSeg.length, s, true) - 1;
    if (!allFields) {
      const rel = s - docSeg[d]!;
      const last = docSeg[d + 1]! - docSeg[d]! - 1;
      const f = rel === 0 ? TITLE : rel <= last - 3 ? BODY : BODY + (rel - (last - 3));
      if (!fields.includes(f)) continue;
    }
    if (d !== counting) {
      if (counting >= 0) out.set(counting, occurrences);
      counting = d;
      occurrences = 0;
    }
    occurrences++;
  }
  if (counting >= 0) out.set(counting, occurrences);
  return out;
}
