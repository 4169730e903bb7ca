import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { FIELDS, type FieldPostings, type IndexData, type PendingRead, type StoredDocMeta, type TextBytes, type UintArray } from './index-data';
import { DossierError } from '../../shared/result';

/**
 * Binary index file (search-index.bin): loads with one read, typed-array views and three
 * string decodes — no JSON.parse of the index proper, which is what makes lunr's load slow.
 *
 *   "DSRCHIX1" | u32 header length | header JSON (utf-8) | padding to 8 | sections...
 *
 * The header lists each section (name, element type, byte offset, element count) and holds the
 * small per-document metadata. Integer arrays narrow to 16 bits when their values allow it.
 */

export const INDEX_FILE = 'search-index.bin';
const MAGIC = 'DSRCHIX1';
/**
 * 2: cased terms (casedPos, casedTerm) and duplicate groups in the document metadata.
 * 3: paragraph ids in their own section (DOC_SEPARATOR between documents) instead of the header
 *    JSON, where each \u001f separator cost 6 bytes and JSON.parse time (issue 15: index load).
 * Version 2 files still load.
 */
export const INDEX_FORMAT_VERSION = 3;
const READABLE_VERSIONS = new Set([2, 3]);
const DOC_SEPARATOR = '\u001e';

type Dtype = 'u16' | 'u32' | 'i32' | 'utf8';
interface SectionInfo { name: string; dtype: Dtype; offset: number; length: number }
interface Header {
  version: number;
  fields: readonly string[];
  avgLengths: number[];
  /** Without paragraphIds from version 3 on (their own section). */
  docs: (Omit<StoredDocMeta, 'paragraphIds'> & { paragraphIds?: string })[];
  sections: SectionInfo[];
}

/**
 * A section to write: its dtype and length are known up front (for the header); its bytes are
 * produced chunk by chunk when written, so narrowing a 32-bit array to 16 bits never holds a
 * second copy of it (issue 15: build memory at 100,000 documents).
 */
type Section = { name: string; dtype: Dtype; length: number; write: (sink: (bytes: Uint8Array) => void) => void };

const CHUNK = 1 << 20; // elements narrowed per write

