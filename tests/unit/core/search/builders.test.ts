import { describe, expect, it } from 'vitest';
import { ByteBuilder, ChunkedBytes, release, U32Builder } from '../../../../src/core/search/builders';
import { IndexLimitError } from '../../../../src/core/search/index-limit';

describe('U32Builder', () => {
  it('keeps every value, in order, across its chunks', () => {
    const b = new U32Builder();
    const n = 2_500_000; // past two full chunks and the small first ones
    for (let i = 0; i < n; i++) b.push((i * 2654435761) >>> 0);
    expect(b.length).toBe(n);
    const out = b.finish();
    expect(out.length).toBe(n);
    for (const i of [0, 1, 1023, 1024, 1025, (1 << 20) - 1, 1 << 20, (1 << 21) + 5, n - 1]) expect(out[i]).toBe((i * 2654435761) >>> 0);
  });

  it('gives an empty array when nothing was pushed', () => {
    expect(new U32Builder().finish()).toEqual(new Uint32Array(0));
  });

  it('stops at its limit with a clear error, not a crash', () => {
    const b = new U32Builder(3, 'postings');
    for (let i = 0; i < 3; i++) b.push(i);
    expect(() => b.push(3)).toThrow(IndexLimitError);
    expect(() => b.push(3)).toThrow(/more than 3 postings/);
    expect(Array.from(b.finish())).toEqual([0, 1, 2]);
  });
});

describe('ByteBuilder', () => {
  it('joins UTF-8 text across chunks, a text larger than a chunk included', () => {
    const b = new ByteBuilder();
    const parts = ['plain ', 'ünïcödé — ', '日本語 ', '😀', 'x'.repeat(5_000_000), ' end'];
    for (let k = 0; k < 3; k++) for (const p of parts) b.append(p);
    const whole = parts.join('').repeat(3);
    const out = b.finish();
    expect(out.length).toBe(b.length);
    expect(out.chunks.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(out.subarray(0, out.length))).toBe(whole);
  });

  it('gives each appended text back as a view of its chunk, at its offsets', () => {
    const b = new ByteBuilder();
    const texts = Array.from({ length: 3000 }, (_, i) => `paragraph ${i} ${'é'.repeat(i % 700)}`);
    const starts: number[] = [];
    for (const t of texts) {
      starts.push(b.length);
      b.append(t);
    }
    starts.push(b.length);
    const out = b.finish();
    expect(out.chunks.length).toBeGreaterThan(1);
    texts.forEach((t, i) => {
      const bytes = out.subarray(starts[i]!, starts[i + 1]!);
      expect(new TextDecoder().decode(bytes)).toBe(t);
      expect(out.chunks.some((c) => c.buffer === bytes.buffer)).toBe(true); // a view, not a copy
    });
  });

  it('is empty when nothing was appended', () => {
    const out = new ByteBuilder().finish();
    expect(out.length).toBe(0);
    expect(out.subarray(0, 10)).toEqual(new Uint8Array(0));
  });
});

describe('ChunkedBytes', () => {
  const chunks = [Uint8Array.of(1, 2, 3), new Uint8Array(0), Uint8Array.of(4, 5), Uint8Array.of(6, 7, 8, 9)];
  const all = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const bytes = new ChunkedBytes(chunks);

  it('reads every range as the joined bytes would, across chunks and empty ones', () => {
    expect(bytes.length).toBe(9);
    for (let from = 0; from <= 9; from++) for (let to = from; to <= 9; to++) expect(Array.from(bytes.subarray(from, to))).toEqual(all.slice(from, to));
  });

  it('clamps a range past either end, as Uint8Array.subarray does', () => {
    expect(Array.from(bytes.subarray(-4, 2))).toEqual([1, 2]);
    expect(Array.from(bytes.subarray(7, 99))).toEqual([8, 9]);
    expect(Array.from(bytes.subarray(5, 3))).toEqual([]);
  });
});

describe('release', () => {
  it('empties the array and every view of its buffer, and may be called twice', () => {
    const a = new Uint32Array(1000).fill(7);
    const view = a.subarray(10, 20);
    release(a);
    expect(a.length).toBe(0);
    expect(view.length).toBe(0);
    expect(() => release(a)).not.toThrow();
  });

  it('leaves arrays over shared memory alone', () => {
    const shared = new Uint32Array(new SharedArrayBuffer(16));
    release(shared);
    expect(shared.length).toBe(4);
  });
});
