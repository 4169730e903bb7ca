import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../src/shared/corpus';
import { applyFacets, facetCounts, groupCopies, NO_FACETS } from '../../../../../src/renderer/src/features/library/library-facets';

const doc = (id: string, source: string, published: string | null, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title: `Title ${id}`,
  source,
  published,
  paragraphCount: 1,
  wordCount: 10,
  ...extra,
});

const docs = [doc('a', 'Wire', '2004-01-02'), doc('b', 'Wire', '2005-03-04'), doc('c', 'Post', '2005-06-07'), doc('d', 'Post', null)];
const noted = new Set(['b', 'c']);

describe('library facets', () => {
  it('narrow by source, year range, entity and notes together', () => {
    expect(applyFacets(docs, { ...NO_FACETS, source: 'Wire' }, noted).map((d) => d.id)).toEqual(['a', 'b']);
    expect(applyFacets(docs, { ...NO_FACETS, fromYear: '2005', toYear: '2005' }, noted).map((d) => d.id)).toEqual(['b', 'c']);
    expect(applyFacets(docs, { ...NO_FACETS, hasNotes: true, source: 'Post' }, noted).map((d) => d.id)).toEqual(['c']);
    const entity = { id: 'person:x', name: 'X', documentIds: new Set(['a', 'c']) };
    expect(applyFacets(docs, { ...NO_FACETS, entity }, noted).map((d) => d.id)).toEqual(['a', 'c']);
  });

  it('count each facet over what the other facets leave, so a count is what choosing it shows', () => {
    const facets = { ...NO_FACETS, source: 'Wire', fromYear: '2005' };
    const counts = facetCounts(docs, facets, noted);
    expect(counts.sources).toEqual([{ value: 'Post', count: 1 }, { value: 'Wire', count: 1 }]);
    expect(counts.years).toEqual([{ value: '2004', count: 1 }, { value: '2005', count: 1 }]);
    expect(counts.noted).toBe(1);
    for (const s of counts.sources) expect(applyFacets(docs, { ...facets, source: s.value }, noted)).toHaveLength(s.count);
  });

  it('show a group of copies once, with how many others there are', () => {
    const withCopies = [
      doc('x', 'Wire', null, { duplicateGroup: 'x', copies: 3, duplicateKind: 'exact' }),
      doc('y', 'Wire', null),
      doc('x2', 'Post', null, { duplicateGroup: 'x', copies: 3, duplicateKind: 'exact' }),
      doc('x3', 'Post', null, { duplicateGroup: 'x', copies: 3, duplicateKind: 'near' }),
    ];
    expect(groupCopies(withCopies).map((r) => [r.doc.id, r.otherCopies])).toEqual([['x', 2], ['y', 0]]);
    // A copy that matches stands for its group when the representative is filtered out.
    expect(groupCopies(applyFacets(withCopies, { ...NO_FACETS, source: 'Post' }, new Set())).map((r) => [r.doc.id, r.otherCopies])).toEqual([['x2', 2]]);
  });
});