function intSection(name: string, values: UintArray | Int32Array, allowNarrow = true, map?: (v: number) => number): Section {
  const whole = (sink: (b: Uint8Array) => void) => sink(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  if (values instanceof Int32Array) return { name, dtype: 'i32', length: values.length, write: whole };
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

function bytesSection(name: string, bytes: Uint8Array): Section {
  return { name, dtype: 'utf8', length: bytes.length, write: (sink) => sink(bytes) };
}

function textSection(name: string, text: string): Section {
  return bytesSection(name, new TextEncoder().encode(text));
}

const WIDTH: Record<Dtype, number> = { utf8: 1, u16: 2, u32: 4, i32: 4 };

/**
 * Writes the bytes of search-index.bin to `sink`, in order, section by section: nothing but
 * the header and one chunk is held beside the index data itself.
 */
export function writeIndex(data: IndexData, sink: (bytes: Uint8Array) => void): number {
  // The stream's separator is 2^32-1; remap it to 2^16-1 when all word ids fit below that.
  const narrowStream = data.words.length < 0xffff;
  const sections: Section[] = [
    textSection('paragraphIds', data.docs.map((d) => d.paragraphIds).join(DOC_SEPARATOR)),
    textSection('terms', data.terms.join('\n')),
    textSection('words', data.words.join('\n')),
    bytesSection('text', data.text instanceof Uint8Array ? data.text : data.text.subarray(0, data.text.length)),
    intSection('termDocFreq', data.termDocFreq),
    intSection('wordTerm', data.wordTerm),
    narrowStream && !(data.stream instanceof Uint16Array) ? intSection('stream', data.stream, true, (w) => (w === 0xffffffff ? 0xffff : w)) : intSection('stream', data.stream, false),
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
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const s of sections) {
    offset = Math.ceil(offset / 8) * 8;
    infos.push({ name: s.name, dtype: s.dtype, offset, length: s.length });
    offset += s.length * WIDTH[s.dtype];
  }
  const docs = data.docs.map(({ paragraphIds: _, ...meta }) => meta);
  const header: Header = { version: INDEX_FORMAT_VERSION, fields: FIELDS, avgLengths: data.postings.map((p) => p.avgLength), docs, sections: infos };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const base = Math.ceil((MAGIC.length + 4 + headerBytes.length) / 8) * 8;
  const start = new Uint8Array(base);
  start.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(start.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  start.set(headerBytes, MAGIC.length + 4);
  sink(start);
  let written = 0;
  const zeros = new Uint8Array(8);
  sections.forEach((s, i) => {
    if (infos[i]!.offset > written) sink(zeros.subarray(0, infos[i]!.offset - written));
    written = infos[i]!.offset;
    s.write((bytes) => {
      sink(bytes);
      written += bytes.byteLength;
    });
  });
  return base + written;
}

/** Serializes index data to the bytes of search-index.bin (in memory; writeIndexFile streams). */
export function serializeIndex(data: IndexData): Uint8Array {
  const parts: Uint8Array[] = [];
  const size = writeIndex(data, (b) => parts.push(b.slice()));
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Writes search-index.bin to `path` section by section; returns its size in bytes. Written
 * beside it and renamed into place: a running app reads paragraph texts from the file it
 * opened (loadIndexFile), which a rebuild must not change under it.
 */
export function writeIndexFile(path: string, data: IndexData): number {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    const size = writeIndex(data, (bytes) => {
      for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at, bytes.byteLength - at);
    });
    closeSync(fd);
    renameSync(temp, path);
    return size;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed: the rename failed
    }
    rmSync(temp, { force: true });
    throw error;
  }
}

/** search-index.bin is not one this build can read; the host rebuilds the index from the documents. */
export class IndexFormatError extends DossierError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

/**
 * Reads search-index.bin whole, in chunks: readFileSync refuses files over 2 GiB, which made a
 * large index fail to load and the app quietly rebuild it from the documents.
 */
export function readIndexFile(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > bufferConstants.MAX_LENGTH) {
      throw new IndexFormatError(`The search index is ${size.toLocaleString('en')} bytes, more than this system can load (${bufferConstants.MAX_LENGTH.toLocaleString('en')}).`);
    }
    const out = new Uint8Array(size);
    for (let at = 0; at < size; ) {
      const n = readSync(fd, out, at, Math.min(1 << 30, size - at), at);
      if (n === 0) throw new IndexFormatError('The search index is truncated.');
      at += n;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

function readHeader(bytes: Uint8Array): { header: Header; base: number } {
  const decoder = new TextDecoder();
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new IndexFormatError('Not a Dossier search index.');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + headerLength > bytes.length) throw new IndexFormatError('The search index is truncated.');
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as Header;
  } catch {
    throw new IndexFormatError('The search index is damaged (header).');
  }
  if (!READABLE_VERSIONS.has(header.version) || header.fields.join() !== FIELDS.join()) throw new IndexFormatError('The search index was built by another version.');
  return { header, base: Math.ceil((MAGIC.length + 4 + headerLength) / 8) * 8 };
}

