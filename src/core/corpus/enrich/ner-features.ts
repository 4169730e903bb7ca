/**
 * Features of one token for the entity tagger (ner-model.ts). Training (scripts/train-ner.ts)
 * and tagging call this same function, so a feature is spelled one way everywhere. Features are
 * short strings: the word and its lower-cased form, its shape, affixes, the punctuation around
 * it, its neighbours, its place in the sentence and what compromise's lexicon and our newsroom
 * lists know about it. The tags already chosen for the previous tokens are added by the tagger.
 */
import { placeKind } from './gazetteer';
import { isDemonym, isFirstName, isOrgHead, isPlaceHead, isTitle, tagsOf } from './lexicon';
import { type Token } from './name-runs';
import { type Span } from './sentences';

/** "Obama" -> "Xx", "NATO" -> "X", "3,000" -> "d,d", "McDonald" -> "XxXx", "al-Assad" -> "x-Xx". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    // ASCII by char code (most words); the Unicode classes only for the rest.
    const c = code < 128
      ? code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (last !== c) out += c;
    last = c;
  }
  return out;
}

/** The punctuation between two tokens, spaces dropped: "", ",", "(", "“", "." … (capped). */
function gapOf(text: string, from: number, to: number): string {
  const gap = text.slice(from, to).replace(/\s+/gu, '');
  return gap.length > 3 ? gap.slice(0, 3) : gap;
}

/**
 * What the whole document says about its words: news writes a name the same way every time and
 * an ordinary word in lower case somewhere, so "Apple" opening a sentence is a name when the
 * text never writes "apple", and "Obama" alone is likely the surname of "Barack Obama".
 */
export interface DocumentWords {
  /** Lower-cased words written in lower case somewhere in the document. */
  lowerCase: Set<string>;
  /** Lower-cased words written capitalised inside a sentence (not its first word). */
  capitalisedInside: Set<string>;
  /** Lower-cased words seen as the last word of a capitalised run of two or more. */
  runLast: Set<string>;
  /** Lower-cased words seen in a capitalised run of two or more, not last. */
  runInner: Set<string>;
  /** Lower-cased words written alone as a capitalised one-word run inside a sentence ("Annan said" after "Kofi Annan"). */
  solo: Set<string>;
  /**
   * Lower-cased word -> the types ("organization", "person,place") that medium or strong rules
   * gave the runs holding it anywhere in the document: a name typed by a cue once ("an analyst
   * at Zotero") is the same name where nothing marks it (Krishnan & Manning 2006's document
   * consistency, as a feature the tagger learns to weigh).
   */
  ruled: Map<string, string>;
}

export interface TokenContext {
  text: string;
  tokens: readonly Token[];
  /** Per token: it opens its sentence. */
  sentenceStart: readonly boolean[];
  /** Per token: [first, last] token index of the capitalised run holding it; null for others. */
  runs: readonly ([number, number] | null)[];
  doc: DocumentWords | null;
  /** Per token, what the rules made of it (entities.ts ruleFeatures); null when not given. */
  rules: readonly (readonly string[])[] | null;
  /** Per token, its place in a gazetteer name ("B|5", "I|r"), from gazetteerMatches; null outside one. */
  places: readonly (string | null)[];
}

const startsUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

