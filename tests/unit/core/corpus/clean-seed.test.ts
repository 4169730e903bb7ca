import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile, SEED, tempDir, texts } from './helpers';

const TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const DEBRIS = ['Physical Address', '304 North Cardinal St.', 'Dorchester Center, MA 02124', 'en_USEnglish'];

/** Prose blocks of the seed counted by reading the file: 53 (lines 4–56 of its 57 blocks). */
const SEED_PROSE_PARAGRAPHS = 53;

describe('cleaning the seed article', () => {
  const doc = processFile(SEED);

  it('has the exact title with its curly apostrophe, not repeated as a paragraph', () => {
    expect(doc.title).toBe(TITLE);
    expect(texts(doc)).not.toContain(TITLE);
  });

  it('drops the address block and the locale switcher and nothing else', () => {
    for (const line of DEBRIS) expect(texts(doc).some((t) => t.includes(line))).toBe(false);
    expect(doc.paragraphs).toHaveLength(SEED_PROSE_PARAGRAPHS);
  });

  it('keeps every prose block of the source verbatim (NBSP as space) in order', () => {
    const blocks = readFileSync(SEED, 'utf8')
      .split(/\n\s*\n/u)
      .map((b) => b.replace(/\u00A0/gu, ' ').replace(/\s+/gu, ' ').trim())
      .filter(Boolean);
    const prose = blocks.slice(3, 3 + SEED_PROSE_PARAGRAPHS);
    expect(texts(doc)).toEqual(prose);
    expect(texts(doc).join('')).not.toMatch(/\u00A0/u);
  });

  it('keeps the credit line as the last paragraph', () => {
    expect(doc.paragraphs.at(-1)?.text).toBe('CNN’s Paul P. Murphy contributed to this report.');
  });

  it('takes id from the file name and metadata from the sidecar', () => {
    expect(doc.id).toBe('cnn-2024-10-25-north-koreans-ukraine');
    expect(doc.published).toBe('2024-10-25');
    expect(doc.source).toBe('CNN');
  });

  it('finds the same title and paragraphs without the sidecar', () => {
    const dir = tempDir();
    const copy = join(dir, 'seed.txt');
    copyFileSync(SEED, copy);
    const bare = processFile(copy);
    expect(bare.title).toBe(TITLE);
    expect(bare.paragraphs).toEqual(doc.paragraphs);
    expect(bare.published).toBeNull();
  });
});
