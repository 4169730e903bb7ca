import type { DocumentHitsResponse, QueryError, SearchResult } from '../../shared/api/search';
import { expandWildcard, findExact, lowerBound, MAX_EXPANSIONS } from './expand';
import { DuplicateGroups } from './duplicate-groups';
import { expandFuzzyWalk } from './fuzzy-walk';
import { phraseDocuments, PhraseIndexBuilder, type PhraseIndex } from './phrase-index';
import { countHits, findHits, paragraphText, segmentCharRanges, type HitContext, type ResolvedPhrase } from './hits';
import { FIELD_BOOSTS, FIELDS, PARAGRAPH_ID_SEPARATOR, paragraphIdAt, type FieldPostings, type IndexData } from './index-data';
import { indexTerm } from './normalize';
import { parseQuery, type QueryPlan, type TermClause } from './query-parse';
import { buildSnippet } from './snippet';
import { sortedHas } from './sorted-has';
import { EntityKeys, type EntityAliases, type FacetCounts, type FacetRequest } from './facets';
import { FacetIndex } from './facet-index';
import { correctIndex, ENTITY_FIELDS, phraseCount, type EntityCorrection } from './entity-corrections';
import { wordForms } from './word-forms';
import { commonestFirst } from './commonest-first';
import { AHEAD_RESULTS, aheadQueries, HEAVY_POSTINGS, planKey, resolvedKey, type AheadResult } from './ranked-ahead';
import { AheadFileUnusable, aheadInMemory, readAheadFile, type AheadLookup, type AheadTables } from './ahead-file';

/**
 * Executes lunr queries over IndexData with lunr's semantics (lunr.Index.prototype.query):
 * BM25 field vectors (k1 1.2, b 0.75, weights rounded to 3 decimals), per-field query vectors
 * divided by their magnitude, required clauses satisfied in any of their fields, prohibited
 * clauses excluding, and all-prohibited queries matching everything else. Differences from
 * lunr: phrases (verified on the token stream), and only the top `limit` are shaped.
 */

const K1 = 1.2;
const B = 0.75;
/** Results (with snippets) per page: about what the results column shows; "Show more" asks for the next. */
export const DEFAULT_LIMIT = 20;

export interface EngineSearchOptions {
  /** Type-ahead: the last word also matches as a prefix (query-parse.ts ParseOptions). */
  typing?: boolean;
  budget?: Budget;
  sort?: 'relevance' | 'date';
  /** Facets narrowing the matches, and whether to count their values (facets.ts). */
  facets?: FacetRequest;
  /** Name keys merged into another corpus entity, for the entity facet. */
  aliases?: EntityAliases;
}

export interface EngineSearch {
  error: QueryError | null;
  notices: string[];
  total: number;
  results: SearchResult[];
  /** Counts per facet value, when the request asked for them. */
  facets?: FacetCounts | null;
}

/** What match() does with facets: the request and the aliases the entity facet resolves names by. */
export interface MatchFacets {
  request: FacetRequest;
  aliases: EntityAliases;
}

interface Matches {
  /** Matching documents, best first; one per duplicate group. */
  ranked: number[];
  /** Representative → the other matching members of its duplicate group, best first. */
  copies: Map<number, number[]>;
  scoreOf: (d: number) => number;
  ctx: HitContext;
  facets: FacetCounts | null;
}

type Clause = TermClause & { fromPhrase?: boolean };

/** A plan resolved against one index (SearchEngine.prepare); valid for that engine until its corrections change. */
export interface ResolvedQuery {
  ctx: HitContext;
  clauses: { c: Clause; terms: number[] }[];
  prohibitedPhrases: ResolvedPhrase[];
  impossible: boolean;
}

/** Index terms a resolved query may stand for and still be looked up by them among the results ranked ahead. */
const FEW_TERMS = 16;

function termCount(resolved: ResolvedQuery): number {
  let n = 0;
  for (const { terms } of resolved.clauses) n += terms.length;
  return n;
}

/** Called often during a search; throws (SearchStopped) to abandon it. */
export type Budget = () => void;
const NO_BUDGET: Budget = () => {};
/** Postings read between two budget checks. */
const CHECK_EVERY = 8192;
/**
 * Postings a type-ahead prefix reads at most (expandPrefix): about 8 ms of scoring, so that a
 * keystroke ranked in full (beside the analyst's own documents, whose statistics rule out the
 * results ranked ahead) stays near a frame with its snippets and the other index: at 150,000,
 * that call's p95 was 15–21 ms at 100,000 documents.
 */
export const TYPING_POSTINGS = 100_000;

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

/**
 * Per-document working arrays, allocated once per engine and reused: a query touches only the
 * documents its postings name, and a generation stamp says which entries belong to this query,
 * so nothing the size of the corpus is allocated or zeroed per query.
 */
