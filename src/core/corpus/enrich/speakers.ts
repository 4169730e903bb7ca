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
import { type CuePair, type ParagraphSources, type SourceRef } from './attribution';
import { isParticipleCue, isSpeechVerb } from './cues';
import { type ResolvedMention } from './canonical-names';
import { addressees, type Discourse, NARRATOR } from './dialogue';
import { describesOnePerson } from './person-roles';
import { characterName, describedPeople, type Gender, TagReader, type TagSubject, titleBefore } from './dialogue-tags';
import { sentenceSubject } from './narrative-subjects';
import { type QuoteSpan } from './quotes';
import { attributionTrace, type CandidateInfo, choose, probabilities, type QuoteContext, RANKED, shippedSpeakerModel, speakerTrace, tracedModel, type Via } from './speaker-ranker';
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

const REPORTING = /\b(?:talk|talks|talked|referring|refers|describes|described|called|calls|dismissed|urged|denied|warned|branded|labelled|labeled|termed|felt|feels|believes|believed|thinks|praised|hailed|condemned|criticised|criticized)\b/i;

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
  if (d) for (const o of d.titledNames(paragraphIndex)) d.note(o.name, paragraphIndex, o.at, o.gender);
  if (d?.dialogue) for (const p of describedPeople(sources.masked)) d.note(p.name, paragraphIndex, p.at, p.gender);
  if (d?.dialogue && spans.length === 0) noteClosingSubject(d, sources, sentences, narrative, paragraphIndex);
  const tags = new TagReader(text, sources.masked, narrative);
  const heard = spans.map((q) => [
    ...addressees(text, q, mentions).map((n) => d?.canonical(n, paragraphIndex, -1) ?? n),
    ...(d?.dialogue ? d.addressedByRole(q.text, paragraphIndex, q.open) : []),
  ]);
  const via: Via[] = spans.map(() => 'none');
  const pronouns: (Gender | undefined)[] = spans.map(() => undefined);
  const found: (Ref | null)[] = spans.map((q, k) => {
    const nextOpen = spans[k + 1]?.open ?? text.length;
    const previousClose = k > 0 ? (spans[k - 1]?.close ?? 0) + 1 : 0;
    const ref: Ref | null = directSpeaker(sources, sentences, q) ?? tags.after(q.close + 1, nextOpen) ?? tags.before(previousClose, q.open) ?? splitTag(d, paragraphIndex, text, q);
    if (ref) via[k] = viaOf(ref);
    heard[k]?.push(...listener(sources, mentions, ref).map((n) => d?.canonical(n, paragraphIndex, -1) ?? n));
    if (ref?.kind === 'pronoun' && (ref.name === 'he' || ref.name === 'she')) pronouns[k] = ref.name === 'he' ? 'm' : 'f';
    return ref;
  });
  // Reported speech outside quotes ("Michele de Pascale said damage could …") also sets who
  // "he" is, so walk cue pairs and quotes together in text order.
  const cues = sources.cuePairs(0, text.length);
  const pairs = cues.filter((p) => p.subject.kind !== 'pronoun' && p.subject.kind !== 'description');
  // News names a person as a sentence's subject and goes on with "he said" ("The writer Peter
  // Holt felt that… “…,” he said"): whoever opens a sentence is who "he" is from there, as a
  // speaker is. Fiction's scenes keep several people in view: gender and recency decide there.
  // A sentence whose cue has another subject reports what it says of its own subject ("Mr Blair
  // has failed, he claimed"). Within this paragraph only: past it, the speakers named decide.
  const subjects = new Set<CuePair>();
  // Each sentence's subject, read once: the "he" walk below and the quoted-term check both ask.
  const sentenceSubjects = new Map<number, SourceRef | null>();
  const subjectOf = (sentence: Span): SourceRef | null => {
    let found = sentenceSubjects.get(sentence.start);
    if (found === undefined) sentenceSubjects.set(sentence.start, (found = sources.sentenceSubject(sentence.start, sentence.end)));
    return found;
  };
  if (!d?.dialogue) {
    for (const sentence of sentences) {
      const subject = subjectOf(sentence);
      if (!subject || cues.some((p) => p.cueStart >= sentence.start && p.cueStart < sentence.end && p.subject.start !== subject.start)) continue;
      const pair = { subject, cueStart: subject.end, cueEnd: subject.end };
      subjects.add(pair);
      pairs.push(pair);
    }
    pairs.sort((a, b) => a.cueStart - b.cueStart);
  }
  // Who "he" was before this paragraph's sentence subjects took over, restored at its end; null
  // once a speaker is named after them.
  const beforeSubjects: { lastPerson: string | null } = { lastPerson: null };
  let subjectsLead = false;
  const walk = (p: CuePair | undefined) => {
    if (p && subjects.has(p)) {
      if (!subjectsLead) beforeSubjects.lastPerson = memory.lastPerson;
      subjectsLead = true;
    } else if (p?.subject.kind === 'person') subjectsLead = false;
    resolve(p?.subject ?? null, memory, text, mentions);
  };
  let next = 0;
  /** Quotes whose speaker is the person a description was taken to mean: less sure than a name. */
  const inferred = new Set<number>();
  const named: (string | null)[] = found.map((ref, k) => {
    const open = spans[k]?.open ?? 0;
    for (; next < pairs.length && (pairs[next]?.cueStart ?? 0) < open; next++) walk(pairs[next]);
    if (ref?.kind === 'person') subjectsLead = false;
    const name = resolve(ref, memory, text, mentions, paragraphIndex, new Set(heard[k]));
    const described = ref?.kind === 'description' && !d?.dialogue ? describedPerson(ref.name, memory, d, paragraphIndex, ref.start) : null;
    if (described) inferred.add(k);
    return described ?? name;
  });
  for (; next < pairs.length; next++) walk(pairs[next]);
  if (subjectsLead) memory.lastPerson = beforeSubjects.lastPerson;
  const previousTurn = d?.turns[d.turns.length - 1];
  const continues = previousTurn !== undefined && previousTurn.paragraph === paragraphIndex - 1 && previousTurn.unclosed;
  for (let k = 0; k < spans.length; k++) {
    if (named[k] !== null) continue;
    // News quotes terms and names inside its own sentences ("a so-called \"flash estimate\"", a
    // high \"churn rate\""): a few words quoted mid-sentence with no cue in it are nobody's words.
    if (!d?.dialogue && isQuotedTerm(sources, sentences, spans[k] as QuoteSpan, subjectOf)) continue;
    // In fiction a quote that follows another with no narration between (“…--” “…”) is most
    // often a reply (26 of 33 such pairs on LitBank train): the neighbour's speaker is its
    // listener, not a speaker to copy. News keeps copying: its paragraphs are one source's.
    const replies = d?.dialogue === true && k > 0 && adjacent(text, spans[k - 1] as QuoteSpan, spans[k] as QuoteSpan);
    const repliedTo = d?.dialogue === true && adjacent(text, spans[k] as QuoteSpan, spans[k + 1]);
    for (const n of [replies ? named[k - 1] : null, repliedTo ? named[k + 1] : null]) if (n) heard[k]?.push(n);
    const before = replies ? undefined : named.slice(0, k).reverse().find((n) => n !== null);
    const after = repliedTo ? undefined : named.slice(k + 1).find((n) => n !== null);
    const startsParagraph = (spans[k]?.open ?? 1) === 0 || /^\s*$/.test(text.slice(0, spans[k]?.open ?? 0));
    const carried = startsParagraph && k === 0 && (!d?.dialogue || continues) ? memory.previousParagraphSpeaker : null;
    // A paragraph opening on the quote the last one left open goes on with that speaker, whoever
    // a later quote of this paragraph names (news ends a long quote and attributes the next).
    if (carried && continues && !d?.dialogue && !before) [named[k], via[k]] = [carried, 'carried'];
    else if (before ?? after) [named[k], via[k]] = [before ?? after ?? null, 'paragraph'];
    else if (carried) [named[k], via[k]] = [carried, 'carried'];
    else if (!d?.dialogue) {
      // A quote standing as its own sentence after narration of what someone says or thinks
      // ("Mr Herren says there are pros and cons. \"It is simple to set up.\""): theirs.
      const open = spans[k]!.open;
      if (standsAlone(sources, sentences, spans[k]!)) {
        for (let i = pairs.length - 1; i >= 0; i--) {
          const p = pairs[i]!;
          if (p.cueStart >= open || (p.subject.kind !== 'person' && p.subject.kind !== 'organization')) continue;
          [named[k], via[k]] = [p.subject.name, 'carried'];
          break;
        }
      }
    } else {
      const guess = dialogueSpeaker(d, sources, sentences, narrative, spans, k, paragraphIndex, heard);
      if (guess) [named[k], via[k]] = [guess.name, guess.via];
    }
  }
  const confidence = via.map((v, k) => (inferred.has(k) ? Math.min(RULE_CONFIDENCE[v], DESCRIBED_CONFIDENCE) : RULE_CONFIDENCE[v]));
  const considered: (string[] | null)[] = spans.map(() => null);
  const ranked: RankedQuote[] = spans.map(() => null);
  if (d?.dialogue) rank(d, sources, narrative, mentions, spans, paragraphIndex, heard, via, pronouns, named, confidence, considered, ranked);
  // The conversation decoder (conversation.ts) revisits these once the whole document is read.
  if (d?.dialogue) {
    const bare = sources.masked.trim() === '';
    const endsInNarrative = /\p{L}/u.test(text.slice(Math.min(text.length, (spans[spans.length - 1]?.close ?? 0) + 1)));
    spans.forEach((_, k) => d.steps.push({
      paragraph: paragraphIndex, bare, endsInNarrative, addressed: heard[k] ?? [], fixed: named[k] ?? null,
      ...(ranked[k] ? { ranked: ranked[k] } : {}), ...(via[k] === 'paragraph' ? { follows: true } : {}),
    }));
  }
  const audit = attributionTrace();
  if (audit) spans.forEach((q, k) => audit({ paragraphIndex, start: q.start, end: q.end, via: via[k] as Via, candidates: considered[k] ?? null }));
  const speaker = named[named.length - 1] ?? null;
  memory.previousParagraphSpeaker = speaker;
  if (d && spans.length > 0) {
    named.forEach((n, k) => { if (n) d.note(n, paragraphIndex, spans[k]?.open ?? 0); });
    const last = spans[spans.length - 1] as QuoteSpan;
    d.turns.push({ paragraph: paragraphIndex, speaker, addressee: heard.flat()[0] ?? null, unclosed: last.close >= text.length });
  }
  return spans.map((q, k) => {
    const who = named[k] ?? null;
    return { text: q.text, speaker: who, ...(who !== null ? { confidence: round2(confidence[k] ?? 0) } : {}), paragraphId, start: q.start, end: q.end };
  });
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Whether a quote is a sentence of its own (only space or punctuation around it there): with
 * words after it ("…," said team-mate Chris Paterson) the sentence names its own speaker.
 */
