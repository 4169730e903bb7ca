import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { FIELDS, type FieldPostings, type IndexData, type PendingRead, type TextBytes, type UintArray } from './index-data';
import { DocTable, type DocColumns } from './doc-table';
import { DictColumn, StringTable, type Units } from './string-table';
import { lazyPostings } from './lazy-postings';
import { ChunkedBytes } from './builders';
import { frameStart, headerEnd, readFrame, readWholeFile, type FrameProblems } from './binary-frame';
import { replaceFile } from './replace-file';
import { DossierError } from '../../shared/result';

/**
 * Binary index file (search-index.bin): loads with a few reads and typed-array views — no
 * JSON.parse of the index proper (what makes lunr's load slow) and no string per term, word or
 * document at load.
 *
 *   "DSRCHIX1" | u32 header length | header JSON (utf-8) | padding to 8 | sections...
 *
 * The header lists each section (name, element type, byte offset, element count) and the
 * file's content hash: SHA-256 of the whole file with the hash's own 64 digits as zeros,
 * patched in once the sections are written (the file stays byte-for-byte reproducible). Lists of
 * strings (terms, words, document ids, titles, …) are string tables (string-table.ts): a
 * `.units` section of code units and a `.starts` section of offsets. Integer arrays narrow to 16
 * bits (code units to 8) when their values allow it; the paragraph texts come last.
 */

export const INDEX_FILE = 'search-index.bin';
const MAGIC = 'DSRCHIX1';
/**
 * 2: cased terms (casedPos, casedTerm) and duplicate groups in the document metadata.
 * 3: paragraph ids in their own section (DOC_SEPARATOR between documents) instead of the header
 *    JSON, where each \u001f separator cost 6 bytes and JSON.parse time (issue 15: index load).
 * 4: terms, words and the document metadata as columns and string tables; no per-document JSON
 *    in the header; the paragraph texts last (issue 15: load at 100,000 documents).
 * Only this version loads: an older file is refused (IndexFormatError), and the app rebuilds
 * the index from the corpus documents, saying why.
 */
export const INDEX_FORMAT_VERSION = 4;

type Dtype = 'u8' | 'u16' | 'u32' | 'i32' | 'utf8';
interface SectionInfo { name: string; dtype: Dtype; offset: number; length: number }
interface Header {
  version: number;
  fields: readonly string[];
  avgLengths: number[];
  sections: SectionInfo[];
  /** Absent in files written before it was added: such an index has nothing ranked ahead kept beside it. */
  contentHash?: string;
}

const HASH_PLACEHOLDER = '0'.repeat(64);

/** What writing an index produced: its size, its content hash and where the hash goes in it. */
interface Written { size: number; contentHash: string; hashAt: number }

/**
 * A section to write: its dtype and length are known up front (for the header); its bytes are
 * produced chunk by chunk when written, so narrowing a 32-bit array to 16 bits never holds a
 * second copy of it (issue 15: build memory at 100,000 documents).
 */
type Section = { name: string; dtype: Dtype; length: number; write: (sink: (bytes: Uint8Array) => void) => void };

const CHUNK = 1 << 20; // elements narrowed per write

