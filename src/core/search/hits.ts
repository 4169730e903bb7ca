import { findExact } from './expand';
import { FIELDS, SEPARATOR_WORD, type IndexData, type UintArray } from './index-data';
import { indexTerm, tokenize, tokenSpans, type Token } from './normalize';
import { sortedHas } from './sorted-has';

/**
 * Where a query's matches stand inside one document, found on the token stream (integer
 * compares, no re-tokenizing) and turned into character ranges only where text is shown.
 */

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');

export interface ResolvedPhrase {
  fields: number[];
  wordIds: Uint32Array;
}

export interface HitContext {
  /** Per field: index terms to highlight (from non-excluded, non-phrase clauses). */
  highlight: Set<number>[];
  /** Required phrases, resolved to word ids. */
  phrases: ResolvedPhrase[];
}

/** A hit in token space: tokens [from, to) of one segment. */
type TokenRange = [number, number];

export interface SegmentHits {
  /** 0 = title, 1 + i = paragraph i. */
  segment: number;
  ranges: TokenRange[];
  /** Distinct terms and phrases matched here, for choosing the snippet paragraph. */
  distinct: number;
}

export interface CharRange { start: number; end: number }

export interface DocumentHitSet {
  segments: SegmentHits[];
  /** Entity mentions matched by person:/org:/place: clauses, per paragraph index. */
  mentions: Map<number, CharRange[]>;
}

/** Occurrences of a phrase (word ids) in stream[from, to): start token offsets relative to from. */
export function phraseStarts(stream: UintArray, from: number, to: number, wordIds: Uint32Array): number[] {
  const out: number[] = [];
  const n = wordIds.length;
  const first = wordIds[0]!;
  for (let i = from; i + n <= to; i++) {
    if (stream[i] !== first) continue;
    let k = 1;
    while (k < n && stream[i + k] === wordIds[k]) k++;
    if (k === n) out.push(i - from);
  }
  return out;
}

function mergeRanges<T extends [number, number] | CharRange>(ranges: T[], start: (r: T) => number, end: (r: T) => number, make: (a: number, b: number) => T): T[] {
  ranges.sort((a, b) => start(a) - start(b) || end(b) - end(a));
  const out: T[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && start(r) < end(last)) {
      if (end(r) > end(last)) out[out.length - 1] = make(start(last), end(r));
    } else out.push(r);
  }
  return out;
}

/** All matches of a query in document d (title and paragraphs in token space, entity mentions in characters). */
export function findHits(data: IndexData, d: number, ctx: HitContext): DocumentHitSet {
  const segments: SegmentHits[] = [];
  const first = data.docSeg[d]!;
  const bodyEnd = data.docSeg[d + 1]! - 3;
  for (let s = first; s < bodyEnd; s++) {
    const f = s === first ? TITLE : BODY;
    const hl = ctx.highlight[f]!;
    const from = data.segStart[s]!;
    const to = data.segStart[s + 1]!;
    const ranges: TokenRange[] = [];
    const seen = new Set<number>();
    if (hl.size > 0) {
      for (let i = from; i < to; i++) {
        const t = data.wordTerm[data.stream[i]!]!;
        if (t >= 0 && hl.has(t)) {
          ranges.push([i - from, i - from + 1]);
          seen.add(t);
        }
      }
      // Tokens whose written case matched a cased query word ("US", "NATO").
      for (let k = firstAtOrAfter(data.casedPos, from); k < data.casedPos.length && data.casedPos[k]! < to; k++) {
        const t = data.casedTerm[k]!;
        if (!hl.has(t)) continue;
        const i = data.casedPos[k]! - from;
        ranges.push([i, i + 1]);
        seen.add(t);
      }
    }
    let phraseKinds = 0;
    for (const p of ctx.phrases) {
      if (!p.fields.includes(f)) continue;
      const starts = phraseStarts(data.stream, from, to, p.wordIds);
      for (const k of starts) ranges.push([k, k + p.wordIds.length]);
      if (starts.length) phraseKinds++;
    }
    if (ranges.length === 0) continue;
    const merged = mergeRanges(ranges, (r) => r[0], (r) => r[1], (a, b) => [a, b] as TokenRange);
    segments.push({ segment: s - first, ranges: merged, distinct: seen.size + phraseKinds });
  }
  return { segments, mentions: entityMentions(data, d, ctx) };
}

