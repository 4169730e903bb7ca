/**
 * Who is who across a conversation: the people a document has named so far (in reading order,
 * outside quotes), the gender the text gives each (a title, "his lady", the pronouns that follow
 * their name), and the dialogue turns. "said he" resolves to the most recent person who fits;
 * an untagged turn goes to the speaker before last when two people alternate; a name the quote
 * addresses ("“…, John,”") is the listener, never the speaker.
 */
import { type ParagraphSources } from './attribution';
import { type ResolvedMention } from './canonical-names';
import { Characters, type Occurrence } from './characters';
import { characterName, describedPeople, type Gender, isPlausibleName, nounGender, titleBefore, titleGender } from './dialogue-tags';
import { givenNameGender } from './given-names';
import { type Step } from './conversation';
import { type QuoteSpan } from './quotes';
import { splitTags } from './split-tags';
import { type TagSubject } from './dialogue-tags';

interface Referent {
  name: string;
  paragraph: number;
  at: number;
}

export interface Turn {
  paragraph: number;
  speaker: string | null;
  /** Who the turn's quotes address by name ("“…, Turkey,”"), if anyone. */
  addressee: string | null;
  /** The paragraph's last quote was left open: the next paragraph continues it. */
  unclosed: boolean;
}

export interface ParagraphView {
  text: string;
  sources: ParagraphSources;
  mentions: readonly ResolvedMention[];
  quotes: readonly QuoteSpan[];
}

export const NARRATOR = 'the narrator';

const FICTION_TAG = /[”"’]\s*,?\s*(?:said|says|replied|returned|cried|answered|asked|exclaimed|continued|rejoined|observed)\s+(?:he|she|I)\b|[”"’]\s*,?\s*(?:he|she|I)\s+(?:replied|returned|cried|answered|exclaimed|rejoined|whispered|muttered|murmured|observed|asked|continued)\b/g;

/** A role noun said to someone: after a comma or "dear"/"my"/"oh", before a comma or the end. */
const ROLE_VOCATIVE = /(?:^|[,;!?—–]\s*|\b(?:dear|my|oh|O|ah)\s+)(papa|mamma|mama|father|mother|doctor|captain|colonel|major|uncle|aunt|squire|parson|judge|professor)(?=\s*(?:[,;!?.—–]|$))/giu;

const PRONOUN_AFTER = /\b(he|him|his|himself|she|her|hers|herself)\b/i;
/** How far back "said he" looks for its person (named referents, most recent first). */
const LOOKBACK = 40;

export class Discourse {
  private readonly votes = new Map<string, { m: number; f: number }>();
  private readonly fixed = new Map<string, Gender>();
  private readonly timeline: Referent[] = [];
  private readonly count = new Map<string, number>();
  readonly turns: Turn[] = [];
  /** Every quote of a dialogue document in reading order, for the conversation decoder. */
  readonly steps: Step[] = [];
  /**
   * Fiction-style dialogue: at least two paragraphs that are a quote and nothing else. News
   * rarely writes a bare quoted paragraph unless it continues the one before.
   */
  readonly dialogue: boolean;

  constructor(paragraphs: readonly ParagraphView[]) {
    let bare = 0;
    paragraphs.forEach((p, i) => {
      this.learnGenders(p);
      const first = p.quotes[0];
      const last = p.quotes[p.quotes.length - 1];
      const before = paragraphs[i - 1]?.quotes;
      const continues = before !== undefined && before.length > 0 && before[before.length - 1]!.close >= (paragraphs[i - 1]?.text.length ?? 0);
      if (first && last && !continues && p.sources.masked.trim() === '') bare += 1;
    });
    // "said he", "she replied": tags news never writes; with two of them the document is told.
    const told = paragraphs.reduce((n, p) => n + (p.quotes.length > 0 ? [...p.text.matchAll(FICTION_TAG)].length : 0), 0);
    this.dialogue = bare >= 2 || told >= 2;
    // News keeps its own rules ("the company" is the firm named last, attribution.ts).
    const found = this.dialogue ? occurrences(paragraphs) : [];
    this.characters = this.dialogue ? new Characters(found, (n) => this.genderOf(n)) : null;
    for (const o of found) if (o.kind === 'name' && o.titledOnly) this.titledOnly.set(o.paragraph, [...(this.titledOnly.get(o.paragraph) ?? []), o]);
    this.named = found.filter((o) => o.kind === 'name' && !o.quoted && isPlausibleName(o.name));
    this.splitTags = this.dialogue ? splitTags(paragraphs) : new Map();
  }

