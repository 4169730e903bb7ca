/**
 * Dialogue tags as fiction and interviews write them, beside a quote: "“…,” said he", "“…,”
 * replied his wife", "“…,” she simply observed", "Mrs. Bennet said: “…”". News cues
 * (attribution.ts) stay first; these catch the inverted and pronoun forms and the tag verbs of
 * narrative ("returned", "cried", "rejoined"), and name speakers the entity recogniser missed
 * from the capitalised words themselves.
 */
import { type ResolvedMention } from './canonical-names';
import { givenNameGender } from './given-names';

export type Gender = 'm' | 'f' | null;

export interface TagSubject {
  /** The speaker as the text names them ("Mrs. Bennet", "his lady"), or the pronoun. */
  name: string;
  kind: 'person' | 'description' | 'pronoun' | 'narrator';
  gender: Gender;
  start: number;
  end: number;
}

const TAG_VERBS = new Set([
  'said', 'says', 'say', 'replied', 'replies', 'returned', 'returns', 'answered', 'answers', 'asked', 'asks',
  'cried', 'cries', 'exclaimed', 'continued', 'observed', 'remarked', 'rejoined', 'responded', 'added',
  'adds', 'whispered', 'muttered', 'murmured', 'shouted', 'called', 'began', 'repeated', 'resumed',
  'interrupted', 'inquired', 'enquired', 'demanded', 'pursued', 'retorted', 'declared', 'thought',
  'sighed', 'laughed', 'groaned', 'screamed', 'urged', 'suggested', 'explained', 'protested', 'growled',
  'stammered', 'sobbed', 'faltered', 'gasped', 'snapped', 'ventured', 'admitted', 'agreed', 'assented',
  'persisted', 'insisted', 'told', 'roared', 'yelled', 'bawled', 'hissed', 'breathed', 'mused',
  'reflected', 'concluded', 'corrected', 'conceded', 'intimated', 'responded', 'explained', 'warned',
  'promised', 'announced', 'wrote', 'writes', 'went', 'broke', 'put', 'chimed', 'echoed', 'noted',
  'added', 'replied', 'shrieked', 'drawled', 'gasped', 'sneered', 'smiled', 'grinned', 'nodded',
  'objected', 'remonstrated', 'stated', 'argued', 'pleaded', 'begged', 'commanded', 'ordered',
  'affirmed', 'assured', 'confessed', 'owned', 'exclaims', 'cry', 'cries', 'quoth', 'exploded',
  'queried', 'grumbled', 'hinted', 'advised', 'instructed', 'ejaculated',
]);

const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f', i: null, they: null, we: null };

const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'mister', 'master', 'uncle', 'father', 'king', 'prince', 'colonel', 'captain', 'general', 'count', 'duke', 'baron', 'rev', 'reverend', 'brother', 'squire', 'parson', 'monsieur', 'herr', 'signor', 'senor', 'don', 'earl', 'major', 'lieutenant', 'sergeant', 'judge', 'mynheer', 'dr', 'doctor', 'professor', 'prof', 'capt', 'col']);
const FEMALE_TITLES = new Set(['mrs', 'miss', 'ms', 'lady', 'madame', 'madam', 'mme', 'mlle', 'aunt', 'mother', 'queen', 'princess', 'sister', 'duchess', 'countess', 'dame', 'mademoiselle', 'frau', 'fraulein', 'signora', 'senora', 'donna', 'mistress', 'granny', 'grandma']);
/** Titles whose gender is only a default (a doctor may be a woman): pronouns can overrule them. */
const WEAK_TITLES = new Set(['dr', 'doctor', 'professor', 'prof', 'judge', 'captain', 'capt']);