function intSection(name: string, values: UintArray | Int32Array | Uint8Array, allowNarrow = true, map?: (v: number) => number): Section {
  const whole = (sink: (b: Uint8Array) => void) => sink(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  if (values instanceof Int32Array) return { name, dtype: 'i32', length: values.length, write: whole };
  if (values instanceof Uint8Array) return { name, dtype: 'u8', length: values.length, write: whole };
  let max = 0;
  if (allowNarrow && !(values instanceof Uint16Array)) for (const v of values) if (v > max) max = v;
  if (allowNarrow && max <= 0xffff && !(values instanceof Uint16Array)) {
    const write = (sink: (b: Uint8Array) => void) => {
      const buf = new Uint16Array(Math.min(CHUNK, values.length));
      for (let at = 0; at < values.length; at += CHUNK) {
        const n = Math.min(CHUNK, values.length - at);
        for (let i = 0; i < n; i++) buf[i] = map ? map(values[at + i]!) : values[at + i]!;
        sink(new Uint8Array(buf.buffer, 0, n * 2));
      }
    };
    return { name, dtype: 'u16', length: values.length, write };
  }
  return { name, dtype: values instanceof Uint16Array ? 'u16' : 'u32', length: values.length, write: whole };
}

/** A string table as two sections, NAME.units and NAME.starts. */
function tableSections(name: string, table: StringTable): Section[] {
  return [intSection(`${name}.units`, table.units), intSection(`${name}.starts`, table.starts)];
}

function dictSections(name: string, column: DictColumn): Section[] {
  return [...tableSections(`${name}.values`, column.values), intSection(`${name}.codes`, column.codes)];
}

function docSections(columns: DocColumns): Section[] {
  const e = columns.entities;
  return [
    ...tableSections('doc.ids', columns.ids),
    ...tableSections('doc.titles', columns.titles),
    ...tableSections('doc.paragraphIds', columns.paragraphIds),
    ...dictSections('doc.sources', columns.sources),
    ...dictSections('doc.published', columns.published),
    ...dictSections('doc.groups', columns.groups),
    intSection('entity.start', e.start),
    intSection('entity.field', e.field),
    ...dictSections('entity.name', e.name),
    ...dictSections('entity.key', e.key),
    intSection('entity.mentionStart', e.mentionStart),
    intSection('entity.mentions', e.mentions),
  ];
}

/** Bytes as they are held: one array, the chunks the build appended them in, or read whole (a loaded file's). */
function bytesSection(name: string, bytes: TextBytes): Section {
  const write = (sink: (bytes: Uint8Array) => void) => {
    if (bytes instanceof Uint8Array) sink(bytes);
    else if (bytes instanceof ChunkedBytes) for (const chunk of bytes.chunks) sink(chunk);
    else sink(bytes.subarray(0, bytes.length));
  };
  return { name, dtype: 'utf8', length: bytes.length, write };
}

const WIDTH: Record<Dtype, number> = { u8: 1, utf8: 1, u16: 2, u32: 4, i32: 4 };

/**
 * Writes the bytes of search-index.bin to `sink`, in order, section by section: nothing but
 * the header and one chunk is held beside the index data itself.
 */
function writeIndex(data: IndexData, sink: (bytes: Uint8Array) => void): Written {
  // A loaded file's sections still being read are read in full first.
  data.pending?.finish();
  data.postingReads?.finish();
  // The stream's separator is 2^32-1; remap it to 2^16-1 when all word ids fit below that.
  const narrowStream = data.words.length < 0xffff;
  const sections: Section[] = [
    ...tableSections('terms', data.terms),
    ...tableSections('words', data.words),
    ...docSections(data.docs.columns),
    intSection('termDocFreq', data.termDocFreq),
    intSection('wordTerm', data.wordTerm),
    intSection('segStart', data.segStart),
    intSection('docSeg', data.docSeg),
    intSection('paraStart', data.paraStart),
    intSection('docPara', data.docPara),
    intSection('casedPos', data.casedPos),
    intSection('casedTerm', data.casedTerm),
  ];
  data.postings.forEach((p, f) => {
    sections.push(intSection(`${f}.offsets`, p.offsets), intSection(`${f}.docs`, p.docs), intSection(`${f}.tfs`, p.tfs), intSection(`${f}.lengths`, p.lengths));
  });
  // The token stream and the texts last: a load reads everything before them at once, the
  // stream after it reports ready, and the texts never (they are read per paragraph shown).
  sections.push(
    narrowStream && !(data.stream instanceof Uint16Array) ? intSection('stream', data.stream, true, (w) => (w === 0xffffffff ? 0xffff : w)) : intSection('stream', data.stream, false),
    bytesSection('text', data.text),
  );
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const s of sections) {
    offset = Math.ceil(offset / 8) * 8;
    infos.push({ name: s.name, dtype: s.dtype, offset, length: s.length });
    offset += s.length * WIDTH[s.dtype];
  }
  const header: Header = { version: INDEX_FORMAT_VERSION, fields: FIELDS, avgLengths: data.postings.map((p) => p.avgLength), sections: infos, contentHash: HASH_PLACEHOLDER };
  const json = JSON.stringify(header);
  const { bytes: start, jsonAt } = frameStart(MAGIC, json);
  const base = start.byteLength;
  const hash = createHash('sha256');
  const out = (bytes: Uint8Array) => {
    hash.update(bytes);
    sink(bytes);
  };
  out(start);
  let written = 0;
  const zeros = new Uint8Array(8);
  sections.forEach((s, i) => {
    if (infos[i]!.offset > written) out(zeros.subarray(0, infos[i]!.offset - written));
    written = infos[i]!.offset;
    s.write((bytes) => {
      out(bytes);
      written += bytes.byteLength;
    });
  });
  // The header is ASCII (names, types, numbers), so its characters are its bytes.
  const hashAt = jsonAt + json.indexOf(`"contentHash":"${HASH_PLACEHOLDER}"`) + '"contentHash":"'.length;
  const contentHash = hash.digest('hex');
  data.contentHash = contentHash;
  return { size: base + written, contentHash, hashAt };
}

