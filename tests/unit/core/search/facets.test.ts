import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import type { FacetRequest } from '../../../../src/core/search/facets';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { deserializeIndex, serializeIndex } from '../../../../src/core/search/index-file';
import { searchAll, UserIndex } from '../../../../src/core/search/merged-search';
import { ENTITY_FACET_VALUES, facetsResponse } from '../../../../src/core/search/search-service';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { makeDoc } from '../corpus/tables/make-doc';

const dated = (d: ProcessedDocument, published: string): ProcessedDocument => ({ ...d, published });
const story = (id: string, source: string, published: string, text: string, entities: { name: string; type: 'person' | 'organization' | 'place' }[] = []) =>
  dated(makeDoc({ id, source, paragraphs: [text], entities }), published);

const docs: ProcessedDocument[] = [
  story('a', 'Wire', '2003-01-02', 'Tony Blair spoke on trade in London.', [{ name: 'Tony Blair', type: 'person' }, { name: 'London', type: 'place' }]),
  story('b', 'Post', '2003-05-06', 'Mr Blair spoke on trade again.', [{ name: 'Blair', type: 'person' }]),
  story('c', 'Wire', '2004-03-04', 'Trade talks in Paris.', [{ name: 'Paris', type: 'place' }]),
  story('d', 'Post', '2005-07-08', 'Trade and health in London.', [{ name: 'London', type: 'place' }]),
  // An exact copy of d: one result, counted once.
  { ...story('d2', 'Post', '2005-07-08', 'Trade and health in London.', [{ name: 'London', type: 'place' }]), title: 'Title of d' },
  story('e', 'Wire', '2005-01-01', 'Nothing about that here.'),
];

const engine = () => new SearchEngine(deserializeIndex(serializeIndex(buildIndexData(docs))));
const aliases = new Map([['person:blair', 'person:tony blair']]);
const request = (patch: Partial<FacetRequest> = {}): FacetRequest => ({ source: null, fromYear: null, toYear: null, entity: null, hasNotes: false, noted: [], counts: true, ...patch });
const run = (facets: FacetRequest) => engine().search('trade', 50, 0, { facets, aliases });
const counts = (pairs: [string, number][] | undefined) => Object.fromEntries(pairs ?? []);