function standsAlone(sources: ParagraphSources, sentences: readonly Span[], q: QuoteSpan): boolean {
  const first = sentenceAt(sentences, q.open);
  const last = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  return !/\p{L}/u.test(sources.masked.slice(first.start, q.open)) && !/\p{L}/u.test(sources.masked.slice(Math.min(q.close + 1, last.end), last.end));
}

/** Up to three words quoted inside a sentence that has no speech or reporting cue outside them. */
function isQuotedTerm(sources: ParagraphSources, sentences: readonly Span[], q: QuoteSpan, subjectOf: (sentence: Span) => SourceRef | null): boolean {
  if (q.text.split(/\s+/u).length > 3 || q.close >= sources.text.length) return false;
  const sentence = sentenceAt(sentences, q.open);
  if (!/\p{L}/u.test(sources.masked.slice(sentence.start, q.open))) return false; // it opens the sentence: a quote
  const around = sources.masked.slice(sentence.start, sentence.end).replace(/\bso-called\b/giu, ''); // a term's own mark, no report
  if (REPORTING.test(around) || /\baccording to\b/iu.test(around)) return false;
  // A sentence about what someone did with the words ("Richard Thomas \"totally condemned\"…",
  // "he dubbed the nine \"…\""): theirs, as the paragraph's speakers say.
  if (/\b(?:he|she)\b/iu.test(around) || subjectOf(sentence)) return false;
  return ![...around.matchAll(/\p{L}+/gu)].some((m) => isSpeechVerb(m[0]) || isParticipleCue(m[0]));
}

