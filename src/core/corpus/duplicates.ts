import { createHash } from 'node:crypto';

/**
 * Duplicate detection over a corpus, run once at build time and stored with the build (the
 * document summaries and the search index carry the result), so the library and search group
 * copies the same way.
 *
 * - Exact duplicates: the same normalised content (title + paragraphs, case, diacritics,
 *   punctuation and whitespace folded). A re-scraped page or a file added twice.
 * - Near duplicates: word 4-shingle sets whose Jaccard similarity is at least
 *   NEAR_DUPLICATE_JACCARD, estimated by MinHash (64 hashes) and found through LSH banding
 *   (16 bands of 4 rows), so the cost is linear in the corpus rather than quadratic. Catches
 *   the same story with a changed headline, a corrected figure or an appended paragraph.
 *
 * A group is named by its earliest member (corpus order), which is also its representative.
 */

export interface DuplicateInput {
  id: string;
  title: string;
  paragraphs: readonly { text: string }[];
}

export interface DuplicateInfo {
  /** Id of the group's representative (its first document in corpus order). */
  group: string;
  /** Documents in the group, this one included (>= 2). */
  copies: number;
  /** 'exact' when every member has the same normalised content, else 'near'. */
  kind: 'exact' | 'near';
}

export const NEAR_DUPLICATE_JACCARD = 0.8;
const SHINGLE = 4;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Shorter documents are grouped only when exactly equal: a few shared words prove nothing. */
const MIN_SHINGLES = 12;
/** Members of one LSH bucket compared pairwise at most; boilerplate buckets stay cheap. */
const MAX_BUCKET_COMPARISONS = 64;

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** The words of a document as compared: folded, punctuation dropped. */
export function normalisedWords(doc: DuplicateInput): string[] {
  const text = [doc.title, ...doc.paragraphs.map((p) => p.text)].join(' ');
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().split(NON_WORD).filter(Boolean);
}

/** Content hash of the normalised words (exact-duplicate key). */
export function contentHash(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 32);
}

/** FNV-1a over a string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** MinHash signature of the word 4-shingles, or null when there are too few shingles. */
export function minHash(words: readonly string[]): Uint32Array | null {
  const count = words.length - SHINGLE + 1;
  if (count < MIN_SHINGLES) return null;
  const wordHash = Uint32Array.from(words, fnv1a);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i < count; i++) {
    let h = wordHash[i]!;
    for (let k = 1; k < SHINGLE; k++) h = mix(h ^ Math.imul(wordHash[i + k]!, 0x27d4eb2d));
    for (let j = 0; j < HASHES; j++) {
      const v = mix(h ^ SEEDS[j]!);
      if (v < sig[j]!) sig[j] = v;
    }
  }
  return sig;
}

/** Fraction of equal signature slots: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

function unionFind(n: number) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // The smaller index becomes the root, so a group's root is its earliest document.
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/** Duplicate groups of a corpus: an entry for every document that has at least one copy. */
export function findDuplicates(docs: readonly DuplicateInput[]): Map<string, DuplicateInfo> {
  const { find, union } = unionFind(docs.length);
  const hashes: string[] = [];
  const signatures: (Uint32Array | null)[] = [];
  const byHash = new Map<string, number>();
  docs.forEach((doc, i) => {
    const words = normalisedWords(doc);
    const hash = contentHash(words);
    hashes.push(hash);
    const first = byHash.get(hash);
    if (first !== undefined) {
      union(first, i);
      signatures.push(null); // its exact twin stands in for it below
      return;
    }
    byHash.set(hash, i);
    signatures.push(minHash(words));
  });

  const buckets = new Map<string, number[]>();
  signatures.forEach((sig, i) => {
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const list = buckets.get(key);
      if (!list) buckets.set(key, [i]);
      else if (list.length < MAX_BUCKET_COMPARISONS) {
        for (const j of list) if (find(i) !== find(j) && estimatedJaccard(sig, signatures[j]!) >= NEAR_DUPLICATE_JACCARD) union(i, j);
        list.push(i);
      }
    }
  });

  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const out = new Map<string, DuplicateInfo>();
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    const kind = list.every((i) => hashes[i] === hashes[root]) ? 'exact' : 'near';
    for (const i of list) out.set(docs[i]!.id, { group: docs[root]!.id, copies: list.length, kind });
  }
  return out;
}