describe('facets on search results', () => {
  it('counts each value over every match, a group of copies once, and the counts add up to the total', () => {
    const r = run(request({ noted: ['c'] }));
    expect(r.total).toBe(4);
    expect(r.results.find((x) => x.documentId === 'd' || x.documentId === 'd2')?.copies).toHaveLength(1);
    expect(counts(r.facets?.sources)).toEqual({ Wire: 2, Post: 2 });
    expect(counts(r.facets?.years)).toEqual({ 2003: 2, 2004: 1, 2005: 1 });
    // "Mr Blair" alone is Tony Blair: aliases merged as the corpus view merges them.
    expect(counts(r.facets?.entities)).toEqual({ 'person:tony blair': 2, 'place:london': 2, 'place:paris': 1 });
    expect(r.facets?.noted).toBe(1);
  });

  it('a facet narrows the results, and the count beside its value is the total it leaves', () => {
    const all = run(request());
    const post = counts(all.facets?.sources).Post;
    const narrowed = run(request({ source: 'Post' }));
    expect(narrowed.total).toBe(post);
    expect(narrowed.results.every((x) => x.source === 'Post')).toBe(true);
    // The source facet's own counts still offer the other source; the others count within Post.
    expect(counts(narrowed.facets?.sources)).toEqual({ Wire: 2, Post: 2 });
    expect(counts(narrowed.facets?.years)).toEqual({ 2003: 1, 2005: 1 });
  });

  it('years, an entity and "has my notes" combine with the query and with each other', () => {
    expect(run(request({ fromYear: '2004', toYear: '2005' })).results.map((x) => x.documentId).sort()).toEqual(['c', 'd']);
    expect(run(request({ entity: 'person:tony blair' })).results.map((x) => x.documentId).sort()).toEqual(['a', 'b']);
    expect(run(request({ entity: 'place:london', fromYear: '2005' })).results.map((x) => x.documentId)).toEqual(['d']);
    expect(run(request({ hasNotes: true, noted: ['b', 'e'] })).results.map((x) => x.documentId)).toEqual(['b']);
  });

  it('follows the analyst’s corrections: a rejected name is not counted, a retyped one stays its corpus entity', () => {
    const corrected = engine();
    corrected.setCorrections([{ key: 'place:paris', type: null }]);
    expect(counts(corrected.search('trade', 50, 0, { facets: request(), aliases }).facets?.entities)).toEqual({ 'person:tony blair': 2, 'place:london': 2 });
    expect(corrected.search('trade', 50, 0, { facets: request({ entity: 'place:paris' }), aliases }).total).toBe(0);
    // A retyped entity keeps the id the corpus view knows it by (its type is the correction's).
    corrected.setCorrections([{ key: 'place:paris', type: 'organization' }]);
    expect(counts(corrected.search('trade', 50, 0, { facets: request(), aliases }).facets?.entities)['place:paris']).toBe(1);
    expect(corrected.search('trade', 50, 0, { facets: request({ entity: 'place:paris' }), aliases }).results.map((x) => x.documentId)).toEqual(['c']);
    corrected.setCorrections([]);
    expect(counts(corrected.search('trade', 50, 0, { facets: request(), aliases }).facets?.entities)['place:paris']).toBe(1);
  });

  it('sums the counts of the added documents’ index with the bundled one', () => {
    const user = new UserIndex();
    user.update([story('u', 'Mine', '2006-01-01', 'My own trade notes from London.', [{ name: 'London', type: 'place' }])]);
    const r = searchAll([engine(), ...user.engines], 'trade', 50, 0, { facets: request(), aliases });
    expect(r.total).toBe(5);
    expect(counts(r.facets?.sources)).toEqual({ Wire: 2, Post: 2, Mine: 1 });
    expect(counts(r.facets?.entities)['place:london']).toBe(3);
  });

  it('the response names the top entities (unknown or rejected ones left out) and orders years', () => {
    const r = run(request());
    const shaped = facetsResponse(r.facets!, (id) => (id === 'place:paris' ? null : { name: id.split(':')[1]!, type: id.startsWith('person') ? 'person' : 'place' }));
    expect(shaped.entities.map((e) => [e.name, e.count])).toEqual([['tony blair', 2], ['london', 2]]);
    expect(shaped.years.map((y) => y.value)).toEqual(['2003', '2004', '2005']);
    expect(shaped.sources[0]).toEqual({ value: 'Post', count: 2 });
  });
});

describe('the entities the facet lists', () => {
  /** What facetsResponse listed before it sorted only the top: every entity sorted. */
  const fullSort = (entities: [string, number][], known: (id: string) => boolean) =>
    [...entities].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).filter(([id]) => known(id)).slice(0, ENTITY_FACET_VALUES).map(([id, n]) => [id, n]);

  it('are the most frequent known ones, ties by id, whatever share of them is unknown', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 60; round++) {
      const n = Math.floor(rand() * 400);
      const spread = 1 + Math.floor(rand() * 20);
      const entities: [string, number][] = Array.from({ length: n }, (_, i) => [`person:é${Math.floor(rand() * 1e6)}-${i}`, 1 + Math.floor(rand() * spread)]);
      const unknownShare = [0, 0.5, 0.95, 1][round % 4]!;
      const unknown = new Set(entities.filter(() => rand() < unknownShare).map(([id]) => id));
      const known = (id: string) => !unknown.has(id);
      const shaped = facetsResponse({ sources: [], years: [], entities, noted: 0 }, (id) => (known(id) ? { name: id, type: 'person' } : null));
      expect(shaped.entities.map((e) => [e.id, e.count])).toEqual(fullSort(entities, known));
    }
  });
});
