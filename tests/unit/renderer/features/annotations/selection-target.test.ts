import { describe, expect, it } from 'vitest';
import { documentText } from '../../../../../src/shared/corpus';
import { paragraphRanges, selectionTarget } from '../../../../../src/renderer/src/features/annotations/selection-target';
import { paragraphOffsets } from '../../../../../src/shared/corpus';

const doc = {
  id: 'doc-1',
  paragraphs: [
    { id: 'p1', text: 'North Korea has been readying itself for a more direct role.' },
    { id: 'p2', text: 'The United States, Ukraine and South Korea say troops were dispatched.' },
    { id: 'p3', text: 'Short.' },
  ],
};
const text = documentText(doc.paragraphs);

describe('selectionTarget', () => {
  it('turns a selection inside one paragraph into document offsets and the exact quote', () => {
    const r = selectionTarget(doc, { paragraphId: 'p2', offset: 4 }, { paragraphId: 'p2', offset: 17 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const start = doc.paragraphs[0]!.text.length + 2 + 4;
    expect(r.target.position).toEqual({ type: 'TextPositionSelector', start, end: start + 13 });
    expect(r.target.quote.exact).toBe('United States');
    expect(text.slice(r.target.position.start, r.target.position.end)).toBe('United States');
    expect(r.target.paragraphId).toBe('p2');
    expect(r.target.documentId).toBe('doc-1');
  });

  it('spans paragraphs with the "\\n\\n" separator in the quote and starts in the first paragraph', () => {
    const r = selectionTarget(doc, { paragraphId: 'p1', offset: 40 }, { paragraphId: 'p2', offset: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.target.quote.exact).toBe('a more direct role.\n\nThe');
    expect(r.target.paragraphId).toBe('p1');
  });

  it('accepts the ends in either order (a backwards drag)', () => {
    const forward = selectionTarget(doc, { paragraphId: 'p1', offset: 0 }, { paragraphId: 'p1', offset: 11 });
    const backward = selectionTarget(doc, { paragraphId: 'p1', offset: 11 }, { paragraphId: 'p1', offset: 0 });
    expect(backward).toEqual(forward);
  });

  it('trims surrounding whitespace, including a separator picked up at the end of a paragraph', () => {
    const p1 = doc.paragraphs[0]!.text;
    const r = selectionTarget(doc, { paragraphId: 'p1', offset: p1.length - 6 }, { paragraphId: 'p2', offset: 0 });
    if (!r.ok) throw new Error(r.message);
    expect(r.target.quote.exact).toBe('role.');
    const lead = selectionTarget(doc, { paragraphId: 'p1', offset: p1.length }, { paragraphId: 'p2', offset: 3 });
    if (!lead.ok) throw new Error(lead.message);
    expect(lead.target.quote.exact).toBe('The');
    expect(lead.target.paragraphId).toBe('p2');
  });

  it('gives 32 characters of context either side, fewer at the document edges', () => {
    const r = selectionTarget(doc, { paragraphId: 'p2', offset: 4 }, { paragraphId: 'p2', offset: 17 });
    if (!r.ok) throw new Error(r.message);
    expect(r.target.quote.prefix).toHaveLength(32);
    expect(r.target.quote.prefix.endsWith('direct role.\n\nThe ')).toBe(true);
    expect(r.target.quote.suffix).toBe(', Ukraine and South Korea say tr');
    const first = selectionTarget(doc, { paragraphId: 'p1', offset: 0 }, { paragraphId: 'p1', offset: 5 });
    if (!first.ok) throw new Error(first.message);
    expect(first.target.quote.prefix).toBe('');
    const last = selectionTarget(doc, { paragraphId: 'p3', offset: 0 }, { paragraphId: 'p3', offset: 6 });
    if (!last.ok) throw new Error(last.message);
    expect(last.target.quote.suffix).toBe('');
  });

  it('refuses an empty or whitespace-only selection and an unknown paragraph', () => {
    expect(selectionTarget(doc, { paragraphId: 'p1', offset: 5 }, { paragraphId: 'p1', offset: 5 })).toMatchObject({ ok: false, reason: 'empty' });
    expect(selectionTarget(doc, { paragraphId: 'p1', offset: 5 }, { paragraphId: 'p1', offset: 6 })).toMatchObject({ ok: false, reason: 'empty' });
    expect(selectionTarget(doc, { paragraphId: 'nope', offset: 0 }, { paragraphId: 'p1', offset: 6 })).toMatchObject({ ok: false, reason: 'unknown-paragraph' });
  });

  it('clamps an offset past the end of its paragraph', () => {
    const r = selectionTarget(doc, { paragraphId: 'p3', offset: 0 }, { paragraphId: 'p3', offset: 999 });
    if (!r.ok) throw new Error(r.message);
    expect(r.target.quote.exact).toBe('Short.');
  });

  it('refuses a selection longer than the quote limit with the sizes in the message', () => {
    const long = { id: 'd', paragraphs: [{ id: 'a', text: 'x'.repeat(20_001) }] };
    const r = selectionTarget(long, { paragraphId: 'a', offset: 0 }, { paragraphId: 'a', offset: 20_001 });
    expect(r).toMatchObject({ ok: false, reason: 'too-long' });
    if (!r.ok) expect(r.message).toContain('20,001');
  });
});

describe('paragraphRanges', () => {
  it('cuts a document range at paragraph boundaries, skipping the separators', () => {
    const offsets = paragraphOffsets(doc.paragraphs);
    const start = 42;
    const end = offsets[2]! + 3;
    expect(paragraphRanges(doc.paragraphs, offsets, start, end)).toEqual([
      { paragraphId: 'p1', start: 42, end: doc.paragraphs[0]!.text.length },
      { paragraphId: 'p2', start: 0, end: doc.paragraphs[1]!.text.length },
      { paragraphId: 'p3', start: 0, end: 3 },
    ]);
  });
});
