/**
 * The speaker-model training shared by train:speakers and the cross-validation: the examples it
 * collects from an annotated dialogue, and that it is deterministic. Text written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotatedDoc, GoldQuote } from '../../../../scripts/eval-enrich/annotated-doc';
import { examplesOf, trainRanker } from '../../../../scripts/train-speakers/train-models';

/** A dialogue whose every quote paragraph is one gold quote said by `speakers[i]`. */
function dialogue(id: string, paragraphs: string[], speakers: (string | null)[]): AnnotatedDoc {
  const quotes: GoldQuote[] = [];
  paragraphs.forEach((text, paragraph) => {
    const who = speakers[paragraph];
    const open = text.indexOf('“');
    const close = text.indexOf('”');
    if (who && open >= 0 && close > open) quotes.push({ paragraph, start: open, end: close + 1, speakers: [who], rivals: [] });
  });
  return { id, published: null, paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })), entities: [], quotes };
}

const DOC = dialogue('talk', [
  'Walter Hale came into the kitchen, where Charlotte Grey sat sewing by the fire.',
  '“You are late,” she said.',
  '“The roads were bad,” he answered.',
  '“They always are.”',
  '“Not always.”',
  '“Sit down, then, and eat.”',
], [null, 'Charlotte Grey', 'Walter Hale', 'Charlotte Grey', 'Walter Hale', 'Charlotte Grey']);

describe('speaker training examples', () => {
  it('collects the quotes the ranker decides, each with its candidates and which are right', () => {
    const examples = examplesOf([DOC]);
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(e.right).toHaveLength(e.features.length);
    expect(examples.some((e) => e.right.some(Boolean))).toBe(true);
  });

  it('collects nothing from a document without gold quotes', () => {
    expect(examplesOf([{ ...DOC, quotes: [] }])).toEqual([]);
  });

  it('fits the same ranker twice from the same documents', () => {
    expect([...trainRanker([DOC]).ranker.weights]).toEqual([...trainRanker([DOC]).ranker.weights]);
  });
});
