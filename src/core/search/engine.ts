import type { DocumentHitsResponse, QueryError, SearchResult } from '../../shared/api/search';
import { expandFuzzy, expandWildcard, findExact } from './expand';
import { buildPhraseIndex, phraseDocuments, type PhraseIndex } from './phrase-index';
import { countHits, findHits, paragraphText, segmentCharRanges, type HitContext, type ResolvedPhrase } from './hits';
import { FIELD_BOOSTS, FIELDS, PARAGRAPH_ID_SEPARATOR, paragraphIdAt, type IndexData } from './index-data';
import { indexTerm } from './normalize';
import { parseQuery, type QueryPlan, type TermClause } from './query-parse';
import { buildSnippet } from './snippet';

/**
 * Executes lunr queries over IndexData with lunr's semantics (lunr.Index.prototype.query):
 * BM25 field vectors (k1 1.2, b 0.75, weights rounded to 3 decimals), per-field query vectors
 * divided by their magnitude, required clauses satisfied in any of their fields, prohibited
 * clauses excluding, and all-prohibited queries matching everything else. Differences from
 * lunr: phrases (verified on the token stream), and only the top `limit` are shaped.
 */

const K1 = 1.2;
const B = 0.75;
export const DEFAULT_LIMIT = 50;

export interface EngineSearch {
  error: QueryError | null;
  notices: string[];
  total: number;
  results: SearchResult[];
}

interface Matches {
  /** Matching documents, best first; one per duplicate group. */
  ranked: number[];
  /** Representative → the other matching members of its duplicate group, best first. */
  copies: Map<number, number[]>;
  scores: Float64Array;
  ctx: HitContext;
}

type Clause = TermClause & { fromPhrase?: boolean };

/**
 * Statistics of every index searched together (the bundled corpus and the user's documents,
 * issue 11): with them each index scores a document exactly as one merged index would, so the
 * result lists can be merged by score. Without them an index uses its own.
 */
export interface CorpusStats {
  docCount: number;
  /** Documents-with-term summed over fields, across all indexes, by term string. */
  docFreq(term: string): number;
  /** Average field length across all indexes. */
  avgLength(field: number): number;
  /** Per field, the query vector's magnitude over the union of every index's expanded terms. */
  magnitude: number[];
}

export class SearchEngine {
  private readonly idOf: Map<string, number>;
  private phraseIndex: PhraseIndex | null = null;

  constructor(readonly data: IndexData) {
    this.idOf = new Map(data.docs.map((d, i) => [d.id, i]));
  }

  /** Builds the lazily made structures now (the worker calls this right after reporting ready). */
  warm(): void {
    this.phraseIndex ??= buildPhraseIndex(this.data);
  }

  get documentCount(): number {
    return this.data.docs.length;
  }

  /**
   * Expansions of the last few clauses: a merged search (merged-search.ts) expands each clause
   * once for the corpus-wide query vector and again in match(); the second is a lookup.
   */
  private readonly expanded = new Map<string, number[]>();

  private expand(c: Clause): number[] {
    if (c.kind === 'exact') return this.expandClause(c);
    const key = `${c.kind}\u0000${c.editDistance}\u0000${c.term}`;
    let found = this.expanded.get(key);
    if (!found) {
      found = this.expandClause(c);
      if (this.expanded.size >= 64) this.expanded.clear();
      this.expanded.set(key, found);
    }
    return found;
  }

  private expandClause(c: Clause): number[] {
    const terms = this.data.terms;
    if (c.kind === 'wildcard') return expandWildcard(terms, c.term);
    if (c.kind === 'fuzzy') return expandFuzzy(terms, c.term, c.editDistance);
    const i = findExact(terms, c.term);
    return i < 0 ? [] : [i];
  }