function firstAtOrAfter(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index terms a token stands for: its stem, and its cased form when it has one. */
function tokenTerms(data: IndexData, token: Token): number[] {
  const out: number[] = [];
  const stem = indexTerm(token.word);
  if (stem !== null) out.push(findExact(data.terms, stem));
  if (token.cased) out.push(findExact(data.terms, token.cased));
  return out;
}

/**
 * Marks for entity-field matches. A matched entity marks, in each of its mentions, only the words
 * that matched ("Korea" in "North Korea", "Ukraine" in "Ukraine's Defense Intelligence"); a
 * mention with none of them is marked whole only for an entity-only clause ("Putin" for
 * person:vladimir), never for a word also searched in the text ("Defense Intelligence" for ukraine).
 */
function entityMentions(data: IndexData, d: number, ctx: HitContext): Map<number, CharRange[]> {
  const out = new Map<number, CharRange[]>();
  const texts = new Map<number, string>();
  const holds = new Map<number, boolean>();
  const phraseCache = new Map<number, ResolvedPhrase[]>();
  for (const entity of data.docs.entities(d)) {
    const f = FIELDS.indexOf(entity.field);
    const hl = ctx.highlight[f]!;
    let phrases = phraseCache.get(f);
    // A phrase can match in this field only where the document holds each of its words there.
    if (phrases === undefined) phraseCache.set(f, (phrases = ctx.phrases.filter((p) => p.fields.includes(f) && fieldHoldsAll(data, f, d, p.wordIds))));
    if (hl.size === 0 && phrases.length === 0) continue;
    // A plain word query searches the entity fields too, but most shown documents hold none of
    // its terms there: then none of their entities in that field can match, and reading each
    // one's name (tokenizing, stemming) was most of shaping a result.
    // The check costs a binary search per term: past a few dozen (a typed letter stands for
    // thousands) reading the entity's name, already read for an earlier query, is cheaper.
    if (phrases.length === 0 && hl.size <= HOLDS_CHECK_MAX) {
      let held = holds.get(f);
      if (held === undefined) holds.set(f, (held = fieldHolds(data, f, d, hl)));
      if (!held) continue;
    }
    const { tokens, terms } = nameTerms(data, entity.name);
    const matchedWords = new Set<string>();
    // Whether the match came from an entity-only clause (person:vladimir): then a mention that
    // names the entity another way ("Putin") is itself the hit. A clause that also searched the
    // text already marks the words there, so its entity mentions add only those words.
    let entityOnly = false;
    for (const [k, t] of (hl.size > 0 ? tokens : []).entries()) {
      const matched = terms[k]!.filter((id) => hl.has(id));
      if (matched.length === 0) continue;
      matchedWords.add(t.word);
      if (matched.some((id) => !ctx.highlight[BODY]!.has(id))) entityOnly = true;
    }
    if (phrases.length) {
      const ids = Uint32Array.from(tokens, (t) => wordId(data, t.word));
      for (const p of phrases) {
        if (phraseStarts(ids, 0, ids.length, p.wordIds).length === 0) continue;
        for (const w of p.wordIds) matchedWords.add(data.words.get(w));
        if (!p.fields.includes(BODY)) entityOnly = true;
      }
    }
    if (matchedWords.size === 0) continue;
    for (const [p, start, end] of entity.mentions) {
      let text = texts.get(p);
      if (text === undefined) texts.set(p, (text = paragraphText(data, d, p)));
      if (start < 0 || end > text.length || start >= end) continue;
      const words = tokenize(text.slice(start, end)).filter((t) => matchedWords.has(t.word) || tokenTerms(data, t).some((id) => hl.has(id)));
      if (words.length === 0 && !entityOnly) continue;
      const list = out.get(p) ?? [];
      if (words.length) for (const t of words) list.push({ start: start + t.start, end: start + t.end });
      else list.push({ start, end });
      out.set(p, list);
    }
  }
  return out;
}

const HOLDS_CHECK_MAX = 64;

/** An entity name's tokens and their index terms, per index: names recur across documents and queries. */
const nameTermCache = new WeakMap<IndexData, Map<string, { tokens: Token[]; terms: number[][] }>>();
const NAME_CACHE_MAX = 20_000;

function nameTerms(data: IndexData, name: string): { tokens: Token[]; terms: number[][] } {
  let cache = nameTermCache.get(data);
  if (!cache) nameTermCache.set(data, (cache = new Map()));
  let found = cache.get(name);
  if (!found) {
    const tokens = tokenize(name);
    found = { tokens, terms: tokens.map((t) => tokenTerms(data, t)) };
    if (cache.size >= NAME_CACHE_MAX) cache.clear();
    cache.set(name, found);
  }
  return found;
}

/** Whether document d holds one of `terms` in field f (its postings, binary-searched). */
function fieldHolds(data: IndexData, f: number, d: number, terms: Iterable<number>): boolean {
  const p = data.postings[f]!;
  for (const t of terms) {
    data.postingReads?.need(f, t);
    if (sortedHas(p.docs, p.offsets[t]!, p.offsets[t + 1]!, d)) return true;
  }
  return false;
}

/** Whether document d holds every indexed word of a phrase in field f (stop words are in no postings). */
function fieldHoldsAll(data: IndexData, f: number, d: number, wordIds: Uint32Array): boolean {
  for (const w of wordIds) {
    const t = data.wordTerm[w];
    if (t === undefined || t < 0) continue;
    if (!fieldHolds(data, f, d, [t])) return false;
  }
  return true;
}

function wordId(data: IndexData, w: string): number {
  const i = data.words.indexOf(w);
  return i < 0 ? SEPARATOR_WORD : i;
}

const utf8 = new TextDecoder();

export function paragraphText(data: IndexData, d: number, p: number): string {
  const g = data.docPara[d]! + p;
  return utf8.decode(data.text.subarray(data.paraStart[g]!, data.paraStart[g + 1]!));
}

/** Character ranges of the hits in one segment's text (title or a paragraph), in order. */
export function segmentCharRanges(text: string, tokenRanges: readonly TokenRange[] | undefined, mentions: readonly CharRange[] | undefined): CharRange[] {
  const ranges: CharRange[] = [];
  if (tokenRanges && tokenRanges.length) {
    const tokens = tokenSpans(text, tokenRanges[tokenRanges.length - 1]![1]);
    for (const [a, b] of tokenRanges) {
      // tokens holds [start, end] pairs: token k starts at 2k and ends at 2k + 1.
      if (a >= 0 && 2 * a < tokens.length && b >= 1 && 2 * b <= tokens.length) ranges.push({ start: tokens[2 * a]!, end: tokens[2 * b - 1]! });
    }
  }
  if (mentions) ranges.push(...mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end));
  return mergeRanges(ranges, (r) => r.start, (r) => r.end, (start, end) => ({ start, end }));
}

/** Number of hits the document view will show: token hits, plus mentions merged where they share a paragraph. */
export function countHits(data: IndexData, d: number, hits: DocumentHitSet): number {
  let n = 0;
  const withMentions = new Set(hits.mentions.keys());
  for (const seg of hits.segments) {
    const p = seg.segment - 1;
    if (p >= 0 && withMentions.has(p)) continue;
    n += seg.ranges.length;
  }
  for (const p of withMentions) {
    const seg = hits.segments.find((s) => s.segment === p + 1);
    n += segmentCharRanges(paragraphText(data, d, p), seg?.ranges, hits.mentions.get(p)).length;
  }
  return n;
}
