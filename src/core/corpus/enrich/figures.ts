/**
 * Figures: numbers as written ("3,000", "1.2 million", "£1.2bn", "76%", "310p", "three hundred"),
 * their value, what they count (the noun phrase after them: "North Korean soldiers") and who
 * claims them (the quote's speaker when the number is quoted, else the sentence's attributed
 * source). Years, times and numbers that are part of a date expression are not figures.
 * Spelled-out numbers count from two upwards ("one of the", "one interpreter" is not a tally)
 * and only when a noun follows: "the two have deteriorated" is not a figure.
 */
import type { DatedEvent, Figure, Quote } from '../../../shared/corpus';
import { type ParagraphSources, type SourceRef } from './attribution';
import { isClaimVerb, isSpeechVerb } from './cues';
import { breaksPhrase } from './lexicon';
import { type QuoteSpan } from './quotes';
import { sentenceAt, type Span } from './sentences';
import { type SpeakerMemory } from './speakers';

const NUMBER = /(?<![\p{L}\p{N}.,:\-–/#])(US\$|A\$|[£$€¥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(\s?%|\s(?:per\s?cent|percent)\b)|\s(million|billion|trillion|thousand)\b|(bn|tn|m|k|p)\b)?(?![\p{L}\p{N}]|[.,]\d|:\d|[-–]\p{L})/gu;
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY_FREE_SHORT = 'p'; // "310p": pence, the UK share-price unit
const CURRENCY: Record<string, string> = { '£': 'pounds', $: 'dollars', US$: 'US dollars', A$: 'Australian dollars', '€': 'euros', '¥': 'yen' };

export interface FigureContext {
  paragraphId: string;
  text: string;
  sentences: readonly Span[];
  sources: ParagraphSources;
  quoteSpans: readonly QuoteSpan[];
  quotes: readonly Quote[];
  events: readonly DatedEvent[];
  memory: SpeakerMemory;
  /** The paragraph's place in the document, for resolving "he" against the people named so far. */
  paragraphIndex?: number;
}

export function findFigures(ctx: FigureContext): Figure[] {
  const figures: Figure[] = [];
  for (const m of ctx.text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.events.some((e) => start < e.end && end > e.start)) continue;
    const [, currency, digits = '', fraction = '', percent, word, short] = m;
    if (short && (short === CURRENCY_FREE_SHORT) === Boolean(currency)) continue; // "10m" alone may be metres; "£10m" is money
    if (!currency && !percent && !word && !short && !digits.includes(',') && !fraction && /^(1[89]|20)\d{2}$/.test(digits)) continue; // a year
    const value = Number(digits.replace(/,/g, '') + fraction) * (SCALE[(word ?? short ?? '').toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    const counts = currency ? (CURRENCY[currency] ?? currency) : percent ? 'percent' : short ? 'pence' : countedThing(ctx.text, end);
    figures.push({ text: m[0], value, counts, ...claimed(claimant(ctx, start, end)), paragraphId: ctx.paragraphId, start, end });
  }
  for (const m of ctx.text.matchAll(WORD_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.events.some((e) => start < e.end && end > e.start)) continue;
    if (/^\p{Lu}/u.test(m[0]) && !sentenceInitial(ctx, start)) continue; // "Formula One", "the Big Three"
    const value = wordValue(m[0]);
    const counts = countedThing(ctx.text, end);
    if (value === null || value < 2 || !counts || /^(?:thirds|quarters|fifths|halves|tenths)\b/.test(counts)) continue;
    figures.push({ text: m[0], value, counts, ...claimed(claimant(ctx, start, end)), paragraphId: ctx.paragraphId, start, end });
  }
  return figures.sort((a, b) => a.start - b.start);
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_SCALE = '(?:\\s+(?:hundred|thousand|million|billion))';
/** "three", "twenty-five", "three hundred", "a thousand"; not "two-year", "three-quarters". */
const WORD_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?:(?:${TENS})(?:[-\\s](?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)${WORD_SCALE}?|(?:a|one)${WORD_SCALE})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'giu',
);

function wordValue(written: string): number | null {
  let total = 0;
  for (const w of written.toLowerCase().split(/[-\s]+/)) {
    if (w === 'a') total = 1;
    else if (w === 'hundred') total *= 100;
    else if (w === 'thousand') total *= 1e3;
    else if (w === 'million') total *= 1e6;
    else if (w === 'billion') total *= 1e9;
    else if (SMALL[w] !== undefined) total += SMALL[w];
    else return null;
  }
  return total;
}

function sentenceInitial(ctx: FigureContext, at: number): boolean {
  return /^[\s“"‘'(]*$/.test(ctx.text.slice(sentenceAt(ctx.sentences, at).start, at));
}

/**
 * The noun phrase right after the number: "3,000 North Korean soldiers had arrived" -> "North
 * Korean soldiers". A plural noun ends it ("two missing men near Ravenna" -> "missing men"); right
 * after a number a verb-looking plural is a noun ("the two states were").
 */
function countedThing(text: string, end: number): string {
  const rest = text.slice(end, end + 80).replace(/^[”"’]/, '');
  const words: string[] = [];
  for (const m of rest.matchAll(/(\s+)([\p{L}][\p{L}'’*-]*)|([^\s\p{L}])/gu)) {
    const word = m[2];
    if (!word || words.length >= 4) break;
    if (/['’]s$/.test(word)) {
      words.push(word.slice(0, -2));
      break;
    }
    const nounAfterNumber = /^\p{Ll}{3,}s$/u.test(word) && !PHRASE_STOP_AFTER_NUMBER.has(word.toLowerCase());
    if ((breaksPhrase(word) && !nounAfterNumber) || COUNT_STOP.test(word)) break;
    words.push(word);
    if (/^\p{Ll}/u.test(word) && isPluralNoun(word)) break;
  }
  return words.join(' ');
}

const COUNT_STOP = /^(?:of|for|to|in|on|at|by|from|with|as|near|last|next|this|ago|each|per|over|under|since|during|after|before)$/i;
const PHRASE_STOP_AFTER_NUMBER = new Set(['was', 'has', 'is', 'does', 'his', 'its', 'this', 'thus', 'as', 'us', 'plus', 'less', 'across']);
const IRREGULAR_PLURALS = new Set(['men', 'women', 'people', 'children', 'police', 'staff', 'feet', 'teeth', 'mice', 'geese', 'personnel', 'cattle', 'troops', 'data']);
const isPluralNoun = (w: string): boolean => {
  const lower = w.toLowerCase();
  return IRREGULAR_PLURALS.has(lower) || (/[^s]s$/.test(lower) && lower.length > 3 && !PHRASE_STOP_AFTER_NUMBER.has(lower));
};

interface Claim {
  name: string | null;
  confidence: number;
}

/** The figure's claimant fields: a confidence only when there is a claimant (as for quotes). */
const claimed = (c: Claim): Pick<Figure, 'claimant' | 'confidence'> => (c.name !== null ? { claimant: c.name, confidence: c.confidence } : { claimant: null });

/**
 * Who claims the figure, and how sure that is: a quoted figure is as sure as its quote's
 * speaker; a named source in the same sentence is sure; a group described in words
 * ("officials said") a little less; "he said" resolved to an earlier person less again.
 */
function claimant(ctx: FigureContext, at: number, end: number): Claim {
  const quoted = ctx.sources.insideQuote(at);
  if (quoted) {
    const quote = ctx.quotes[ctx.quoteSpans.indexOf(quoted)];
    return { name: quote?.speaker ?? null, confidence: quote?.confidence ?? 0.8 };
  }
  const sentence = sentenceAt(ctx.sentences, at);
  const before = ctx.sources.cuePairs(sentence.start, at, isClaimVerb);
  // A cue after the number claims it only as a parenthetical ("…4,000 people, officials said"),
  // not when it opens its own clause ("fell 18% after the group warned that…").
  const later = ctx.sources.cuePairs(end, sentence.end)[0];
  const laterClaims = later !== undefined && /[,;:”"’—–]/.test(ctx.text.slice(end, later.subject.start));
  // "It is estimated that…", "he is said to have…": a passive names no one; a source the
  // sentence names otherwise ("…, according to the UN") still claims the figure.
  // "Absa announced that it expects…": the pronoun of a verb of expecting is the speaker
  // already named, which the memory of speakers may not hold.
  const cued = before.filter((p, k) => !passive(ctx, p.subject) && !(k > 0 && p.subject.kind === 'pronoun' && !isSpeechVerb(ctx.text.slice(p.cueStart, p.cueEnd))));
  const ref: SourceRef | null =
    cued[cued.length - 1]?.subject ??
    (laterClaims ? later.subject : null) ??
    invertedCueAfter(ctx, end, sentence.end) ??
    ctx.sources.accordingTo(sentence.start, sentence.end) ??
    ctx.sources.findingsOf(sentence.start, sentence.end);
  if (!ref) return { name: null, confidence: 0 };
  if (ref.kind === 'pronoun') return { name: pronounClaimant(ctx, ref, sentence), confidence: 0.65 };
  const sure = ref.kind === 'description' ? 0.8 : 0.9;
  return { name: ref.name, confidence: cued.length || !laterClaims ? sure : sure - 0.05 };
}

/** "It is estimated that…", "he is said to have…", "it was announced": no one is named. */
const passive = (ctx: FigureContext, ref: SourceRef): boolean =>
  ref.kind === 'pronoun' && /^\s+(?:is|was|are|were|be|been|being|has been|had been|have been)\s+\p{L}+/u.test(ctx.sources.masked.slice(ref.end, ref.end + 40));

/**
 * Whom "he said" means. Only speakers and sentence subjects set the memory, so "He said…" of a
 * person the story named but never quoted found no one: a "he"/"she" that opens the sentence
 * then resolves as a quote's "he said" does in news, to the person of that gender the story
 * names last. Inside a clause ("what she asked for", "songs he wrote") the verb is seldom a
 * claim about the figure, so there the memory alone decides, as before.
 */
function pronounClaimant(ctx: FigureContext, ref: SourceRef, sentence: Span): string | null {
  // "Tesco said… It added that profits rose 5%. Asda said…": the memory holds the paragraph's
  // last speaker by now, so the one named before the pronoun in this paragraph comes first.
  const kind = ref.name === 'he' || ref.name === 'she' ? 'person' : ref.name === 'it' ? 'organization' : null;
  const earlier = kind ? ctx.sources.cuePairs(0, ref.start).filter((p) => p.subject.kind === kind).pop() : undefined;
  if (earlier) return earlier.subject.name;
  if (ref.name !== 'he' && ref.name !== 'she') return ctx.memory.lastOther;
  const opens = /^[\s"“‘(]*(?:(?:And|But|Yet|So|Now|However|Meanwhile)\b,?\s*)?$/u.test(ctx.sources.masked.slice(sentence.start, ref.start));
  const named = opens ? ctx.memory.discourse?.resolvePronoun(ref.name === 'he' ? 'm' : 'f', ctx.paragraphIndex ?? 0, ref.start) : null;
  return ctx.memory.lastPerson ?? named ?? null;
}

/**
 * A tail that puts the verb first ("…rose 10%, said the Office for National Statistics", "…, says
 * analyst Jo Hart", "…, estimates Tom Hill"): the source after the verb claims what the clause
 * before it says. Only after a comma or dash, as a parenthetical; the cue pairs read a subject
 * before its verb, so this order was never looked for.
 */
function invertedCueAfter(ctx: FigureContext, end: number, limit: number): SourceRef | null {
  const masked = ctx.sources.masked;
  for (const m of masked.slice(end, limit).matchAll(/[,;—–]\s*(\p{L}+)\s/gu)) {
    // "…, told BBC News" names who heard the subject; "…, asked Tom" whom it was put to.
    if (!isSpeechVerb(m[1] ?? '') || NOT_INVERTED.has((m[1] ?? '').toLowerCase())) continue;
    const ref = ctx.sources.speakerAfter(end + m.index, limit);
    // Only a tail: "A majority, 52%, said Tom Hill had…" reports what the 52% said of him, and
    // "…, said they" is the figure's own subject speaking.
    if (!ref || ref.kind === 'pronoun' || !/^\s*(?:[,.;:!?)(—–-]|$)/u.test(masked.slice(ref.end, limit))) continue;
    return ref;
  }
  return null;
}

const NOT_INVERTED = new Set(['told', 'tells', 'tell', 'asked', 'called', 'calls', 'urged', 'urges', 'accused', 'accuses', 'described', 'describes', 'dismissed', 'dismisses']);