/**
 * Loads search-index.bin for searching. Everything but the paragraph texts is read at once;
 * the texts (about 40% of the file) stay in the file and are read per paragraph when a snippet
 * or a document's hits need them, through a descriptor kept open for the index's lifetime
 * (issue 15: index load at 100,000 documents). The bytes of the texts' range are never
 * touched, so they cost no memory either.
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
    const headerEnd = 12 + new DataView(start.buffer).getUint32(MAGIC.length, true);
    const head = new Uint8Array(Math.min(size, headerEnd));
    readAt(head, 0, head.length);
    const { header, base } = readHeader(head);
    const text = header.sections.find((s) => s.name === 'text');
    const textFrom = text ? base + text.offset : size;
    const textTo = text ? Math.min(size, textFrom + text.length) : size;
    if (size - (textTo - textFrom) > bufferConstants.MAX_LENGTH) {
      throw new IndexFormatError(`The search index is ${size.toLocaleString('en')} bytes, more than this system can load (${bufferConstants.MAX_LENGTH.toLocaleString('en')}).`);
    }
    // One buffer the size of the file, so every section keeps its offset; the texts' pages are never written.
    const bytes = new Uint8Array(size);
    bytes.set(head, 0);
    // The token stream (a third of what is read at 100,000 documents) is read after the index
    // is reported loaded: only snippets and phrases need it, and they wait for it if they must.
    const streamInfo = header.sections.find((s) => s.name === 'stream');
    const width = streamInfo?.dtype === 'u16' ? 2 : 4;
    const streamFrom = streamInfo ? Math.max(head.length, base + streamInfo.offset) : size;
    const streamTo = streamInfo ? Math.min(size, base + streamInfo.offset + streamInfo.length * width) : size;
    const ranges: [number, number][] = [[head.length, textFrom], [textTo, size]];
    let deferred = false;
    for (const [from, to] of ranges) {
      if (!deferred && streamFrom < streamTo && streamFrom >= from && streamTo <= to) {
        readAt(bytes, from, streamFrom);
        readAt(bytes, streamTo, to);
        deferred = true;
      } else readAt(bytes, from, Math.max(from, to));
    }
    let streamAt = deferred ? streamFrom : streamTo;
    const pending: PendingRead = {
      step(maxBytes) {
        if (streamAt < streamTo) {
          const to = Math.min(streamTo, streamAt + Math.max(1, Math.min(maxBytes, 1 << 30)));
          readAt(bytes, streamAt, to);
          streamAt = to;
        }
        return streamAt >= streamTo;
      },
      finish() {
        while (!this.step(Infinity));
      },
    };
    const fileText: TextBytes = {
      length: textTo - textFrom,
      subarray(from: number, to: number): Uint8Array {
        const out = new Uint8Array(Math.max(0, to - from));
        for (let at = 0; at < out.length; ) {
          const n = readSync(fd, out, at, out.length - at, textFrom + from + at);
          if (n === 0) break;
          at += n;
        }
        return out;
      },
    };
    const data = deserializeIndex(bytes, { header, base, text: fileText });
    if (streamAt < streamTo) data.pending = pending;
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
  const decoder = new TextDecoder();
  const { header, base } = loaded ?? readHeader(bytes);
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const raw = (name: string) => {
    const s = byName.get(name);
    if (!s) throw new IndexFormatError(`The search index has no ${name} section.`);
    const at = bytes.byteOffset + base + s.offset;
    const width = s.dtype === 'utf8' ? 1 : s.dtype === 'u16' ? 2 : 4;
    if (base + s.offset + s.length * width > bytes.byteLength) throw new IndexFormatError('The search index is truncated.');
    return { s, at };
  };
  const str = (name: string) => {
    const { s, at } = raw(name);
    return decoder.decode(new Uint8Array(bytes.buffer, at, s.length));
  };
  const u32 = (name: string): UintArray => {
    const { s, at } = raw(name);
    if (s.dtype === 'u32') return new Uint32Array(bytes.buffer, at, s.length);
    if (s.dtype === 'u16') return new Uint16Array(bytes.buffer, at, s.length);
    throw new IndexFormatError(`Section ${name} has the wrong type.`);
  };
  const i32 = (name: string) => {
    const { s, at } = raw(name);
    return new Int32Array(bytes.buffer, at, s.length);
  };
  const u16 = (name: string) => {
    const { s, at } = raw(name);
    if (s.dtype !== 'u16') throw new IndexFormatError(`Section ${name} has the wrong type.`);
    return new Uint16Array(bytes.buffer, at, s.length);
  };
  // A 16-bit stream keeps 0xffff as its separator: no word has that id (see serializeIndex).
  const stream = u32('stream');
  const terms = str('terms');
  // Words are split on first use (a query's highlights, or the worker's warm-up after ready):
  // at 100,000 documents that is over half a million strings the load need not wait for.
  let wordList: string[] | null = null;
  const postings: FieldPostings[] = FIELDS.map((_, f) => ({
    offsets: u32(`${f}.offsets`),
    docs: u32(`${f}.docs`),
    tfs: u16(`${f}.tfs`),
    lengths: u32(`${f}.lengths`),
    avgLength: header.avgLengths[f] ?? 0,
  }));
  const docs = header.docs as StoredDocMeta[];
  if (header.version >= 3) {
    const ids = str('paragraphIds').split(DOC_SEPARATOR);
    if (ids.length !== docs.length && docs.length > 0) throw new IndexFormatError('The search index is damaged (paragraph ids).');
    for (let d = 0; d < docs.length; d++) docs[d]!.paragraphIds = ids[d]!;
  }
  return {
    docs,
    terms: terms ? terms.split('\n') : [],
    termDocFreq: u32('termDocFreq'),
    postings,
    get words(): string[] {
      if (!wordList) {
        const words = str('words');
        wordList = words ? words.split('\n') : [];
      }
      return wordList;
    },
    wordTerm: i32('wordTerm'),
    stream,
    segStart: u32('segStart'),
    docSeg: u32('docSeg'),
    text: loaded?.text ?? new Uint8Array(bytes.buffer, raw('text').at, raw('text').s.length),
    paraStart: u32('paraStart'),
    docPara: u32('docPara'),
    casedPos: u32('casedPos'),
    casedTerm: u32('casedTerm'),
  };
}
