import type { QueryError, SearchSnippet, TextRange } from '../../../../shared/api/search';

/** A run of text, marked or not: what a snippet, title or query is drawn from. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked parts at the given ranges (UTF-16 offsets, end
 * exclusive). Ranges are clamped, sorted and merged, so bad or overlapping input never
 * duplicates or loses text: joining the parts always gives `text` back.
 */
export function splitByRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const clean = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false });
    parts.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** A keyword-in-context snippet as parts, with "…" where the paragraph goes on. */
export function snippetParts(snippet: SearchSnippet): TextPart[] {
  const parts = splitByRanges(snippet.text, snippet.highlights);
  if (snippet.truncatedStart) parts.unshift({ text: '…', marked: false });
  if (snippet.truncatedEnd) parts.push({ text: '…', marked: false });
  return parts;
}

/** How many characters of a long query to show around the spot an error is about. */
const QUERY_CONTEXT = 24;

/**
 * The part of the query an error points at, with a little context either side, for the
 * inline explanation ("…title: ← here"). Null when the error has no position.
 */
export function queryErrorParts(query: string, error: QueryError): TextPart[] | null {
  if (error.start === null) return null;
  const start = Math.max(0, Math.min(query.length, error.start));
  const end = Math.max(start, Math.min(query.length, error.end ?? start));
  const from = Math.max(0, start - QUERY_CONTEXT);
  const to = Math.min(query.length, end + QUERY_CONTEXT);
  const parts: TextPart[] = [];
  if (from > 0) parts.push({ text: '…', marked: false });
  if (start > from) parts.push({ text: query.slice(from, start), marked: false });
  // An empty range (e.g. "nothing after title:") is shown as a marked gap.
  parts.push({ text: end > start ? query.slice(start, end) : ' ', marked: true });
  if (to > end) parts.push({ text: query.slice(end, to), marked: false });
  if (to < query.length) parts.push({ text: '…', marked: false });
  return parts;
}
