/**
 * Append-only typed arrays for the index build, kept in fixed chunks (see U32Builder).
 */
import { IndexLimitError } from './index-limit';

/**
 * Most tokens one index can hold: stream positions and word positions are 32-bit. A corpus past
 * it fails its build with IndexLimitError (a clear message), never a crash of the process.
 */
export const MAX_TOKENS = 0xfffffffe;

/** Entries per chunk of a builder: 4 MB of Uint32, small beside any large corpus, and few chunks for it. */
const CHUNK = 1 << 20;

/** `chunks` then `tail`, copied into `out` (sized to hold them exactly). */
function joinChunks<T extends Uint32Array | Uint8Array>(out: T, chunks: readonly T[], tail: T): T {
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(tail, at);
  return out;
}

/**
 * An append-only Uint32Array built in fixed chunks: the build's token stream is never a JS array
 * of numbers (which made V8 abort, uncatchably, past ~105M tokens), and never a buffer grown by
 * doubling, which held up to three times the content at a time (the old buffer, the new one and,
 * at the end, the trimmed copy) and left the outgrown buffers as garbage the collector may not
 * have freed yet: at 100,000 documents that put the build over 2 GB. Chunks hold the content and
 * at most one chunk's slack; `finish` copies them into one array of the exact size.
 */
export class U32Builder {
  private chunks: Uint32Array[] = [];
  private current = new Uint32Array(1024);
  private used = 0;
  length = 0;
  constructor(private readonly limit = MAX_TOKENS, private readonly what = 'tokens') {}
  push(v: number): void {
    if (this.length >= this.limit) {
      throw new IndexLimitError(`The corpus has more than ${this.limit.toLocaleString('en')} ${this.what}, the most one search index can hold; build it in parts.`);
    }
    if (this.used === this.current.length) {
      this.chunks.push(this.current);
      // Small first chunks, so the many small builders (a short document's fields) stay small.
      this.current = new Uint32Array(Math.min(CHUNK, this.current.length * 2));
      this.used = 0;
    }
    this.current[this.used++] = v;
    this.length++;
  }
  /** The values in one array of their exact size; the builder is not used after. */
  finish(): Uint32Array {
    const out = joinChunks(new Uint32Array(this.length), this.chunks, this.current.subarray(0, this.used));
    this.chunks = [];
    this.current = new Uint32Array(0);
    this.used = 0;
    return out;
  }
}

/** UTF-8 text appended in chunks (as U32Builder, for the same reason); `finish` joins them. */
export class ByteBuilder {
  private chunks: Uint8Array[] = [];
  private current = new Uint8Array(1 << 16);
  private used = 0;
  length = 0;
  private readonly encoder = new TextEncoder();
  append(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const need = text.length * 3;
    if (this.used + need > this.current.length) {
      this.chunks.push(this.current.subarray(0, this.used));
      this.current = new Uint8Array(Math.max(need, 4 * CHUNK));
      this.used = 0;
    }
    const written = this.encoder.encodeInto(text, this.current.subarray(this.used)).written;
    this.used += written;
    this.length += written;
  }
  finish(): Uint8Array {
    const out = joinChunks(new Uint8Array(this.length), this.chunks, this.current.subarray(0, this.used));
    this.chunks = [];
    this.current = new Uint8Array(0);
    this.used = 0;
    return out;
  }
}