class Scratch {
  gen = 0;
  readonly mark: Uint32Array;
  readonly scores: Float64Array;
  readonly fieldScore: Float64Array;
  readonly fieldStamp: Int32Array;
  readonly clauseStamp: Int32Array;
  readonly requiredHits: Uint8Array;
  readonly prohibited: Uint8Array;
  readonly scored: Uint8Array;
  /** Lists of document numbers a query builds (touched per field, scored), reused: no array growth per posting. */
  readonly touchedList: Int32Array;
  readonly scoredList: Int32Array;
  /** topByScore's bounded heap, grown to the largest k asked for: no allocation per query. */
  heapDoc = new Int32Array(0);
  heapScore = new Float64Array(0);
  constructor(n: number) {
    this.mark = new Uint32Array(n);
    this.scores = new Float64Array(n);
    this.fieldScore = new Float64Array(n);
    this.fieldStamp = new Int32Array(n);
    this.clauseStamp = new Int32Array(n);
    this.requiredHits = new Uint8Array(n);
    this.prohibited = new Uint8Array(n);
    this.scored = new Uint8Array(n);
    this.touchedList = new Int32Array(n);
    this.scoredList = new Int32Array(n);
  }
  next(): void {
    this.gen = (this.gen + 1) >>> 0 || 1;
  }
  touch(d: number): void {
    if (this.mark[d] === this.gen) return;
    this.mark[d] = this.gen;
    this.scores[d] = 0;
    this.fieldScore[d] = 0;
    this.fieldStamp[d] = -1;
    this.clauseStamp[d] = -1;
    this.requiredHits[d] = 0;
    this.prohibited[d] = 0;
    this.scored[d] = 0;
  }
  score(d: number): number {
    return this.mark[d] === this.gen ? this.scores[d]! : 0;
  }
}

export class SearchEngine {
  /** Document id → number, made on the first lookup by id (opening a document), not at load. */
  private idMap: Map<string, number> | null = null;
  private phraseIndex: PhraseIndex | null = null;
  private phraseBuilder: PhraseIndexBuilder | null = null;
  private scratchArrays: Scratch | null = null;
  private current: IndexData;
  /** Documents whose entity fields the analyst's corrections changed (entity-corrections.ts). */
  private corrected: ReadonlySet<number> = new Set();
  private readonly entityKeys = new EntityKeys();

  private groupTable: DuplicateGroups | null = null;
  private facetTable: FacetIndex | null = null;
  /** Heavy queries' first results by plan key (ranked-ahead.ts), filled after the rest of warm-up. */
  private readonly ahead = new Map<string, AheadResult>();
  /**
   * The same results by the index terms they were ranked for (resolvedKey), where those are
   * few: a query typed otherwise that stands for the same terms — a misspelling whose fuzzy
   * matches are one common word — is answered from them too.
   */
  private readonly aheadByTerms = new Map<string, AheadResult>();
  private aheadWork: { queries: Generator<{ query: string; typing: boolean }>; byResolved: Map<string, AheadResult> } | null = null;
  private aheadDone = false;
  /** The results ranked ahead when the index was built (ahead-file.ts), once read; then nothing is ranked here. */
  private aheadFile: AheadLookup | null = null;
  /** The results ranked here, as the same lookup. */
  private readonly aheadHere = aheadInMemory({ byPlan: this.ahead, byTerms: this.aheadByTerms });
  /** Where that file is, until warm-up reads it. */
  private aheadPath: string | null = null;
  /** Why the file beside the index was not used, when it was not (for the benchmark and the log). */
  aheadFileProblem: string | null = null;

  constructor(private readonly original: IndexData) {
    this.current = original;
  }

  /** The index as searched: the one loaded, with the analyst's entity corrections applied. */
  get data(): IndexData {
    return this.current;
  }

  /**
   * Applies entity corrections (replacing any given before; [] restores the index as built).
   * Term and word ids, the token stream and the lazily built structures stay valid: only the
   * entity-field postings and the changed documents' stored entities are new.
   */
  setCorrections(corrections: readonly EntityCorrection[]): void {
    // Corrections rewrite the entity fields' postings whole (small: names, not text).
    for (const f of ENTITY_FIELDS) this.original.postingReads?.needField(f);
    const fixed = corrections.length ? correctIndex(this.original, corrections) : null;
    this.current = fixed?.data ?? this.original;
    this.corrected = fixed?.changed ?? new Set();
  }

  /** Documents holding a phrase in `fields`, with counts; in a changed document, entity fields count as corrected. */
  private phraseDocs(wordIds: Uint32Array, fields: readonly number[]): Map<number, number> {
    const found = phraseDocuments(this.data, this.phrases(), wordIds, fields);
    if (this.corrected.size === 0 || !fields.some((f) => ENTITY_FIELDS.includes(f))) return found;
    for (const d of this.corrected) {
      const n = phraseCount(this.data, d, wordIds, fields);
      if (n > 0) found.set(d, n);
      else found.delete(d);
    }
    return found;
  }

  /** The duplicate groups, made once per index: typed reads per query. */
  private get groups(): DuplicateGroups {
    const { docs } = this.data;
    return (this.groupTable ??= new DuplicateGroups(Array.from({ length: docs.length }, (_, d) => docs.group(d))));
  }

  /** Facet values as numbers, made once per index (corrections change entities, never the columns). */
  private get facetIndex(): FacetIndex {
    return (this.facetTable ??= new FacetIndex(this.original.docs.columns, this.entityKeys));
  }

  /** The matches a facet request allows, and its counts when asked. */
  private applyFacets(matches: DocList, facets: MatchFacets): { kept: DocList; counts: FacetCounts | null } {
    const noted = new Set<number>();
    for (const id of facets.request.noted) {
      const d = this.idOf.get(id);
      if (d !== undefined) noted.add(d);
    }
    return this.facetIndex.apply(this.data.docs, matches, facets.request, facets.aliases, noted, this.corrected);
  }

  private get idOf(): Map<string, number> {
    if (!this.idMap) {
      const { docs } = this.data;
      this.idMap = new Map();
      for (let d = 0; d < docs.length; d++) this.idMap.set(docs.id(d), d);
    }
    return this.idMap;
  }

