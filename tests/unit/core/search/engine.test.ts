import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../src/shared/api/search';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { deserializeIndex, serializeIndex } from '../../../../src/core/search/index-file';
import { doc, seedDocument, trickyDocuments } from './fixtures';

const seed = seedDocument();
const seedEngine = new SearchEngine(buildIndexData([seed]));
const tricky = new SearchEngine(buildIndexData(trickyDocuments()));

function marked(r: SearchResult): string[] {
  return r.snippet ? r.snippet.highlights.map((h) => r.snippet!.text.slice(h.start, h.end)) : [];
}
function textOf(documentId: string, paragraphId: string, start: number, end: number): string {
  const d = [seed, ...trickyDocuments()].find((x) => x.id === documentId)!;
  return d.paragraphs.find((p) => p.id === paragraphId)!.text.slice(start, end);
}
const ids = (e: SearchEngine, q: string) => e.search(q).results.map((r) => r.documentId).sort();

describe('hits in the seed article', () => {
  it('finds every "Kursk" in reading order', () => {
    const expected = seed.paragraphs.flatMap((p) => [...p.text.matchAll(/Kursk/gu)].map((m) => ({ paragraphId: p.id, start: m.index, end: m.index + 5 })));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const hits = seedEngine.documentHits('seed', 'kursk')!;
    expect(hits.hits).toEqual(expected);
    expect(seedEngine.search('Kursk').results[0]!.hitCount).toBe(expected.length);
  });

  it('highlights the words as written: Troops, troops and the stem variant troop', () => {
    const words = new Set(seedEngine.documentHits('seed', 'troops')!.hits.map((h) => textOf('seed', h.paragraphId, h.start, h.end)));
    expect(words).toEqual(new Set(['troops', 'troop']));
    const r = seedEngine.search('TROOPS').results[0]!;
    expect(marked(r).every((w) => /^troops?$/iu.test(w))).toBe(true);
    expect(r.hitCount).toBe(seedEngine.documentHits('seed', 'troops')!.hits.length);
  });

  it('builds the snippet from the best paragraph and keeps highlights inside it', () => {
    const r = seedEngine.search('"north korean troops" kursk').results[0]!;
    const p = seed.paragraphs.find((x) => x.id === r.snippet!.paragraphId)!;
    expect(p.text.slice(r.snippet!.start, r.snippet!.start + r.snippet!.text.length)).toBe(r.snippet!.text);
    expect(marked(r)).toEqual(expect.arrayContaining(['North Korean troops', 'Kursk']));
    expect(r.snippet!.text.length).toBeLessThanOrEqual(260);
  });

  it('matches title words and reports them for the results list', () => {
    const r = seedEngine.search('title:fighting').results[0]!;
    expect(r.titleHighlights.map((h) => r.title.slice(h.start, h.end))).toEqual(['fighting']);
    expect(r.snippet).toBeNull();
  });
});

describe('phrases', () => {
  it('keeps only documents where the words stand in order', () => {
    expect(ids(tricky, '"north korean"')).toEqual([]);
    expect(ids(tricky, '"korean north"')).toEqual(['order']);
    expect(ids(seedEngine, '"north korean troops"')).toEqual(['seed']);
  });

  it('finds a phrase of only stop words', () => {
    expect(ids(tricky, '"in the end"')).toEqual(['kim']);
    expect(ids(tricky, '"the end"')).toEqual(['kim', 'order']);
    const hit = tricky.documentHits('kim', '"in the end"')!.hits[0]!;
    expect(textOf('kim', hit.paragraphId, hit.start, hit.end)).toBe('In the end');
  });

  it('reads across punctuation between words, not across paragraphs', () => {
    expect(ids(tricky, '"ukraine russia"')).toEqual(['order']);
    expect(ids(tricky, '"in time ukraine"')).toEqual([]);
  });

  it('excludes documents with a -"phrase"', () => {
    expect(ids(tricky, 'the troops -"in the end"')).toEqual(['putin']);
  });
});

describe('tricky text in snippets', () => {
  it('highlights hyphenated names, possessives with ’ and words in curly quotes without the punctuation', () => {
    const r = tricky.search('"kim hong-kyun" troops russia').results.find((x) => x.documentId === 'kim')!;
    const all = tricky.documentHits('kim', '"kim hong-kyun" troops russia')!.hits.map((h) => textOf('kim', h.paragraphId, h.start, h.end));
    expect(all).toEqual(['Kim Hong-kyun', 'troops', 'Russia']);
    expect(marked(r)).toEqual(['Kim Hong-kyun', 'troops']);
  });
});

