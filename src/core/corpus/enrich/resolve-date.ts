/**
 * Resolve a date expression against the publication date. News reports the past, so an
 * underspecified date ("on Wednesday", "in June", "October 23") is the most recent one not after
 * publication — unless the sentence is in the future ("will deploy … on October 27"), then it is
 * the next one. Calendar maths is done in UTC on plain dates: no time zones, no locale.
 */
export type Direction = 'past' | 'future';

export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  endDate?: string;
}

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export function parsePublished(published: string | null): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const formatDay = (v: Ymd): string => `${v.y}-${pad(v.m)}-${pad(v.d)}`;
export const formatMonth = (y: number, m: number): string => `${y}-${pad(m)}`;

const toEpochDay = (v: Ymd): number => Math.floor(Date.UTC(v.y, v.m - 1, v.d) / 86_400_000);
function fromEpochDay(day: number): Ymd {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
export const addDays = (v: Ymd, days: number): Ymd => fromEpochDay(toEpochDay(v) + days);
const weekdayOf = (v: Ymd): number => new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** weekday: 0 = Sunday. Past: the most recent such day on or before publication. */
export function resolveWeekday(pub: Ymd, weekday: number, dir: Direction): string {
  const diff = (weekdayOf(pub) - weekday + 7) % 7;
  return formatDay(dir === 'past' ? addDays(pub, -diff) : addDays(pub, diff === 0 ? 7 : 7 - diff));
}

/** "October 23" with no year; a date up to a week after publication counts as imminent. */
export function resolveMonthDay(pub: Ymd, month: number, day: number, dir: Direction, year?: number): ResolvedDate | null {
  if (day < 1 || day > 31) return null;
  if (year !== undefined) return day <= daysInMonth(year, month) ? { date: formatDay({ y: year, m: month, d: day }) } : null;
  const candidate = (y: number): Ymd => ({ y, m: month, d: Math.min(day, daysInMonth(y, month)) });
  const pubDay = toEpochDay(pub);
  const thisYear = toEpochDay(candidate(pub.y));
  let y = pub.y;
  if (dir === 'past' && thisYear > pubDay + 7) y -= 1;
  if (dir === 'future' && thisYear < pubDay) y += 1;
  return { date: formatDay(candidate(y)) };
}

export function resolveMonth(pub: Ymd, month: number, dir: Direction, year?: number): string {
  if (year !== undefined) return formatMonth(year, month);
  if (dir === 'past') return formatMonth(month > pub.m ? pub.y - 1 : pub.y, month);
  return formatMonth(month < pub.m ? pub.y + 1 : pub.y, month);
}

/** "last week", "this month", "next year", "today", "yesterday", "last night". */
export function resolveRelative(pub: Ymd, phrase: string): ResolvedDate | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (/\byesterday\b|\blast night\b/.test(p)) return { date: formatDay(addDays(pub, -1)) };
  if (/\btomorrow\b/.test(p)) return { date: formatDay(addDays(pub, 1)) };
  if (/\btonight\b|\btoday\b/.test(p)) return { date: formatDay(pub) };
  const m = /\b(last|this|next|past) (week|weekend|month|year)\b/.exec(p);
  if (!m) return null;
  const shift = m[1] === 'last' || m[1] === 'past' ? -1 : m[1] === 'next' ? 1 : 0;
  if (m[2] === 'year') return { date: String(pub.y + shift) };
  if (m[2] === 'month') {
    const index = pub.y * 12 + (pub.m - 1) + shift;
    return { date: formatMonth(Math.floor(index / 12), (index % 12) + 1) };
  }
  // Weeks run Monday to Sunday (ISO 8601); "weekend" is that week's Saturday and Sunday.
  const monday = addDays(pub, -((weekdayOf(pub) + 6) % 7) + 7 * shift);
  if (m[2] === 'weekend') return { date: formatDay(addDays(monday, 5)), endDate: formatDay(addDays(monday, 6)) };
  return { date: formatDay(monday), endDate: formatDay(addDays(monday, 6)) };
}
