import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { FIELDS, type FieldPostings, type IndexData, type StoredDocMeta, type UintArray } from './index-data';
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
/** 2: cased terms (casedPos, casedTerm) and duplicate groups in the document metadata. */
export const INDEX_FORMAT_VERSION = 2;

type Dtype = 'u16' | 'u32' | 'i32' | 'utf8';
interface SectionInfo { name: string; dtype: Dtype; offset: number; length: number }
interface Header {
  version: number;
  fields: readonly string[];
  avgLengths: number[];
  docs: StoredDocMeta[];
  sections: SectionInfo[];
}

type Section = { name: string; dtype: Dtype; bytes: Uint8Array; length: number };

function intSection(name: string, values: UintArray | Int32Array, allowNarrow = true): Section {
  if (values instanceof Int32Array) return { name, dtype: 'i32', bytes: new Uint8Array(values.buffer, values.byteOffset, values.byteLength), length: values.length };
  let max = 0;
  for (const v of values) if (v > max) max = v;
  if (allowNarrow && max <= 0xffff && !(values instanceof Uint16Array)) {
    const narrow = Uint16Array.from(values);
    return { name, dtype: 'u16', bytes: new Uint8Array(narrow.buffer), length: narrow.length };
  }
  const dtype = values instanceof Uint16Array ? 'u16' : 'u32';
  return { name, dtype, bytes: new Uint8Array(values.buffer, values.byteOffset, values.byteLength), length: values.length };
}

function textSection(name: string, text: string): Section {
  const bytes = new TextEncoder().encode(text);
  return { name, dtype: 'utf8', bytes, length: bytes.length };
}

/** Serializes index data to the bytes of search-index.bin. */
export function serializeIndex(data: IndexData): Uint8Array {
  // The stream's separator is 2^32-1; remap it to 2^16-1 when all word ids fit below that.
  const narrowStream = data.words.length < 0xffff;
  const stream = narrowStream ? Uint16Array.from(data.stream, (w) => (w === 0xffffffff ? 0xffff : w)) : data.stream;
  const sections: Section[] = [
    textSection('terms', data.terms.join('\n')),
    textSection('words', data.words.join('\n')),
    { name: 'text', dtype: 'utf8', bytes: data.text, length: data.text.length },
    intSection('termDocFreq', data.termDocFreq),
    intSection('wordTerm', data.wordTerm),
    intSection('stream', stream, false),
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
    offset += s.bytes.byteLength;
  }
  const header: Header = { version: INDEX_FORMAT_VERSION, fields: FIELDS, avgLengths: data.postings.map((p) => p.avgLength), docs: data.docs, sections: infos };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const base = Math.ceil((MAGIC.length + 4 + headerBytes.length) / 8) * 8;
  const out = new Uint8Array(base + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  sections.forEach((s, i) => out.set(s.bytes, base + infos[i]!.offset));
  return out;
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

/** Reads search-index.bin bytes back into index data (views share the buffer; no copies of postings). */
export function deserializeIndex(input: Uint8Array): IndexData {
  // Typed-array views need aligned offsets; copy once if the buffer arrived misaligned.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const decoder = new TextDecoder();
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new IndexFormatError('Not a Dossier search index.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as Header;
  if (header.version !== INDEX_FORMAT_VERSION || header.fields.join() !== FIELDS.join()) throw new IndexFormatError('The search index was built by another version.');
  const base = Math.ceil((MAGIC.length + 4 + headerLength) / 8) * 8;
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
  const words = str('words');
  const postings: FieldPostings[] = FIELDS.map((_, f) => ({
    offsets: u32(`${f}.offsets`),
    docs: u32(`${f}.docs`),
    tfs: u16(`${f}.tfs`),
    lengths: u32(`${f}.lengths`),
    avgLength: header.avgLengths[f] ?? 0,
  }));
  return {
    docs: header.docs,
    terms: terms ? terms.split('\n') : [],
    termDocFreq: u32('termDocFreq'),
    postings,
    words: words ? words.split('\n') : [],
    wordTerm: i32('wordTerm'),
    stream,
    segStart: u32('segStart'),
    docSeg: u32('docSeg'),
    text: new Uint8Array(bytes.buffer, raw('text').at, raw('text').s.length),
    paraStart: u32('paraStart'),
    docPara: u32('docPara'),
    casedPos: u32('casedPos'),
    casedTerm: u32('casedTerm'),
  };
}