/** Serializes index data to the bytes of search-index.bin (in memory; writeIndexFile streams). */
export function serializeIndex(data: IndexData): Uint8Array {
  const parts: Uint8Array[] = [];
  const { size, contentHash, hashAt } = writeIndex(data, (b) => parts.push(b.slice()));
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  out.set(new TextEncoder().encode(contentHash), hashAt);
  return out;
}

/**
 * Writes search-index.bin to `path` section by section, then its content hash into the header;
 * returns its size in bytes. Replaced whole (replace-file.ts): a running app reads paragraph
 * texts from the file it opened (loadIndexFile), which a rebuild must not change under it.
 */
export function writeIndexFile(path: string, data: IndexData): number {
  return replaceFile(path, (sink, patch) => {
    const { size, contentHash, hashAt } = writeIndex(data, sink);
    patch(new TextEncoder().encode(contentHash), hashAt);
    return size;
  });
}

/** search-index.bin is not one this build can read; the host rebuilds the index from the documents. */
export class IndexFormatError extends DossierError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

const tooLargeToLoad = (size: number) =>
  new IndexFormatError(`The search index is ${size.toLocaleString('en')} bytes, more than this system can load (${bufferConstants.MAX_LENGTH.toLocaleString('en')}).`);

const INDEX_PROBLEMS: FrameProblems = {
  notOurs: () => new IndexFormatError('Not a Dossier search index.'),
  truncated: () => new IndexFormatError('The search index is truncated.'),
  damagedHeader: () => new IndexFormatError('The search index is damaged (header).'),
  tooLarge: tooLargeToLoad,
};

/** Reads search-index.bin whole (readWholeFile). */
export function readIndexFile(path: string): Uint8Array {
  return readWholeFile(path, INDEX_PROBLEMS);
}

function readHeader(bytes: Uint8Array): { header: Header; base: number } {
  const frame = readFrame(bytes, MAGIC, INDEX_PROBLEMS);
  const header = frame.header as Header;
  if (header.version !== INDEX_FORMAT_VERSION || header.fields?.join() !== FIELDS.join()) {
    throw new IndexFormatError(`The search index was built by another version of Dossier (index format ${String(header.version)}; this version reads format ${INDEX_FORMAT_VERSION}).`);
  }
  return { header, base: frame.base };
}