  private readonly splitTags: ReadonlyMap<number, TagSubject>;

  /** The tag the paragraph after `paragraph` holds for its closing quote (split-tags.ts), if any. */
  tagAfterParagraph(paragraph: number): TagSubject | null {
    return this.splitTags.get(paragraph + 1) ?? null;
  }

  /** People named in the narrative, in reading order (dialogue documents only), for look-ahead. */
  private readonly named: readonly Occurrence[];

  /**
   * People the narrative names after (paragraph, at) and at most `paragraphs` paragraphs on, in
   * order, at most `limit` of them: a scene often names its speaker only after the first turns
   * ("…,” came a voice. … It was Master John Rolfe).
   */
  ahead(paragraph: number, at: number, paragraphs: number, limit: number): string[] {
    const out: string[] = [];
    for (const o of this.named) {
      if (o.paragraph < paragraph || (o.paragraph === paragraph && o.at <= at)) continue;
      if (o.paragraph > paragraph + paragraphs || out.length >= limit) break;
      const name = this.canonical(o.name, o.paragraph, o.at);
      if (!out.includes(name)) out.push(name);
    }
    return out;
  }

  private readonly titledOnly = new Map<number, Occurrence[]>();

  /** "Mrs. Thornton" in `paragraph`'s narrative where the recogniser found no one, with where each starts. */
  titledNames(paragraph: number): readonly Occurrence[] {
    return this.titledOnly.get(paragraph) ?? [];
  }

  private readonly characters: Characters | null;

  /** The character a name or description at (paragraph, at) refers to (characters.ts). */
  canonical(name: string, paragraph: number, at: number): string {
    return this.characters ? this.characters.canonical(name, paragraph, at) : name;
  }

  /**
   * Whom a quote at (paragraph, at) calls by a role ("Good evening, doctor", "No, papa"): the
   * most recent person named or described with that noun. Nothing outside dialogue.
   */
  addressedByRole(quote: string, paragraph: number, at: number): string[] {
    if (!this.characters) return [];
    const out: string[] = [];
    for (const m of quote.matchAll(ROLE_VOCATIVE)) {
      const noun = (m[1] ?? '').toLowerCase();
      const who = this.characters.withHead(noun, this.recent(paragraph, at, 8, 4));
      if (who && !out.includes(who)) out.push(who);
    }
    return out;
  }

  genderOf(name: string): Gender {
    const fixed = this.fixed.get(name);
    if (fixed) return fixed;
    const given = givenNameGender(name);
    if (given) return given;
    const v = this.votes.get(name);
    if (v && v.m !== v.f) {
      if (v.m >= 2 * v.f && v.m > 0) return 'm';
      if (v.f >= 2 * v.m && v.f > 0) return 'f';
    }
    const title = /^(\p{Lu}\p{L}*)\.?\s/u.exec(name)?.[1];
    if (title && titleGender(title)) return titleGender(title);
    const head = /(\p{L}+)$/u.exec(name)?.[1];
    return head && /^\p{Ll}/u.test(name) ? nounGender(head) : null;
  }

  /** A person named in the narrative, or a speaker, at `at` of paragraph `paragraph`. */
  note(written: string, paragraph: number, at: number, gender: Gender = null): void {
    if (!isPlausibleName(written)) return;
    const name = this.canonical(written, paragraph, at);
    if (gender && !this.fixed.has(name)) this.fixed.set(name, gender);
    const last = this.timeline[this.timeline.length - 1];
    if (last && last.name === name && last.paragraph === paragraph && last.at === at) return;
    // Kept in reading order: speakers found after the quote are noted after the mentions before it.
    let k = this.timeline.length;
    while (k > 0 && (this.timeline[k - 1]!.paragraph > paragraph || (this.timeline[k - 1]!.paragraph === paragraph && this.timeline[k - 1]!.at > at))) k--;
    this.timeline.splice(k, 0, { name, paragraph, at });
    this.count.set(name, (this.count.get(name) ?? 0) + 1);
    if (this.timeline.length > 400) this.timeline.splice(0, 200);
  }

