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

/**
 * Frees an array's memory now, not when the collector next gets to it: an index build holds
 * hundreds of megabytes of arrays it is done with (a builder's chunks once joined, the
 * provisional postings once sorted), and the next step's allocations would otherwise stack on
 * top of them. The array (and every view of its buffer) is empty afterwards.
 */
export function release(array: Uint32Array | Uint16Array | Uint8Array): void {
  const { buffer } = array;
  if (buffer instanceof ArrayBuffer && !buffer.detached) buffer.transfer(0);
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
  /**
   * The values in one array of their exact size; the builder is not used after. Each chunk is
   * freed once copied, so the values are held about once, not twice, while they are joined.
   */
  finish(): Uint32Array {
    const out = new Uint32Array(this.length);
    let at = 0;
    for (const chunk of [...this.chunks, this.current]) {
      const used = chunk === this.current ? this.used : chunk.length;
      out.set(chunk.subarray(0, used), at);
      at += used;
      release(chunk);
    }
    this.chunks = [];
    this.current = new Uint32Array(0);
    this.used = 0;
    return out;
  }
}

/**
 * UTF-8 bytes kept in the chunks they were appended in (ByteBuilder.finish), never joined: the
 * corpus's paragraph texts are its largest section (230 MB at 100,000 documents), and a joined
 * copy beside the chunks set the build's peak memory. A range within one chunk (every
 * paragraph: an append never spans two) is a view; one across chunks is copied.
 */
export class ChunkedBytes {
  readonly length: number;
  /** starts[i] = offset of chunks[i]'s first byte; starts[chunks.length] = length. */
  private readonly starts: number[] = [0];
  constructor(readonly chunks: readonly Uint8Array[]) {
    for (const c of chunks) this.starts.push(this.starts.at(-1)! + c.length);
    this.length = this.starts.at(-1)!;
  }
  subarray(start: number, end: number): Uint8Array {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.chunks.length === 0) return new Uint8Array(0);
    // The last chunk starting at or before `start`.
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    if (end <= this.starts[lo + 1]!) return this.chunks[lo]!.subarray(start - this.starts[lo]!, end - this.starts[lo]!);
    const out = new Uint8Array(end - start);
    for (let i = lo, at = 0; at < out.length; i++) {
      const from = Math.max(start, this.starts[i]!) - this.starts[i]!;
      const part = this.chunks[i]!.subarray(from, Math.min(this.chunks[i]!.length, end - this.starts[i]!));
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** UTF-8 text appended in chunks (as U32Builder, for the same reason); `finish` hands them over as they are. */
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
      if (this.used) this.chunks.push(this.current.subarray(0, this.used));
      this.current = new Uint8Array(Math.max(need, 4 * CHUNK));
      this.used = 0;
    }
    const written = this.encoder.encodeInto(text, this.current.subarray(this.used)).written;
    this.used += written;
    this.length += written;
  }
  finish(): ChunkedBytes {
    const out = new ChunkedBytes(this.used ? [...this.chunks, this.current.subarray(0, this.used)] : this.chunks);
    this.chunks = [];
    this.current = new Uint8Array(0);
    this.used = 0;
    return out;
  }
}