const FEMALE_NOUNS = new Set(['woman', 'lady', 'girl', 'mother', 'wife', 'sister', 'aunt', 'daughter', 'widow', 'maid', 'queen', 'mistress', 'niece', 'grandmother', 'landlady', 'nurse', 'housekeeper', 'hostess', 'governess', 'princess', 'mamma', 'mama', 'mum', 'bride', 'heroine', 'lass', 'damsel', 'spinster', 'matron', 'servant-girl', 'maiden', 'actress', 'duchess', 'countess']);
const MALE_NOUNS = new Set(['man', 'gentleman', 'boy', 'father', 'husband', 'brother', 'uncle', 'son', 'fellow', 'lad', 'king', 'master', 'nephew', 'grandfather', 'landlord', 'host', 'prince', 'papa', 'dad', 'bridegroom', 'hero', 'youth', 'squire', 'parson', 'priest', 'monk', 'sailor', 'seaman', 'captain', 'officer', 'soldier', 'stranger', 'butler', 'footman', 'waiter', 'clerk', 'doctor', 'lawyer', 'scrivener', 'convict', 'guide', 'old-man', 'gentlemen', 'chap', 'duke', 'earl', 'lord', 'knight', 'giant', 'savage', 'infant', 'child', 'interlocutor']);
/** "infant", "child", "stranger"… are no evidence of gender: in FEMALE/MALE only where typical. */
const NEUTRAL_NOUNS = new Set(['infant', 'child', 'interlocutor', 'stranger', 'guide', 'servant', 'visitor', 'companion', 'friend', 'voice', 'other', 'guest', 'narrator', 'speaker', 'person', 'creature', 'figure', 'doctor', 'lawyer', 'clerk', 'officer']);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'my', 'our', 'their', 'this', 'that', 'its', 'your', 'one', 'another', 'poor', 'old', 'young', 'little']);
/** Words that end a described speaker: "his lady to him", "the mother, who…". */
const PHRASE_STOP = new Set(['to', 'with', 'as', 'in', 'at', 'on', 'of', 'for', 'from', 'and', 'but', 'or', 'who', 'which', 'that', 'when', 'while', 'after', 'before', 'then', 'again', 'now', 'once', 'presently', 'quietly', 'at', 'by', 'into', 'upon', 'without', 'not', 'very', 'too', 'so', 'was', 'had', 'is', 'were', 'did', 'looking', 'turning']);
/** Capitalised words that start a clause rather than name someone: "“…,” Then said he". */
const NOT_NAMES = new Set(['the', 'then', 'but', 'and', 'so', 'yet', 'now', 'here', 'there', 'this', 'that', 'at', 'in', 'on', 'oh', 'well', 'his', 'her', 'my', 'our', 'their', 'a', 'an', 'when', 'as', 'if', 'what', 'why', 'how', 'yes', 'no', 'ah', 'o', 'it', 'they', 'we', 'you', 'he', 'she', 'i', 'presently', 'again', 'after', 'before', 'said', 'one', 'another', 'some', 'all', 'both', 'each', 'every']);

const PERSON_NOUNS = [...new Set([...FEMALE_NOUNS, ...MALE_NOUNS, ...NEUTRAL_NOUNS])].filter((n) => /^[a-z]+$/.test(n));
/** "the old man", "his mother", "a little Swede boy": a person described, not named. */
const DESCRIBED = new RegExp(`\\b(?:the|a|an|his|her|my|our|their|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_NOUNS.join('|')})\\b`, 'giu');

/** People the narrative describes ("the old man") with where each starts, in text order. */
export function describedPeople(masked: string): { name: string; at: number; gender: Gender }[] {
  const out: { name: string; at: number; gender: Gender }[] = [];
  for (const m of masked.matchAll(DESCRIBED)) {
    const words = m[0].split(/\s+/);
    if (words.slice(1, -1).some((w) => PHRASE_STOP.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || DETERMINERS.has(w.toLowerCase()) && !/^(?:old|young|little|poor)$/i.test(w))) continue;
    const name = m[0].replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    out.push({ name, at: m.index, gender: nounGender(words[words.length - 1] ?? '') });
  }
  return out;
}

