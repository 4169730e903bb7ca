import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_CHARS, splitLongBlock } from '../../../../src/core/corpus/clean/split-long-block';

describe('splitLongBlock', () => {
  it('keeps a block of ordinary length whole', () => {
    const block = 'A sentence. '.repeat(300).trim();
    expect(splitLongBlock(block)).toEqual([block]);
  });

  it('cuts long prose at sentence ends into pieces no longer than the limit, losing no words', () => {
    const block = Array.from({ length: 800 }, (_, i) => `Sentence number ${i} ends here.`).join(' ');
    const pieces = splitLongBlock(block);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= MAX_PARAGRAPH_CHARS && /\.$/u.test(p))).toBe(true);
    expect(pieces.join(' ')).toBe(block);
  });

  it('cuts text without sentences at spaces, and text without spaces hard, never inside a surrogate pair', () => {
    expect(splitLongBlock('word '.repeat(3000).trim()).every((p) => p.length <= MAX_PARAGRAPH_CHARS && !p.startsWith(' '))).toBe(true);
    const dots = splitLongBlock('.'.repeat(100_000));
    expect(dots.join('')).toHaveLength(100_000);
    const emoji = splitLongBlock('😀'.repeat(5000));
    expect(emoji.join('')).toBe('😀'.repeat(5000));
    expect(emoji.every((p) => !/\p{Cs}/u.test(p))).toBe(true);
  });
});
