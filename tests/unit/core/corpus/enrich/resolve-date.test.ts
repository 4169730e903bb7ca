import { describe, expect, it } from 'vitest';
import { parsePublished, resolveAgo, resolveMonth, resolveMonthDay, resolveQuarter, resolveRelative, resolveSeason, resolveWeekday } from '../../../../../src/core/corpus/enrich/resolve-date';

const friday = parsePublished('2024-10-25')!; // a Friday
const newYear = parsePublished('2025-01-03')!;

describe('resolving dates against the publication date', () => {
  it('reads bare weekdays as the past, same day included, and future ones forwards', () => {
    expect(resolveWeekday(friday, 3, 'past')).toBe('2024-10-23');
    expect(resolveWeekday(friday, 5, 'past')).toBe('2024-10-25');
    expect(resolveWeekday(friday, 1, 'future')).toBe('2024-10-28');
  });

  it('crosses year boundaries for months and month-days', () => {
    expect(resolveMonth(newYear, 12, 'past')).toBe('2024-12');
    expect(resolveMonth(friday, 6, 'past')).toBe('2024-06');
    expect(resolveMonth(friday, 2, 'future')).toBe('2025-02');
    expect(resolveMonthDay(newYear, 12, 30, 'past')?.date).toBe('2024-12-30');
    expect(resolveMonthDay(friday, 10, 28, 'past')?.date).toBe('2024-10-28'); // imminent, not last year
    expect(resolveMonthDay(friday, 2, 30, 'past', 2024)).toBeNull();
  });

  it('resolves relative phrases to ISO weeks, months and years', () => {
    expect(resolveRelative(friday, 'last week')).toEqual({ date: '2024-10-14', endDate: '2024-10-20' });
    expect(resolveRelative(newYear, 'last month')).toEqual({ date: '2024-12' });
    expect(resolveRelative(friday, 'yesterday')).toEqual({ date: '2024-10-24' });
    expect(resolveRelative(friday, 'next year')).toEqual({ date: '2025' });
  });

  it('resolves quarters to their three months: the latest begun in past text, the next in future text', () => {
    expect(resolveQuarter(friday, 3, 'past')).toEqual({ date: '2024-07', endDate: '2024-09' });
    expect(resolveQuarter(friday, 4, 'past')).toEqual({ date: '2024-10', endDate: '2024-12' }); // under way
    expect(resolveQuarter(newYear, 4, 'past')).toEqual({ date: '2024-10', endDate: '2024-12' });
    expect(resolveQuarter(friday, 1, 'future')).toEqual({ date: '2025-01', endDate: '2025-03' });
    expect(resolveQuarter(null, 2, 'past', 2023)).toEqual({ date: '2023-04', endDate: '2023-06' });
    expect(resolveQuarter(friday, 5, 'past')).toBeNull();
  });

  it('resolves seasons, winter spanning the new year, with last/next/this and a year', () => {
    expect(resolveSeason(friday, 'summer', 'past')).toEqual({ date: '2024-06', endDate: '2024-08' });
    expect(resolveSeason(friday, 'winter', 'past')).toEqual({ date: '2023-12', endDate: '2024-02' });
    expect(resolveSeason(newYear, 'winter', 'past')).toEqual({ date: '2024-12', endDate: '2025-02' }); // under way
    expect(resolveSeason(friday, 'spring', 'future')).toEqual({ date: '2025-03', endDate: '2025-05' });
    expect(resolveSeason(friday, 'summer', 'past', 'last')).toEqual({ date: '2024-06', endDate: '2024-08' });
    expect(resolveSeason(friday, 'autumn', 'past', 'last')).toEqual({ date: '2023-09', endDate: '2023-11' });
    expect(resolveSeason(friday, 'winter', 'past', 'next')).toEqual({ date: '2024-12', endDate: '2025-02' });
    expect(resolveSeason(null, 'fall', 'past', undefined, 2019)).toEqual({ date: '2019-09', endDate: '2019-11' });
    expect(resolveSeason(friday, 'monsoon', 'past')).toBeNull();
  });

  it('counts back "N units ago" at the unit\'s precision', () => {
    expect(resolveAgo(friday, 'two', 'years')).toEqual({ date: '2022' });
    expect(resolveAgo(friday, '10', 'days')).toEqual({ date: '2024-10-15' });
    expect(resolveAgo(friday, 'a', 'week')).toEqual({ date: '2024-10-18' });
    expect(resolveAgo(newYear, 'three', 'months')).toEqual({ date: '2024-10' });
    expect(resolveAgo(friday, 'a', 'decade')).toEqual({ date: '2014' });
    expect(resolveAgo(friday, 'several', 'years')).toBeNull();
    expect(resolveAgo(friday, '0', 'days')).toBeNull();
  });
});
