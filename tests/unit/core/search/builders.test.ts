import { describe, expect, it } from 'vitest';
import { ByteBuilder, U32Builder } from '../../../../src/core/search/builders';
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
    expect(b.length).toBe(out.length);
    expect(new TextDecoder().decode(out)).toBe(whole);
  });
});
