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

/** A span of whole months: "2025-07" to "2025-09". */
function monthSpan(y: number, firstMonth: number, months: number): ResolvedDate {
  const last = y * 12 + (firstMonth - 1) + months - 1;
  return { date: formatMonth(y, firstMonth), endDate: formatMonth(Math.floor(last / 12), (last % 12) + 1) };
}

/** Which (year, period) holds the publication date, for periods starting at `starts` months. */
function periodAt(pub: Ymd, starts: readonly number[]): { y: number; index: number } {
  for (let i = starts.length - 1; i >= 0; i--) if (pub.m >= starts[i]!) return { y: pub.y, index: i };
  return { y: pub.y - 1, index: starts.length - 1 };
}

/**
 * A period that recurs each year (a quarter, a season) named without a year: in past-tense text
 * the latest one that has begun by publication; in future-tense text the next one not yet over.
 */
function recurring(pub: Ymd, starts: readonly number[], index: number, dir: Direction, months: number): ResolvedDate {
  const now = periodAt(pub, starts);
  const order = (y: number, i: number) => y * starts.length + i;
  let y = pub.y;
  if (dir === 'past' && order(y, index) > order(now.y, now.index)) y -= 1;
  if (dir === 'future' && order(y, index) < order(now.y, now.index)) y += 1;
  return monthSpan(y, starts[index]!, months);
}

const QUARTER_STARTS = [1, 4, 7, 10] as const;

/** "the third quarter" (of 2025), "Q3": the quarter's three months as a span. Calendar quarters. */
export function resolveQuarter(pub: Ymd | null, quarter: number, dir: Direction, year?: number): ResolvedDate | null {
  if (quarter < 1 || quarter > 4) return null;
  if (year !== undefined) return monthSpan(year, QUARTER_STARTS[quarter - 1]!, 3);
  return pub ? recurring(pub, QUARTER_STARTS, quarter - 1, dir, 3) : null;
}

/** Meteorological seasons, northern hemisphere: winter runs December to February. */
const SEASON_STARTS = [3, 6, 9, 12] as const;
const SEASONS: Record<string, number> = { spring: 0, summer: 1, autumn: 2, fall: 2, winter: 3 };

/**
 * "in the summer", "last winter", "spring 2024": the season's months as a span. "last"/"next"
 * name the one before or after the current one; a year names that year's (winter 2024 starts in
 * December 2024).
 */
export function resolveSeason(pub: Ymd | null, season: string, dir: Direction, relative?: 'last' | 'next' | 'this', year?: number): ResolvedDate | null {
  const index = SEASONS[season.toLowerCase()];
  if (index === undefined) return null;
  if (year !== undefined) return monthSpan(year, SEASON_STARTS[index]!, 3);
  if (!pub) return null;
  if (relative === 'this') {
    // "this summer" in autumn is the summer just gone; in spring, the one to come.
    return recurring(pub, SEASON_STARTS, index, dir, 3);
  }
  if (relative) {
    const now = periodAt(pub, SEASON_STARTS);
    let y = now.y;
    const step = relative === 'last' ? -1 : 1;
    // Step season by season from the current one until the named season is reached.
    let i = now.index;
    do {
      i += step;
      if (i < 0) { i = 3; y -= 1; }
      if (i > 3) { i = 0; y += 1; }
    } while (i !== index);
    return monthSpan(y, SEASON_STARTS[index]!, 3);
  }
  return recurring(pub, SEASON_STARTS, index, dir, 3);
}

const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** "two years ago", "10 days ago", "a month ago": as precise as the unit (a year ago is a year). */
export function resolveAgo(pub: Ymd, count: string, unit: string): ResolvedDate | null {
  const n = /^\d+$/.test(count) ? Number(count) : COUNT_WORDS[count.toLowerCase()];
  if (n === undefined || n < 1 || n > 500) return null;
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day') return { date: formatDay(addDays(pub, -n)) };
  if (u === 'week') return { date: formatDay(addDays(pub, -7 * n)) };
  if (u === 'month') {
    const index = pub.y * 12 + (pub.m - 1) - n;
    return { date: formatMonth(Math.floor(index / 12), (index % 12) + 1) };
  }
  if (u === 'year') return { date: String(pub.y - n) };
  if (u === 'decade') return { date: String(pub.y - 10 * n) };
  return null;
}