/**
 * A tag the next paragraph holds for this quote, the paragraph's last (split-tags.ts), placed
 * just after the quote: "he" there is resolved from where the quote ends.
 */
function splitTag(d: Discourse | undefined, paragraph: number, text: string, q: QuoteSpan): Ref | null {
  if (!d || /\p{L}/u.test(text.slice(q.close + 1))) return null;
  const tag = d.tagAfterParagraph(paragraph);
  return tag ? { ...tag, start: q.close + 1, end: q.close + 1 } : null;
}

/** Quote `b` opens right after `a` closes, with nothing but space between. */
const adjacent = (text: string, a: QuoteSpan, b: QuoteSpan | undefined): boolean =>
  b !== undefined && b.open > a.close && text.slice(a.close + 1, b.open).trim() === '';

/**
 * How often each way of finding a speaker is right, as measured on the LitBank train split and
 * the news fixtures (rounded down): an explicit cue or tag is nearly always right, a guess from
 * turn-taking much less often. The ranker replaces these with its own probability.
 */
const RULE_CONFIDENCE: Record<Via, number> = {
  cue: 0.9, tag: 0.85, desc: 0.8, narrator: 0.8, subject: 0.8, pronoun: 0.65, paragraph: 0.8, carried: 0.7,
  narrative: 0.5, addressee: 0.5, alternate: 0.5, other: 0.35, none: 0,
};

