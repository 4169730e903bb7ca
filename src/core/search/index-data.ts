import type { EntityType, ProcessedDocument } from '../../shared/corpus';
import { findDuplicates, type DuplicateInfo } from '../corpus/duplicates';
import { indexTerm, tokenWordsCased } from './normalize';

/**
 * The in-memory search index: lunr's model (fields, BM25 field vectors, inverted index) laid out
 * as flat typed arrays so it loads without JSON.parse and queries without per-document objects,
 * plus a token stream (every word, stop words included, as ids) for phrases, snippets and hits.
 */

export const FIELDS = ['title', 'body', 'person', 'org', 'place'] as const;
export type FieldName = (typeof FIELDS)[number];
/** lunr field boosts: a title match outranks the same match in the body. */
export const FIELD_BOOSTS: Record<FieldName, number> = { title: 2, body: 1, person: 1, org: 1, place: 1 };
export const ENTITY_FIELD: Record<EntityType, FieldName> = { person: 'person', organization: 'org', place: 'place' };

/** 16-bit where the values allow it (the loaded file), 32-bit when built in memory. */
export type UintArray = Uint16Array | Uint32Array;

export interface FieldPostings {
  /** offsets[t]..offsets[t+1] index docs/tfs for term t. */
  offsets: UintArray;
  /** Document numbers, ascending within a term. */
  docs: UintArray;
  tfs: Uint16Array;
  /** Field length in indexed terms (after stop words), per document: lunr's BM25 length. */
  lengths: UintArray;
  avgLength: number;
}

/** Entity mentions kept for highlighting person:/org:/place: matches: [paragraphIndex, start, end]. */
export interface StoredEntity {
  field: FieldName;
  name: string;
  mentions: [number, number, number][];
}

export interface StoredDocMeta {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  /** Paragraph ids joined by PARAGRAPH_ID_SEPARATOR (split only for shown results). */
  paragraphIds: string;
  entities: StoredEntity[];
  /** Duplicate group (its representative's id) when the corpus holds copies of this document. */
  group?: string;
}

export interface IndexData {
  docs: StoredDocMeta[];
  /** Sorted index terms (stems). */
  terms: string[];
  /** lunr idf input: documents-with-term summed over fields. */
  termDocFreq: UintArray;
  postings: FieldPostings[];
  /** Sorted folded words (unstemmed, stop words included). */
  words: string[];
  /** words[w] → its term id, or -1 for a stop word. */
  wordTerm: Int32Array;
  /** Every token of every document as word ids; a separator (no word's id) between entity names. */
  stream: UintArray;
  /**
   * Token stream segments: per document [title, paragraph 0..n-1, person, org, place];
   * segment s covers stream[segStart[s] .. segStart[s+1]).
   */
  segStart: UintArray;
  /** docSeg[d] = first segment of document d; docSeg[docCount] = segment count. */
  docSeg: UintArray;
  /**
   * All paragraph texts, UTF-8, concatenated; paragraph p of the corpus is bytes
   * text[paraStart[p]..paraStart[p+1]). Decoded per paragraph when shown, not at load.
   */
  text: Uint8Array;
  paraStart: UintArray;
  /** docPara[d] = corpus paragraph number of document d's first paragraph. */
  docPara: UintArray;
  /**
   * Tokens whose case carries meaning (normalize.ts casedForm: "US", "NATO", "May"): their
   * stream positions, ascending, and the term id of each one's cased form.
   */
  casedPos: UintArray;
  casedTerm: UintArray;
}

export const SEPARATOR_WORD = 0xffffffff;
/**
 * Most tokens one index can hold: stream positions and word positions are 32-bit. A corpus past
 * it fails its build with IndexLimitError (a clear message), never a crash of the process.
 */
export const MAX_TOKENS = 0xfffffffe;

export class IndexLimitError extends Error {}

/**
 * An append-only Uint32Array that grows by doubling: the build's token stream is never a JS
 * array of numbers (which made V8 abort, uncatchably, past ~105M tokens).
 */
