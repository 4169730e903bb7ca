import { describe, expect, it } from 'vitest';
import { anchoredAnnotation } from './fixtures';
import {
  annotationDecorations,
  annotationIdsFromKeys,
  annotationParagraphId,
  noteExcerpt,
} from '../../../../../src/renderer/src/features/annotations/annotation-decorations';

const doc = { id: 'd1', paragraphs: [{ id: 'p1', text: 'Hello world.' }, { id: 'p2', text: 'Second one.' }] };

const annotation = anchoredAnnotation;

describe('annotationDecorations', () => {
  it('draws a placed highlight in its colour with the note as label, split across paragraphs', () => {
    const a = annotation('a1', { start: 6, end: 20, method: 'position' }, { note: '**Key** point about [this](http://x)' });
    const decos = annotationDecorations(doc, [a]);
    expect(decos).toEqual([
      expect.objectContaining({ paragraphId: 'p1', start: 6, end: 12, kind: 'annotation', className: 'colour-green' }),
      expect.objectContaining({ paragraphId: 'p2', start: 0, end: 6, kind: 'annotation', className: 'colour-green' }),
    ]);
    expect(decos[0]!.label).toBe('Highlight (green): Key point about this http://x');
    expect(new Set(decos.map((d) => d.key)).size).toBe(2);
  });

  it('draws nothing for orphans or for another document’s annotations', () => {
    const orphan = annotation('a2', null);
    const other = annotation('a3', { start: 0, end: 5, method: 'quote' }, { target: { ...annotation('x', null).target, documentId: 'd2' } });
    expect(annotationDecorations(doc, [orphan, other])).toEqual([]);
  });

  it('finds annotation ids back from the keys under a click, topmost first, ignoring other features', () => {
    expect(annotationIdsFromKeys(['ann:a1:0', 'hit:3', 'ann:b2:1', 'ann:a1:1'])).toEqual(['b2', 'a1']);
    expect(annotationIdsFromKeys(['entity:x'])).toEqual([]);
  });

  it('reveals the paragraph where the annotation is placed now, or where it was made', () => {
    expect(annotationParagraphId(doc, annotation('a', { start: 14, end: 16, method: 'quote' }))).toBe('p2');
    expect(annotationParagraphId(doc, annotation('a', null))).toBe('p1');
    expect(annotationParagraphId(null, annotation('a', { start: 14, end: 16, method: 'quote' }))).toBe('p1');
  });

  it('shortens a long note excerpt', () => {
    expect(noteExcerpt('word '.repeat(40), 20)).toHaveLength(20);
  });
});