  /**
   * The person "he"/"she" at (paragraph, at) most likely means: the most recent one whose
   * gender fits, else the most recent of unknown gender. `avoid` holds who cannot be meant
   * (the quote's addressee).
   */
  resolvePronoun(gender: Gender, paragraph: number, at: number, avoid: ReadonlySet<string> = new Set()): string | null {
    let unknown: string | null = null;
    let seen = 0;
    for (let k = this.timeline.length - 1; k >= 0 && seen < LOOKBACK; k--) {
      const r = this.timeline[k]!;
      if (r.paragraph > paragraph || (r.paragraph === paragraph && r.at >= at)) continue;
      seen += 1;
      if (avoid.has(r.name) || r.name === NARRATOR) continue; // "he" is never the one saying "I"
      const g = this.genderOf(r.name);
      if (g === gender) return r.name;
      if (g === null && unknown === null) unknown = r.name;
    }
    return unknown;
  }

  /**
   * Distinct people before (paragraph, at), most recent first: at most `names` named ones and
   * `described` described ones ("the old man"), which are many and mostly never speak.
   */
  recent(paragraph: number, at: number, names: number, described: number): string[] {
    const out: string[] = [];
    let n = 0;
    let dsc = 0;
    for (let k = this.timeline.length - 1, seen = 0; k >= 0 && seen < 4 * LOOKBACK && (n < names || dsc < described); k--, seen++) {
      const r = this.timeline[k]!;
      if (r.paragraph > paragraph || (r.paragraph === paragraph && r.at >= at) || out.includes(r.name)) continue;
      const isDescribed = /^\p{Ll}/u.test(r.name) && r.name !== NARRATOR;
      if (isDescribed ? dsc >= described : n >= names) continue;
      out.push(r.name);
      if (isDescribed) dsc += 1;
      else n += 1;
    }
    return out;
  }

  private readonly closing = new Map<number, string>();

  /** The person a paragraph of narration ends on (its last sentence's subject), for the line after it. */
  noteClosingSubject(paragraph: number, name: string): void {
    this.closing.set(paragraph, name);
  }

  closingSubject(paragraph: number): string | null {
    return this.closing.get(paragraph) ?? null;
  }

  /** Everyone named or heard speak in `paragraph` so far. */
  namedIn(paragraph: number): Set<string> {
    const out = new Set<string>();
    for (let k = this.timeline.length - 1; k >= 0; k--) {
      const r = this.timeline[k]!;
      if (r.paragraph < paragraph) break;
      if (r.paragraph === paragraph) out.add(r.name);
    }
    return out;
  }

  /** How many times a person has been named or has spoken so far. */
  mentions(name: string): number {
    return this.count.get(name) ?? 0;
  }

  /** The most recent named person before (paragraph, at) other than `not`. */
  otherThan(not: ReadonlySet<string>, paragraph: number, at: number): string | null {
    for (let k = this.timeline.length - 1, seen = 0; k >= 0 && seen < LOOKBACK; k--) {
      const r = this.timeline[k]!;
      if (r.paragraph > paragraph || (r.paragraph === paragraph && r.at >= at)) continue;
      seen += 1;
      if (!not.has(r.name)) return r.name;
    }
    return null;
  }

  /**
   * Turn-taking for an untagged turn in `paragraph`: when the two turns before it were in the
   * two paragraphs before it and by two people, it is the first of them again; when only the
   * turn before is known and it addressed someone by name, it is them.
   */
  alternate(paragraph: number): string | null {
    const prev = this.turns[this.turns.length - 1];
    const prev2 = this.turns[this.turns.length - 2];
    if (!prev || prev.paragraph !== paragraph - 1 || prev.unclosed) return null;
    if (prev.addressee && prev.addressee !== prev.speaker) return prev.addressee;
    if (prev2 && prev2.paragraph === paragraph - 2 && prev2.speaker && prev.speaker && prev2.speaker !== prev.speaker) return prev2.speaker;
    return null;
  }