export const isTagVerb = (w: string): boolean => TAG_VERBS.has(w.toLowerCase());

export function titleGender(title: string): Gender {
  const t = title.toLowerCase().replace(/\.$/, '');
  return MALE_TITLES.has(t) ? 'm' : FEMALE_TITLES.has(t) ? 'f' : null;
}

export const isWeakTitle = (title: string): boolean => WEAK_TITLES.has(title.toLowerCase().replace(/\.$/, ''));

export function nounGender(word: string): Gender {
  const w = word.toLowerCase();
  if (NEUTRAL_NOUNS.has(w)) return null;
  return FEMALE_NOUNS.has(w) ? 'f' : MALE_NOUNS.has(w) ? 'm' : null;
}

const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{L}*)\.?\s+$/u;

/** The title written right before a mention ("Mrs. " in "Mrs. Bennet"), if any. */
export function titleBefore(text: string, at: number): string | null {
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, at - 14), at))?.[1];
  return title && (titleGender(title) !== null || isWeakTitle(title)) ? title : null;
}

/**
 * How a person mention names its character: the entity's canonical name, with the title the
 * text gives it when the name is a bare surname ("Mrs. Bennet" and "Mr. Bennet" are two people).
 */
export function characterName(text: string, mention: ResolvedMention): { name: string; gender: Gender; titled: boolean } {
  const title = titleBefore(text, mention.start);
  if (!title) return { name: mention.entity, gender: null, titled: false };
  // Only a titled name is trimmed: "Mrs. Todd LATER" is surely Mrs. Todd; untitled runs
  // ("Benbow SQUIRE TRELAWNEY") stay whole, and implausible (isPlausibleName).
  const m = { ...mention, entity: withoutHeadingTail(mention.entity) };
  const gender = isWeakTitle(title) ? null : titleGender(title);
  const dot = text.slice(0, m.start).trimEnd().endsWith('.') ? '.' : '';
  // "Mr. Temple" when the recogniser merged the surname into "Charlotte Temple": the title
  // says which of the family it is, unless the full name carries the same title's gender.
  // Likewise "Mr. Hale" merged into "Mrs. Hale": the entity's own title names the other spouse.
  const surface = text.slice(m.start, m.end);
  const ownTitle = /^(\p{Lu}\p{L}*)\.?\s/u.exec(m.entity)?.[1];
  const otherGender = (g: Gender): boolean => g !== null && g !== gender;
  if (m.entity.includes(' ') && !surface.includes(' ') && gender && (otherGender(givenNameGender(m.entity)) || (ownTitle !== undefined && otherGender(titleGender(ownTitle))))) {
    return { name: `${title}${dot} ${surface}`, gender, titled: true };
  }
  if (m.entity.includes(' ')) return { name: m.entity, gender, titled: false };
  return { name: `${title}${dot} ${m.entity}`, gender, titled: true };
}

/**
 * "Todd LATER" is a chapter heading ("II. Mrs. Todd") run into the chapter's first word, which
 * the book sets in capitals: the name is "Todd". A name wholly in capitals ("AMORY") stays.
 */