  /** The token stream, read to the end now if the loader left some of it for later (index-file.ts). */
  private settle(): void {
    if (!this.data.pending) return;
    this.data.pending.finish();
    delete this.data.pending;
  }

  /** Phrase positions, finished now (with the rest of warm-up) if the background slices have not got there. */
  private phrases(): PhraseIndex {
    if (!this.phraseIndex) this.warm();
    return this.phraseIndex!;
  }

  /** Builds the lazily made structures now. */
  warm(): void {
    while (!this.warmStep(Infinity));
  }

  /**
   * A slice of that work (at most `budget` tokens of phrase positions): the search worker runs
   * slices between queries after reporting ready, so no query waits for all of it. True when done.
   */
  warmStep(budget: number): boolean {
    // First the results ranked when the index was built: a read of a few megabytes that spares
    // ranking them here, and makes the heaviest queries fast the soonest.
    if (this.aheadPath !== null) {
      this.loadAheadFile(this.aheadPath);
      this.aheadPath = null;
      return false;
    }
    if (this.data.pending) {
      // The rest of the token stream first, 4 bytes a token, as many bytes as tokens of budget.
      if (!this.data.pending.step(budget * 4)) return false;
      delete this.data.pending;
      return false;
    }
    // Then the postings not read yet, about as many bytes.
    if (this.data.postingReads && !this.data.postingReads.step(budget * 4)) return false;
    void this.idOf;
    void this.groups;
    void this.facetIndex;
    if (!this.phraseIndex) {
      this.phraseBuilder ??= new PhraseIndexBuilder(this.data);
      if (!this.phraseBuilder.step(budget)) return false;
      this.phraseIndex = this.phraseBuilder.result!;
      this.phraseBuilder = null;
      return false;
    }
    // Last, the heavy queries' results, a quarter of the budget in postings ranked per slice
    // (ranking a posting costs several times reading a token).
    return this.rankAheadStep(budget / 4);
  }

  /**
   * Ranks the next heavy candidate queries (ranked-ahead.ts) until `budget` postings have been
   * scored; true when every candidate is done. Each is this engine's own exhaustive match.
   */
  private rankAheadStep(budget: number): boolean {
    if (this.aheadDone) return true;
    // Ranked on the index as built: with corrections applied the results would be theirs (and
    // are not used), so the work waits until they are taken back.
    if (this.current !== this.original) return true;
    this.aheadWork ??= { queries: aheadQueries(this.original, FIELDS, HEAVY_POSTINGS), byResolved: new Map() };
    const { queries, byResolved } = this.aheadWork;
    let work = 0;
    while (work < budget) {
      const next = queries.next();
      if (next.done) {
        this.aheadDone = true;
        this.aheadWork = null;
        return true;
      }
      work += 8; // the parse and lookups of a candidate that turns out light
      const parsed = parseQuery(next.value.query, { typing: next.value.typing });
      if (!parsed.ok || !parsed.plan) continue;
      const key = planKey(parsed.plan);
      if (key === null || this.ahead.has(key)) continue;
      const resolved = this.resolve(parsed.plan, NO_BUDGET, true);
      if (resolved.impossible) continue;
      const postings = postingsRead(resolved, this.original);
      if (postings < HEAVY_POSTINGS) continue;
      const same = resolvedKey(resolved.clauses);
      let found = byResolved.get(same);
      if (!found) {
        const m = this.exhaustive(parsed.plan, AHEAD_RESULTS, NO_BUDGET, 'relevance', undefined, undefined, resolved);
        found = {
          ranked: Int32Array.from(m.ranked),
          scores: Float64Array.from(m.ranked, m.scoreOf),
          total: m.total,
          copies: m.copies.size ? m.copies : null,
        };
        byResolved.set(same, found);
        if (termCount(resolved) <= FEW_TERMS) this.aheadByTerms.set(same, found);
        work += postings;
      }
      this.ahead.set(key, found);
    }
    return false;
  }

  /**
   * Reads the heavy queries' results from `path` (search-ahead.bin beside the index file) in the
   * first slice of warm-up, if they were ranked for this very index by this ranking code;
   * otherwise warm-up ranks them itself, as without the file.
   */
  useAheadFile(path: string): void {
    this.aheadPath = path;
  }

  private loadAheadFile(path: string): void {
    const hash = this.original.contentHash;
    if (!hash) {
      this.aheadFileProblem = 'the index file has no content hash';
      return;
    }
    try {
      this.aheadFile = readAheadFile(path, hash, this.original.docs.length);
      this.aheadDone = true;
      this.aheadWork = null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.aheadFileProblem = 'there is none';
      else this.aheadFileProblem = error instanceof AheadFileUnusable ? error.message : `it could not be read (${String(error)})`;
    }
  }

  /**
   * Ranks every heavy query ahead now, not in slices (the corpus build, which keeps the results
   * beside the index: write-index.ts); what was ranked.
   */
  rankAllAhead(): AheadTables {
    while (!this.rankAheadStep(Infinity));
    return { byPlan: this.ahead, byTerms: this.aheadByTerms };
  }

  /** Queries whose results were ranked ahead so far (for tests and the benchmark). */
  get rankedAhead(): number {
    return this.aheadResults.size;
  }

  /** Where the results ranked ahead are looked up: the file's once read (nothing is ranked here then), else those ranked here so far. */
  private get aheadResults(): AheadLookup {
    return this.aheadFile ?? this.aheadHere;
  }

  /** Whether the results ranked ahead came from the file beside the index. */
  get rankedAheadFromFile(): boolean {
    return this.aheadFile !== null;
  }

