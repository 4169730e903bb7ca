/**
 * Text normalisation every input format goes through. Visible text is unchanged:
 * NFC only composes equivalent sequences, and a non-breaking space renders as a space.
 */
const NBSP = /[\u00A0\u2007\u202F]/gu;
// Zero-width space, word joiner and BOM are invisible; ZWJ/ZWNJ are kept (emoji, Indic and Persian script).
const INVISIBLE = /\u200B|\u2060|\uFEFF/gu;

export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(NBSP, ' ').replace(INVISIBLE, '').replace(/\r\n?/gu, '\n');
}

/** Collapses runs of whitespace inside a paragraph (hard-wrapped lines, double spaces). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Key used to compare titles and paragraphs regardless of spacing and quote style. */
export function comparisonKey(text: string): string {
  return collapseWhitespace(normaliseText(text))
    .replace(/[\u2018\u2019\u201B\u2032]/gu, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/gu, '"')
    .toLowerCase();
}

/** Accepts YYYY-MM-DD or an ISO timestamp; anything else is not a usable date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
  if (!m) {
    // Only full dates written out ("Oct 25, 2024"); a bare "2024" is not a day.
    if (!/\p{L}{3}/u.test(value) || !/\b\d{1,2}\b/u.test(value) || !/\b\d{4}\b/u.test(value)) return null;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) return null;
    // Parsed as local time, so read it back in local time (toISOString could shift the day).
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  }
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${mo}-${d}`;
}
