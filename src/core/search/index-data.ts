import type { EntityType, ProcessedDocument } from '../../shared/corpus';
import { findDuplicates, type DuplicateInfo } from '../corpus/duplicates';
import { indexTerm, tokenWordsCased } from './normalize';
import { IndexLimitError } from './index-limit';
import { ByteBuilder, MAX_TOKENS, release, U32Builder } from './builders';
import { FIELDS, type FieldName, type UintArray } from './fields';
import { DocTable, type StoredDocMeta } from './doc-table';
import { StringTable } from './string-table';
import type { PostingReads } from './lazy-postings';

/**
 * The in-memory search index: lunr's model (fields, BM25 field vectors, inverted index) laid out
 * as flat typed arrays so it loads without JSON.parse and queries without per-document objects,
 * plus a token stream (every word, stop words included, as ids) for phrases, snippets and hits.
 */

export { FIELDS, type FieldName, type UintArray } from './fields';
/** lunr field boosts: a title match outranks the same match in the body. */
export const FIELD_BOOSTS: Record<FieldName, number> = { title: 2, body: 1, person: 1, org: 1, place: 1 };
export const ENTITY_FIELD: Record<EntityType, FieldName> = { person: 'person', organization: 'org', place: 'place' };

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

export type { StoredDocMeta, StoredEntity } from './doc-table';

export interface IndexData {
  /** Per-document metadata, columnar (doc-table.ts). */
  docs: DocTable;
  /** Sorted index terms (stems). */
  terms: StringTable;
  /** lunr idf input: documents-with-term summed over fields. */
  termDocFreq: UintArray;
  postings: FieldPostings[];
  /** Sorted folded words (unstemmed, stop words included). */
  words: StringTable;
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
   * text[paraStart[p]..paraStart[p+1]). Decoded per paragraph when shown, not at load; a loaded
   * index file reads them from the file when asked (index-file.ts loadIndexFile).
   */
  text: TextBytes;
  paraStart: UintArray;
  /** docPara[d] = corpus paragraph number of document d's first paragraph. */
  docPara: UintArray;
  /**
   * Tokens whose case carries meaning (normalize.ts casedForm: "US", "NATO", "May"): their
   * stream positions, ascending, and the term id of each one's cased form.
   */
  casedPos: UintArray;
  casedTerm: UintArray;
  /**
   * A loaded index file whose token stream is still being read (index-file.ts): `stream` is
   * already the right view, its bytes arrive by `step` (a slice at a time, between queries) or
   * all at once by `finish`, which the engine calls before anything that reads the stream.
   */
  pending?: PendingRead;
  /**
   * A loaded index file whose postings are read per term on first use (lazy-postings.ts): the
   * engine asks for a term's before reading them; warm-up reads the rest.
   */
  postingReads?: PostingReads;
  /**
   * SHA-256 of the index file these data were written to or loaded from (index-file.ts), which
   * names exactly this index: results ranked ahead for it are kept beside it (ahead-file.ts).
   */
  contentHash?: string;
}

export interface PendingRead {
  /** Reads at most `maxBytes` more; true once everything is in. */
  step(maxBytes: number): boolean;
  finish(): void;
}

/** What paragraph texts need of their bytes: a Uint8Array, or a reader over the index file. */
export interface TextBytes {
  readonly length: number;
  subarray(start: number, end: number): Uint8Array;
}

export const SEPARATOR_WORD = 0xffffffff;
export { MAX_TOKENS, U32Builder } from './builders';

export { IndexLimitError };

export const PARAGRAPH_ID_SEPARATOR = '\u001f';

