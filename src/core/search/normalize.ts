import lunr from 'lunr';

/**
 * The one definition of "a word" shared by the index builder, the query planner, phrase
 * verification and highlighting, so a highlighted range is always exactly what matched.
 *
 * Tokens are what lunr.tokenizer makes (split on whitespace and hyphens, lunr.tokenizer.separator);
 * each token is then folded (case, diacritics, curly apostrophes, possessive 's), trimmed of
 * punctuation, and — for the inverted index — stop-word filtered and Porter-stemmed by lunr's own
 * stemmer. The same steps are registered as a lunr pipeline function (see lunr-pipeline.ts) so a
 * plain lunr index built with them is the reference our engine is tested against.
 */

const SEPARATOR = /[^\s-]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/gu;
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const TRAILING_NON_WORD = /[^\p{L}\p{N}]+$/u;
const POSSESSIVE = /'s?$/u;

const PLAIN_WORD = /^[a-z0-9]+$/iu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const foldCache = new Map<string, string>();

/** Folds case and diacritics ("Café" → "cafe", "Russia’s" → "russia"); "" when nothing word-like is left. */
export function foldWord(raw: string): string {
  if (PLAIN_WORD.test(raw)) return raw.toLowerCase();
  let folded = foldCache.get(raw);
  if (folded === undefined) {
    folded = foldSlow(raw);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(raw, folded);
  }
  return folded;
}

function foldSlow(raw: string): string {
  let s = raw.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(CURLY_APOSTROPHES, "'");
  s = s.replace(LEADING_NON_WORD, '').replace(TRAILING_NON_WORD, '');
  if (s.includes("'")) s = s.replace(POSSESSIVE, '').replace(TRAILING_NON_WORD, '');
  return s;
}

const stemCache = new Map<string, string>();
const STOP = '';

/** Stem of a folded word for the inverted index, or null for a stop word (not indexed, lunr.stopWordFilter). */
export function indexTerm(word: string): string | null {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    const token = new lunr.Token(word, {});
    stem = lunr.stopWordFilter(token) ? lunr.stemmer(token).toString() : STOP;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem === STOP ? null : stem;
}

/** Stem of a folded query word: lunr's search pipeline stems but does not drop stop words. */
export function queryTerm(word: string): string {
  return indexTerm(word) ?? lunr.stemmer(new lunr.Token(word, {})).toString();
}

export interface Token {
  /** UTF-16 range of the word in the source text, without surrounding punctuation. */
  start: number;
  end: number;
  /** Folded word (unstemmed; stop words kept), used for phrases. */
  word: string;
  /** Cased form (casedForm), or null. */
  cased: string | null;
}

/** Tokens of a text in reading order; punctuation-only tokens ("—", "&") are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(SEPARATOR)) {
    const word = foldWord(m[0]);
    if (!word) continue;
    const raw = m[0];
    const lead = LEADING_NON_WORD.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING_NON_WORD.exec(raw)?.[0].length ?? 0;
    const start = m.index + lead;
    let end = m.index + raw.length - trail;
    // Highlight "Russia" in "Russia’s", as the matched word.
    const possessive = /['\u2018\u2019\u02bc\u2032]s?$/u.exec(text.slice(start, end));
    if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
    tokens.push({ start, end, word, cased: casedForm(raw, word, startsSentence(text, m.index)) });
  }
  return tokens;
}

/**
 * Ranges of the first `count` tokens only (no folding of the words): the same tokens as
 * tokenize(), for turning token-stream positions back into highlight offsets cheaply.
 */