  /** Whether a plan's results were ranked ahead (match() answers it from them when it can). */
  isRankedAhead(plan: QueryPlan): boolean {
    return this.lookAhead(plan, NO_BUDGET).found !== undefined;
  }

  /**
   * A plan's results ranked ahead, by its plan key or else by the terms it resolves to; the
   * resolution, when one was needed, comes back for the full ranking to reuse.
   */
  private lookAhead(plan: QueryPlan, budget: Budget, resolved?: ResolvedQuery): { found?: AheadResult; resolved?: ResolvedQuery } {
    const key = planKey(plan);
    if (key === null) return { resolved };
    const found = this.aheadResults.plan(key);
    if (found) return { found, resolved };
    resolved ??= this.resolve(plan, budget);
    if (resolved.impossible || termCount(resolved) > FEW_TERMS) return { resolved };
    // Only heavy queries were ranked ahead: a light one need not build its key to miss.
    if (postingsRead(resolved, this.original) < HEAVY_POSTINGS) return { resolved };
    return { found: this.aheadResults.terms(resolvedKey(resolved.clauses)), resolved };
  }

  get documentCount(): number {
    return this.data.docs.length;
  }

  /**
   * Expansions of the last few clauses: the reader asks for a document's hits with the query the
   * result list just ran, and a fuzzy or prefix word walks the vocabulary again otherwise.
   */
  private readonly expanded = new Map<string, number[]>();

  /** Index terms a clause stands for. */
  private expand(c: Clause, budget: Budget, cache = true): number[] {
    if (!cache) return this.expandClause(c, budget);
    const key = `${c.kind}\u0000${c.editDistance}\u0000${c.term}\u0000${c.word ?? ''}\u0000${c.cased ?? ''}`;
    let found = this.expanded.get(key);
    if (!found) {
      found = this.expandClause(c, budget);
      if (this.expanded.size >= 64) this.expanded.clear();
      this.expanded.set(key, found);
    }
    return found;
  }

  private expandClause(c: Clause, budget: Budget): number[] {
    const terms = this.data.terms;
    if (c.kind === 'wildcard') return expandWildcard(terms, c.term, budget);
    if (c.kind === 'fuzzy') return expandFuzzyWalk(terms, c.term, c.editDistance, budget, MAX_EXPANSIONS);
    if (c.cased) {
      const i = findExact(terms, c.cased);
      if (i >= 0) return [i];
    }
    if (c.kind === 'prefix') return this.expandPrefix(c.word ?? c.term);
    return wordForms(c.term).map((t) => findExact(terms, t)).filter((i) => i >= 0);
  }

  private marks: { seen: Uint32Array; mark: number } | null = null;

  /**
   * A mark per index term, new for each call: "this term was found already" for a walk over
   * tens of thousands of words (a Set of them was most of a short prefix's walk).
   */
  private termMarks(termCount: number): { seen: Uint32Array; mark: number } {
    if (!this.marks || this.marks.seen.length !== termCount) this.marks = { seen: new Uint32Array(termCount), mark: 0 };
    this.marks.mark = (this.marks.mark + 1) >>> 0;
    if (this.marks.mark === 0) {
      this.marks.seen.fill(0);
      this.marks.mark = 1;
    }
    return this.marks;
  }

