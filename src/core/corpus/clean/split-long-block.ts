/**
 * Longest paragraph the pipeline hands on. Enrichment scans a paragraph with patterns that
 * can backtrack over its whole length (100,000 dots took 15 s, a 320 KB run of open quotes
 * as long), so a block longer than this is cut into pieces at sentence ends, else at spaces,
 * else hard: every later stage then sees bounded inputs and stays linear in the file size.
 * Real paragraphs are shorter (the longest of the 2,225 BBC articles has 3,205 characters),
 * so ordinary documents keep their paragraphs, ids and offsets unchanged.
 */
export const MAX_PARAGRAPH_CHARS = 4000;
const MIN_PIECE = MAX_PARAGRAPH_CHARS / 2;

export function splitLongBlock(block: string): string[] {
  if (block.length <= MAX_PARAGRAPH_CHARS) return [block];
  const pieces: string[] = [];
  let rest = block;
  while (rest.length > MAX_PARAGRAPH_CHARS) {
    const window = rest.slice(0, MAX_PARAGRAPH_CHARS + 1);
    let cut = lastMatchEnd(window, /[.!?…]["'”’)\]]*\s+/gu);
    if (cut < MIN_PIECE) cut = window.lastIndexOf(' ') + 1;
    if (cut < MIN_PIECE) cut = MAX_PARAGRAPH_CHARS;
    // Never between the two halves of a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut);
  }
  const last = rest.trim();
  if (last) pieces.push(last);
  return pieces;
}

/** End of the last match of `re` (global) in `text`, or 0. Linear: each match is found once. */
function lastMatchEnd(text: string, re: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}