function viaOf(ref: Ref): Via {
  if (ref.kind === 'pronoun') return 'pronoun';
  if (ref.kind === 'narrator') return 'narrator';
  if ('gender' in ref) return ref.kind === 'description' ? 'desc' : 'tag';
  return 'cue';
}

/**
 * Candidates the ranker weighs: the people named lately, those around the quote, the rule's pick.
 * Described people ("a fellow", "his mother") are many and seldom speak: two of them, not three,
 * gave LitBank train 709 -> 732 and dev 228 -> 239 of 305 (one or none lost on both).
 */
const CANDIDATES = 6;
const DESCRIBED_CANDIDATES = 2;
/** People named only after the quote, within this many paragraphs: at most this many. */
const AHEAD_PARAGRAPHS = 3;
const AHEAD_CANDIDATES = 2;

type RankedQuote = { ctx: QuoteContext; candidates: CandidateInfo[]; prior?: number[] } | null;

function rank(
  d: Discourse, sources: ParagraphSources, narrative: readonly ResolvedMention[], mentions: readonly ResolvedMention[], spans: readonly QuoteSpan[], paragraph: number,
  heard: readonly string[][], via: Via[], pronouns: readonly (Gender | undefined)[], named: (string | null)[], confidence: number[],
  considered: (string[] | null)[], ranked: RankedQuote[],
): void {
  const prev1 = d.turns[d.turns.length - 1];
  const prev2 = d.turns[d.turns.length - 2];
  const people = narrative.filter((m) => m.entityType === 'person');
  const bare = sources.masked.trim() === '';
  const trace = speakerTrace();
  const model = trace ? tracedModel() : shippedSpeakerModel();
  for (let k = 0; k < spans.length; k++) {
    if (!RANKED.has(via[k] as Via)) continue;
    const q = spans[k] as QuoteSpan;
    const who = (m: ResolvedMention): string => d.canonical(characterName(sources.text, m).name, paragraph, m.start);
    const before = new Set(people.filter((m) => m.end <= q.open).map(who));
    const after = new Set(people.filter((m) => m.start >= q.close).map(who));
    // Someone the quote talks about by name is seldom the one talking.
    const inQuote = new Set(mentions.filter((m) => m.entityType === 'person' && m.start >= q.start && m.end <= q.end).map(who));
    const names = [...d.recent(paragraph, q.open, CANDIDATES, DESCRIBED_CANDIDATES)];
    for (const n of [...after, named[k] ?? null]) if (n && !names.includes(n)) names.push(n);
    const ahead = new Set(d.ahead(paragraph, q.close, AHEAD_PARAGRAPHS, AHEAD_CANDIDATES).filter((n) => !names.includes(n)));
    names.push(...ahead);
    considered[k] = names;
    const recentTurns = d.turns.slice(-8);
    const candidates: CandidateInfo[] = names.map((name, i) => ({
      name, rank: i, gender: d.genderOf(name), description: /^\p{Ll}/u.test(name) && name !== NARRATOR, narrator: name === NARRATOR,
      mentions: d.mentions(name), turns: recentTurns.filter((t) => t.speaker === name).length,
    }));
    const ctx: QuoteContext = {
      via: via[k] as Via,
      ruleName: named[k] ?? null,
      ...(pronouns[k] !== undefined ? { pronoun: pronouns[k] } : {}),
      addressed: new Set(heard[k]),
      before,
      after,
      ahead,
      inQuote,
      previousParagraph: d.namedIn(paragraph - 1),
      prev1: prev1?.paragraph === paragraph - 1 ? prev1.speaker : null,
      prev2: prev2?.paragraph === paragraph - 2 ? prev2.speaker : null,
      prev1Addressee: prev1?.paragraph === paragraph - 1 ? prev1.addressee : null,
      lastSpeaker: prev1?.speaker ?? null,
      bare,
      firstInParagraph: k === 0,
    };
    ranked[k] = { ctx, candidates, ...(model ? { prior: probabilities(model, ctx, candidates) } : {}) };
    if (trace) {
      trace({ paragraphIndex: paragraph, start: q.start, end: q.end, ctx, candidates });
      if (!model) continue;
    }
    const pick = model ? choose(model, ctx, candidates) : null;
    if (!pick) continue;
    named[k] = pick.name;
    confidence[k] = pick.probability;
  }
}

