import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../../src/core/annotations/anchoring/anchor';
import { describeRange } from '../../../../src/shared/annotations';
import { documentText } from '../../../../src/shared/corpus';
import { makeDocument, seedParagraphTexts } from './fixtures/seed';

const original = seedParagraphTexts();
const text = (paragraphs: readonly string[]) => documentText(makeDocument('seed', paragraphs).paragraphs);
const originalText = text(original);

/** The paragraph that holds the quote, and a selector made on the original seed. */
const QUOTE = 'North Korean troops were dispatched to Russia for training';
const target = (quote = QUOTE) => {
  const start = originalText.indexOf(quote);
  if (start < 0) throw new Error('quote missing from seed');
  return describeRange(originalText, start, start + quote.length);
};
const quoteParagraph = original.findIndex((p) => p.includes(QUOTE));

describe('re-anchoring against edited versions of the seed article', () => {
  it('has the seed with its scraping debris removed', () => {
    expect(original[0]).toBe('Are North Koreans fighting in Ukraine? Here’s what we know');
    expect(original.at(-1)).toBe('CNN’s Paul P. Murphy contributed to this report.');
    expect(quoteParagraph).toBeGreaterThan(0);
  });

  it('unchanged text: placed by position', () => {
    const t = target();
    expect(anchorTarget(originalText, t)).toEqual({ start: t.position.start, end: t.position.end, method: 'position' });
  });

  it('a paragraph inserted before it: found by exact quote at the shifted offset', () => {
    const inserted = 'Editor’s note: this paragraph was added after publication to give more context on the story.';
    const edited = [...original.slice(0, 1), inserted, ...original.slice(1)];
    const editedText = text(edited);
    const anchor = anchorTarget(editedText, target());
    expect(anchor?.method).toBe('quote');
    expect(anchor?.start).toBe(target().position.start + inserted.length + 2);
    expect(editedText.slice(anchor?.start, anchor?.end)).toBe(QUOTE);
  });

  it('a word changed inside the quote: found by fuzzy match over the edited words', () => {
    const edited = original.map((p) => p.replace(QUOTE, 'North Korean soldiers were dispatched to Russia for training'));
    const editedText = text(edited);
    const anchor = anchorTarget(editedText, target());
    expect(anchor?.method).toBe('fuzzy');
    expect(editedText.slice(anchor?.start, anchor?.end)).toBe('North Korean soldiers were dispatched to Russia for training');
  });

  it('a word changed and a paragraph inserted before: still fuzzy-anchored in the right paragraph', () => {
    const edited = original.map((p) => p.replace('dispatched', 'sent'));
    edited.splice(1, 0, 'A new first paragraph that pushes everything down by quite a few characters indeed.');
    const editedText = text(edited);
    const anchor = anchorTarget(editedText, target());
    expect(anchor?.method).toBe('fuzzy');
    expect(editedText.slice(anchor?.start, anchor?.end)).toBe('North Korean troops were sent to Russia for training');
  });

  it('the paragraph removed: an orphan (null), not a wrong place', () => {
    const edited = original.filter((_, i) => i !== quoteParagraph);
    expect(anchorTarget(text(edited), target())).toBeNull();
  });

  it('a short repeated quote goes to the occurrence whose context matches, not the first one', () => {
    const occurrences = [...originalText.matchAll(/North Korea\b/gu)].map((m) => m.index);
    expect(occurrences.length).toBeGreaterThan(3);
    const third = occurrences[2] as number;
    const t = describeRange(originalText, third, third + 'North Korea'.length);
    const edited = ['Inserted paragraph mentioning North Korea twice: North Korea.', ...original];
    const editedText = text(edited);
    const anchor = anchorTarget(editedText, t);
    const shift = edited[0]!.length + 2;
    expect(anchor).toEqual({ start: third + shift, end: third + shift + 11, method: 'quote' });
  });

  it('a short quote whose text is gone does not fuzzy-match a look-alike elsewhere', () => {
    const t = { quote: { type: 'TextQuoteSelector' as const, exact: 'Pyongyang said', prefix: 'zzzz ', suffix: ' qqqq' }, position: { type: 'TextPositionSelector' as const, start: 10, end: 24 } };
    expect(anchorTarget('Nothing here but Pyongyang sat quietly.', t)).toBeNull();
  });
});
