/**
 * Features of one token for the entity tagger (ner-model.ts). Training (scripts/train-ner.ts)
 * and tagging call this same function, so a feature is spelled one way everywhere. Features are
 * short strings: the word and its lower-cased form, its shape, affixes, the punctuation around
 * it, its neighbours, its place in the sentence and what compromise's lexicon and our newsroom
 * lists know about it. The tags already chosen for the previous tokens are added by the tagger.
 */
import { isDemonym, isFirstName, isOrgHead, isPlaceHead, isTitle, tagsOf } from './lexicon';
import { type Token } from './name-runs';
import { type Span } from './sentences';

/** "Obama" -> "Xx", "NATO" -> "X", "3,000" -> "d,d", "McDonald" -> "XxXx", "al-Assad" -> "x-Xx". */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** The punctuation between two tokens, spaces dropped: "", ",", "(", "“", "." … (capped). */
function gapOf(text: string, from: number, to: number): string {
  const gap = text.slice(from, to).replace(/\s+/gu, '');
  return gap.length > 3 ? gap.slice(0, 3) : gap;
}

export interface TokenContext {
  text: string;
  tokens: readonly Token[];
  /** Per token: it opens its sentence. */
  sentenceStart: readonly boolean[];
}

export function tokenContext(text: string, tokens: readonly Token[], sentences: readonly Span[]): TokenContext {
  const sentenceStart: boolean[] = [];
  let s = 0;
  let last = -1;
  for (const t of tokens) {
    while (s < sentences.length && (sentences[s] as Span).end <= t.start) s += 1;
    sentenceStart.push(s !== last);
    last = s;
  }
  return { text, tokens, sentenceStart };
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '<none>');

/** Features of token i that do not depend on earlier tags. */
export function tokenFeatures(ctx: TokenContext, i: number): string[] {
  const { text, tokens } = ctx;
  const t = tokens[i] as Token;
  const w = t.text;
  const l = w.toLowerCase();
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const shape = shapeOf(w);
  const f = [
    'b', `w:${w}`, `l:${l}`, `s:${shape}`, `p1:${l.slice(0, 1)}`, `p3:${l.slice(0, 3)}`,
    `x2:${l.slice(-2)}`, `x3:${l.slice(-3)}`, `x4:${l.slice(-4)}`,
    `g-:${prev ? gapOf(text, prev.end, t.start) : '^'}`, `g+:${next ? gapOf(text, t.end, next.start) : '$'}`,
    `l-1:${lower(prev)}`, `l+1:${lower(next)}`, `l-2:${lower(tokens[i - 2])}`, `l+2:${lower(tokens[i + 2])}`,
    `s-1:${prev ? shapeOf(prev.text) : '^'}`, `s+1:${next ? shapeOf(next.text) : '$'}`,
    `s-1s:${prev ? shapeOf(prev.text) : '^'}|${shape}|${next ? shapeOf(next.text) : '$'}`,
  ];
  if (ctx.sentenceStart[i]) f.push(`first:${shape}`, `firstl:${l}`);
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
