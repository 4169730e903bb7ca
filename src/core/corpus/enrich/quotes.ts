/**
 * Quoted spans in a paragraph: curly “…” or straight "…" pairs. Offsets cover the quoted words
 * only (no quote marks, no trailing comma/full stop), so `text === paragraph.slice(start, end)`.
 * A quote opened and never closed runs to the paragraph end: news style continues a long quote
 * into the next paragraph without closing the first.
 */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** Positions of the quote marks themselves (close = paragraph end when unclosed). */
  open: number;
  close: number;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch !== '“' && ch !== '"') {
      i += 1;
      continue;
    }
    const closer = ch === '“' ? '”' : '"';
    let close = text.indexOf(closer, i + 1);
    if (ch === '“') {
      const reopen = text.indexOf('“', i + 1);
      if (reopen >= 0 && (close < 0 || reopen < close)) close = -1; // stray opener: skip it
      if (close < 0 && reopen >= 0) {
        i += 1;
        continue;
      }
    }
    if (close < 0 && ch === '"') break; // odd straight quote: cannot pair
    const closeAt = close < 0 ? text.length : close;
    const span = trimSpan(text, i + 1, closeAt);
    if (span) spans.push({ ...span, open: i, close: closeAt });
    i = closeAt + 1;
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): { text: string; start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /[\s,.;:]/.test(text.charAt(e - 1))) e -= 1;
  if (e <= s) return null;
  return { text: text.slice(s, e), start: s, end: e };
}
