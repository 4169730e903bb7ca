import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../../../src/core/corpus/enrich/events';

/** Dates found in one sentence of a report published on Friday 25 October 2024. */
function dates(text: string): string[] {
  return findEvents('p', text, [{ start: 0, end: text.length }], '2024-10-25').map((e) => `${e.text} = ${e.date}${e.endDate ? `..${e.endDate}` : ''}`);
}

describe('dated events in news text (issue 12: what public news needs)', () => {
  it('fiscal quarters, written out, hyphenated, as Q3, with a year, and "last quarter"', () => {
    expect(dates('Profits rose in the third quarter, the company said.')).toEqual(['in the third quarter = 2024-07..2024-09']);
    expect(dates('Sales will recover in the first quarter.')).toEqual(['in the first quarter = 2025-01..2025-03']);
    expect(dates('Third-quarter profits fell by 10%.')).toEqual(['Third-quarter = 2024-07..2024-09']);
    expect(dates('Output grew last quarter.')).toEqual(['last quarter = 2024-07..2024-09']);
    expect(dates('Revenue in the fourth quarter of 2023 was flat.')).toEqual(['in the fourth quarter of 2023 = 2023-10..2023-12']);
    expect(dates('Results for Q3 2024 beat forecasts.')).toEqual(['Q3 2024 = 2024-07..2024-09']);
    expect(dates('A quarter of voters stayed at home.')).toEqual([]);
  });

  it('"N years ago" and seasons, but not "the fall of" a city or a season opening a name', () => {
    expect(dates('The plant closed two years ago and reopened 10 days ago.')).toEqual(['two years ago = 2022', '10 days ago = 2024-10-15']);
    expect(dates('Prices rose last summer and will fall next winter.')).toEqual(['last summer = 2024-06..2024-08', 'next winter = 2024-12..2025-02']);
    expect(dates('The theatre reopens in the summer of 2025.')).toEqual(['in the summer of 2025 = 2025-06..2025-08']);
    expect(dates('Since the fall of the Berlin Wall, trade grew.')).toEqual([]);
    expect(dates('She won gold in the Winter Olympics.')).toEqual([]);
    expect(dates('Prices fall sharply when demand drops.')).toEqual([]);
  });

  it('the governing verb decides past or future for a bare month', () => {
    expect(dates('The election was held in May.')).toEqual(['in May = 2024-05']);
    expect(dates('The election will be held in May.')).toEqual(['in May = 2025-05']);
  });
});
