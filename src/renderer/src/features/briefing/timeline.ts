import type { DatedEvent } from '../../../../shared/corpus';

/** One line of the timeline: a date expression as written and the date (or range) it resolves to. */
export interface TimelineEntry {
  key: string;
  /** As written: "on October 27 and 28". */
  text: string;
  /** Resolved: YYYY-MM-DD, YYYY-MM or YYYY; `end` set when one expression names several days. */
  start: string;
  end: string | null;
  paragraphId: string;
}

/**
 * Dated events in chronological order (ties keep document order). Several events cut from the
 * same written expression ("October 27 and 28") become one entry spanning their dates.
 */
export function buildTimeline(events: readonly DatedEvent[]): TimelineEntry[] {
  const byExpression = new Map<string, DatedEvent[]>();
  for (const event of events) {
    const key = `${event.paragraphId}:${event.start}:${event.end}`;
    const list = byExpression.get(key);
    if (list) list.push(event);
    else byExpression.set(key, [event]);
  }
  const entries = [...byExpression.entries()].map(([key, group]): TimelineEntry => {
    // A range comes either as one event with `endDate` or as one event per day of the same expression.
    const dates = [...new Set(group.flatMap((e) => (e.endDate ? [e.date, e.endDate] : [e.date])))].sort();
    const first = group[0]!;
    return { key, text: first.text, start: dates[0]!, end: dates.length > 1 ? dates[dates.length - 1]! : null, paragraphId: first.paragraphId };
  });
  // Array.prototype.sort is stable, so equal dates keep document order.
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', timeZone: 'UTC' });

function parse(date: string): { at: Date; format: Intl.DateTimeFormat } | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (day) return { at: new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)), format: dayFormat };
  const month = /^(\d{4})-(\d{2})$/u.exec(date);
  if (month) return { at: new Date(Date.UTC(+month[1]!, +month[2]! - 1, 1)), format: monthFormat };
  return null;
}

/**
 * "2024-10-23" → "23 October 2024", "2024-10" → "October 2024", "2024" → "2024" (user's locale);
 * a range of two days of the same precision → "27–28 October 2024".
 */
export function formatResolvedDate(start: string, end: string | null = null): string {
  const from = parse(start);
  if (!from || Number.isNaN(from.at.getTime())) return end ? `${start} – ${end}` : start;
  if (!end || end === start) return from.format.format(from.at);
  const to = parse(end);
  if (!to || to.format !== from.format || Number.isNaN(to.at.getTime())) return `${from.format.format(from.at)} – ${end}`;
  return from.format.formatRange(from.at, to.at);
}

/**
 * A short stretch of `text` around [start, end), cut at word boundaries, for context under a
 * timeline date: "…will deploy its first North Korean troops in combat zones on October 27 and 28…".
 */
export function excerptAround(text: string, start: number, end: number, radius = 60): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