export function withoutHeadingTail(name: string): string {
  return name.replace(/^(.*\p{Ll}[\p{L}’'-]*)(?:\s+\p{Lu}{2,}\.?)+$/u, '$1');
}

interface WordAt {
  word: string;
  start: number;
  end: number;
}

const words = (text: string, from: number, to: number): WordAt[] =>
  [...text.slice(from, to).matchAll(/[\p{L}][\p{L}’'-]*\.?|[^\s\p{L}]/gu)].map((m) => ({ word: m[0], start: from + m.index, end: from + m.index + m[0].length }));

const bareWord = (w: string): string => w.replace(/\.$/, '');
/** A sentence ends at ".", "!", "?" or a word with a full stop that is no title ("ears." not "Mr."). */
const endsSentence = (w: string): boolean => /^[.!?;]$/.test(w) || /\p{L}\.$/u.test(w) && !isTitleWritten(w) && !/^\p{Lu}\.$/u.test(w);
/** "Mr.", "Dr.": a capitalised title, whose full stop ends no sentence ("the parson." does). */
const isTitleWritten = (w: string): boolean => /^\p{Lu}/u.test(w) && (titleGender(bareWord(w)) !== null || isWeakTitle(bareWord(w)));
/** Words that open a sentence before its subject: "Then she…", "At last the old man…". */
const SENTENCE_OPENERS = new Set(['then', 'but', 'so', 'and', 'presently', 'now', 'suddenly', 'finally', 'at', 'last', 'length', 'once', 'again']);
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(bareWord(w).toLowerCase());
const isAdverb = (w: string): boolean => /^\p{Ll}{3,}ly$/u.test(w) && !/^(?:only|early|ugly|holy|family|reply|belly|jelly|lily|bully|fly|ally|rely|apply|supply)$/.test(w);

/**
 * Whether a capitalised run can be someone's name: a heading in capitals run into a name
 * ("Benbow SQUIRE TRELAWNEY", "Todd LATER") cannot.
 */
export function isPlausibleName(name: string): boolean {
  const ws = name.split(/\s+/);
  const caps = ws.filter((w) => /^\p{Lu}{2,}\.?$/u.test(w)).length;
  return caps === 0 || caps === ws.length && ws.length <= 2;
}

export class TagReader {
  constructor(
    private readonly text: string,
    /** The paragraph with its quotes blanked (ParagraphSources.masked). */
    private readonly masked: string,
    /** Mentions outside quotes; a name in a tag is a person whatever type the recogniser gave it. */
    private readonly persons: readonly ResolvedMention[],
  ) {}

  /** "said he", "replied his wife", "he answered", "she simply observed" right after a quote. */
  after(at: number, limit: number): TagSubject | null {
    const ws = words(this.masked, at, limit).slice(0, 12);
    let k = 0;
    while (k < ws.length && /^[,—–-]$/.test(ws[k]!.word)) k++;
    const first = ws[k];
    if (!first) return null;
    if (isTagVerb(bareWord(first.word))) {
      let j = k + 1;
      if (ws[j] && /^(?:on|in|out|up)$/.test(ws[j]!.word) && /^(?:went|broke|put|chimed|cried)$/i.test(first.word)) j++;
      return this.subjectAt(ws, j);
    }
    const subject = this.subjectAt(ws, k);
    if (!subject) return null;
    let j = ws.findIndex((w) => w.start >= subject.end);
    if (j < 0) return null;
    while (ws[j] && (isAdverb(ws[j]!.word) || /^(?:then|again|at|length|once|now|presently|also|simply|only)$/i.test(ws[j]!.word))) j++;
    const verb = ws[j];
    return verb && isTagVerb(bareWord(verb.word)) && !/^\p{Lu}/u.test(verb.word) ? subject : null;
  }

  /** "Mrs. Bennet said:", "he cried, " right before a quote opens (in [from, to)). */
  before(from: number, to: number): TagSubject | null {
    const ws = words(this.masked, from, to);
    // The verb sits at most a few words before the quote: "he said to her, “", "said Ann: “".
    for (let v = ws.length - 1; v >= Math.max(0, ws.length - 8); v--) {
      const w = ws[v]!;
      if (/^[.!?]$/.test(w.word)) return null;
      if (!isTagVerb(bareWord(w.word))) continue;
      const tail = this.masked.slice(w.end, to);
      if (/[.!?]/.test(tail)) return null;
      // "said he, “…”" / "said Ann: “…”": the subject follows the verb.
      const inverted = this.subjectAt(ws, v + 1);
      if (inverted && /^[\s,:;—–-]*$/.test(this.masked.slice(inverted.end, to))) return inverted;
      return this.subjectEndingAt(ws, v) ?? this.joinedSubject(ws, v);
    }
    return null;
  }

  /**
   * "The oldest colt raised his head, pricked his ears, and said, “…”": a tag verb joined to its
   * sentence by "and" ("and then") has the sentence's subject, the phrase the sentence opens with.
   */
  private joinedSubject(ws: readonly WordAt[], v: number): TagSubject | null {
    let e = v - 1;
    while (e >= 0 && (isAdverb(ws[e]!.word) || /^then$/i.test(ws[e]!.word))) e--;
    if (!/^and$/i.test(ws[e]?.word ?? '')) return null;
    let s = e;
    while (s > 0 && !endsSentence(ws[s - 1]!.word)) s--;
    while (s < e && SENTENCE_OPENERS.has(bareWord(ws[s]!.word).toLowerCase())) s++;
    if (s >= e - 1) return null;
    // The opening words are a subject only when they surely name someone: a pronoun, a person
    // the recogniser found, or a person noun ("the old man"), not "To" or "His air of…".
    if (DETERMINERS.has(bareWord(ws[s]!.word).toLowerCase())) {
      for (let j = s + 1; j < Math.min(e, s + 4); j++) {
        const w = ws[j]!.word;
        if (!/^\p{Ll}/u.test(w) || PHRASE_STOP.has(w)) return null;
        if (PERSON_NOUNS.includes(bareWord(w))) return this.describe(ws[s]!.start, ws[j]!.end, w);
      }
      return null;
    }
    const subject = this.subjectAt(ws, s);
    // A person, not any mention: "Oxfam senior policy adviser Max Lawson … and said" opens on a body.
    if (subject?.kind === 'person') return this.persons.some((m) => m.entityType === 'person' && m.start < subject.end && m.end > subject.start) ? subject : null;
    return subject;
  }

  /** The subject phrase starting at ws[k]. */
  private subjectAt(ws: readonly WordAt[], k: number): TagSubject | null {
    const w = ws[k];
    if (!w) return null;
    const lower = bareWord(w.word).toLowerCase();
    if (lower in PRONOUN_GENDER && !/\.$/.test(w.word)) return this.pronoun(w);
    if (DETERMINERS.has(lower)) return this.description(ws, k);
    if (isCapitalised(w.word)) return this.name(ws, k, 1);
    return null;
  }

  /** The subject phrase ending right before ws[v] (an adverb may stand between). */
  private subjectEndingAt(ws: readonly WordAt[], v: number): TagSubject | null {
    let e = v - 1;
    while (e >= 0 && isAdverb(ws[e]!.word)) e--;
    const last = ws[e];
    if (!last) return null;
    const lower = bareWord(last.word).toLowerCase();
    if (lower in PRONOUN_GENDER) return this.pronoun(last);
    if (isCapitalised(last.word)) {
      let s = e;
      while (s > 0 && isCapitalised(ws[s - 1]!.word) && e - s < 3) s--;
      return this.name(ws, s, e - s + 1);
    }
    for (let s = e - 1; s >= Math.max(0, e - 4); s--) {
      const d = bareWord(ws[s]!.word).toLowerCase();
      if (DETERMINERS.has(d) && !DETERMINERS.has(bareWord(ws[s + 1]!.word).toLowerCase()) || d === 'the' || d === 'his' || d === 'her') {
        if (ws.slice(s + 1, e + 1).some((x) => PHRASE_STOP.has(x.word.toLowerCase()) || !/^\p{L}/u.test(x.word))) return null;
        return this.describe(ws[s]!.start, last.end, last.word);
      }
      if (!/^\p{Ll}/u.test(ws[s]!.word) || PHRASE_STOP.has(d)) return null;
    }
    return null;
  }

  private pronoun(w: WordAt): TagSubject {
    const lower = w.word.toLowerCase();
    if (lower === 'i') return { name: 'the narrator', kind: 'narrator', gender: null, start: w.start, end: w.end };
    return { name: lower, kind: 'pronoun', gender: PRONOUN_GENDER[lower] ?? null, start: w.start, end: w.end };
  }

  /** "the young man", "his lady", "this vivacious infant": up to four words, to the noun. */
  private description(ws: readonly WordAt[], k: number): TagSubject | null {
    let e = k;
    for (let j = k + 1; j < Math.min(ws.length, k + 5); j++) {
      const x = ws[j]!.word;
      // "said another. Rustlings and…": the description ends with its sentence.
      if (/\.$/.test(ws[j - 1]!.word) && !isTitleWritten(ws[j - 1]!.word)) break;
      // Right after the determiner an -ly word describes the person ("the burly Moze", "an
      // elderly lady"); further on it is the tag's adverb ("the man quietly").
      const adverb = j > k + 1 && isAdverb(bareWord(x));
      if (!/^\p{L}/u.test(x) || PHRASE_STOP.has(x.toLowerCase()) || adverb || isTagVerb(bareWord(x))) break;
      e = j;
    }
    if (e === k) return null;
    const last = ws[e]!;
    // "the doctor Jones", "the old Captain": a capitalised head is a name, not a description.
    if (/^\p{Lu}/u.test(last.word)) {
      const person = this.persons.find((m) => m.start <= last.start && m.end >= last.start);
      if (person) return this.fromMention(person);
      // …and a name the recogniser missed too ("the burly Moze"), unless it is a lone title.
      // Straight after the determiner a capital is a people or a role ("the American", "the
      // DJ", "the Foreign Secretary"): the description stays.
      const first = ws.findIndex((x, i) => i > k && i <= e && /^\p{Lu}/u.test(x.word));
      const named = first > k + 1 && isCapitalised(ws[first]!.word) ? this.name(ws, first, 1) : null;
      if (named) return named;
    }
    return this.describe(ws[k]!.start, last.end, last.word);
  }

  private describe(start: number, rawEnd: number, head: string): TagSubject {
    const end = this.text.charAt(rawEnd - 1) === '.' ? rawEnd - 1 : rawEnd;
    const name = this.text.slice(start, end).replace(/^(The|A|An|His|Her|My|Our|Their|This|That|One|Another)\b/, (w) => w.toLowerCase());
    return { name, kind: 'description', gender: nounGender(bareWord(head)), start, end };
  }

  /** A capitalised name of n words at ws[k]: the recogniser's mention there if any, else the words. */
  private name(ws: readonly WordAt[], k: number, atLeast: number): TagSubject | null {
    const first = ws[k]!;
    let e = k;
    while (e + 1 < ws.length && e - k < 3 && /^\p{Lu}/u.test(ws[e + 1]!.word) && !NOT_NAMES.has(bareWord(ws[e + 1]!.word).toLowerCase())) e++;
    if (e - k + 1 < atLeast) return null;
    const last = ws[e]!;
    const person = this.persons.find((m) => m.start < last.end && m.end > first.start);
    if (person) return this.fromMention(person);
    const end = /\.$/.test(last.word) ? last.end - 1 : last.end;
    const written = this.text.slice(first.start, end);
    if (!isPlausibleName(written)) return null;
    const title = /^(\p{Lu}\p{L}*)\.?\s/u.exec(written)?.[1];
    // A lone title ("Mr.") names no one; a lone name ending the sentence ("replied Snake.") does.
    if (e === k && (titleGender(bareWord(first.word)) !== null || isWeakTitle(bareWord(first.word)) || /^\p{Lu}\.$/u.test(first.word))) return null;
    return { name: written, kind: 'person', gender: title && !isWeakTitle(title) ? titleGender(title) : null, start: first.start, end };
  }

  private fromMention(m: ResolvedMention): TagSubject {
    const c = characterName(this.text, m);
    return { name: c.name, kind: 'person', gender: c.gender, start: m.start, end: m.end };
  }
}