  private resolvePhrase(words: readonly string[]): Uint32Array | null {
    const ids = new Uint32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const id = findExact(this.data.words, words[i]!);
      if (id < 0) return null;
      ids[i] = id;
    }
    return ids;
  }

  /** Ranked matches for a plan, `limit` best first (all when limit is Infinity). */
  match(plan: QueryPlan, limit: number, contextOnly = false, stats?: CorpusStats): Matches & { total: number } {
    const { data } = this;
    const N = data.docs.length;
    const highlight = FIELDS.map(() => new Set<number>());
    const phrases: ResolvedPhrase[] = [];
    const empty = { ranked: [], copies: new Map<number, number[]>(), scores: new Float64Array(0), ctx: { highlight, phrases }, total: 0 };
    const clauses: Clause[] = [...plan.terms];
    const prohibitedPhrases: ResolvedPhrase[] = [];
    for (const p of plan.phrases) {
      const wordIds = this.resolvePhrase(p.words);
      if (p.presence === 'prohibited') {
        if (wordIds) prohibitedPhrases.push({ fields: p.fields, wordIds });
        continue;
      }
      if (!wordIds) return empty;
      phrases.push({ fields: p.fields, wordIds });
      clauses.push(...phraseClauses(p.fields, p.words));
    }

    const queryVectors = FIELDS.map(() => new Map<number, number>());
    let requiredClauses = 0;
    let requiredHits: Uint16Array | null = null;
    let prohibited: Uint8Array | null = null;
    const stamp = new Int32Array(N).fill(-1);
    clauses.forEach((c, ci) => {
      const expanded = this.expand(c);
      if (c.presence === 'required') {
        if (expanded.length === 0) requiredClauses = -1;
        if (requiredClauses < 0) return;
        requiredClauses++;
        requiredHits ??= new Uint16Array(N);
      }
      if (c.presence === 'prohibited') prohibited ??= new Uint8Array(N);
      for (const t of expanded) {
        for (const f of c.fields) {
          const p = data.postings[f]!;
          if (c.presence === 'required' || c.presence === 'prohibited') {
            for (let i = p.offsets[t]!; i < p.offsets[t + 1]!; i++) {
              const d = p.docs[i]!;
              if (c.presence === 'prohibited') prohibited![d] = 1;
              else if (stamp[d] !== ci) {
                stamp[d] = ci;
                requiredHits![d]!++;
              }
            }
          }
          if (c.presence === 'prohibited') continue;
          queryVectors[f]!.set(t, (queryVectors[f]!.get(t) ?? 0) + c.boost);
          if (!c.fromPhrase) highlight[f]!.add(t);
        }
      }
    });
    if (requiredClauses < 0 || contextOnly) return empty;

    const scores = new Float64Array(N);
    let candidates: number[] = [];
    const negated = clauses.every((c) => c.presence === 'prohibited');
    if (negated) {
      candidates = Array.from({ length: N }, (_, d) => d);
    } else {
      const matched = new Uint8Array(N);
      const fieldScore = new Float64Array(N);
      FIELDS.forEach((_, f) => {
        const qv = queryVectors[f]!;
        if (qv.size === 0) return;
        const p = data.postings[f]!;
        let magnitude = 0;
        for (const v of qv.values()) magnitude += v * v;
        magnitude = stats?.magnitude[f] ?? Math.sqrt(magnitude);
        const docCount = stats?.docCount ?? N;
        const avgLength = stats?.avgLength(f) ?? p.avgLength;
        const touched: number[] = [];
        const seen = new Uint8Array(N);
        for (const [t, q] of qv) {
          const df = stats ? stats.docFreq(data.terms[t]!) : data.termDocFreq[t]!;
          const idf = Math.log(1 + Math.abs((docCount - df + 0.5) / (df + 0.5)));
          for (let i = p.offsets[t]!; i < p.offsets[t + 1]!; i++) {
            const d = p.docs[i]!;
            const tf = p.tfs[i]!;
            const norm = K1 * (1 - B + (B * p.lengths[d]!) / avgLength) + tf;
            const w = Math.round(((idf * ((K1 + 1) * tf)) / norm) * FIELD_BOOSTS[FIELDS[f]!] * 1000) / 1000;
            if (!seen[d]) {
              seen[d] = 1;
              touched.push(d);
            }
            fieldScore[d]! += q * w;
          }
        }
        for (const d of touched) {
          scores[d]! += fieldScore[d]! / magnitude;
          fieldScore[d] = 0;
          if (!matched[d]) {
            matched[d] = 1;
            candidates.push(d);
          }
        }
      });
    }

    this.warm();
    const where = (p: ResolvedPhrase) => phraseDocuments(data, this.phraseIndex!, p.wordIds, p.fields);
    const required = phrases.map(where);
    const excluded = prohibitedPhrases.map(where);
    const phraseHits = new Map<number, number>();
    const kept: number[] = [];
    for (const d of candidates) {
      if (requiredClauses > 0 && requiredHits![d] !== requiredClauses) continue;
      if (prohibited && prohibited[d]) continue;
      if (excluded.some((m) => m.has(d))) continue;
      let occurrences = 0;
      let ok = true;
      for (const m of required) {
        const n = m.get(d) ?? 0;
        if (n === 0) {
          ok = false;
          break;
        }
        occurrences += n;
      }
      if (!ok) continue;
      if (phrases.length) phraseHits.set(d, occurrences);
      kept.push(d);
    }
    const better = (a: number, b: number) => scores[b]! - scores[a]! || (phraseHits.get(b) ?? 0) - (phraseHits.get(a) ?? 0) || a - b;
    const { shown, copies } = groupDuplicates(data, kept, better);
    return { ranked: topK(shown, Math.min(limit, shown.length), better), copies, scores, ctx: { highlight, phrases }, total: shown.length };
  }

  search(query: string, limit = DEFAULT_LIMIT, offset = 0, stats?: CorpusStats): EngineSearch {
    const parsed = parseQuery(query);
    if (!parsed.ok) return { error: parsed.problem, notices: [], total: 0, results: [] };
    if (!parsed.plan) return { error: null, notices: [], total: 0, results: [] };
    const m = this.match(parsed.plan, offset + limit, false, stats);
    const results = m.ranked.slice(offset).map((d) => ({ ...this.result(d, m.scores[d] ?? 0, m.ctx), copies: (m.copies.get(d) ?? []).map((c) => this.data.docs[c]!.id) }));
    return { error: null, notices: ignoredWordNotices(parsed.plan), total: m.total, results };
  }

  /** One shaped result for document number d; public so a merged search shapes only its final page. */
  result(d: number, score: number, ctx: HitContext): Omit<SearchResult, 'copies'> {
    const { data } = this;
    const meta = data.docs[d]!;
    const hits = findHits(data, d, ctx);
    const titleSeg = hits.segments.find((s) => s.segment === 0);
    let best: { p: number; rank: number } | null = null;
    for (const s of hits.segments) {
      if (s.segment === 0) continue;
      const rank = s.distinct * 1000 + s.ranges.length + (hits.mentions.get(s.segment - 1)?.length ?? 0);
      if (!best || rank > best.rank) best = { p: s.segment - 1, rank };
    }
    for (const [p, list] of hits.mentions) if (!best || list.length > best.rank) best = { p, rank: list.length };
    let snippet: SearchResult['snippet'] = null;
    if (best) {
      const text = paragraphText(data, d, best.p);
      const ranges = segmentCharRanges(text, hits.segments.find((s) => s.segment === best.p + 1)?.ranges, hits.mentions.get(best.p));
      snippet = { paragraphId: paragraphIdAt(meta, best.p), ...buildSnippet(text, ranges) };
    }
    return {
      documentId: meta.id,
      title: meta.title,
      source: meta.source,
      published: meta.published,
      score,
      hitCount: countHits(data, d, hits),
      titleHighlights: titleSeg ? segmentCharRanges(meta.title, titleSeg.ranges, undefined) : [],
      snippet,
    };
  }

  /** Documents-with-term (summed over fields) for a term string; 0 when this index lacks it. */
  docFreq(term: string): number {
    const t = findExact(this.data.terms, term);
    return t < 0 ? 0 : this.data.termDocFreq[t]!;
  }

  /** Per field, each expanded (non-prohibited) query term string with its summed boost, as match() weighs them. */
  queryWeights(plan: QueryPlan): Map<string, number>[] {
    const weights = FIELDS.map(() => new Map<string, number>());
    const clauses: Clause[] = [...plan.terms];
    for (const p of plan.phrases) if (p.presence !== 'prohibited') clauses.push(...phraseClauses(p.fields, p.words));
    for (const c of clauses) {
      if (c.presence === 'prohibited') continue;
      for (const t of this.expand(c)) {
        for (const f of c.fields) weights[f]!.set(this.data.terms[t]!, (weights[f]!.get(this.data.terms[t]!) ?? 0) + c.boost);
      }
    }
    return weights;
  }

  /** Every hit of the query in one document; null when the id is unknown. */
  documentHits(documentId: string, query: string): Omit<DocumentHitsResponse, 'status'> | null {
    const d = this.idOf.get(documentId);
    if (d === undefined) return null;
    const base = { query, documentId, error: null, titleHits: [], hits: [] };
    const parsed = parseQuery(query);
    if (!parsed.ok) return { ...base, error: parsed.problem };
    if (!parsed.plan) return base;
    const ctx = this.match(parsed.plan, 0, true).ctx;
    const { data } = this;
    const meta = data.docs[d]!;
    const found = findHits(data, d, ctx);
    const titleSeg = found.segments.find((s) => s.segment === 0);
    const paragraphs = new Set<number>([...found.segments.filter((s) => s.segment > 0).map((s) => s.segment - 1), ...found.mentions.keys()]);
    const ids = meta.paragraphIds.split(PARAGRAPH_ID_SEPARATOR);
    const hits = [...paragraphs]
      .sort((a, b) => a - b)
      .flatMap((p) => {
        const ranges = segmentCharRanges(paragraphText(data, d, p), found.segments.find((s) => s.segment === p + 1)?.ranges, found.mentions.get(p));
        return ranges.map((r) => ({ paragraphId: ids[p] ?? '', start: r.start, end: r.end }));
      });
    return { ...base, titleHits: titleSeg ? segmentCharRanges(meta.title, titleSeg.ranges, undefined) : [], hits };
  }
}