  private learnGenders(p: ParagraphView): void {
    const persons = p.mentions.filter((m) => m.entityType === 'person' && !p.sources.insideQuote(m.start));
    persons.forEach((m, i) => {
      const c = characterName(p.text, m);
      if (c.gender && !this.fixed.has(c.name)) this.fixed.set(c.name, c.gender);
      // The first pronoun after the name, before the next person is named, is usually theirs.
      const until = Math.min(persons[i + 1]?.start ?? p.text.length, m.end + 150);
      const pronoun = PRONOUN_AFTER.exec(p.sources.masked.slice(m.end, until))?.[1]?.toLowerCase();
      if (!pronoun) return;
      const v = this.votes.get(c.name) ?? { m: 0, f: 0 };
      if (pronoun.startsWith('h') && pronoun !== 'her' && pronoun !== 'hers' && pronoun !== 'herself') v.m += 1;
      else v.f += 1;
      this.votes.set(c.name, v);
    });
  }
}

/** An honorific and one or two capitalised words: "Mrs. Thornton", "Master John Rolfe". */
const TITLED = /\b(Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|Captain|Colonel|Major|Uncle|Aunt|Master|Mistress)\.? \p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+)?\b/gu;

/** Every person named or described outside quotes, and those named inside them, in reading order. */
function occurrences(paragraphs: readonly ParagraphView[]): Occurrence[] {
  const out: Occurrence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const here: Occurrence[] = [];
    for (const m of p.mentions) {
      if (m.entityType !== 'person') continue;
      const c = characterName(p.text, m);
      if (!isPlausibleName(c.name)) continue;
      here.push({ paragraph, at: m.start, name: c.name, kind: 'name', gender: c.gender, title: titleBefore(p.text, m.start), quoted: p.sources.insideQuote(m.start) !== null });
    }
    // "Mrs. Thornton" the recogniser missed: an honorific and a capitalised word name someone.
    for (const t of p.sources.masked.matchAll(TITLED)) {
      const end = t.index + t[0].length;
      if (p.mentions.some((m) => m.start < end && m.end > t.index)) continue;
      here.push({ paragraph, at: t.index, name: t[0], kind: 'name', gender: titleGender(t[1] ?? ''), title: t[1] ?? null, titledOnly: true });
    }
    for (const d of describedPeople(p.sources.masked)) here.push({ paragraph, at: d.at, name: d.name, kind: 'description', gender: d.gender });
    here.sort((a, b) => a.at - b.at);
    markCataphors(here, p.sources.masked);
    out.push(...here);
  });
  return out;
}

const SENTENCE_END = /[.!?][”"’)]*\s/;

/**
 * "until his voice came up the bank, that my good friend, Master John Rolfe, was without": a
 * possessive that opens a sentence's first mention of anyone points ahead to the person the same
 * sentence names next, not back to whoever was named last (characters.ts decides when to use it).
 */
export function markCataphors(here: Occurrence[], masked: string): void {
  here.forEach((o, i) => {
    if (o.kind !== 'description' || !/^(?:his|her)\s/i.test(o.name)) return;
    const named = (x: Occurrence): boolean => x.kind === 'name' && !x.quoted;
    const earlier = here.slice(0, i).reverse().find(named);
    if (earlier && !SENTENCE_END.test(masked.slice(earlier.at, o.at))) return;
    const next = here.slice(i + 1).find(named);
    if (next && !SENTENCE_END.test(masked.slice(o.at, next.at))) o.cataphor = next.name;
  });
}

const VOCATIVE_LEAD = /(?:[,;:!?—–-]|\b(?:dear|my|oh|O|ah|well|yes|no|you|You))\s*(?:(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|Master|Mistress|Captain|Uncle|Aunt|Madame|Monsieur)\.?\s+)?$/u;

/**
 * Names a quote addresses: "Turkey" in "But the blots, Turkey," / "Mr. Bennet, how can you" /
 * "You Tom!" (a name called with "you", as a scolding calls it, before the end of a sentence).
 */
export function addressees(text: string, q: QuoteSpan, mentions: readonly ResolvedMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.start < q.start || m.end > q.end || m.entityType !== 'person') continue;
    const lead = text.slice(Math.max(q.start, m.start - 24), m.start);
    const opens = m.start - q.start <= 12 && /^\s*(?:(?:Oh|O|Ah|Well|Yes|No|Dear|My dear|Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|Master|Captain|Uncle|Aunt)\.?,?\s+)*$/u.test(text.slice(q.start, m.start));
    if ((opens || VOCATIVE_LEAD.test(lead)) && (/^[,!?;.]/.test(text.slice(m.end)) || m.end >= q.end)) out.push(characterName(text, m).name);
  }
  return out;
}
