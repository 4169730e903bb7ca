/**
 * Sentence spans inside a paragraph. Attribution ("X said"), claimants and tense all work per
 * sentence, and offsets must stay paragraph-relative, so we split by rule instead of re-joining
 * a library's normalised text.
 */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs',
  'inc', 'co', 'ltd', 'corp', 'prof', 'capt', 'sgt', 'maj', 'adm', 'rev', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'fig',
]);

// A terminator, then optional closing quotes/brackets, then whitespace, then a plausible sentence start.
// The lookbehind lets a match start only at the first terminator of a run: without it, a run of n
// dots with no sentence after it was tried from each of its n dots, each try reading to the run's
// end (n² steps: 100,000 dots took seconds). A later start in the same run could never match where
// the first did not, so the spans are the same.
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘(]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    const terminator = m[1] ?? '';
    if (terminator === '.' && endsWithAbbreviation(text, at)) continue;
    if (terminator === '…' && !m[2]) continue; // "like… f**k" trails off mid-sentence
    const end = at + terminator.length + (m[2]?.length ?? 0);
    spans.push({ start, end });
    start = end + (m[3]?.length ?? 0);
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function endsWithAbbreviation(text: string, dotAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotAt - 12), dotAt))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(before)) return true; // initial: "Paul P. Murphy"
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true; // "U.S." / "U.K."
  return ABBREVIATIONS.has(before.toLowerCase());
}

export function sentenceAt(sentences: readonly Span[], offset: number): Span {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s;
  return sentences[sentences.length - 1] ?? { start: 0, end: 0 };
}
