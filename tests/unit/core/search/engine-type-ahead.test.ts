import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { MAX_EXPANSIONS } from '../../../../src/core/search/expand';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { doc } from './fixtures';

/**
 * Type-ahead in a vocabulary too large for a prefix to stand for every word it begins: a letter
 * then means its commonest completions, and the letters typed so far as a word of their own.
 */
const CONSONANTS = 'bcdfghjklmnpqrtvwxz'; // no vowels, s or y: the stemmer leaves the words whole
const word = (i: number) => `pq${[0, 1, 2, 3].map((k) => CONSONANTS[Math.floor(i / CONSONANTS.length ** k) % CONSONANTS.length]).join('')}`;

const RARE = MAX_EXPANSIONS + 100; // more completions of "p" than one prefix may stand for
const PER_DOC = 100;
const docs = [];
for (let copy = 0; copy < 2; copy++) {
  // Every rare word in two documents, so each has more postings than the one-document words below.
  for (let start = 0; start < RARE; start += PER_DOC) {
    const words = Array.from({ length: Math.min(PER_DOC, RARE - start) }, (_, k) => word(start + k));
    docs.push(doc(`rare-${copy}-${start}`, 'Rare words', [words.join(' ')]));
  }
}
// The commonest completion sorts after every rare word: the first words in alphabetical order
// stood for the prefix and never reached it.
for (let i = 0; i < 50; i++) docs.push(doc(`pzazz-${i}`, 'News', ['The pzazz of the season.']));
// The typed letters as a word, in a single document.
docs.push(doc('pq', 'Short', ['A pq appears once.']));
// A body named in its text, found through the entity field too.
const GROUP_TEXT = 'Shares of Pzazz Group rose.';
docs.push(doc('group', 'Markets', [GROUP_TEXT], [{ name: 'Pzazz Group', type: 'organization', mentions: [{ paragraphId: 'group-p0', start: 10, end: 21 }] }]));
const engine = new SearchEngine(buildIndexData(docs, new Map()));
const typed = (q: string) => engine.search(q, docs.length, 0, { typing: true }); // every match listed

describe('type-ahead past the expansion limit', () => {
  it('a letter finds the documents of its commonest completion, wherever it sorts', () => {
    const r = typed('p');
    expect(r.results.filter((x) => x.documentId.startsWith('pzazz-'))).toHaveLength(50);
  });

  it('the letters typed so far count as a word of their own, however rare', () => {
    expect(typed('pq').results.map((x) => x.documentId)).toContain('pq');
  });

  it('marks the matched word of a named body in the snippet, as with few terms', () => {
    const r = typed('p').results.find((x) => x.documentId === 'group')!;
    const { text, highlights } = r.snippet!;
    expect(highlights.map((h) => text.slice(h.start, h.end))).toEqual(['Pzazz']);
    expect(GROUP_TEXT.slice(10, 21)).toBe('Pzazz Group');
  });

  it('the final query keeps its exact semantics: "p" alone is a word, not a prefix', () => {
    expect(engine.search('p', 200).total).toBe(0);
    expect(engine.search('pzazz', 200).total).toBe(51);
  });
});