export function paragraphIdAt(docs: DocTable, d: number, p: number): string {
  return docs.paragraphIds(d).split(PARAGRAPH_ID_SEPARATOR)[p] ?? '';
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

/** One document's stored metadata at a time: at 100,000 documents all of them at once took 600 MB. */
function* storedMetas(documents: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo>): Generator<StoredDocMeta> {
  for (const doc of documents) yield storedMeta(doc, duplicates.get(doc.id));
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

/** The ids 0..list.length-1 ordered by their strings (code-unit order, as Array.prototype.sort). */
function sortedOrder(list: readonly string[]): Uint32Array {
  const order = Uint32Array.from({ length: list.length }, (_, i) => i);
  order.sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  return order;
}

/**
 * Builds the index from processed documents (the corpus build, or the in-memory fallback).
 * `duplicates` comes from the corpus build; the fallback computes it here.
 *
 * Memory: one pass over the documents, each document's tokens dropped once it is counted. Words
 * and terms get provisional ids as they are first seen; each field's postings are appended as
 * flat (term, tf) arrays with a per-document boundary, never as per-document maps, so the build
 * holds about 6 bytes per posting and 4 per token beside the input (issue 15: 45x BBC peaked at
 * 4.3 GB with per-document maps).
 */
export function buildIndexData(documents: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo> = findDuplicates(documents)): IndexData {
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const wordTermProv: number[] = []; // provisional term id per word id, -1 for a stop word
  const termOf = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = termList.length;
      termIds.set(t, id);
      termList.push(t);
    }
    return id;
  };
  const idOf = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordList.length;
      wordIds.set(w, id);
      wordList.push(w);
      const t = indexTerm(w);
      wordTermProv.push(t === null ? -1 : termOf(t));
    }
    return id;
  };
  const stream = new U32Builder();
  const segStart = new U32Builder(MAX_TOKENS, 'paragraphs and fields');
  const docSeg = new Uint32Array(documents.length + 1);
  // Per field: postings as provisional term ids and tfs, document d's at [postEnd[d-1], postEnd[d]).
  const postTerm = FIELDS.map(() => new U32Builder(MAX_TOKENS, 'postings'));
  const postTf = FIELDS.map(() => new U32Builder(MAX_TOKENS, 'postings'));
  const postEnd = FIELDS.map(() => new Uint32Array(documents.length));
  const casedPositions = new U32Builder();
  const casedTermProv = new U32Builder();
  const lengths = FIELDS.map(() => new Uint32Array(documents.length));
  const text = new ByteBuilder();
  const paraStart = new U32Builder(MAX_TOKENS, 'paragraphs');
  const docPara = new Uint32Array(documents.length + 1);

  documents.forEach((doc, d) => {
    docSeg[d] = segStart.length;
    docPara[d] = paraStart.length;
    const words = fieldWords(doc);
    FIELDS.forEach((field, f) => {
      const tf = new Map<number, number>(); // provisional term id → tf, this document and field only
      let casedTf: Map<number, number> | undefined;
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
            const c = termOf(cased);
            casedPositions.push(stream.length);
            casedTermProv.push(c);
            casedTf ??= new Map();
            casedTf.set(c, (casedTf.get(c) ?? 0) + 1);
          }
          stream.push(id);
          const t = wordTermProv[id]!;
          if (t >= 0) {
            length++;
            tf.set(t, (tf.get(t) ?? 0) + 1);
          }
        });
      });
      // Cased terms count as terms (postings, idf) but not in the field length: lunr's BM25 stays as it was.
      for (const [c, n] of casedTf ?? []) tf.set(c, n);
      for (const [t, n] of tf) {
        postTerm[f]!.push(t);
        postTf[f]!.push(n);
      }
      postEnd[f]![d] = postTerm[f]!.length;
      lengths[f]![d] = length;
    });
    for (const p of doc.paragraphs) {
      paraStart.push(text.length);
      text.append(p.text);
    }
  });
  docSeg[documents.length] = segStart.length;
  segStart.push(stream.length);
  paraStart.push(text.length);
  docPara[documents.length] = paraStart.length - 1;

  // Sorted vocabularies, and the provisional → sorted id maps.
  const wordOrder = sortedOrder(wordList);
  const oldToNew = new Uint32Array(wordList.length);
  wordOrder.forEach((old, i) => (oldToNew[old] = i));
  const words = Array.from(wordOrder, (old) => wordList[old]!);
  const termOrder = sortedOrder(termList);
  const termRank = new Uint32Array(termList.length);
  termOrder.forEach((old, i) => (termRank[old] = i));
  const terms = Array.from(termOrder, (old) => termList[old]!);
  const wordTerm = new Int32Array(words.length);
  wordTermProv.forEach((t, old) => (wordTerm[oldToNew[old]!] = t < 0 ? -1 : termRank[t]!));
  const streamArr = stream.finish();
  for (let i = 0; i < streamArr.length; i++) if (streamArr[i] !== SEPARATOR_WORD) streamArr[i] = oldToNew[streamArr[i]!]!;

  const termDocFreq = new Uint32Array(terms.length);
  const postings: FieldPostings[] = FIELDS.map((_, f) => {
    const pt = postTerm[f]!.finish();
    const ptf = postTf[f]!.finish();
    for (let i = 0; i < pt.length; i++) pt[i] = termRank[pt[i]!]!;
    const counts = new Uint32Array(terms.length + 1);
    for (let i = 0; i < pt.length; i++) counts[pt[i]! + 1]!++;
    for (let t = 0; t < terms.length; t++) counts[t + 1]! += counts[t]!;
    const offsets = counts.slice();
    const fill = counts.slice(0, terms.length);
    const docs = new Uint32Array(pt.length);
    const tfs = new Uint16Array(pt.length);
    const ends = postEnd[f]!;
    // Documents in order, so each term's documents come out ascending.
    let i = 0;
    for (let d = 0; d < documents.length; d++) {
      for (const end = ends[d]!; i < end; i++) {
        const t = pt[i]!;
        const at = fill[t]!++;
        docs[at] = d;
        tfs[at] = Math.min(ptf[i]!, 0xffff); // a term more than 65,535 times in one field scores as 65,535 times (BM25 saturates long before)
        termDocFreq[t]!++;
      }
    }
    // The provisional postings are done with: freed before the next field's are sorted.
    release(pt);
    release(ptf);
    const len = lengths[f]!;
    let sum = 0;
    for (const v of len) sum += v;
    return { offsets, docs, tfs, lengths: len, avgLength: documents.length ? sum / documents.length : 0 };
  });
  const casedTerm = casedTermProv.finish();
  for (let i = 0; i < casedTerm.length; i++) casedTerm[i] = termRank[casedTerm[i]!]!;

  return {
    docs: DocTable.from(storedMetas(documents, duplicates)),
    terms: StringTable.from(terms),
    termDocFreq,
    postings,
    words: StringTable.from(words),
    wordTerm,
    stream: streamArr,
    segStart: segStart.finish(),
    docSeg,
    text: text.finish(),
    paraStart: paraStart.finish(),
    docPara,
    casedPos: casedPositions.finish(),
    casedTerm,
  };
}
