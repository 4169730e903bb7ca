import type { Paragraph } from '../../../shared/corpus';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2024-10-25" → "25 October 2024" in the user's locale; partial dates stay as written. */
export function formatDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** At 230 words a minute, the pace usually assumed for attentive reading of news prose. */
export function readingMinutes(paragraphs: readonly Paragraph[]): number {
  let words = 0;
  for (const p of paragraphs) words += p.text.split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