export function tokenContext(text: string, tokens: readonly Token[], sentences: readonly Span[], doc: DocumentWords | null = null, rules: readonly (readonly string[])[] | null = null): TokenContext {
  const sentenceStart: boolean[] = [];
  let s = 0;
  let last = -1;
  for (const t of tokens) {
    while (s < sentences.length && (sentences[s] as Span).end <= t.start) s += 1;
    sentenceStart.push(s !== last);
    last = s;
  }
  // Capitalised runs: neighbours joined by white space only, none past a possessive.
  const runs: ([number, number] | null)[] = tokens.map(() => null);
  let i = 0;
  while (i < tokens.length) {
    if (!startsUpper((tokens[i] as Token).text)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !(tokens[j] as Token).possessive && startsUpper((tokens[j + 1] as Token).text) && /^\s+$/.test(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) j += 1;
    for (let k = i; k <= j; k++) runs[k] = [i, j];
    i = j + 1;
  }
  let places: (string | null)[] | null = null;
  // Computed on first read: the document-words pass (index.ts) never reads it.
  return { text, tokens, sentenceStart, runs, doc, rules, get places() { return (places ??= gazetteerMatches(text, tokens)); } };
}

/** Longest gazetteer names first: "New York City" before "New York" before "York". */
const LONGEST_PLACE = 4;

/**
 * Each token's place in a gazetteer name ("B|r5": first word of a division that is also a city of
 * 100,000 people). Names start and end with a capitalised word and are written with single
 * spaces ("Rio de Janeiro"); a possessive may only end one ("Leeds' striker").
 */
export function gazetteerMatches(text: string, tokens: readonly Token[]): (string | null)[] {
  const out: (string | null)[] = tokens.map(() => null);
  for (let i = 0; i < tokens.length; i++) {
    if (!startsUpper((tokens[i] as Token).text)) continue;
    let name = '';
    let best: { to: number; kind: string } | null = null;
    for (let j = i; j < Math.min(tokens.length, i + LONGEST_PLACE); j++) {
      const t = tokens[j] as Token;
      if (j > i) {
        const prev = tokens[j - 1] as Token;
        if (prev.possessive || text.slice(prev.end, t.start) !== ' ') break;
      }
      name = j === i ? t.text : `${name} ${t.text}`;
      const kind = startsUpper(t.text) ? placeKind(name) : undefined;
      if (kind) best = { to: j + 1, kind };
    }
    if (!best) continue;
    for (let k = i; k < best.to; k++) out[k] = `${k === i ? 'B' : 'I'}|${best.kind}`;
    i = best.to - 1;
  }
  return out;
}

/** DocumentWords of a document's paragraphs (each as its token context). */
export function documentWords(paragraphs: readonly TokenContext[]): DocumentWords {
  const doc: DocumentWords = { lowerCase: new Set(), capitalisedInside: new Set(), runLast: new Set(), runInner: new Set(), solo: new Set(), ruled: new Map() };
  const ruled = new Map<string, Set<string>>();
  for (const ctx of paragraphs) {
    ctx.rules?.forEach((rules, i) => {
      for (const r of rules) {
        const m = /^r:(person|organization|place)\|(?:medium|strong)$/.exec(r);
        if (!m) continue;
        const l = (ctx.tokens[i] as Token).text.toLowerCase();
        const types = ruled.get(l) ?? new Set<string>();
        types.add(m[1] as string);
        ruled.set(l, types);
      }
    });
    ctx.tokens.forEach((t, i) => {
      const l = t.text.toLowerCase();
      if (!startsUpper(t.text)) {
        if (l !== t.text || !/\p{L}/u.test(l)) doc.lowerCase.add(l);
        return;
      }
      if (!ctx.sentenceStart[i]) doc.capitalisedInside.add(l);
      const run = ctx.runs[i];
      if (run && run[1] > run[0]) (i === run[1] ? doc.runLast : doc.runInner).add(l);
      else if (run && (!ctx.sentenceStart[i] || (ctx.tokens[i + 1] && !startsUpper((ctx.tokens[i + 1] as Token).text)))) doc.solo.add(l);
    });
  }
  for (const [l, types] of ruled) doc.ruled.set(l, [...types].sort().join(','));
  return doc;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '<none>');

/** Features of token i that do not depend on earlier tags. */
export function tokenFeatures(ctx: TokenContext, i: number, shapes: readonly string[] = ctx.tokens.map((x) => shapeOf(x.text))): string[] {
  const { text, tokens } = ctx;
  const t = tokens[i] as Token;
  const w = t.text;
  const l = w.toLowerCase();
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const shape = shapes[i] as string;
  const f = [
    'b', `w:${w}`, `l:${l}`, `s:${shape}`, `p1:${l.slice(0, 1)}`, `p3:${l.slice(0, 3)}`,
    `x2:${l.slice(-2)}`, `x3:${l.slice(-3)}`, `x4:${l.slice(-4)}`,
    `g-:${prev ? gapOf(text, prev.end, t.start) : '^'}`, `g+:${next ? gapOf(text, t.end, next.start) : '$'}`,
    `l-1:${lower(prev)}`, `l+1:${lower(next)}`, `l-2:${lower(tokens[i - 2])}`, `l+2:${lower(tokens[i + 2])}`,
    `s-1:${prev ? shapes[i - 1] : '^'}`, `s+1:${next ? shapes[i + 1] : '$'}`,
    `s-1s:${prev ? shapes[i - 1] : '^'}|${shape}|${next ? shapes[i + 1] : '$'}`,
  ];
  if (ctx.sentenceStart[i]) f.push(`first:${shape}`, `firstl:${l}`);
  f.push(`l-1l:${lower(prev)}|${l}`, `ll+1:${l}|${lower(next)}`);
  const run = ctx.runs[i];
  if (run) {
    const [a, b] = run;
    f.push(`rlen:${Math.min(4, b - a + 1)}|${Math.min(3, i - a)}`, `rlast:${lower(tokens[b])}`, `rfirst:${lower(tokens[a])}`);
    if (b + 1 < tokens.length) f.push(`rnext:${lower(tokens[b + 1])}`);
    f.push(`rprev:${lower(tokens[a - 1])}`);
  }
  const rules = ctx.rules?.[i];
  if (rules) {
    if (rules.length === 0) f.push('r:-');
    for (const r of rules) f.push(r, `${r}|${shape}`);
    // The neighbours' verdicts: "Real" untyped before a rule's organisation, a title before a name.
    for (const r of ctx.rules?.[i - 1] ?? []) if (r.startsWith('r:')) f.push(`-1${r}`);
    for (const r of ctx.rules?.[i + 1] ?? []) if (r.startsWith('r:')) f.push(`+1${r}`);
  }
  const doc = ctx.doc;
  if (doc && startsUpper(w)) {
    if (doc.lowerCase.has(l)) f.push(ctx.sentenceStart[i] ? 'dlow-first' : 'dlow');
    if (ctx.sentenceStart[i] && doc.capitalisedInside.has(l)) f.push('dcap-first');
    if (doc.runLast.has(l)) f.push('drun-last');
    if (doc.runInner.has(l)) f.push('drun-inner');
    // A run whose last word the text also uses alone: "Kofi Annan" when "Annan" stands alone elsewhere.
    if (run && run[1] > run[0] && doc.solo.has(lower(tokens[run[1]]))) f.push(i === run[1] ? 'rlast-solo' : 'rlast-solo-in');
    const ruled = doc.ruled.get(l);
    if (ruled) f.push(`dr:${ruled}`, `dr:${ruled}|${ctx.rules?.[i]?.find((r) => r.startsWith('r:')) ?? 'r:-'}`);
  }
  const place = ctx.places[i];
  if (place) f.push(`gz:${place}`, `gz:${place}|${shape}`, `gzp:${place.slice(0, 1)}|${ctx.places[i - 1] ? 'in' : lower(prev)}`);
  if (t.possessive) f.push('poss');
  if (w.length === 1) f.push('len1');
  for (const tag of tagsOf(l)) f.push(`c:${tag}`);
  if (next) for (const tag of tagsOf(next.text.toLowerCase())) f.push(`c+1:${tag}`);
  if (prev) for (const tag of tagsOf(prev.text.toLowerCase())) f.push(`c-1:${tag}`);
  if (isFirstName(w)) f.push('first-name');
  if (isDemonym(w)) f.push('demonym');
  if (isOrgHead(w)) f.push('org-head');
  if (isPlaceHead(w)) f.push('place-head');
  if (isTitle(w)) f.push('title');
  if (prev && isTitle(prev.text)) f.push('title-1');
  if (next && isOrgHead(next.text)) f.push('org-head+1');
  if (next && isPlaceHead(next.text)) f.push('place-head+1');
  return f;
}