export class U32Builder {
  private buf = new Uint32Array(1024);
  length = 0;
  constructor(private readonly limit = MAX_TOKENS, private readonly what = 'tokens') {}
  push(v: number): void {
    if (this.length >= this.limit) {
      throw new IndexLimitError(`The corpus has more than ${this.limit.toLocaleString('en')} ${this.what}, the most one search index can hold; build it in parts.`);
    }
    if (this.length === this.buf.length) {
      const next = new Uint32Array(Math.min(this.limit, this.buf.length * 2));
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  /** The values, trimmed (a copy the size of the content; the builder is not used after). */
  finish(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}
export const PARAGRAPH_ID_SEPARATOR = '\u001f';

export function paragraphIdAt(meta: StoredDocMeta, p: number): string {
  return meta.paragraphIds.split(PARAGRAPH_ID_SEPARATOR)[p] ?? '';
}

type Piece = ReturnType<typeof tokenWordsCased>;

function fieldWords(doc: ProcessedDocument): Record<FieldName, Piece[]> {
  const out: Record<FieldName, Piece[]> = { title: [tokenWordsCased(doc.title)], body: doc.paragraphs.map((p) => tokenWordsCased(p.text)), person: [], org: [], place: [] };
  const seen = new Set<string>();
  for (const e of doc.entities) {
    const field = ENTITY_FIELD[e.type];
    if (seen.has(`${field}:${e.name}`)) continue;
    seen.add(`${field}:${e.name}`);
    out[field].push(tokenWordsCased(e.name));
  }
  return out;
}

function storedMeta(doc: ProcessedDocument, duplicate: DuplicateInfo | undefined): StoredDocMeta {
  const paraIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const meta: StoredDocMeta = {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    published: doc.published,
    paragraphIds: doc.paragraphs.map((p) => p.id).join(PARAGRAPH_ID_SEPARATOR),
    entities: doc.entities.map((e) => ({
      field: ENTITY_FIELD[e.type],
      name: e.name,
      mentions: e.mentions.flatMap((m) => {
        const p = paraIndex.get(m.paragraphId);
        return p === undefined ? [] : [[p, m.start, m.end] as [number, number, number]];
      }),
    })),
  };
  if (duplicate) meta.group = duplicate.group;
  return meta;
}

function concatBytes(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Builds the index from processed documents (the corpus build, or the in-memory fallback).
 * `duplicates` comes from the corpus build; the fallback computes it here.
 */
export function buildIndexData(documents: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo> = findDuplicates(documents)): IndexData {
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const idOf = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordList.length;
      wordIds.set(w, id);
      wordList.push(w);
    }
    return id;
  };
  const stream = new U32Builder();
  const segStart = new U32Builder(MAX_TOKENS, 'paragraphs and fields');
  const docSeg: number[] = [];
  const termFreqs: Map<number, number>[][] = FIELDS.map(() => []); // [field][doc] word-id → tf (by stem later)
  const casedFreqs: (Map<string, number> | undefined)[][] = FIELDS.map(() => []); // [field][doc] cased form → tf
  const casedPositions = new U32Builder();
  const casedForms: string[] = [];
  const lengths = FIELDS.map(() => new Uint32Array(documents.length));
  const encoder = new TextEncoder();
  const texts: Uint8Array[] = [];
  const paraStart: number[] = [];
  const docPara: number[] = [];
  let textLength = 0;

  documents.forEach((doc, d) => {
    docSeg.push(segStart.length);
    docPara.push(paraStart.length);
    const words = fieldWords(doc);
    FIELDS.forEach((field, f) => {
      const tf = new Map<number, number>();
      let casedTf: Map<string, number> | undefined;
      let length = 0;
      const pieces = words[field];
      const oneSegment = field !== 'body';
      if (oneSegment) segStart.push(stream.length);
      pieces.forEach((piece, i) => {
        if (!oneSegment) segStart.push(stream.length);
        else if (i > 0) stream.push(SEPARATOR_WORD);
        piece.words.forEach((w, k) => {
          const id = idOf(w);
          const cased = piece.cased[k];
          if (cased) {
            casedPositions.push(stream.length);
            casedForms.push(cased);
            casedTf ??= new Map();
            casedTf.set(cased, (casedTf.get(cased) ?? 0) + 1);
          }
          stream.push(id);
          if (indexTerm(w) !== null) {
            length++;
            tf.set(id, (tf.get(id) ?? 0) + 1);
          }
        });
      });
      termFreqs[f]![d] = tf;
      casedFreqs[f]![d] = casedTf;
      lengths[f]![d] = length;
    });
    for (const p of doc.paragraphs) {
      paraStart.push(textLength);
      const bytes = encoder.encode(p.text);
      texts.push(bytes);
      textLength += bytes.length;
    }
  });
  docSeg.push(segStart.length);
  segStart.push(stream.length);
  paraStart.push(textLength);
  docPara.push(paraStart.length - 1);

  // Sorted vocabularies, and the old→new id maps.
  const words = [...wordList].sort();
  const wordRank = new Map(words.map((w, i) => [w, i]));
  const oldToNew = Uint32Array.from(wordList, (w) => wordRank.get(w)!);
  const terms = [...new Set([...words.map(indexTerm).filter((t): t is string => t !== null), ...casedForms])].sort();
  const termRank = new Map(terms.map((t, i) => [t, i]));
  const wordTerm = Int32Array.from(words, (w) => {
    const t = indexTerm(w);
    return t === null ? -1 : termRank.get(t)!;
  });
  const streamArr = stream.finish();
  for (let i = 0; i < streamArr.length; i++) if (streamArr[i] !== SEPARATOR_WORD) streamArr[i] = oldToNew[streamArr[i]!]!;

  const termDocFreq = new Uint32Array(terms.length);
  const postings: FieldPostings[] = FIELDS.map((_, f) => {
    // Per document: merge word tfs into term tfs, then bucket by term.
    const perDoc = termFreqs[f]!.map((wordTf, d) => {
      const byTerm = new Map<number, number>();
      for (const [oldId, n] of wordTf) {
        const t = wordTerm[oldToNew[oldId]!]!;
        byTerm.set(t, (byTerm.get(t) ?? 0) + n);
      }
      // Cased terms count as terms (postings, idf) but not in the field length: lunr's BM25 stays as it was.
      for (const [form, n] of casedFreqs[f]![d] ?? []) byTerm.set(termRank.get(form)!, n);
      return byTerm;
    });
    const counts = new Uint32Array(terms.length + 1);
    for (const m of perDoc) for (const t of m.keys()) counts[t + 1]!++;
    for (let t = 0; t < terms.length; t++) counts[t + 1]! += counts[t]!;
    const offsets = counts.slice();
    const fill = counts.slice(0, terms.length);
    const docs = new Uint32Array(offsets[terms.length]!);
    const tfs = new Uint16Array(docs.length);
    perDoc.forEach((m, d) => {
      for (const [t, n] of m) {
        const at = fill[t]!++;
        docs[at] = d;
        tfs[at] = Math.min(n, 0xffff); // a term more than 65,535 times in one field scores as 65,535 times (BM25 saturates long before)
        termDocFreq[t]!++;
      }
    });
    const len = lengths[f]!;
    let sum = 0;
    for (const v of len) sum += v;
    return { offsets, docs, tfs, lengths: len, avgLength: documents.length ? sum / documents.length : 0 };
  });

  return {
    docs: documents.map((doc) => storedMeta(doc, duplicates.get(doc.id))),
    terms,
    termDocFreq,
    postings,
    words,
    wordTerm,
    stream: streamArr,
    segStart: segStart.finish(),
    docSeg: Uint32Array.from(docSeg),
    text: concatBytes(texts, textLength),
    paraStart: Uint32Array.from(paraStart),
    docPara: Uint32Array.from(docPara),
    casedPos: casedPositions.finish(),
    casedTerm: Uint32Array.from(casedForms, (form) => termRank.get(form)!),
  };
}
