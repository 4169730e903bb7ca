import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../../../../../src/shared/annotations';
import { anchoredAnnotation } from './fixtures';
import { annotationDecorationKey, annotationDecorations, annotationIdsFromKeys } from '../../../../../src/renderer/src/features/annotations/annotation-decorations';
import { highlightAnnouncement, highlightOrder, stepHighlight } from '../../../../../src/renderer/src/features/annotations/highlight-cursor';

const annotation = (id: string, anchor: AnchoredAnnotation['anchor'], over: Partial<AnchoredAnnotation> = {}) =>
  anchoredAnnotation(id, anchor, over, 'North Korean troops');

describe('highlightOrder', () => {
  it('lists the document’s placed highlights by where they start, leaving out orphans and other documents', () => {
    const late = annotation('late', { start: 40, end: 50, method: 'position' });
    const early = annotation('early', { start: 3, end: 9, method: 'quote' });
    const orphan = annotation('orphan', null);
    const elsewhere = annotation('elsewhere', { start: 0, end: 2, method: 'position' }, { target: { ...early.target, documentId: 'd2' } });
    expect(highlightOrder([late, orphan, elsewhere, early], 'd1').map((a) => a.id)).toEqual(['early', 'late']);
  });
});

describe('stepHighlight', () => {
  const ids = ['a', 'b', 'c'];
  it('starts at the first going forward and at the last going back', () => {
    expect(stepHighlight(ids, null, 1)).toBe(0);
    expect(stepHighlight(ids, null, -1)).toBe(2);
  });
  it('walks and wraps at both ends', () => {
    expect(stepHighlight(ids, 'a', 1)).toBe(1);
    expect(stepHighlight(ids, 'c', 1)).toBe(0);
    expect(stepHighlight(ids, 'a', -1)).toBe(2);
  });
  it('starts afresh when the current highlight was deleted, and says null when there are none', () => {
    expect(stepHighlight(ids, 'gone', 1)).toBe(0);
    expect(stepHighlight([], 'a', 1)).toBeNull();
  });
});

describe('highlightAnnouncement', () => {
  it('says the position, colour, quote and note, and that Enter opens it', () => {
    const a = annotation('a', { start: 0, end: 5, method: 'position' }, { colour: 'pink', note: 'Three **governments** agree' });
    expect(highlightAnnouncement(a, 1, 4)).toBe('Highlight 2 of 4 (pink): “North Korean troops”. Note: Three governments agree. Enter opens it.');
    expect(highlightAnnouncement({ ...a, note: 'Confirmed twice.' }, 1, 4)).toBe('Highlight 2 of 4 (pink): “North Korean troops”. Note: Confirmed twice. Enter opens it.');
    expect(highlightAnnouncement({ ...a, note: '' }, 0, 1)).toBe('Highlight 1 of 1 (pink): “North Korean troops”. Enter opens it.');
  });
});

describe('annotationDecorationKey', () => {
  it('names the mark where a highlight starts, and maps back to its id', () => {
    const doc = { id: 'd1', paragraphs: [{ id: 'p1', text: 'Hello world.' }] };
    const [first] = annotationDecorations(doc, [annotation('a1', { start: 0, end: 5, method: 'position' })]);
    expect(first!.key).toBe(annotationDecorationKey('a1'));
    expect(annotationIdsFromKeys([annotationDecorationKey('a1')])).toEqual(['a1']);
  });
});
