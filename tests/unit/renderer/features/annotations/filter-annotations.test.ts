import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../../../../../src/shared/annotations';
import {
  filterAnnotations,
  groupByDocument,
  NO_FILTER,
  parseTagInput,
} from '../../../../../src/renderer/src/features/annotations/filter-annotations';

function a(id: string, documentId: string, over: Partial<AnchoredAnnotation> = {}): AnchoredAnnotation {
  return {
    id,
    created: 't',
    modified: 't',
    target: {
      documentId,
      paragraphId: 'p',
      quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
    },
    note: '',
    tags: [],
    colour: 'yellow',
    anchor: { start: 0, end: 1, method: 'position' },
    ...over,
  };
}

const items = [
  a('1', 'd1', { colour: 'green', tags: ['Russia', 'troops'], note: 'Pentagon estimate' }),
  a('2', 'd1', { colour: 'yellow', tags: ['russia'] }),
  a('3', 'd2', { colour: 'green', note: 'Seoul says' }),
  a('4', 'd1', { anchor: null, note: 'lost text' }),
];

describe('filterAnnotations', () => {
  it('filters by colour, by tag case-insensitively and by every word of the text', () => {
    expect(filterAnnotations(items, { ...NO_FILTER, colour: 'green' }).map((x) => x.id)).toEqual(['1', '3']);
    expect(filterAnnotations(items, { ...NO_FILTER, tag: 'RUSSIA' }).map((x) => x.id)).toEqual(['1', '2']);
    expect(filterAnnotations(items, { ...NO_FILTER, text: 'pentagon TROOPS' }).map((x) => x.id)).toEqual(['1']);
    expect(filterAnnotations(items, { ...NO_FILTER, text: 'quote 3' }).map((x) => x.id)).toEqual(['3']);
    expect(filterAnnotations(items, NO_FILTER)).toHaveLength(4);
  });
});

describe('groupByDocument', () => {
  it('keeps document order and reading order, orphans apart', () => {
    const groups = groupByDocument(items);
    expect(groups.map((g) => g.documentId)).toEqual(['d1', 'd2']);
    expect(groups[0]!.placed.map((x) => x.id)).toEqual(['1', '2']);
    expect(groups[0]!.orphans.map((x) => x.id)).toEqual(['4']);
  });
});

describe('parseTagInput', () => {
  it('splits on commas, trims, drops empties and case-insensitive duplicates', () => {
    expect(parseTagInput(' Russia, troops ,, russia,')).toEqual(['Russia', 'troops']);
  });
});