/**
 * Loads search-index.bin for searching. Everything before the token stream is read at once; the
 * stream is read after the index reports ready (only snippets and phrases need it, and they wait
 * for it if they must); the paragraph texts (about 40% of the file, last in it) are never loaded
 * but read per paragraph when a snippet or a document's hits need them, through a descriptor kept
 * open for the index's lifetime (issue 15: index load at 100,000 documents).
 */
export function loadIndexFile(path: string): IndexData {
  const fd = openSync(path, 'r');
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    const readAt = (into: Uint8Array, from: number, to: number) => {
      for (let at = from; at < to; ) {
        const n = readSync(fd, into, at, Math.min(1 << 30, to - at), at);
        if (n === 0) throw new IndexFormatError('The search index is truncated.');
        at += n;
      }
    };
    const start = new Uint8Array(Math.min(size, 12));
    readAt(start, 0, start.length);
    if (start.length < 12) throw new IndexFormatError('Not a Dossier search index.');
    const head = new Uint8Array(Math.min(size, headerEnd(MAGIC, start)));
    readAt(head, 0, head.length);
    const { header, base } = readHeader(head);
    const section = (name: string) => {
      const s = header.sections.find((x) => x.name === name);
      if (!s) throw new IndexFormatError(`The search index has no ${name} section.`);
      return { from: base + s.offset, to: base + s.offset + s.length * WIDTH[s.dtype] };
    };
    const text = section('text');
    const stream = section('stream');
    if (text.to > size) throw new IndexFormatError('The search index is truncated.');
    if (stream.to > text.from) throw new IndexFormatError('The search index is damaged (layout).');
    if (text.from > bufferConstants.MAX_LENGTH) throw tooLargeToLoad(size);
    // One buffer up to the texts, so every section keeps its offset. Read now: all before the
    // stream but the postings' documents and frequencies, which are read per term when needed.
    const bytes = new Uint8Array(text.from);
    bytes.set(head, 0);
    const later = FIELDS.flatMap((_, f) => [section(`${f}.docs`), section(`${f}.tfs`)]).sort((a, b) => a.from - b.from);
    let at = head.length;
    for (const r of later) {
      if (r.from < at || r.to > stream.from) throw new IndexFormatError('The search index is damaged (layout).');
      readAt(bytes, at, r.from);
      at = r.to;
    }
    readAt(bytes, at, Math.max(at, stream.from));
    let streamAt = Math.max(head.length, stream.from);
    const pending: PendingRead = {
      step(maxBytes) {
        if (streamAt < stream.to) {
          const to = Math.min(stream.to, streamAt + Math.max(1, Math.min(maxBytes, 1 << 30)));
          readAt(bytes, streamAt, to);
          streamAt = to;
        }
        return streamAt >= stream.to;
      },
      finish() {
        while (!this.step(Infinity));
      },
    };
    const fileText: TextBytes = {
      length: text.to - text.from,
      subarray(from: number, to: number): Uint8Array {
        const out = new Uint8Array(Math.max(0, to - from));
        for (let at = 0; at < out.length; ) {
          const n = readSync(fd, out, at, out.length - at, text.from + from + at);
          if (n === 0) break;
          at += n;
        }
        return out;
      },
    };
    const data = deserializeIndex(bytes, { header, base, text: fileText });
    if (streamAt < stream.to) data.pending = pending;
    const places = data.postings.map((p, f) => ({ offsets: p.offsets, docsAt: section(`${f}.docs`).from, docsWidth: p.docs.BYTES_PER_ELEMENT, tfsAt: section(`${f}.tfs`).from }));
    data.postingReads = lazyPostings(places, (from, to) => readAt(bytes, from, to));
    keepOpen = true;
    return data;
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/** Reads search-index.bin bytes back into index data (views share the buffer; no copies of postings). */
export function deserializeIndex(input: Uint8Array, loaded?: { header: Header; base: number; text: TextBytes }): IndexData {
  // Typed-array views need aligned offsets; copy once if the buffer arrived misaligned.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const { header, base } = loaded ?? readHeader(bytes);
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const raw = (name: string) => {
    const s = byName.get(name);
    if (!s) throw new IndexFormatError(`The search index has no ${name} section.`);
    const at = bytes.byteOffset + base + s.offset;
    if (base + s.offset + s.length * WIDTH[s.dtype] > bytes.byteLength) throw new IndexFormatError('The search index is truncated.');
    return { s, at };
  };
  const u32 = (name: string): UintArray => {
    const { s, at } = raw(name);
    if (s.dtype === 'u32') return new Uint32Array(bytes.buffer, at, s.length);
    if (s.dtype === 'u16') return new Uint16Array(bytes.buffer, at, s.length);
    throw new IndexFormatError(`Section ${name} has the wrong type.`);
  };
  const i32 = (name: string) => {
    const { s, at } = raw(name);
    if (s.dtype !== 'i32') throw new IndexFormatError(`Section ${name} has the wrong type.`);
    return new Int32Array(bytes.buffer, at, s.length);
  };
  const u16 = (name: string) => {
    const { s, at } = raw(name);
    if (s.dtype !== 'u16') throw new IndexFormatError(`Section ${name} has the wrong type.`);
    return new Uint16Array(bytes.buffer, at, s.length);
  };
  const table = (name: string): StringTable => {
    const { s, at } = raw(`${name}.units`);
    let units: Units;
    if (s.dtype === 'u8') units = new Uint8Array(bytes.buffer, at, s.length);
    else if (s.dtype === 'u16') units = new Uint16Array(bytes.buffer, at, s.length);
    else throw new IndexFormatError(`Section ${name}.units has the wrong type.`);
    const starts = u32(`${name}.starts`);
    if (starts.length === 0 || starts[starts.length - 1]! > units.length) throw new IndexFormatError(`The search index is damaged (${name}).`);
    return new StringTable(units, starts);
  };
  const dict = (name: string) => new DictColumn(table(`${name}.values`), u32(`${name}.codes`));
  // A 16-bit stream keeps 0xffff as its separator: no word has that id (see writeIndex).
  const stream = u32('stream');
  const postings: FieldPostings[] = FIELDS.map((_, f) => ({
    offsets: u32(`${f}.offsets`),
    docs: u32(`${f}.docs`),
    tfs: u16(`${f}.tfs`),
    lengths: u32(`${f}.lengths`),
    avgLength: header.avgLengths[f] ?? 0,
  }));
  const docs = new DocTable({
    ids: table('doc.ids'),
    titles: table('doc.titles'),
    paragraphIds: table('doc.paragraphIds'),
    sources: dict('doc.sources'),
    published: dict('doc.published'),
    groups: dict('doc.groups'),
    entities: { start: u32('entity.start'), field: u32('entity.field'), name: dict('entity.name'), key: dict('entity.key'), mentionStart: u32('entity.mentionStart'), mentions: u32('entity.mentions') },
  });
  const columns = docs.columns;
  if ([columns.titles, columns.paragraphIds, columns.sources, columns.published, columns.groups].some((c) => c.length !== docs.length) || columns.entities.start.length !== docs.length + 1) {
    throw new IndexFormatError('The search index is damaged (document metadata).');
  }
  return {
    docs,
    terms: table('terms'),
    termDocFreq: u32('termDocFreq'),
    postings,
    words: table('words'),
    wordTerm: i32('wordTerm'),
    stream,
    segStart: u32('segStart'),
    docSeg: u32('docSeg'),
    text: loaded?.text ?? new Uint8Array(bytes.buffer, raw('text').at, raw('text').s.length),
    paraStart: u32('paraStart'),
    docPara: u32('docPara'),
    casedPos: u32('casedPos'),
    casedTerm: u32('casedTerm'),
    ...(typeof header.contentHash === 'string' && /^[0-9a-f]{64}$/u.test(header.contentHash) ? { contentHash: header.contentHash } : {}),
  };
}
