import { describe, expect, it } from 'vitest';
import type { DatedEvent } from '../../../../../src/shared/corpus';
import { buildTimeline, excerptAround, formatResolvedDate } from '../../../../../src/renderer/src/features/briefing/timeline';

const ev = (text: string, date: string, paragraphId: string, start: number): DatedEvent => ({ text, date, paragraphId, start, end: start + text.length });

describe('timeline', () => {
  it('orders events by resolved date, keeping document order for ties', () => {
    const entries = buildTimeline([
      ev('on October 27', '2024-10-27', 'p1', 10),
      ev('on the night of October 23', '2024-10-23', 'p5', 0),
      ev('In June', '2024-06', 'p7', 0),
      ev('this month', '2024-10', 'p0', 3),
      ev('on October 24', '2024-10-24', 'p6', 0),
      ev('October 24', '2024-10-24', 'p2', 0),
    ]);
    expect(entries.map((e) => `${e.start} ${e.paragraphId}`)).toEqual([
      '2024-06 p7',
      '2024-10 p0',
      '2024-10-23 p5',
      '2024-10-24 p6',
      '2024-10-24 p2',
      '2024-10-27 p1',
    ]);
  });

  it('merges the days of one written expression into a range', () => {
    const entries = buildTimeline([ev('on October 27 and 28', '2024-10-28', 'p1', 4), ev('on October 27 and 28', '2024-10-27', 'p1', 4)]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ start: '2024-10-27', end: '2024-10-28', text: 'on October 27 and 28' });
  });

  it('shows a range the corpus resolved with an end date ("October 27 and 28", "last week")', () => {
    const entries = buildTimeline([
      { ...ev('on October 27 and 28', '2024-10-27', 'p3', 4), endDate: '2024-10-28' },
      { ...ev('last week', '2024-10-14', 'p1', 0), endDate: '2024-10-20' },
    ]);
    expect(entries.map((e) => [e.text, e.start, e.end])).toEqual([
      ['last week', '2024-10-14', '2024-10-20'],
      ['on October 27 and 28', '2024-10-27', '2024-10-28'],
    ]);
  });

  it('formats full, month and year dates and day ranges', () => {
    expect(formatResolvedDate('2024-10-23')).toMatch(/23 October 2024|October 23, 2024/u);
    expect(formatResolvedDate('2024-10')).toMatch(/October 2024/u);
    expect(formatResolvedDate('2024')).toBe('2024');
    expect(formatResolvedDate('2024-10-27', '2024-10-28')).toMatch(/27\s*–\s*28 October 2024|October 27\s*–\s*28, 2024/u);
    expect(formatResolvedDate('not a date')).toBe('not a date');
  });

  it('cuts a context excerpt at word boundaries with ellipses', () => {
    const text = 'Zelensky said Friday that according to intelligence, Russia will deploy its first troops in combat zones on October 27 and 28, adding that this is a clear step in the escalation.';
    const start = text.indexOf('on October');
    const excerpt = excerptAround(text, start, start + 'on October 27 and 28'.length, 30);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('on October 27 and 28');
    // Cut between words: the first word shown is a whole word of the text.
    const firstWord = excerpt.slice(1).split(' ')[0]!;
    expect(text).toContain(` ${firstWord} `);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerptAround('short text', 0, 5)).toBe('short text');
  });
});