describe('fields, exclusion, diacritics', () => {
  it('person: matches entity names and highlights their mentions', () => {
    expect(ids(tricky, 'person:vladimir')).toEqual(['putin']);
    expect(ids(tricky, 'person:hong')).toEqual(['kim']);
    expect(ids(tricky, 'body:vladimir')).toEqual([]);
    const hits = tricky.documentHits('putin', 'person:vladimir')!.hits;
    expect(hits.map((h) => textOf('putin', h.paragraphId, h.start, h.end))).toEqual(['Putin']);
  });

  it('-excluded removes documents and +required demands terms', () => {
    expect(ids(tricky, 'troops')).toEqual(['kim', 'putin']);
    expect(ids(tricky, 'troops -putin')).toEqual(['kim']);
    expect(ids(tricky, '+troops +russia')).toEqual(['kim']);
    expect(ids(tricky, '-troops').length).toBe(2);
  });

  it('matches across case and diacritics both ways', () => {
    expect(ids(tricky, 'cafe')).toEqual(['cafe']);
    expect(ids(tricky, 'CAFÉ')).toEqual(['cafe']);
    expect(ids(tricky, 'zelenskyy')).toEqual(['cafe']);
    const hits = tricky.documentHits('cafe', 'cafe')!;
    expect(hits.hits.map((h) => textOf('cafe', h.paragraphId, h.start, h.end))).toEqual(['café', 'Cafe']);
    expect(hits.titleHits).toEqual([{ start: 0, end: 4 }]);
  });

  it('explains bad queries in the response', () => {
    expect(tricky.search('title:').error?.message).toMatch(/Add a word/u);
    expect(tricky.documentHits('kim', '"open')!.error?.message).toMatch(/never closed/u);
  });
});

describe('top-k', () => {
  // 40 of 120 documents mention troops, 1 to 7 times (idf must not round every weight to the same value).
  const many = Array.from({ length: 120 }, (_, i) => doc(`d${i}`, `Report ${i}`, [`${i < 40 ? 'troops '.repeat(1 + (i % 7)) : 'tanks '}moved near the border.`]));
  const engine = new SearchEngine(buildIndexData(many));

  it('returns the best `limit` results with the total count, ranked by score', () => {
    const r = engine.search('troops', 10);
    expect(r.total).toBe(40);
    expect(r.results).toHaveLength(10);
    const scores = r.results.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.results[0]!.hitCount).toBe(7);
  });

  it('pages with offset without changing the order', () => {
    const all = engine.search('troops', 30).results.map((x) => x.documentId);
    const page = engine.search('troops', 10, 20).results.map((x) => x.documentId);
    expect(page).toEqual(all.slice(20, 30));
  });
});

describe('index file', () => {
  it('round-trips: the loaded index answers exactly like the built one', () => {
    const docs = [seed, ...trickyDocuments()];
    const built = new SearchEngine(buildIndexData(docs));
    const loaded = new SearchEngine(deserializeIndex(serializeIndex(buildIndexData(docs))));
    for (const q of ['troops', 'kursk*', 'ukrane~1', '"in the end"', 'person:putin', '+north -cafe']) {
      expect(loaded.search(q)).toEqual(built.search(q));
    }
  });

  it('rejects bytes that are not an index', () => {
    expect(() => deserializeIndex(new TextEncoder().encode('not an index at all'))).toThrow(/Not a Dossier search index/u);
  });
});

describe('duplicate documents', () => {
  const body = [
    'North Korean troops have been sent to the Kursk region, according to officials in Kyiv who spoke on Friday.',
    'The deployment was confirmed by satellite images that show columns of vehicles moving towards the border.',
  ];
  const corpus = [doc('first', 'Troops in Kursk', body), doc('other', 'Kursk weather', ['Snow fell in Kursk overnight.']), doc('copy', 'Troops in Kursk', body), doc('copy2', 'TROOPS IN KURSK', body)];
  const engine = new SearchEngine(buildIndexData(corpus));

  it('shows exact copies as one result that lists the other copies', () => {
    const r = engine.search('kursk troops');
    expect(r.results.map((x) => x.documentId)).toEqual(['first', 'other']);
    expect(r.results[0]!.copies.sort()).toEqual(['copy', 'copy2']);
    expect(r.results[1]!.copies).toEqual([]);
    expect(r.total).toBe(2);
  });

  it('keeps the grouping through the index file', () => {
    const loaded = new SearchEngine(deserializeIndex(serializeIndex(buildIndexData(corpus))));
    expect(loaded.search('satellite').results.map((x) => [x.documentId, x.copies.length])).toEqual([['first', 2]]);
  });

  it('still opens each copy with its own hits', () => {
    expect(engine.documentHits('copy2', 'satellite')!.hits).toHaveLength(1);
  });
});
