import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';

/**
 * The frame of Dossier's binary files (search-index.bin, search-ahead.bin):
 *
 *   8-character magic | u32 header length (little-endian) | header JSON (UTF-8) | padding to 8
 *
 * then the file's sections, whose offsets the header gives from the end of the padding (8-byte
 * aligned, so typed-array views of them need no copy).
 */

/** What a reader says when the frame is wrong: its own error class and words. */
export interface FrameProblems {
  notOurs: () => Error;
  truncated: () => Error;
  damagedHeader: () => Error;
  /** The file is larger than one buffer can hold. */
  tooLarge: (size: number) => Error;
}

/** The bytes before the sections, and where the header JSON starts in them. */
export function frameStart(magic: string, json: string): { bytes: Uint8Array; jsonAt: number } {
  const headerBytes = new TextEncoder().encode(json);
  const jsonAt = magic.length + 4;
  const bytes = new Uint8Array(Math.ceil((jsonAt + headerBytes.length) / 8) * 8);
  bytes.set(new TextEncoder().encode(magic), 0);
  new DataView(bytes.buffer).setUint32(magic.length, headerBytes.length, true);
  bytes.set(headerBytes, jsonAt);
  return { bytes, jsonAt };
}

/** Where the frame's header ends, from its first magic.length + 4 bytes (to know how much to read). */
export function headerEnd(magic: string, start: Uint8Array): number {
  return magic.length + 4 + new DataView(start.buffer, start.byteOffset, start.byteLength).getUint32(magic.length, true);
}

/** The parsed header and where the sections start; throws the reader's own errors. */
export function readFrame(bytes: Uint8Array, magic: string, problems: FrameProblems): { header: unknown; base: number } {
  const decoder = new TextDecoder();
  if (bytes.length < magic.length + 4 || decoder.decode(bytes.subarray(0, magic.length)) !== magic) throw problems.notOurs();
  const end = headerEnd(magic, bytes);
  if (end > bytes.length) throw problems.truncated();
  let header: unknown;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(magic.length + 4, end)));
  } catch {
    throw problems.damagedHeader();
  }
  if (typeof header !== 'object' || header === null) throw problems.damagedHeader();
  return { header, base: Math.ceil(end / 8) * 8 };
}

/**
 * Reads a file whole, in chunks: readFileSync refuses files over 2 GiB, which made a large index
 * fail to load and the app quietly rebuild it from the documents.
 */
export function readWholeFile(path: string, problems: FrameProblems): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > bufferConstants.MAX_LENGTH) throw problems.tooLarge(size);
    const out = new Uint8Array(size);
    for (let at = 0; at < size; ) {
      const n = readSync(fd, out, at, Math.min(1 << 30, size - at), at);
      if (n === 0) throw problems.truncated();
      at += n;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}
