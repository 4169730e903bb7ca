import { describe, expect, it } from 'vitest';
import { parsePublished, resolveMonth, resolveMonthDay, resolveRelative, resolveWeekday } from '../../../../../src/core/corpus/enrich/resolve-date';

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
});
