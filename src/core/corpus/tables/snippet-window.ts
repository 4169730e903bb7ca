/** A window of about `width` characters of a paragraph around [start, end), cut at spaces. */
export function snippetWindow(text: string, start: number, end: number, width = 110): { snippet: string; snippetStart: number } {
  if (text.length <= width) return { snippet: text, snippetStart: 0 };
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.floor(room / 3));
  let to = Math.min(text.length, Math.max(end, from + width));
  if (to - from < width) from = Math.max(0, to - width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return { snippet: text.slice(from, to), snippetStart: from };
}
