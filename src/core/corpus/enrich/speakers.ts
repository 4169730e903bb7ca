/**
 * Speaker of each quote, in the order a reader would look: the attribution right after the quote
 * ("…,” said Carl Schuster / “…,” he added), a "X said (that)" before it in the same sentence,
 * any other cue in the sentence ("…, analysts say"), "according to X", the sentence's subject when
 * the sentence reports speech ("Peskov previously dismissed … as “another hoax.”"), then other
 * quotes of the paragraph and a quote-only paragraph continuing the previous one. Dialogue tags
 * of fiction and interviews come next (dialogue-tags.ts: "“…,” replied his wife"), then the
 * person the paragraph's narrative names, then turn-taking (dialogue.ts). "he"/"she" resolve
 * to the most recent person of that gender (dialogue.ts), else the last named person speaker;
 * "it"/"they" to the last non-person one.
 */
import type { Quote } from '../../../shared/corpus';
import { type ParagraphSources, type SourceRef } from './attribution';
import { type ResolvedMention } from './canonical-names';
import { addressees, type Discourse } from './dialogue';
import { characterName, type Gender, TagReader, type TagSubject } from './dialogue-tags';
import { type QuoteSpan } from './quotes';
import { sentenceAt, type Span } from './sentences';

export interface SpeakerMemory {
  lastPerson: string | null;
  lastOther: string | null;
  /** Speaker of the previous paragraph's last quote, for continued quotes. */
  previousParagraphSpeaker: string | null;
  /** The document's people and turns; absent when a caller attributes one paragraph alone. */
  discourse?: Discourse;
}

export const newSpeakerMemory = (discourse?: Discourse): SpeakerMemory => ({ lastPerson: null, lastOther: null, previousParagraphSpeaker: null, ...(discourse ? { discourse } : {}) });

/** A found speaker reference: the news rules' or a dialogue tag's. */
type Ref = (SourceRef | TagSubject) & { gender?: Gender };

const REPORTING = /\b(?:talk|talks|talked|referring|refers|describes|described|called|calls|dismissed|urged|denied|warned|branded|labelled|labeled|termed)\b/i;

export function attributeQuotes(
  paragraphId: string,
  sources: ParagraphSources,
  sentences: readonly Span[],
  spans: readonly QuoteSpan[],
  memory: SpeakerMemory,
  paragraphIndex = 0,
  mentions: readonly ResolvedMention[] = [],
): Quote[] {
  const d = memory.discourse;
  const text = sources.text;
  const narrative = mentions.filter((m) => !sources.insideQuote(m.start));
  for (const m of narrative) if (m.entityType === 'person' && d) d.note(characterName(text, m).name, paragraphIndex, m.start);
  const tags = new TagReader(text, sources.masked, narrative);
  const heard = spans.map((q) => addressees(text, q, mentions));
  const found: (Ref | null)[] = spans.map((q, k) => {
    const direct = directSpeaker(sources, sentences, q);
    if (direct) return direct;
    const nextOpen = spans[k + 1]?.open ?? text.length;
    const previousClose = k > 0 ? (spans[k - 1]?.close ?? 0) + 1 : 0;
    return tags.after(q.close + 1, nextOpen) ?? tags.before(previousClose, q.open);
  });
  // Reported speech outside quotes ("Michele de Pascale said damage could …") also sets who
  // "he" is, so walk cue pairs and quotes together in text order.
  const pairs = sources.cuePairs(0, text.length).filter((p) => p.subject.kind !== 'pronoun' && p.subject.kind !== 'description');
  let next = 0;
  const named: (string | null)[] = found.map((ref, k) => {
    const open = spans[k]?.open ?? 0;
    for (; next < pairs.length && (pairs[next]?.cueStart ?? 0) < open; next++) resolve(pairs[next]?.subject ?? null, memory, text, mentions);
    return resolve(ref, memory, text, mentions, paragraphIndex, new Set(heard[k]));
  });
  for (; next < pairs.length; next++) resolve(pairs[next]?.subject ?? null, memory, text, mentions);
  const previousTurn = d?.turns[d.turns.length - 1];
  const continues = previousTurn !== undefined && previousTurn.paragraph === paragraphIndex - 1 && previousTurn.unclosed;
  for (let k = 0; k < spans.length; k++) {
    if (named[k] !== null) continue;
    const before = named.slice(0, k).reverse().find((n) => n !== null);
    const after = named.slice(k + 1).find((n) => n !== null);
    const startsParagraph = (spans[k]?.open ?? 1) === 0 || /^\s*$/.test(text.slice(0, spans[k]?.open ?? 0));
    const carried = startsParagraph && k === 0 && (!d?.dialogue || continues) ? memory.previousParagraphSpeaker : null;
    named[k] = before ?? after ?? carried ?? (d?.dialogue ? dialogueSpeaker(d, sources, sentences, narrative, spans, k, paragraphIndex, heard) : null) ?? null;
  }
  const speaker = named[named.length - 1] ?? null;
  memory.previousParagraphSpeaker = speaker;
  if (d && spans.length > 0) {
    named.forEach((n, k) => { if (n) d.note(n, paragraphIndex, spans[k]?.open ?? 0); });
    const last = spans[spans.length - 1] as QuoteSpan;
    d.turns.push({ paragraph: paragraphIndex, speaker, addressee: heard.flat()[0] ?? null, unclosed: last.close >= text.length });
  }
  return spans.map((q, k) => ({ text: q.text, speaker: named[k] ?? null, paragraphId, start: q.start, end: q.end }));
}

