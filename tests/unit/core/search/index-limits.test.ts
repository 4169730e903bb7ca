import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData, IndexLimitError, U32Builder } from '../../../../src/core/search/index-data';
import { deserializeIndex, serializeIndex } from '../../../../src/core/search/index-file';
import { doc } from './fixtures';

/**
 * Every 16-bit section of the index file widens by itself when a value passes 65,535 (no silent
 * wrap-around): a corpus past each limit — documents, distinct words, terms, stream positions,
 * postings, and a term's count in one field — answers the same after the round trip.
 */
describe('index width limits', () => {
  const N = 70_000;
  const docs = Array.from({ length: N }, (_, i) => doc(`d${i}`, `t${i}`, [`w${i} common`]));
  docs.push(doc('many', 'Repeated', [Array(70_000).fill('echo').join(' ')]));
  const built = buildIndexData(docs, new Map());
  const loaded = new SearchEngine(deserializeIndex(serializeIndex(built)));

  it('documents, words and positions past 65,535 are found after the round trip', () => {
    expect(built.words.length).toBeGreaterThan(0xffff);
    expect(loaded.search('w69999').results.map((r) => r.documentId)).toEqual(['d69999']);
    expect(loaded.search('title:t65536').results.map((r) => r.documentId)).toEqual(['d65536']);
    expect(loaded.search('common').total).toBe(N);
    expect(loaded.documentHits('d69999', 'common')!.hits).toHaveLength(1);
  });

  it('string tables past 65,535 code units keep 32-bit offsets, and small ones narrow to 16 bits', () => {
    const { docs, terms } = loaded.data;
    expect(docs.columns.ids.starts).toBeInstanceOf(Uint32Array);
    expect(terms.starts).toBeInstanceOf(Uint32Array);
    expect(docs.columns.sources.values.starts).toBeInstanceOf(Uint16Array);
    expect(docs.id(N)).toBe('many');
    expect(docs.id(65_536)).toBe('d65536');
    expect(docs.title(69_999)).toBe('t69999');
  });

  it('a word repeated past 65,535 times in one field still counts as a match', () => {
    const r = loaded.search('echo').results[0]!;
    expect(r.documentId).toBe('many');
    expect(r.hitCount).toBe(70_000);
  });

  it('a build past the token limit stops with a clear error instead of crashing', () => {
    const b = new U32Builder(4, 'tokens');
    for (let i = 0; i < 4; i++) b.push(i);
    expect(() => b.push(4)).toThrow(IndexLimitError);
    expect(() => b.push(4)).toThrow(/more than 4 tokens, the most one search index can hold/u);
    expect(Array.from(b.finish())).toEqual([0, 1, 2, 3]);
  });
});