  /**
   * Terms of the indexed words that start with `prefix`, with their word forms (type-ahead).
   * Every such word while their postings fit TYPING_POSTINGS, so in a corpus of ordinary size a
   * longer prefix names a subset of the words and the count only shrinks letter by letter; and a
   * whole word's set includes what the final query finds (its stem and forms). Past that (a
   * letter or two in a vocabulary of 100,000 documents: "p" stands for 40,000 words and 600,000
   * postings, 66 ms a keystroke), the commonest completions first, up to that many postings: the
   * words the reader most likely means, at the cost of a word, where the first 20,000 in
   * alphabetical order stood for "pa…" to "pe…" alone.
   */
  private expandPrefix(prefix: string): number[] {
    const { words, wordTerm, terms, termDocFreq } = this.data;
    const found: number[] = [];
    const { seen, mark } = this.termMarks(terms.length);
    let postings = 0;
    let fewest = Infinity;
    for (let w = lowerBound(words, prefix); w < words.length && words.startsWith(w, prefix); w++) {
      const t = wordTerm[w]!;
      if (t < 0 || seen[t] === mark) continue;
      seen[t] = mark;
      found.push(t);
      postings += termDocFreq[t]!;
      if (termDocFreq[t]! < fewest) fewest = termDocFreq[t]!;
    }
    let chosen = found;
    if (postings > TYPING_POSTINGS || found.length > MAX_EXPANSIONS) {
      const exact = findExact(words, prefix);
      const own = exact >= 0 ? wordTerm[exact]! : -1;
      // The typed letters as a word of their own first, then by postings, ties by term order.
      chosen = own >= 0 ? [own] : [];
      let read = own >= 0 ? termDocFreq[own]! : 0;
      for (const t of commonestFirst(found, own, termDocFreq, terms.length)) {
        if (chosen.length > 0) {
          // Full, or no term left (none has fewer postings than `fewest`) fits in what remains.
          if (chosen.length >= MAX_EXPANSIONS || read + fewest > TYPING_POSTINGS) break;
          if (read + termDocFreq[t]! > TYPING_POSTINGS) continue;
        }
        chosen.push(t);
        read += termDocFreq[t]!;
      }
    }
    const out = new Set(chosen);
    for (const t of chosen) {
      for (const form of wordForms(terms.get(t))) {
        const f = findExact(terms, form);
        if (f >= 0) out.add(f);
      }
    }
    return [...out];
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

  private scratch(): Scratch {
    this.scratchArrays ??= new Scratch(this.data.docs.length);
    this.scratchArrays.next();
    return this.scratchArrays;
  }

  /**
   * A plan resolved against this index: each clause's index terms, the highlight context (what
   * documentHits marks) and the phrases' word ids. match() resolves its plan itself unless given
   * one from prepare(). Ranking ahead (`ahead`) ranks 100,000 candidate queries once each at
   * 100,000 documents: they neither use nor fill the expansion cache, and make no highlight
   * sets (a prefix's thousands of terms per field, garbage that set the build's peak memory).
   */
  private resolve(plan: QueryPlan, budget: Budget, ahead = false): ResolvedQuery {
    const highlight = FIELDS.map(() => new Set<number>());
    const phrases: ResolvedPhrase[] = [];
    const prohibitedPhrases: ResolvedPhrase[] = [];
    const clauses: Clause[] = [...plan.terms];
    let impossible = false;
    for (const p of plan.phrases) {
      const wordIds = this.resolvePhrase(p.words);
      if (p.presence === 'prohibited') {
        if (wordIds) prohibitedPhrases.push({ fields: p.fields, wordIds });
        continue;
      }
      if (!wordIds) {
        impossible = true;
        continue;
      }
      phrases.push({ fields: p.fields, wordIds });
      for (const w of p.words) {
        const term = indexTerm(w);
        if (term !== null) clauses.push({ presence: 'required', fields: p.fields, boost: 1, term, kind: 'exact', editDistance: 0, fromPhrase: true });
      }
    }
    const expanded = clauses.map((c) => {
      budget();
      const terms = c.fromPhrase ? [findExact(this.data.terms, c.term)].filter((i) => i >= 0) : this.expand(c, budget, !ahead);
      if (c.presence === 'required' && terms.length === 0) impossible = true;
      if (c.presence !== 'prohibited' && !c.fromPhrase && !ahead) for (const t of terms) for (const f of c.fields) highlight[f]!.add(t);
      return { c, terms };
    });
    return { ctx: { highlight, phrases }, clauses: expanded, prohibitedPhrases, impossible };
  }

  /** Ranked matches for a plan, `limit` best first (all when limit is Infinity). */
  match(plan: QueryPlan, limit: number, budget: Budget = NO_BUDGET, sort: 'relevance' | 'date' = 'relevance', stats?: CorpusStats, facets?: MatchFacets, resolved?: ResolvedQuery): Matches & { total: number } {
    // Ranked ahead only as this index scores alone, as built, by relevance, without facet counts.
    if (this.aheadResults.size && limit <= AHEAD_RESULTS && !stats && !facets && sort === 'relevance' && this.current === this.original) {
      const look = this.lookAhead(plan, budget, resolved);
      if (look.found) return this.fromAhead(look.found, limit, () => look.resolved ?? this.resolve(plan, budget));
      resolved = look.resolved;
    }
    return this.exhaustive(plan, limit, budget, sort, stats, facets, resolved);
  }

  /**
   * A query's results as ranked ahead, cut to `limit`. The highlights are this query's own,
   * resolved when a result is shaped: ranking needs none, and a prefix walks the vocabulary.
   */
  private fromAhead(found: AheadResult, limit: number, resolve: () => ResolvedQuery): Matches & { total: number } {
    const n = Math.min(limit, found.ranked.length);
    const ranked = Array.from(found.ranked.subarray(0, n));
    const score = new Map<number, number>();
    for (let i = 0; i < n; i++) score.set(found.ranked[i]!, found.scores[i]!);
    const copies = new Map<number, number[]>();
    if (found.copies) for (const d of ranked) {
      const list = found.copies.get(d);
      if (list) copies.set(d, list);
    }
    let ctx: HitContext | null = null;
    return {
      ranked,
      copies,
      scoreOf: (d) => score.get(d) ?? 0,
      get ctx() {
        return (ctx ??= resolve().ctx);
      },
      total: found.total,
      facets: null,
    };
  }

  private readonly norms = new WeakMap<FieldPostings, { avgLength: number; norm: Float64Array }>();

  /**
   * BM25's length part per document, K1 × (1 − B + B × length / average), made once per field
   * and average (another index's statistics change it): the same number the scoring loop
   * computed per posting, a division and two multiplications fewer there.
   */
  private lengthNorms(p: FieldPostings, avgLength: number): Float64Array {
    const known = this.norms.get(p);
    if (known && known.avgLength === avgLength) return known.norm;
    const norm = new Float64Array(p.lengths.length);
    for (let d = 0; d < norm.length; d++) norm[d] = K1 * (1 - B + (B * p.lengths[d]!) / avgLength);
    this.norms.set(p, { avgLength, norm });
    return norm;
  }

  /** Every match scored (match() without the results ranked ahead). */
  private exhaustive(plan: QueryPlan, limit: number, budget: Budget, sort: 'relevance' | 'date', stats: CorpusStats | undefined, facets: MatchFacets | undefined, resolved: ResolvedQuery | undefined): Matches & { total: number } {
    const { data } = this;
    const N = data.docs.length;
    const { ctx, clauses, prohibitedPhrases, impossible } = resolved ?? this.resolve(plan, budget);
    const s = this.scratch();
    const scoreOf = (d: number) => s.score(d);
    const empty = { ranked: [], copies: new Map<number, number[]>(), scoreOf, ctx, total: 0, facets: facets ? this.applyFacets([], facets).counts : null };
    if (impossible) return empty;

    const reads = data.postingReads;
    if (reads) for (const { terms, c } of clauses) for (const t of terms) for (const f of c.fields) reads.need(f, t);
    const queryVectors = FIELDS.map(() => new Map<number, number>());
    let requiredClauses = 0;
    let anyProhibited = false;
    let read = 0;
    clauses.forEach(({ c, terms }, ci) => {
      // A phrase's words are required in its documents, which the phrase check finds (below):
      // their postings are scored, not counted here a second time.
      const counted = c.presence === 'prohibited' || (c.presence === 'required' && !c.fromPhrase);
      if (counted && c.presence === 'required') requiredClauses++;
      if (c.presence === 'prohibited') anyProhibited = true;
      for (const t of terms) {
        for (const f of c.fields) {
          const p = data.postings[f]!;
          if (counted) {
            const to = p.offsets[t + 1]!;
            for (let i = p.offsets[t]!; i < to; i++) {
              const d = p.docs[i]!;
              s.touch(d);
              if (c.presence === 'prohibited') s.prohibited[d] = 1;
              else if (s.clauseStamp[d] !== ci) {
                s.clauseStamp[d] = ci;
                s.requiredHits[d]!++;
              }
            }
            if ((read += to - p.offsets[t]!) > CHECK_EVERY) {
              read = 0;
              budget();
            }
          }
          if (c.presence === 'prohibited') continue;
          queryVectors[f]!.set(t, (queryVectors[f]!.get(t) ?? 0) + c.boost);
        }
      }
    });

    let scoredCount = 0;
    FIELDS.forEach((_, f) => {
      const qv = queryVectors[f]!;
      if (qv.size === 0) return;
      const p = data.postings[f]!;
      let magnitude = 0;
      for (const v of qv.values()) magnitude += v * v;
      magnitude = stats?.magnitude[f] ?? Math.sqrt(magnitude);
      const docCount = stats?.docCount ?? N;
      const avgLength = stats?.avgLength(f) ?? p.avgLength;
      let touchedCount = 0;
      const boost = FIELD_BOOSTS[FIELDS[f]!];
      const lengthNorm = this.lengthNorms(p, avgLength);
      for (const [t, q] of qv) {
        const from = p.offsets[t]!;
        const to = p.offsets[t + 1]!;
        // Nothing to score in this field: its statistics (a term string and lookups in every
        // index, beside own documents) need not be read. A prefix's thousands of terms are each
        // in one or two of the five fields.
        if (from === to) continue;
        const df = stats ? stats.docFreq(data.terms.get(t)) : data.termDocFreq[t]!;
        const idf = Math.log(1 + Math.abs((docCount - df + 0.5) / (df + 0.5)));
        for (let i = from; i < to; i++) {
          const d = p.docs[i]!;
          const tf = p.tfs[i]!;
          const norm = lengthNorm[d]! + tf;
          const w = Math.round(((idf * ((K1 + 1) * tf)) / norm) * boost * 1000) / 1000;
          s.touch(d);
          if (s.fieldStamp[d] !== f) {
            s.fieldStamp[d] = f;
            s.fieldScore[d] = 0;
            s.touchedList[touchedCount++] = d;
          }
          s.fieldScore[d]! += q * w;
        }
        if ((read += to - from) > CHECK_EVERY) {
          read = 0;
          budget();
        }
      }
      for (let k = 0; k < touchedCount; k++) {
        const d = s.touchedList[k]!;
        s.scores[d]! += s.fieldScore[d]! / magnitude;
        if (!s.scored[d]) {
          s.scored[d] = 1;
          s.scoredList[scoredCount++] = d;
        }
      }
    });

    // A view, valid until the next query on this engine: what is returned below is copied out.
    const scored = s.scoredList.subarray(0, scoredCount);
    const where = (p: ResolvedPhrase) => this.phraseDocs(p.wordIds, p.fields);
    const required = ctx.phrases.map(where);
    budget();
    const excluded = prohibitedPhrases.map(where);
    // Candidates: a required phrase's documents (a phrase of stop words has no terms to find them
    // by), else the documents a scored term names, else — a query of exclusions only — all.
    let candidates: Iterable<number>;
    if (required.length) candidates = required.reduce((a, b) => (b.size < a.size ? b : a)).keys();
    else if (scored.length || requiredClauses > 0 || !clauses.every(({ c }) => c.presence === 'prohibited')) candidates = scored;
    else candidates = { [Symbol.iterator]: function* () { for (let d = 0; d < N; d++) yield d; } };
    const phraseHits = new Map<number, number>();
    // Plain optional words (most queries typed): every scored document is kept as it is.
    const filtered = requiredClauses > 0 || anyProhibited || excluded.length > 0 || required.length > 0 || candidates !== scored;
    const picked: number[] = [];
    let kept: DocList = filtered ? picked : scored;
    if (filtered) for (const d of candidates) {
      const mine = s.mark[d] === s.gen;
      if (requiredClauses > 0 && (!mine || s.requiredHits[d] !== requiredClauses)) continue;
      if (anyProhibited && mine && s.prohibited[d]) continue;
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
      if (required.length) phraseHits.set(d, occurrences);
      picked.push(d);
    }
    let facetCounts: FacetCounts | null = null;
    if (facets) {
      budget();
      ({ kept, counts: facetCounts } = this.applyFacets(kept, facets));
    }
    const better = (a: number, b: number) => scoreOf(b) - scoreOf(a) || (phraseHits.get(b) ?? 0) - (phraseHits.get(a) ?? 0) || a - b;
    const groups = this.groups;
    const shown = groups.collapse(kept, better);
    // Newest first (ISO dates compare as strings), undated last; relevance breaks ties.
    const newer = (a: number, b: number) => {
      const pa = data.docs.published(a) ?? '';
      const pb = data.docs.published(b) ?? '';
      return pa === pb ? better(a, b) : pa < pb ? 1 : -1;
    };
    const k = Math.min(limit, shown.length);
    const ranked = sort === 'date' ? topK(shown, k, newer) : phraseHits.size === 0 ? topByScore(shown, k, s) : topK(shown, k, better, s);
    // Copies only for the ranked page: the rest of a corpus of copies is never listed.
    const copies = new Map<number, number[]>();
    if (groups.any) {
      for (const d of ranked) {
        const list = groups.copiesOf(d, better);
        if (list.length) copies.set(d, list);
      }
    }
    return { ranked, copies, scoreOf, ctx, total: shown.length, facets: facetCounts };
  }

  /** Whether document d satisfies the plan (the verdict the result list gives it), checked on d alone. */
  private matchesDocument(d: number, resolved: ResolvedQuery): boolean {
    const { data } = this;
    const { ctx, clauses, prohibitedPhrases, impossible } = resolved;
    if (impossible) return false;
    const has = (terms: number[], fields: number[]) =>
      terms.some((t) =>
        fields.some((f) => {
          data.postingReads?.need(f, t);
          const p = data.postings[f]!;
          const lo = p.offsets[t]!;
          const hi = p.offsets[t + 1]!;
          return lo < hi && sortedHas(p.docs, lo, hi, d);
        }),
      );
    let optional = 0;
    let optionalHit = false;
    for (const { c, terms } of clauses) {
      const hit = has(terms, c.fields);
      if (c.presence === 'required' && !hit) return false;
      if (c.presence === 'prohibited' && hit) return false;
      if (c.presence === 'optional') {
        optional++;
        optionalHit ||= hit;
      }
    }
    const inDoc = (p: ResolvedPhrase) => this.phraseDocs(p.wordIds, p.fields).has(d);
    if (prohibitedPhrases.some(inDoc)) return false;
    if (ctx.phrases.length) return ctx.phrases.every(inDoc);
    const required = clauses.some(({ c }) => c.presence === 'required');
    return required || optionalHit || (optional === 0 && clauses.every(({ c }) => c.presence === 'prohibited'));
  }

  search(query: string, limit = DEFAULT_LIMIT, offset = 0, options: EngineSearchOptions = {}): EngineSearch {
    const parsed = parseQuery(query, { typing: options.typing });
    if (!parsed.ok) return { error: parsed.problem, notices: [], total: 0, results: [] };
    if (!parsed.plan) return { error: null, notices: [], total: 0, results: [] };
    const m = this.match(parsed.plan, offset + limit, options.budget, options.sort, undefined, matchFacets(options));
    const results = m.ranked.slice(offset).map((d) => ({ ...this.result(d, m.scoreOf(d), m.ctx), copies: (m.copies.get(d) ?? []).map((c) => this.data.docs.id(c)) }));
    return { error: null, notices: ignoredWordNotices(parsed.plan), total: m.total, results, facets: m.facets };
  }

  /** One shaped result for document number d; public so a merged search shapes only its final page. */
  result(d: number, score: number, ctx: HitContext): Omit<SearchResult, 'copies'> {
    this.settle();
    const { data } = this;
    const { docs } = data;
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
      snippet = { paragraphId: paragraphIdAt(docs, d, best.p), ...buildSnippet(text, ranges) };
    }
    const title = docs.title(d);
    return {
      documentId: docs.id(d),
      title,
      source: docs.source(d),
      published: docs.published(d),
      score,
      hitCount: countHits(data, d, hits),
      titleHighlights: titleSeg ? segmentCharRanges(title, titleSeg.ranges, undefined) : [],
      snippet,
    };
  }

