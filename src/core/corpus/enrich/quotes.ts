/**
 * Quoted spans in a paragraph: curly “…” or straight "…" pairs, and British single quotes ‘…’
 * or '…'. Offsets cover the quoted words only (no quote marks, no trailing comma/full stop), so
 * `text === paragraph.slice(start, end)`. A double quote opened and never closed runs to the
 * paragraph end: news style continues a long quote into the next paragraph without closing the first.
 *
 * Single quotes share their mark with the apostrophe ("won’t", "group’s", "Koreas’"), and
 * American style uses them for quotes inside quotes and scare quotes. So a single-quoted span
 * counts only outside double quotes, with word boundaries on both sides, at least two words
 * inside, and an attribution cue ("said", "told", "according to") in its sentence outside it.
 */
import { isParticipleCue, isSpeechVerb } from './cues';
import { sentenceAt, type Span } from './sentences';

export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** Positions of the quote marks themselves (close = paragraph end when unclosed). */
  open: number;
  close: number;
}

export function findQuoteSpans(text: string, sentences: readonly Span[] = [{ start: 0, end: text.length }]): QuoteSpan[] {
  const spans = doubleQuoteSpans(text);
  if (!text.includes('‘') && !text.includes("'")) return spans;
  const singles = singleQuoteSpans(text).filter((s) =>
    !spans.some((d) => s.open < d.close && s.close > d.open) && hasCueOutside(text, sentences, s));
  return [...spans, ...singles].sort((a, b) => a.open - b.open);
}

function doubleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const next = nextIndexFinder(text);
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') {
      const found = straightQuote(text, i, next);
      if (!found) {
        i += 1;
        continue;
      }
      if (found.span) spans.push(found.span);
      i = found.resume;
      continue;
    }
    if (ch !== '“') {
      i += 1;
      continue;
    }
    let close = next('”', i + 1);
    const reopen = next('“', i + 1);
    if (reopen >= 0 && (close < 0 || reopen < close)) close = -1; // stray opener: skip it
    if (close < 0 && reopen >= 0) {
      i += 1;
      continue;
    }
    const closeAt = close < 0 ? text.length : close;
    const span = trimSpan(text, i + 1, closeAt);
    if (span) spans.push({ ...span, open: i, close: closeAt });
    i = closeAt + 1;
  }
  return spans;
}

type Facing = 'open' | 'close' | 'either';

/**
 * Which way a straight " faces, read from its neighbours as typesetters turn them curly: after
 * a space or bracket and before a word it opens (said "Go), after a word and before a space or
 * punctuation it closes (go," he); with spaces or words on both sides it could be either.
 */
function facing(text: string, i: number): Facing {
  const before = i > 0 ? text.charAt(i - 1) : ' ';
  const after = i + 1 < text.length ? text.charAt(i + 1) : ' ';
  const opens = /[\s([{—–/]/u.test(before) && !/\s/u.test(after);
  const closes = !/\s/u.test(before) && /[\s,.;:!?)\]}—–-]/u.test(after);
  return opens === closes ? 'either' : opens ? 'open' : 'close';
}

/**
 * The straight quote opening at `at`, paired by facing. Pairing each " with the next one read a
 * quote left open in news style (a long quote's sentences run on, the paragraph breaks between
 * them lost: … all year. "The second part…") as closed by the next opener, and every later pair
 * inside out, so the narration between two quotes became a quote (" the minister, who…, said
 * it "). Null when the mark cannot open (an inch mark, a stray closer); otherwise the span
 * (null when empty) and where the scan resumes.
 */
function straightQuote(text: string, at: number, next: (ch: string, from: number) => number): { span: QuoteSpan | null; resume: number } | null {
  const own = facing(text, at);
  if (own === 'close') return null;
  const j = next('"', at + 1);
  if (j >= 0 && facing(text, j) !== 'open') {
    const span = trimSpan(text, at + 1, j);
    return { span: span ? { ...span, open: at, close: j } : null, resume: j + 1 };
  }
  if (j >= 0) {
    // A new quote opens before this one closed. After a sentence's end it is news style: this
    // quote ran on to there. Otherwise this mark was a stray one.
    if (!/[.!?…][’'”]?\s+$/u.test(text.slice(Math.max(at + 1, j - 4), j))) return null;
    const span = trimSpan(text, at + 1, j);
    return { span: span ? { ...span, open: at, close: j - 1 } : null, resume: j };
  }
  // Never closed: a definite opener runs to the paragraph end (news continues a long quote into
  // the next paragraph); a mark that could as well close pairs with nothing.
  if (own !== 'open') return null;
  const span = trimSpan(text, at + 1, text.length);
  return { span: span ? { ...span, open: at, close: text.length } : null, resume: text.length };
}

/**
 * indexOf for a scan that only moves forward: the last answer per character is reused while
 * it is still ahead, so a paragraph of openers with no closer reads the text once, not once
 * per opener (issue 16: "“He said " repeated was n²).
 */
function nextIndexFinder(text: string): (ch: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (ch, from) => {
    const hit = last.get(ch);
    if (hit && hit.from <= from && (hit.at < 0 || hit.at >= from)) return hit.at;
    const at = text.indexOf(ch, from);
    last.set(ch, { from, at });
    return at;
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ‘…’ / '…' pairs whose marks sit on word boundaries: an apostrophe has letters on both sides. */
function singleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch !== '‘' && ch !== "'") continue;
    if (i > 0 && !/[\s(—–:;-]/.test(text.charAt(i - 1))) continue;
    if (!WORD_CHAR.test(text.charAt(i + 1))) continue;
    const closer = ch === '‘' ? '’' : "'";
    let close = -1;
    for (let j = text.indexOf(closer, i + 1); j >= 0; j = text.indexOf(closer, j + 1)) {
      const next = text.charAt(j + 1);
      if (WORD_CHAR.test(next) || /\s/.test(text.charAt(j - 1))) continue; // "won’t", or an opener
      // "members’ pay": a plural possessive, unless punctuation shows the quote ends there.
      const rest = text.slice(j + 1);
      if (text.charAt(j - 1) === 's' && /^\s\p{Ll}/u.test(rest) && rest.includes(closer) && !/^\s(?:said|says|he|she|they|added|told)\b/.test(rest)) continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    const span = trimSpan(text, i + 1, close);
    if (span && /\S\s+\S/.test(span.text)) spans.push({ ...span, open: i, close });
    i = close;
  }
  return spans;
}

const CUE_PHRASE = /\baccording to\b|\b(?:in|from) a statement\b/i;

function hasCueOutside(text: string, sentences: readonly Span[], q: QuoteSpan): boolean {
  const first = sentenceAt(sentences, q.open);
  const last = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  const outside = text.slice(first.start, q.open) + ' ' + text.slice(q.close + 1, last.end);
  if (CUE_PHRASE.test(outside)) return true;
  for (const m of outside.matchAll(/\p{L}+/gu)) if (isSpeechVerb(m[0]) || isParticipleCue(m[0])) return true;
  return false;
}

function trimSpan(text: string, start: number, end: number): { text: string; start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /[\s,.;:]/.test(text.charAt(e - 1))) e -= 1;
  if (e <= s) return null;
  return { text: text.slice(s, e), start: s, end: e };
}
