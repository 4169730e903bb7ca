/**
 * Speaker of each quote, in the order a reader would look: the attribution right after the quote
 * ("…,” said Carl Schuster / “…,” he added), a "X said (that)" before it in the same sentence,
 * any other cue in the sentence ("…, analysts say"), "according to X", the sentence's subject when
 * the sentence reports speech ("Peskov previously dismissed … as “another hoax.”"), then other
 * quotes of the paragraph and a quote-only paragraph continuing the previous one. "he"/"she"
 * resolve to the last named person speaker, "it"/"they" to the last non-person one.
 */
import type { Quote } from '../../../shared/corpus';
import { type ParagraphSources, type SourceRef } from './attribution';
import { type QuoteSpan } from './quotes';
import { sentenceAt, type Span } from './sentences';

export interface SpeakerMemory {
  lastPerson: string | null;
  lastOther: string | null;
  /** Speaker of the previous paragraph's last quote, for continued quotes. */
  previousParagraphSpeaker: string | null;
}

export const newSpeakerMemory = (): SpeakerMemory => ({ lastPerson: null, lastOther: null, previousParagraphSpeaker: null });

const REPORTING = /\b(?:talk|talks|talked|referring|refers|describes|described|called|calls|dismissed|urged|denied|warned|branded|labelled|labeled|termed)\b/i;

export function attributeQuotes(
  paragraphId: string,
  sources: ParagraphSources,
  sentences: readonly Span[],
  spans: readonly QuoteSpan[],
  memory: SpeakerMemory,
): Quote[] {
  const found: (SourceRef | null)[] = spans.map((q) => directSpeaker(sources, sentences, q));
  // Reported speech outside quotes ("Michele de Pascale said damage could …") also sets who
  // "he" is, so walk cue pairs and quotes together in text order.
  const pairs = sources.cuePairs(0, sources.text.length).filter((p) => p.subject.kind !== 'pronoun' && p.subject.kind !== 'description');
  let next = 0;
  const named: (string | null)[] = found.map((ref, k) => {
    const open = spans[k]?.open ?? 0;
    for (; next < pairs.length && (pairs[next]?.cueStart ?? 0) < open; next++) resolve(pairs[next]?.subject ?? null, memory);
    return resolve(ref, memory);
  });
  for (; next < pairs.length; next++) resolve(pairs[next]?.subject ?? null, memory);
  for (let k = 0; k < spans.length; k++) {
    if (named[k] !== null) continue;
    const before = named.slice(0, k).reverse().find((n) => n !== null);
    const after = named.slice(k + 1).find((n) => n !== null);
    const startsParagraph = (spans[k]?.open ?? 1) === 0 || /^\s*$/.test(sources.text.slice(0, spans[k]?.open ?? 0));
    named[k] = before ?? after ?? (startsParagraph && k === 0 ? memory.previousParagraphSpeaker : null) ?? null;
  }
  memory.previousParagraphSpeaker = named[named.length - 1] ?? null;
  return spans.map((q, k) => ({ text: q.text, speaker: named[k] ?? null, paragraphId, start: q.start, end: q.end }));
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

function resolve(ref: SourceRef | null, memory: SpeakerMemory): string | null {
  if (!ref) return null;
  if (ref.kind === 'pronoun') {
    return ref.name === 'he' || ref.name === 'she' ? memory.lastPerson : memory.lastOther;
  }
  if (ref.kind === 'person') memory.lastPerson = ref.name;
  else memory.lastOther = ref.name;
  return ref.name;
}