  /** Documents-with-term (summed over fields) for a term string; 0 when this index lacks it. */
  docFreq(term: string): number {
    const t = findExact(this.data.terms, term);
    return t < 0 ? 0 : this.data.termDocFreq[t]!;
  }

  /**
   * A plan resolved for a merged search (merged-search.ts): `query` goes to match(), and
   * `weights` are, per field, each expanded (non-prohibited) query term string with its summed
   * boost as match() weighs them, for the corpus-wide query vector. One resolution serves both:
   * resolving a fuzzy or prefix word walks the vocabulary.
   */
  prepare(plan: QueryPlan, budget: Budget = NO_BUDGET): { query: ResolvedQuery; weights: Map<string, number>[] } {
    const query = this.resolve(plan, budget);
    const weights = FIELDS.map(() => new Map<string, number>());
    for (const { c, terms } of query.clauses) {
      if (c.presence === 'prohibited') continue;
      for (const t of terms) {
        const term = this.data.terms.get(t);
        for (const f of c.fields) weights[f]!.set(term, (weights[f]!.get(term) ?? 0) + c.boost);
      }
    }
    return { query, weights };
  }

  /**
   * Every hit of the query in one document; null when the id is unknown. A document the query
   * does not match (an excluded word, a missing required one) has no hits: the marks in the
   * reader follow the result list's verdict.
   */
  documentHits(documentId: string, query: string, budget: Budget = NO_BUDGET): Omit<DocumentHitsResponse, 'status'> | null {
    this.settle();
    const d = this.idOf.get(documentId);
    if (d === undefined) return null;
    const base = { query, documentId, error: null, matches: false, titleHits: [], hits: [] };
    const parsed = parseQuery(query);
    if (!parsed.ok) return { ...base, error: parsed.problem };
    if (!parsed.plan) return base;
    const resolved = this.resolve(parsed.plan, budget);
    if (!this.matchesDocument(d, resolved)) return base;
    const { ctx } = resolved;
    const { data } = this;
    const title = data.docs.title(d);
    const found = findHits(data, d, ctx);
    const titleSeg = found.segments.find((s) => s.segment === 0);
    const paragraphs = new Set<number>([...found.segments.filter((s) => s.segment > 0).map((s) => s.segment - 1), ...found.mentions.keys()]);
    const ids = data.docs.paragraphIds(d).split(PARAGRAPH_ID_SEPARATOR);
    const hits = [...paragraphs]
      .sort((a, b) => a - b)
      .flatMap((p) => {
        const ranges = segmentCharRanges(paragraphText(data, d, p), found.segments.find((s) => s.segment === p + 1)?.ranges, found.mentions.get(p));
        return ranges.map((r) => ({ paragraphId: ids[p] ?? '', start: r.start, end: r.end }));
      });
    return { ...base, matches: true, titleHits: titleSeg ? segmentCharRanges(title, titleSeg.ranges, undefined) : [], hits };
  }
}