export function tokenSpans(text: string, count: number): number[] {
  // Flat [start, end, start, end, …] found by scanning characters: every paragraph of every
  // result shown is walked per query, and a match object plus a span object per word were most
  // of what a search allocated.
  const spans: number[] = [];
  if (count <= 0) return spans;
  const n = text.length;
  let i = 0;
  while (i < n && spans.length < 2 * count) {
    while (i < n && separates(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let plain = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (separates(c)) break;
      if (plain && !isAsciiAlnum(c)) plain = false;
    }
    if (plain) {
      spans.push(start, i);
      continue;
    }
    // Next commonest: ASCII punctuation around a plain word ("said,", "(BBC)", "\"Yes."). The
    // word is the token as tokenize() trims it, with no possessive to drop (no apostrophe inside).
    let a = start;
    while (a < i && isAsciiNonAlnum(text.charCodeAt(a))) a++;
    let b = a;
    while (b < i && isAsciiAlnum(text.charCodeAt(b))) b++;
    let c = b;
    while (c < i && isAsciiNonAlnum(text.charCodeAt(c))) c++;
    if (b > a && c === i) {
      spans.push(a, b);
      continue;
    }
    const raw = text.slice(start, i);
    // A token is kept iff it folds to something; letters or digits always do.
    if (!WORD_CHAR.test(raw) && !foldWord(raw)) continue;
    const t = tokenize(raw)[0];
    if (t) spans.push(start + t.start, start + t.end);
    else spans.push(start, i);
  }
  return spans;
}

/** What SEPARATOR splits on: white space as `\s` matches it, and the hyphen-minus. */
function separates(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c === 0x2d) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiNonAlnum(c: number): boolean {
  return c < 0x80 && !isAsciiAlnum(c);
}

/**
 * Case that carries meaning. Folding makes "US" the stop word "us" and "WHO" the stop word
 * "who"; so a token written in capitals (two or more capital letters, no lower case: US, WHO,
 * IT, AIDS, NATO, G7) also gets a cased term, its folded word upper-cased ("US"), and a few
 * stop words that are names or months when capitalised mid-sentence ("May", "Will") get one
 * capitalised ("May"). A query word typed the same way matches only those tokens
 * (query-parse.ts); typed in lower case it matches every case, as before.
 */
const PROPER_STOP_WORDS = new Set(['may', 'will', 'rather']);
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
const CAPITAL = /\p{Lu}/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const SENTENCE_END = /[.!?:\u2026]/u;
const OPENERS = /[\s"'\u201c\u201d\u2018\u2019([\u2014\u2013-]/u;

function core(raw: string): string {
  return raw.replace(LEADING_NON_WORD, '').replace(TRAILING_NON_WORD, '').replace(/['\u2018\u2019\u02bc\u2032]s?$/u, '');
}

/** Cased form of a query or text word as written (raw), or null when its case means nothing. */
export function casedForm(raw: string, word: string, sentenceStart: boolean): string | null {
  const first = raw.charCodeAt(0);
  if (first >= 97 && first <= 122) return null; // lower case: the common case, decided cheaply
  if (!PLAIN_WORD.test(word) && !/^[\p{L}\p{N}]+$/u.test(word)) return null;
  const c = core(raw);
  if (ALL_CAPS.test(c) && (c.match(CAPITAL)?.length ?? 0) >= 2) return word.toUpperCase();
  if (!sentenceStart && PROPER_STOP_WORDS.has(word) && CAPITALISED.test(c)) return word[0]!.toUpperCase() + word.slice(1);
  return null;
}

/** Whether a token starting at `at` begins a sentence (nothing but openers since a full stop, or the text start). */
function startsSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && OPENERS.test(text[j]!)) j--;
  return j < 0 || SENTENCE_END.test(text[j]!);
}

/** Folded words plus each word's cased form (or null), in token order. */
export function tokenWordsCased(text: string): { words: string[]; cased: (string | null)[] } {
  const words: string[] = [];
  const cased: (string | null)[] = [];
  for (const m of text.matchAll(SEPARATOR)) {
    const word = foldWord(m[0]);
    if (!word) continue;
    words.push(word);
    const first = m[0].charCodeAt(0);
    cased.push(first >= 97 && first <= 122 ? null : casedForm(m[0], word, startsSentence(text, m.index)));
  }
  return { words, cased };
}

/** Just the folded words, for building the index quickly. */
export function tokenWords(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(SEPARATOR)) {
    const word = foldWord(m[0]);
    if (word) words.push(word);
  }
  return words;
}
