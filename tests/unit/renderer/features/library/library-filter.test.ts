import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../src/shared/corpus';
import { filterAndSortDocuments } from '../../../../../src/renderer/src/features/library/library-filter';
import { firstInView, loadReadingPosition, saveReadingPosition } from '../../../../../src/renderer/src/features/library/reading-position';

const doc = (id: string, title: string, published: string | null, source: string | null = 'CNN'): DocumentSummary => ({ id, title, published, source, paragraphCount: 1, wordCount: 1 });
const docs = [
  doc('a', 'Zelenskyy’s plea', '2024-10-25'),
  doc('b', 'Álvaro wins', null, 'BBC'),
  doc('c', 'apples and oranges', '2023-01-02', 'BBC'),
  doc('d', 'Budget 2024', '2024-03-01', 'Reuters'),
];

describe('library filter and sort', () => {
  it('matches every word in title, source or date, ignoring case, accents and apostrophes', () => {
    expect(filterAndSortDocuments(docs, 'alvaro', 'title').map((d) => d.id)).toEqual(['b']);
    expect(filterAndSortDocuments(docs, 'zelenskyys', 'title').map((d) => d.id)).toEqual(['a']);
    expect(filterAndSortDocuments(docs, 'bbc apples', 'title').map((d) => d.id)).toEqual(['c']);
    expect(filterAndSortDocuments(docs, '2024-03', 'title').map((d) => d.id)).toEqual(['d']);
    expect(filterAndSortDocuments(docs, '   ', 'date-desc')).toHaveLength(4);
  });

  it('sorts by date either way with undated documents last, or by title', () => {
    expect(filterAndSortDocuments(docs, '', 'date-desc').map((d) => d.id)).toEqual(['a', 'd', 'c', 'b']);
    expect(filterAndSortDocuments(docs, '', 'date-asc').map((d) => d.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(filterAndSortDocuments(docs, '', 'title').map((d) => d.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('keeps undated documents in corpus order, whichever way and however often it sorts', () => {
    const many = [doc('u1', 'x', null), doc('d1', 'y', '2024-01-01'), doc('u2', 'z', null), doc('d2', 'w', '2024-01-01'), doc('u3', 'v', null)];
    for (const sort of ['date-desc', 'date-asc'] as const) {
      const once = filterAndSortDocuments(many, '', sort).map((d) => d.id);
      expect(once).toEqual(['d1', 'd2', 'u1', 'u2', 'u3']);
      expect(filterAndSortDocuments(filterAndSortDocuments(many, '', sort), '', sort).map((d) => d.id)).toEqual(once);
    }
  });

  it('does not reorder the caller’s array', () => {
    const input = [...docs];
    filterAndSortDocuments(input, '', 'title');
    expect(input).toEqual(docs);
  });

  it('sorts thousands of documents quickly enough to filter as you type', () => {
    const many = Array.from({ length: 5000 }, (_, i) => doc(`d${i}`, `Story ${i} about things`, `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`));
    const t0 = performance.now();
    const shown = filterAndSortDocuments(many, 'story things', 'date-desc');
    expect(shown).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('reading position', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
  };

  it('is remembered per document and forgotten at the top', () => {
    const s = storage();
    saveReadingPosition(s, 'doc-1', 'p-9');
    saveReadingPosition(s, 'doc-2', 'p-3');
    expect(loadReadingPosition(s, 'doc-1')).toBe('p-9');
    expect(loadReadingPosition(s, 'doc-2')).toBe('p-3');
    saveReadingPosition(s, 'doc-1', null);
    expect(loadReadingPosition(s, 'doc-1')).toBeNull();
  });

  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(loadReadingPosition(broken, 'd')).toBeNull();
    expect(() => saveReadingPosition(broken, 'd', 'p')).not.toThrow();
  });

  it('finds the first paragraph whose bottom is below the top of the view', () => {
    const paragraphs = [{ id: 'a', bottom: 100 }, { id: 'b', bottom: 200 }, { id: 'c', bottom: 300 }];
    expect(firstInView(paragraphs, 0)?.id).toBe('a');
    expect(firstInView(paragraphs, 100)?.id).toBe('b');
    expect(firstInView(paragraphs, 250)?.id).toBe('c');
    expect(firstInView(paragraphs, 400)).toBeNull();
    expect(firstInView([], 0)).toBeNull();
  });
});
