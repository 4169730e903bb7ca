import type { CharRange } from './hits';

/**
 * Keyword-in-context: a window of a paragraph around its densest run of hits, cut at word
 * boundaries, with the hit ranges re-based onto the window.
 */

export interface Snippet {
  /** Offset of the window in the paragraph. */
  start: number;
  text: string;
  highlights: CharRange[];
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

export const SNIPPET_LENGTH = 220;
const LEAD = 60;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

export function buildSnippet(text: string, hits: readonly CharRange[], maxLength = SNIPPET_LENGTH): Snippet {
  if (text.length <= maxLength) return { start: 0, text, highlights: hits.map((h) => ({ ...h })), truncatedStart: false, truncatedEnd: false };
  // The hit that starts the window holding the most hits.
  let bestAt = 0;
  let bestCount = -1;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.end <= hits[i]!.start + maxLength - LEAD) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      bestAt = i;
    }
  }
  const anchor = hits[bestAt]?.start ?? 0;
  let start = Math.max(0, anchor - LEAD);
  // Start at a word boundary (never inside the hit).
  while (start > 0 && start < anchor && !isSpace(text[start - 1])) start++;
  while (start < anchor && isSpace(text[start])) start++;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    let cut = end;
    while (cut > start && !isSpace(text[cut])) cut--;
    // Never cut through a hit, and keep words whole unless one word fills the window.
    const straddling = hits.find((h) => h.start < cut && h.end > cut);
    if (straddling) cut = straddling.end;
    if (cut > start + LEAD) end = cut;
  }
  while (end > start && isSpace(text[end - 1])) end--;
  const highlights = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: h.start - start, end: h.end - start }));
  return { start, text: text.slice(start, end), highlights, truncatedStart: start > 0, truncatedEnd: end < text.length };
}
