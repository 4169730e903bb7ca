import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../../../src/shared/corpus';
import { figureGroupKey, groupFigures } from '../../../../../src/renderer/src/features/briefing/figures';

const fig = (text: string, counts: string, claimant: string | null, paragraphId = 'p1'): Figure => ({
  text,
  value: Number(text.replace(/,/gu, '')),
  counts,
  claimant,
  paragraphId,
  start: 0,
  end: text.length,
});

describe('key figures', () => {
  it('puts conflicting estimates of the same thing side by side, in document order', () => {
    const groups = groupFigures([
      fig('3,000', 'North Korean soldiers', 'White House', 'p1'),
      fig('1.2 million', 'active-duty troops', null, 'p9'),
      fig('10,000', 'north korean soldiers', 'Zelensky', 'p2'),
      fig('1,500', 'the North Korean soldier', 'NIS', 'p3'),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['North Korean soldiers', 'active-duty troops']);
    expect(groups[0]!.figures.map((f) => `${f.text} (${f.claimant})`)).toEqual(['3,000 (White House)', '10,000 (Zelensky)', '1,500 (NIS)']);
  });

  it('compares what is counted ignoring case, articles, punctuation and plurals', () => {
    expect(figureGroupKey('The North Korean Soldiers')).toBe(figureGroupKey('north korean soldier'));
    expect(figureGroupKey('casualties')).toBe(figureGroupKey('casualty'));
    expect(figureGroupKey('senior officers')).not.toBe(figureGroupKey('North Korean soldiers'));
    expect(figureGroupKey('forces')).toBe('force');
    expect(figureGroupKey('glass')).toBe('glass');
  });

  it('puts a claimed bare-noun estimate with the earlier qualified count of that noun; unclaimed background stays apart', () => {
    const groups = groupFigures([
      fig('3,000', 'North Korean soldiers', 'White House', 'p1'),
      fig('10,000', 'soldiers', 'Volodymyr Zelensky', 'p2'),
      fig('1,500', 'soldiers', 'National Intelligence Service', 'p3'),
      fig('30', 'people', 'one Russian serviceman', 'p4'),
      fig('1.2 million', 'soldiers', null, 'p5'),
    ]);
    expect(groups.map((g) => [g.label, g.figures.map((f) => f.text)])).toEqual([
      ['North Korean soldiers', ['3,000', '10,000', '1,500']],
      ['people', ['30']],
      ['soldiers', ['1.2 million']],
    ]);
  });

  it('does not pull a claimed bare noun into a group counting another noun, nor into a later group', () => {
    const groups = groupFigures([fig('10,000', 'soldiers', 'Zelensky', 'p1'), fig('3,000', 'North Korean soldiers', 'White House', 'p2'), fig('5', 'senior officers', 'NIS', 'p3'), fig('7', 'men', 'NIS', 'p4')]);
    expect(groups.map((g) => g.figures.length)).toEqual([1, 1, 1, 1]);
  });

  it('keeps figures with nothing counted apart rather than lumping them together', () => {
    const groups = groupFigures([fig('3', '', null), fig('4', '', null)]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.label).toBe('Unlabelled figures');
  });
});