/**
 * An untagged quote in dialogue: the person the paragraph's narrative names ("Mrs. Bennet
 * deigned not to reply … “Don’t keep coughing so, Kitty”"), else the turn-taking guess, never
 * someone the quote addresses.
 */
function dialogueSpeaker(d: Discourse, sources: ParagraphSources, sentences: readonly Span[], narrative: readonly ResolvedMention[], spans: readonly QuoteSpan[], k: number, paragraph: number, heard: readonly string[][]): { name: string; via: Via } | null {
  const q = spans[k] as QuoteSpan;
  const addressed = new Set(heard[k]);
  // The narrative right around the quote: the sentence before it, its own, the one after.
  const own = sentenceAt(sentences, q.open);
  const closing = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  const from = own.start > 0 ? sentenceAt(sentences, own.start - 1).start : 0;
  const to = closing.end < sources.text.length ? sentenceAt(sentences, closing.end + 1).end : closing.end;
  const person = narrative.find((m) => m.entityType === 'person' && m.start >= from && m.end <= to && !addressed.has(d.canonical(characterName(sources.text, m).name, paragraph, m.start)));
  if (person) return { name: d.canonical(characterName(sources.text, person).name, paragraph, person.start), via: 'narrative' };
  const pronoun = /(?:^|[.!?;]\s+|[”"]\s*)(He|She)\b/.exec(sources.masked.slice(from, to));
  const resolved = pronoun ? d.resolvePronoun(pronoun[1] === 'He' ? 'm' : 'f', paragraph, from + pronoun.index, addressed) : null;
  if (resolved) return { name: resolved, via: 'narrative' };
  // "Terry blazed up at once. ¶ “Ask him how far it is.”": the line after a paragraph of
  // narration is the person that narration ends on.
  const opens = k === 0 && !/\p{L}/u.test(sources.masked.slice(0, q.open));
  const endsOn = opens ? d.closingSubject(paragraph - 1) : null;
  if (endsOn && !addressed.has(endsOn)) return { name: endsOn, via: 'subject' };
  const turn = d.alternate(paragraph);
  if (turn && !addressed.has(turn)) return { name: turn, via: 'alternate' };
  const last = d.turns[d.turns.length - 1];
  const other = last?.paragraph === paragraph - 1 && last.speaker ? d.otherThan(new Set([last.speaker, ...addressed]), paragraph, q.open) : null;
  return other ? { name: other, via: 'other' } : null;
}

/**
 * The subject of the last sentence of a paragraph of narration (no quotes): a person it opens
 * with, or "he"/"she" resolved where it stands.
 */
function noteClosingSubject(d: Discourse, sources: ParagraphSources, sentences: readonly Span[], narrative: readonly ResolvedMention[], paragraph: number): void {
  const last = sentences[sentences.length - 1];
  if (!last) return;
  const people = [
    ...narrative.filter((m) => m.entityType === 'person').map((m) => ({ at: m.start, name: characterName(sources.text, m).name })),
    ...d.titledNames(paragraph),
    ...describedPeople(sources.masked),
  ];
  const subject = sentenceSubject(sources.masked, last, people);
  if (!subject) return;
  const name = subject.kind === 'pronoun' ? d.resolvePronoun(subject.gender, paragraph, subject.at) : d.canonical(subject.name, paragraph, subject.at);
  if (name) d.noteClosingSubject(paragraph, name);
}

/**
 * "asked Quillet" where the recogniser merged the surname into "Mrs. Quillet": in a text that
 * has named a Mr. Quillet too, the surname written bare is how narration calls him, not her.
 */
function husbandCalledBare(text: string, m: ResolvedMention, name: string, d: Discourse): string | null {
  if (titleBefore(text, m.start)) return null;
  const own = /^(?:Mrs|Miss|Ms)\.?\s+(\p{Lu}[\p{L}’'-]+)$/u.exec(name);
  if (!own || text.slice(m.start, m.end) !== own[1]) return null;
  for (const mr of [`Mr. ${own[1]}`, `Mr ${own[1]}`]) if (d.mentions(mr) > 0) return mr;
  return null;
}

/** "said he to Temple": the person the tag's speaker speaks to, whom "he" cannot mean. */
function listener(sources: ParagraphSources, mentions: readonly ResolvedMention[], ref: Ref | null): string[] {
  if (ref?.kind !== 'pronoun') return [];
  const to = /^\s*to\s+/.exec(sources.masked.slice(ref.end, ref.end + 40));
  if (!to) return [];
  const at = ref.end + to[0].length;
  const m = mentions.find((x) => x.entityType === 'person' && x.start >= at && x.start <= at + 5);
  return m ? [characterName(sources.text, m).name] : [];
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

/** "the American said" taken to be a named person: right about two times in three on BBC news, so marked uncertain. */
const DESCRIBED_CONFIDENCE = 0.55;

/** The named person a news description of one person means ("the 28-year-old presenter said"). */
function describedPerson(description: string, memory: SpeakerMemory, d: Discourse | undefined, paragraph: number, at: number): string | null {
  if (!describesOnePerson(description) || !d) return null;
  // Whom "he" would mean: the speaker or subject just put forward ("Cueto was puzzled… said the
  // Sale player"). With none, the person the story keeps naming among the last few: the last
  // name alone was as often a rival or a record holder ("well short of Greene's record, said
  // the world indoor champion").
  if (memory.lastPerson) return memory.lastPerson;
  let best: string | null = null;
  for (const name of d.recent(paragraph, at, 4, 0)) if (best === null || d.mentions(name) > d.mentions(best)) best = name;
  return best;
}

function resolve(ref: Ref | null, memory: SpeakerMemory, text: string, mentions: readonly ResolvedMention[], paragraph = 0, avoid: ReadonlySet<string> = new Set()): string | null {
  if (!ref) return null;
  const d = memory.discourse;
  if (ref.kind === 'pronoun') {
    if (ref.name !== 'he' && ref.name !== 'she') return memory.lastOther;
    // News names a speaker and then says "he said" of them; fiction says "said he" of whoever
    // fits among the people of the scene, so gender and recency decide there.
    // Without a speaker named yet, "she said" is the last woman the text named.
    const gender = ref.name === 'he' ? 'm' : 'f';
    if (!d?.dialogue) {
      // …but not of a speaker the text shows is of the other gender ("Miss Watson … “…,” he says").
      const last = memory.lastPerson;
      const clash = last !== null && d !== undefined && d.genderOf(last) !== null && d.genderOf(last) !== gender;
      if (clash) return d.resolvePronoun(gender, paragraph, ref.start, avoid) ?? last;
      return last ?? d?.resolvePronoun(gender, paragraph, ref.start, avoid) ?? null;
    }
    return d.resolvePronoun(ref.name === 'he' ? 'm' : 'f', paragraph, ref.start, avoid) ?? memory.lastPerson;
  }
  if (ref.kind === 'narrator') {
    d?.note(ref.name, paragraph, ref.start);
    return ref.name;
  }
  let name = ref.name;
  if (ref.kind === 'person') {
    const m = mentions.find((x) => x.start === ref.start);
    if (m) name = characterName(text, m).name;
    if (m && d) name = husbandCalledBare(text, m, name, d) ?? name;
    if (d) name = d.canonical(name, paragraph, ref.start);
    memory.lastPerson = name;
  } else if (ref.kind !== 'description') memory.lastOther = name;
  else if (d) name = d.canonical(name, paragraph, ref.start);
  if (d && (ref.kind === 'person' || ref.kind === 'description')) d.note(name, paragraph, ref.start, 'gender' in ref ? ref.gender : null);
  return name;
}