const NO_ALIASES: EntityAliases = new Map();

export function matchFacets(options: EngineSearchOptions): MatchFacets | undefined {
  return options.facets ? { request: options.facets, aliases: options.aliases ?? NO_ALIASES } : undefined;
}

export function ignoredWordNotices(plan: QueryPlan): string[] {
  return plan.ignoredWords.map((w) => `"${w}" is too common to search for on its own; put it in a phrase, as in "in the end".`);
}

/** How many postings ranking a resolved query reads in `data`: what makes a query heavy. */
function postingsRead(resolved: ResolvedQuery, data: IndexData): number {
  let postings = 0;
  for (const { c, terms } of resolved.clauses) {
    for (const t of terms) {
      for (const f of c.fields) postings += data.postings[f]!.offsets[t + 1]! - data.postings[f]!.offsets[t]!;
    }
  }
  return postings;
}

/** Document numbers: an array, or a view of a query's scratch list. */
type DocList = readonly number[] | Int32Array;

/**
 * The k best documents by score, ties by document number (relevance order when no phrase
 * counts break ties), sorted: topK's bounded heap on the scores themselves, no comparator call
 * per document, since a common word's 40,000 documents made those calls a fifth of its query.
 */
function topByScore(items: DocList, k: number, s: Scratch): number[] {
  if (k <= 0) return [];
  if (s.heapDoc.length < k) {
    s.heapDoc = new Int32Array(k);
    s.heapScore = new Float64Array(k);
  }
  const { heapDoc, heapScore } = s;
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const d = items[i]!;
    const sd = s.score(d);
    if (size < k) {
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!below(sd, d, heapScore[parent]!, heapDoc[parent]!)) break;
        heapDoc[at] = heapDoc[parent]!;
        heapScore[at] = heapScore[parent]!;
        at = parent;
      }
      heapDoc[at] = d;
      heapScore[at] = sd;
      continue;
    }
    if (!below(heapScore[0]!, heapDoc[0]!, sd, d)) continue;
    sink(heapDoc, heapScore, size, d, sd);
  }
  // Popping the worst off the heap fills the answer from its end: best first, no comparator sort.
  const out = new Array<number>(size);
  for (let n = size; n > 0; n--) {
    out[n - 1] = heapDoc[0]!;
    const lastDoc = heapDoc[n - 1]!;
    const lastScore = heapScore[n - 1]!;
    if (n > 1) sink(heapDoc, heapScore, n - 1, lastDoc, lastScore);
  }
  return out;
}

