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

  it('fiscal years: the year or the pair of years as written', () => {
    expect(dates('Profits doubled in fiscal 2023.')).toEqual(['fiscal 2023 = 2023']);
    expect(dates('Borrowing in the 2023-24 financial year was lower.')).toEqual(['the 2023-24 financial year = 2023..2024']);
    expect(dates('The financial year 2023/24 closed.')).toEqual(['financial year 2023/24 = 2023..2024']);
    expect(dates('Guidance for FY25 was cut.')).toEqual(['FY25 = 2025']);
    expect(dates('Profit for the current financial year will be lower.')).toEqual([]);
    expect(dates('In the first quarter of the financial year 2025, sales fell.')).toEqual(['In the first quarter of the financial year 2025 = 2025-01..2025-03']);
    expect(dates('The score was 2019-24 in fiscal terms.')).toEqual([]);
  });

  it('every date carries a confidence: a written year is sure, a date resolved by a guessed tense is not', () => {
    const confidence = (text: string) => findEvents('p', text, [{ start: 0, end: text.length }], '2024-10-25').map((e) => e.confidence);
    expect(confidence('The plant opened on 3 March 2021.')).toEqual([1]);
    // "was held": the tense is known, so "in May" is last May with some confidence.
    const [held] = confidence('The election was held in May.');
    // No verb shows the tense: "Thursday" is guessed as the last one, and marked uncertain.
    const [guessed] = confidence('Thursday: the vote.');
    expect(held).toBeGreaterThan(guessed!);
    expect(guessed).toBeLessThan(0.7);
    expect(confidence('Profits doubled in fiscal 2023.')[0]).toBeLessThan(1);
    for (const c of confidence('It happened yesterday, two years ago, in the summer and in 2020.')) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('the governing verb decides past or future for a bare month', () => {
    expect(dates('The election was held in May.')).toEqual(['in May = 2024-05']);
    expect(dates('The election will be held in May.')).toEqual(['in May = 2025-05']);
  });
});
