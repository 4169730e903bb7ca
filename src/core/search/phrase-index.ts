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
  const W = data.words.length;
  const wordStart = new Uint32Array(W + 1);
  const { stream } = data;
  for (let i = 0; i < stream.length; i++) {
    const w = stream[i]!;
    if (w < W) wordStart[w + 1]!++;
  }
  for (let w = 0; w < W; w++) wordStart[w + 1]! += wordStart[w]!;
  const fill = wordStart.slice(0, W);
  const positions = new Uint32Array(wordStart[W]!);
  for (let i = 0; i < stream.length; i++) {
    const w = stream[i]!;
    if (w < W) positions[fill[w]!++] = i;
  }
  return { wordStart, positions };
}

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');

/** Last index i with sorted[i] <= value. */
function floorIndex(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Documents holding the phrase in one of `fields`, with their occurrence counts. */
export function phraseDocuments(data: IndexData, index: PhraseIndex, wordIds: Uint32Array, fields: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const n = wordIds.length;
  // Anchor on the rarest word of the phrase.
  let anchor = 0;
  let fewest = Infinity;
  for (let k = 0; k < n; k++) {
    const w = wordIds[k]!;
    const count = index.wordStart[w + 1]! - index.wordStart[w]!;
    if (count < fewest) {
      fewest = count;
      anchor = k;
    }
  }
  const { stream, segStart, docSeg } = data;
  const w = wordIds[anchor]!;
  const allFields = fields.length === FIELDS.length;
  for (let i = index.wordStart[w]!; i < index.wordStart[w + 1]!; i++) {
    const start = index.positions[i]! - anchor;
    if (start < 0 || start + n > stream.length) continue;
    let k = 0;
    while (k < n && stream[start + k] === wordIds[k]) k++;
    if (k < n) continue;
    const s = floorIndex(segStart, start);
    if (start + n > segStart[s + 1]!) continue; // runs into the next paragraph or field
    const d = floorIndex(docSeg, s);
    if (!allFields) {
      const rel = s - docSeg[d]!;
      const last = docSeg[d + 1]! - docSeg[d]! - 1;
      const f = rel === 0 ? TITLE : rel <= last - 3 ? BODY : BODY + (rel - (last - 3));
      if (!fields.includes(f)) continue;
    }
    out.set(d, (out.get(d) ?? 0) + 1);
  }
  return out;
}