/** a ranks below b: a lower score, or the same score and a later document. */
function below(sa: number, a: number, sb: number, b: number): boolean {
  return sa < sb || (sa === sb && a > b);
}

/** Puts document d (score sd) at the root of a heap of `size` and sifts it down to its place. */
function sink(heapDoc: Int32Array, heapScore: Float64Array, size: number, d: number, sd: number): void {
  let at = 0;
  for (;;) {
    const l = 2 * at + 1;
    if (l >= size) break;
    const r = l + 1;
    const m = r < size && below(heapScore[r]!, heapDoc[r]!, heapScore[l]!, heapDoc[l]!) ? r : l;
    if (!below(heapScore[m]!, heapDoc[m]!, sd, d)) break;
    heapDoc[at] = heapDoc[m]!;
    heapScore[at] = heapScore[m]!;
    at = m;
  }
  heapDoc[at] = d;
  heapScore[at] = sd;
}

/**
 * The k best items under `better` (negative = a first), sorted; a bounded heap, not a full sort.
 * With `scores` (relevance order, whose first key is the score), an item scoring below the
 * heap's worst is passed over without calling `better`: most of a common word's documents.
 */
function topK(items: DocList, k: number, better: (a: number, b: number) => number, scores?: Scratch): number[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return Array.from(items).sort(better).slice(0, k);
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
    } else if (scores && scores.score(x) < scores.score(heap[0]!)) {
      continue;
    } else if (better(x, heap[0]!) < 0) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap.sort(better);
}