/**
 * An untagged quote in dialogue: the person the paragraph's narrative names ("Mrs. Bennet
 * deigned not to reply … “Don’t keep coughing so, Kitty”"), else the turn-taking guess, never
 * someone the quote addresses.
 */
function dialogueSpeaker(d: Discourse, sources: ParagraphSources, sentences: readonly Span[], narrative: readonly ResolvedMention[], spans: readonly QuoteSpan[], k: number, paragraph: number, heard: readonly string[][]): string | null {
  const q = spans[k] as QuoteSpan;
  const addressed = new Set(heard[k]);
  // The narrative right around the quote: the sentence before it, its own, the one after.
  const own = sentenceAt(sentences, q.open);
  const closing = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  const from = own.start > 0 ? sentenceAt(sentences, own.start - 1).start : 0;
  const to = closing.end < sources.text.length ? sentenceAt(sentences, closing.end + 1).end : closing.end;
  const person = narrative.find((m) => m.entityType === 'person' && m.start >= from && m.end <= to && !addressed.has(characterName(sources.text, m).name));
  if (person) return characterName(sources.text, person).name;
  const pronoun = /(?:^|[.!?;]\s+|[”"]\s*)(He|She)\b/.exec(sources.masked.slice(from, to));
  if (pronoun) return d.resolvePronoun(pronoun[1] === 'He' ? 'm' : 'f', paragraph, from + pronoun.index, addressed);
  const turn = d.alternate(paragraph);
  if (turn && !addressed.has(turn)) return turn;
  const last = d.turns[d.turns.length - 1];
  if (last?.paragraph === paragraph - 1 && last.speaker) return d.otherThan(new Set([last.speaker, ...addressed]), paragraph, q.open);
  return null;
}

function directSpeaker(sources: ParagraphSources, sentences: readonly Span[], q: QuoteSpan): SourceRef | null {
  const sentence = sentenceAt(sentences, q.open);
  const closing = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  const after = sources.speakerAfter(q.close + 1, closing.end);
  if (after) return after;
  const pre = sources.cuePairs(sentence.start, q.open);
  const last = pre[pre.length - 1];
  if (last) return last.subject;
  const later = sources.cuePairs(q.close + 1, closing.end)[0];
  if (later) return later.subject;
  const according = sources.accordingTo(sentence.start, closing.end);
  if (according) return according;
  if (REPORTING.test(sources.masked.slice(sentence.start, closing.end))) return sources.firstActor(sentence.start, q.open);
  return null;
}

function resolve(ref: Ref | null, memory: SpeakerMemory, text: string, mentions: readonly ResolvedMention[], paragraph = 0, avoid: ReadonlySet<string> = new Set()): string | null {
  if (!ref) return null;
  const d = memory.discourse;
  if (ref.kind === 'pronoun') {
    if (ref.name !== 'he' && ref.name !== 'she') return memory.lastOther;
    // News names a speaker and then says "he said" of them; fiction says "said he" of whoever
    // fits among the people of the scene, so gender and recency decide there.
    if (!d?.dialogue) return memory.lastPerson;
    return d.resolvePronoun(ref.name === 'he' ? 'm' : 'f', paragraph, ref.start, avoid) ?? memory.lastPerson;
  }
  if (ref.kind === 'narrator') return ref.name;
  let name = ref.name;
  if (ref.kind === 'person') {
    const m = mentions.find((x) => x.start === ref.start);
    if (m) name = characterName(text, m).name;
    memory.lastPerson = name;
  } else if (ref.kind !== 'description') memory.lastOther = name;
  if (d && (ref.kind === 'person' || ref.kind === 'description')) d.note(name, paragraph, ref.start, 'gender' in ref ? ref.gender : null);
  return name;
}