/**
 * One entry per duplicate group among the matches: the group's best-ranked member stands for
 * it, the others are listed as its copies (best first).
 */
function groupDuplicates(data: IndexData, kept: number[], better: (a: number, b: number) => number): { shown: number[]; copies: Map<number, number[]> } {
  const members = new Map<string, number[]>();
  for (const d of kept) {
    const g = data.docs[d]!.group;
    if (g === undefined) continue;
    const list = members.get(g);
    if (list) list.push(d);
    else members.set(g, [d]);
  }
  const copies = new Map<number, number[]>();
  if (members.size === 0) return { shown: kept, copies };
  const hidden = new Set<number>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    list.sort(better);
    copies.set(list[0]!, list.slice(1));
    for (const c of list.slice(1)) hidden.add(c);
  }
  return { shown: hidden.size ? kept.filter((d) => !hidden.has(d)) : kept, copies };
}

export function ignoredWordNotices(plan: QueryPlan): string[] {
  return plan.ignoredWords.map((w) => `"${w}" is too common to search for on its own; put it in a phrase, as in "in the end".`);
}

/** A phrase's words as the required exact clauses that find its candidate documents. */
function phraseClauses(fields: number[], words: readonly string[]): Clause[] {
  const out: Clause[] = [];
  for (const w of words) {
    const term = indexTerm(w);
    if (term !== null) out.push({ presence: 'required', fields, boost: 1, term, kind: 'exact', editDistance: 0, fromPhrase: true });
  }
  return out;
}

/** The k best items under `better` (negative = a first), sorted; a bounded heap, not a full sort. */
function topK(items: readonly number[], k: number, better: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(better).slice(0, k);
  const heap: number[] = []; // worst at heap[0]
  const worse = (a: number, b: number) => better(a, b) > 0;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const x of items) {
    if (heap.length < k) {
      heap.push(x);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (better(x, heap[0]!) < 0) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap.sort(better);
}

