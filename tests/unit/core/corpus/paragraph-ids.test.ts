import { describe, expect, it } from 'vitest';
import { assignParagraphIds } from '../../../../src/core/corpus/paragraph-ids';
import { processFile, processText, SEED } from './helpers';

const body = ['First paragraph of the story.', 'Second paragraph, with a quote.', 'Here’s what we know.', 'Closing line.'];

describe('paragraph ids', () => {
  it('are identical when an unchanged document is processed again', () => {
    expect(processFile(SEED).paragraphs).toEqual(processFile(SEED).paragraphs);
  });

  it('look like p-<12 hex> and are unique in the seed', () => {
    const ids = processFile(SEED).paragraphs.map((p) => p.id);
    for (const id of ids) expect(id).toMatch(/^p-[0-9a-f]{12}$/u);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('do not change for other paragraphs when one is inserted before them', () => {
    const before = assignParagraphIds(body);
    const after = assignParagraphIds([body[0]!, 'A newly inserted paragraph.', ...body.slice(1)]);
    expect(after.filter((p) => p.text !== 'A newly inserted paragraph.')).toEqual(before);
  });

  it('change only for the edited paragraph', () => {
    const before = assignParagraphIds(body);
    const after = assignParagraphIds([body[0]!, 'Second paragraph, edited.', ...body.slice(2)]);
    expect(after.map((p) => p.id === before[after.indexOf(p)]!.id)).toEqual([true, false, true, true]);
  });

  it('keep repeated identical paragraphs distinct and stable', () => {
    const doc = processText('Title line for a test\n\nSame words.\n\nOther words here.\n\nSame words.');
    const [a, , c] = doc.paragraphs;
    expect(a!.text).toBe(c!.text);
    expect(a!.id).not.toBe(c!.id);
    expect(processText('Title line for a test\n\nSame words.\n\nOther words here.\n\nSame words.').paragraphs).toEqual(doc.paragraphs);
  });

  it('survive Unicode normalisation differences (NFD input, NBSP)', () => {
    const nfc = processText('Title line for a test\n\nCafé owners in Zürich\u00A0agree.');
    const nfd = processText('Title line for a test\n\nCafe\u0301 owners in Zu\u0308rich agree.');
    expect(nfd.paragraphs).toEqual(nfc.paragraphs);
    expect(nfc.paragraphs[0]!.text).toBe('Café owners in Zürich agree.');
  });
});
