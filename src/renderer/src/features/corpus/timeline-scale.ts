import type { TimelineBucket } from '../../../../shared/corpus-tables';

/**
 * The chart's axis: years, or months once the shown range is short enough for months to
 * read. Positions are bucket indices (a year, or year * 12 + month - 1), so brushing and
 * zooming are the same arithmetic at either scale.
 */
export type Scale = 'year' | 'month';

export interface Domain {
  scale: Scale;
  from: number;
  to: number;
}

/** A range of at most this many years is drawn by month. */
export const MONTHS_UP_TO_YEARS = 3;

export function indexOf(key: string, scale: Scale): number {
  const year = Number(key.slice(0, 4));
  return scale === 'year' ? year : year * 12 + (key.length >= 7 ? Number(key.slice(5, 7)) - 1 : 0);
}

export function keyOf(index: number, scale: Scale): string {
  if (scale === 'year') return String(index);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function labelOf(index: number, scale: Scale): string {
  return scale === 'year' ? String(index) : `${MONTH_NAMES[index % 12]} ${Math.floor(index / 12)}`;
}

/**
 * The shown range: the zoomed years (or every year with events), by month when it spans at
 * most MONTHS_UP_TO_YEARS years and some events are dated to a month.
 */
export function domainFor(years: readonly TimelineBucket[], months: readonly TimelineBucket[], zoom: { from: number; to: number } | null): Domain | null {
  let range = zoom;
  if (!range) {
    if (years.length === 0) return null;
    const all = years.map((b) => Number(b.key));
    range = { from: Math.min(...all), to: Math.max(...all) };
  }
  const byMonth = range.to - range.from + 1 <= MONTHS_UP_TO_YEARS && months.some((m) => Number(m.key.slice(0, 4)) >= range.from && Number(m.key.slice(0, 4)) <= range.to);
  return byMonth ? { scale: 'month', from: range.from * 12, to: range.to * 12 + 11 } : { scale: 'year', ...range };
}

/** Index under x (0..1 across the chart), clamped to the domain. */
export function indexAt(x: number, domain: Domain): number {
  const span = domain.to - domain.from + 1;
  return Math.min(domain.to, Math.max(domain.from, domain.from + Math.floor(Math.min(0.9999, Math.max(0, x)) * span)));
}

/** Bars of the domain: x and width in 0..1, height relative to the tallest. */
export function bars(buckets: readonly TimelineBucket[], domain: Domain) {
  const span = domain.to - domain.from + 1;
  const inRange = buckets.map((b) => ({ index: indexOf(b.key, domain.scale), count: b.count })).filter((b) => b.index >= domain.from && b.index <= domain.to);
  const max = Math.max(1, ...inRange.map((b) => b.count));
  return inRange.map((b) => ({ index: b.index, count: b.count, x: (b.index - domain.from) / span, width: 1 / span, height: b.count / max }));
}

/** At most ~8 evenly spaced labelled positions; months start on a January when they can. */
export function ticks(domain: Domain): number[] {
  const span = domain.to - domain.from + 1;
  const step = domain.scale === 'month' ? [1, 2, 3, 6, 12].find((s) => span / s <= 8) ?? 12 : Math.max(1, Math.ceil(span / 8));
  const out: number[] = [];
  for (let i = domain.from; i <= domain.to; i += step) out.push(i);
  return out;
}
