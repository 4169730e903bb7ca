/**
 * Who says something in a paragraph: subject + cue pairs ("the White House said", "Peskov
 * previously dismissed", "said Carl Schuster", "according to Ukraine’s Defense Intelligence").
 * Quote speakers and figure claimants are both looked up here. Quoted words are masked out so a
 * name or verb inside a quote never counts as the attribution.
 */
import { type ResolvedMention } from './canonical-names';
import { bridgesSubjectToCue, isParticipleCue, isSpeechVerb } from './cues';
import { isSpeakerNoun, isTitle } from './lexicon';
import { isOnePersonHead } from './person-roles';
import { type QuoteSpan } from './quotes';

export type SourceKind = 'person' | 'organization' | 'place' | 'description' | 'pronoun';

export interface SourceRef {
  name: string;
  kind: SourceKind;
  start: number;
  end: number;
}

export interface CuePair {
  subject: SourceRef;
  cueStart: number;
  cueEnd: number;
}

const ARTICLES = new Set(['the', 'a', 'an', 'one', 'another']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const TRAILING_FILLERS = /(?:[\s,]+(?:has|have|had|also|previously|repeatedly|later|earlier|then|again|recently|publicly|reportedly|initially|did|does|would|will|could|not|was|is))+\s*$/i;
const DESCRIPTION_STOP = new Set(['that', 'which', 'who', 'and', 'or', 'but', 'said', 'says', 'is', 'was', 'to', 'in', 'of', 'with', 'by', 'on']);

export class ParagraphSources {
  readonly masked: string;

  constructor(
    readonly text: string,
    private readonly mentions: readonly ResolvedMention[],
    private readonly quotes: readonly QuoteSpan[],
    /** Organisation named most recently before this paragraph, for "the company said". */
    private readonly previousOrganization: string | null = null,
  ) {
    this.masked = maskQuotes(text, quotes);
    this.byStart = [...mentions].sort((a, b) => a.start - b.start); // stable: ties keep their order
    this.quotesInOrder = quotes.every((q, i) => i === 0 || (quotes[i - 1] as QuoteSpan).close <= q.open);
  }

  /** Quotes sorted and not overlapping (what the quote scanner gives): insideQuote can search. */
  private readonly quotesInOrder: boolean;

  /** The mentions by start offset, so a scan near one offset reads only the mentions there. */
  private readonly byStart: readonly ResolvedMention[];

  insideQuote(offset: number): QuoteSpan | null {
    if (!this.quotesInOrder) return this.quotes.find((q) => offset > q.open && offset < q.close) ?? null;
    // In order and apart, at most one span holds the offset: the last one opening before it.
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid]!.open < offset) lo = mid + 1;
      else hi = mid;
    }
    const q = this.quotes[lo - 1];
    return q && offset < q.close ? q : null;
  }

  /** Every "subject cue-verb" pair in [from, to), in text order; `isCue` says which verbs cue. */
  cuePairs(from: number, to: number, isCue: (word: string) => boolean = isSpeechVerb): CuePair[] {
    const pairs: CuePair[] = [];
    let lastFinite: SourceRef | null = null;
    for (const m of this.masked.slice(from, to).matchAll(/\p{L}+/gu)) {
      const word = m[0];
      const cueStart = from + m.index;
      const cueEnd = cueStart + word.length;
      if (isCue(word)) {
        const subject = this.subjectBefore(from, cueStart);
        if (subject) {
          pairs.push({ subject, cueStart, cueEnd });
          lastFinite = subject;
        }
      } else if (isParticipleCue(word) && lastFinite) {
        pairs.push({ subject: lastFinite, cueStart, cueEnd }); // "…, adding, “…”" borrows the subject
      }
    }
    return pairs;
  }

  /** "said Carl Schuster" / "Austin said" / "he added" right at `at` (after a closing quote). */
  speakerAfter(at: number, limit: number): SourceRef | null {
    const rest = this.masked.slice(at, limit);
    const lead = /^[\s,—–-]*/.exec(rest)?.[0].length ?? 0;
    const cueFirst = /^(\p{L}+)\s+/u.exec(rest.slice(lead));
    if (cueFirst && isSpeechVerb(cueFirst[1] ?? '')) {
      return this.subjectAt(at + lead + cueFirst[0].length, limit, true);
    }
    const subject = this.subjectAt(at + lead, limit);
    if (!subject) return null;
    const verb = /^(?:[\s,]+(?:has|had|also|later|then|again)\b)*\s+(\p{L}+)/u.exec(this.masked.slice(subject.end, limit));
    return verb && isSpeechVerb(verb[1] ?? '') ? subject : null;
  }

  /** "according to Ukraine’s Defense Intelligence" within [from, to). */
  accordingTo(from: number, to: number): SourceRef | null {
    for (const m of this.masked.slice(from, to).matchAll(/\baccording to\s+/gi)) {
      let at = from + m.index + m[0].length;
      // "according to a statement from the Essex County Prosecutor's Office": the office is the source.
      const document = /^(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:statement|report|survey|study|figures|data|statistics|estimates?|analysis|filing|research|poll|calculations)\s+(?:from|by|of|(?:issued|released|published|gathered|compiled|revealed|commissioned|conducted|produced)\s+by)\s+(?:the\s+)?/iu.exec(this.masked.slice(at, to));
      if (document) {
        const body = this.bodyAfterRole(at + document[0].length, to);
        if (body !== null) at = body;
      }
      // "according to bookmaker Ladbrokes", "figures gathered by industry watchdog, Ofcom": the body the words describe.
      at = this.bodyAfterRole(at, to) ?? at;
      const subject = this.subjectAt(at, to);
      if (subject) return subject;
      // "according to the national weather service,": any short "the …" phrase names the source.
      const phrase = /^(?:the|a|an)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4}?(?=\s*[,.;]|\s*$)/iu.exec(this.masked.slice(at, to));
      if (phrase) return this.describe(at, at + phrase[0].length);
    }
    return null;
  }

  /**
   * Where the organisation starts at `at` or after up to three lower-case words that describe it
   * ("message analysts the Radicati Group", "industry watchdog, Ofcom"); null when none does.
   */
  private bodyAfterRole(at: number, to: number): number | null {
    // "the World Travel and Tourism Council" cut short to "World Travel" is no body to name.
    const isBody = (offset: number) => this.mentions.some((x) => x.start === offset && x.entityType === 'organization' && !/^\s+(?:and|of|for)\s+\p{Lu}/u.test(this.masked.slice(x.end, to)));
    if (isBody(at)) return at;
    const role = /^(?:(?:the|a|an)\s+)?((?:(?!(?:the|a|an)\s)\p{Ll}[\p{L}-]*\s+){0,2}(?!(?:the|a|an)\s)\p{Ll}[\p{L}-]*)(\s*,)?\s+(?:the\s+)?/u.exec(this.masked.slice(at, to));
    // "the Riverside coach" is a person the club describes, not the club.
    if (!role || (role[1] ?? '').split(/\s+/u).some((w) => NOT_A_ROLE_WORD.has(w) || ARTICLES.has(w))) return null;
    const body = this.mentions.find((x) => x.start === at + role[0].length);
    // After a comma only an appositive ("watchdog, Ofcom, found"): "analysts, Tesco will…" is a clause.
    if (!body || !isBody(body.start) || (role[2] && !/^\s*,/u.test(this.masked.slice(body.end, to)))) return null;
    return body.start;
  }

  /**
   * "Figures from the Office for National Statistics showed…", "a survey by the CBI found…",
   * "…, data from Eurostat suggests": the body whose figures, survey or report the sentence
   * reports as finding something. Only a named body counts (a mention right after "from"/"by"),
   * and only with a verb of finding after it in [from, to).
   */
  findingsOf(from: number, to: number): SourceRef | null {
    const span = this.masked.slice(from, to);
    for (const m of span.matchAll(/\b(?:figures|data|statistics|numbers|survey|report|study|research|poll|estimates?|analysis|index|forecasts?)\s+(?:from|by|of|(?:issued|released|published|compiled|commissioned)\s+by)\s+(?:the\s+)?/giu)) {
      const at = from + m.index + m[0].length;
      const mention = this.mentions.find((x) => x.start === at && !this.insideQuote(x.start));
      if (!mention) continue;
      if (!/\b(?:show(?:s|ed|n)?|found|finds|suggest(?:s|ed)?|reveal(?:s|ed)?|indicate(?:s|d)?|put(?:s)?|estimate(?:s|d)?|point(?:s|ed)? to)\b/iu.test(this.masked.slice(mention.end, to))) continue;
      return fromMention(mention);
    }
    return null;
  }

  /**
   * The person a sentence in [from, to) opens with as its subject, however described ("The
   * writer Peter Holt felt…", "Film critic Ann Lee…", "The Guardian's critic Ann Lee…"); null
   * when the first person follows a verb ("Police arrested John Smith…") or a clause.
   */
  sentenceSubject(from: number, to: number): SourceRef | null {
    let mention: ResolvedMention | undefined;
    for (let i = firstAtOrAfter(this.byStart, from); i < this.byStart.length && !mention; i++) {
      const m = this.byStart[i]!;
      if (m.start >= to) break;
      if (m.end <= to && !this.insideQuote(m.start)) mention = m; // the first in the text, not in the list
    }
    if (!mention) return null;
    // What may open the sentence before the name: a conjunction, an article or one capitalised
    // word, up to three lower-case words ending in a role, and a title ("But the club's new
    // coach", "Film critic", "Mr"); a verb there ("He portrayed Mr …") makes the name an object.
    const lead = this.masked.slice(from, mention.start).replace(/^[\s"“‘(]*(?:(?:But|And|Yet|So|Now|However|Meanwhile|Still)\b,?\s*)?/u, '');
    const untitled = lead.replace(/(?:^|\s)(\p{L}+)\.?\s+$/u, (all, w: string) => (isTitle(w) ? ' ' : all));
    const words = /^(?:(?:the|a|an|[\p{Lu}][\p{L}’'.-]*)\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3})\s*$/u.exec(untitled);
    if (!words) return null;
    const role = (words[1] ?? '').trim().split(/\s+/u).filter(Boolean).at(-1);
    if (role !== undefined && !isTitle(role) && !isSpeakerNoun(role)) return null;
    if (mention.entityType === 'person') return fromMention(mention);
    if (role !== undefined) return null;
    return this.holderAfter(mention, to);
  }

  /** The person whose role at the body `m` follows it: "Gartner analyst Kobita Desai", "Microsoft's chief executive Steve Ballmer". */
  private holderAfter(m: ResolvedMention, limit: number): SourceRef | null {
    const body = /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]*)?(?:['’]s)?/u.exec(this.masked.slice(m.end, limit))![0].length;
    return this.roleHolderAt(m.end + body + 1, limit);
  }

  /** First named or described actor of [from, to): the sentence subject. */
  firstActor(from: number, to: number): SourceRef | null {
    const mention = this.mentions.find((m) => m.start >= from && m.end <= to && !this.insideQuote(m.start));
    const holder = mention && mention.entityType !== 'person' ? this.holderAfter(mention, to) : null;
    if (holder) return holder;
    const clause = /^[^,]*?,\s*/.exec(this.masked.slice(from, to)); // skip "On Monday, "
    const start = clause && !mention ? from + clause[0].length : from;
    const description = this.descriptionAt(start, to) ?? this.descriptionAt(from, to);
    if (mention && (!description || mention.start <= description.start)) return fromMention(mention);
    // "The writer Peter Holt", "the Guardian's film critic Peter Holt": the person described.
    const named = description && this.mentions.find((m) => m.entityType === 'person' && m.start >= description.end && m.start <= description.end + 1 && m.end <= to);
    return named ? fromMention(named) : description;
  }

  /**
   * Descriptions keep their wording (a sentence-initial "The" is lower-cased), except "the
   * company"/"the firm", which is the organisation named last before it.
   */
  private describe(start: number, end: number): SourceRef {
    const name = this.text.slice(start, end).replace(/^(The|A|An|One|Another)\b/, (w) => w.toLowerCase());
    if (CORPORATE.test(name)) {
      // "the airline", "the retailer" name a kind the body must be: one named paragraphs ago
      // was as often some other firm (the airline's own name unrecognised), so only this
      // paragraph's will do for them.
      const near = BODY_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
      const org = [...this.mentions].reverse().find((m) => m.end <= start && m.entityType === 'organization')?.entity ?? (near ? null : this.previousOrganization);
      if (org) return { name: org, kind: 'organization', start, end };
    }
    return { name, kind: 'description', start, end };
  }

  private subjectBefore(from: number, cueStart: number): SourceRef | null {
    const lo = Math.max(from, cueStart - 160); // a subject sits close to its verb; bounds the scan
    let best: SourceRef | null = null;
    // Only mentions starting in [lo, cueStart] can qualify: a per-cue scan of all of them made a
    // paragraph of n cues and n mentions n² ("“He said " repeated, issue 16).
    for (let i = firstAtOrAfter(this.byStart, lo); i < this.byStart.length; i++) {
      const m = this.byStart[i]!;
      if (m.start > cueStart) break;
      if (m.end > cueStart || this.insideQuote(m.start)) continue;
      // The earliest name that reaches the verb is the subject: "Tom Barker, an analyst at Peel
      // Hunt, said" is Tom Barker, not the firm inside his appositive.
      if (bridgesSubjectToCue(this.masked.slice(m.end, cueStart)) && (!best || m.start < best.start)) best = fromMention(m);
    }
    const before = this.masked.slice(lo, cueStart).replace(TRAILING_FILLERS, '');
    const words = [...before.matchAll(/[\p{L}’'-]+|[^\s\p{L}’'-]/gu)];
    const lastWord = words[words.length - 1];
    if (!lastWord) return best;
    const endAt = lo + lastWord.index + lastWord[0].length;
    if (best && best.end >= endAt) return best;
    const lower = lastWord[0].toLowerCase();
    if (PRONOUNS.has(lower)) return { name: lower, kind: 'pronoun', start: lo + lastWord.index, end: endAt };
    // "the High Street retailer said", "the software giant says": a body's kind, as "the company" is.
    if (!isSpeakerNoun(lastWord[0]) && !isOnePersonHead(lastWord[0]) && !BODY_HEADS.has(lower)) return best;
    for (let k = words.length - 2; k >= Math.max(0, words.length - 6); k--) {
      const w = words[k] as RegExpMatchArray;
      const wl = w[0].toLowerCase();
      // A description inside what the subject bridges ("Jane Miles of the Refugee Council said") is not the speaker.
      if (ARTICLES.has(wl)) return best && best.end <= lo + (w.index ?? 0) ? best : this.describe(lo + (w.index ?? 0), endAt);
      if (DESCRIPTION_STOP.has(wl) || !/\p{L}/u.test(w[0])) break;
    }
    // "analysts say"; "Analysts say" too when the word opens the sentence.
    const opensSentence = words.length === 1 || /^[.!?”"]$/u.test(words[words.length - 2]?.[0] ?? '');
    if (/^\p{L}\p{Ll}+s$/u.test(lastWord[0]) && (/^\p{Ll}/u.test(lastWord[0]) || opensSentence) && !best) return this.describe(lo + lastWord.index, endAt);
    return best;
  }

  /** A source starting at `at`: a mention, a pronoun or "the/a … official". */
  private subjectAt(at: number, limit: number, afterCue = false): SourceRef | null {
    let start = at + (/^\s*/.exec(this.masked.slice(at, limit))?.[0].length ?? 0);
    // "said Mr Smith", "said spokesman John Kirby": the mention starts after the title words.
    for (let skipped = start, k = 0; k < 3; k++) {
      const title = /^(\p{L}+)\.?\s+/u.exec(this.masked.slice(skipped, limit));
      if (!title || !isTitle(title[1] ?? '')) break;
      skipped += title[0].length;
      if (this.mentions.some((m) => m.start === skipped)) start = skipped;
    }
    // "said the US Agriculture Department": the body named, not "the department" read as a
    // description and mapped to whichever body came before. "the Liverpool defender" is a
    // person described by their club: the name must be the whole phrase.
    const article = /^the\s+/iu.exec(this.masked.slice(start, limit));
    const named = article && this.mentions.find((m) => m.start === start + article[0].length && m.entityType !== 'person');
    if (named && !/^\s+\p{Ll}/u.test(this.masked.slice(named.end, limit))) start = named.start;
    // "said regional officer Dave Collins", "said club president Manuel Ortega".
    const holder = this.roleHolderAt(start, limit, afterCue);
    if (holder) return holder;
    const mention = this.mentions.find((m) => m.start === start);
    if (mention) {
      // "said Gartner analyst Kobita Desai", "said Microsoft's chief executive Steve Ballmer":
      // the person speaks, not the body whose role they hold.
      return this.holderAfter(mention, limit) ?? fromMention(mention);
    }
    const pronoun = /^(\p{L}+)\b/u.exec(this.masked.slice(start, limit))?.[1]?.toLowerCase();
    if (pronoun && PRONOUNS.has(pronoun)) return { name: pronoun, kind: 'pronoun', start, end: start + pronoun.length };
    const description = this.descriptionAt(start, limit);
    // "said the committee chairman, MP Edward Lane": the name the description is in apposition to.
    return (description && this.appositiveName(description.end, limit)) ?? description ?? this.groupAt(start, limit);
  }

  /**
   * "said industry officials.", "according to federal regulators,": a few lower-case words ending
   * in a plural speaker noun, with no article, as the whole of the clause's source.
   */
  private groupAt(start: number, limit: number): SourceRef | null {
    const group = /^((?:\p{Ll}[\p{L}-]*\s+){0,2})(\p{Ll}[\p{L}-]*s)(?=\s*(?:[.,;:!?)]|$))/u.exec(this.masked.slice(start, limit));
    if (!group || !isSpeakerNoun(group[2] ?? '')) return null;
    const words = (group[1] ?? '').split(/\s+/u).filter(Boolean);
    if (words.some((w) => NOT_A_ROLE_WORD.has(w) || ARTICLES.has(w) || DESCRIPTION_STOP.has(w) || w.endsWith('ly'))) return null;
    return this.describe(start, start + group[0].length);
  }

  /**
   * "regional officer Dave Collins" at `at`: up to three lower-case words ending in a title or
   * speaker noun, then a person. Right after a speech verb any few lower-case words will do
   * ("said team-mate Chris Paterson", "said world number one Tom Hill"): what stands between
   * "said" and a person's name there describes them.
   */
  private roleHolderAt(at: number, limit: number, afterCue = false): SourceRef | null {
    const described = afterCue
      ? /^(?:[\p{Ll}\p{N}][\p{L}\p{N}’'-]*\s+){1,4}(?=\p{Lu})/u.exec(this.masked.slice(at, limit))
      : /^(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+(?=\p{Lu})/u.exec(this.masked.slice(at, limit));
    if (!described || (!afterCue && !isTitle(described[1] ?? '') && !isSpeakerNoun(described[1] ?? ''))) return null;
    // "said to Tom Hill", "said of Ann Lee", "said he and Tom": the person is spoken to or about.
    if (afterCue && described[0].split(/\s+/u).some((w) => NOT_A_ROLE_WORD.has(w) || w.endsWith('ly'))) return null; // "said quietly"
    const person = this.mentions.find((m) => m.start === at + described[0].length && m.entityType === 'person');
    return person ? fromMention(person) : null;
  }

  /** ", MP Edward Lane" right at `at`: a person after a comma and any title words. */
  private appositiveName(at: number, limit: number): SourceRef | null {
    const comma = /^\s*,\s*/.exec(this.masked.slice(at, limit));
    if (!comma) return null;
    let from = at + comma[0].length;
    for (let k = 0; k < 3; k++) {
      const title = /^(\p{L}+)\.?\s+/u.exec(this.masked.slice(from, limit));
      if (!title || !isTitle(title[1] ?? '') || this.mentions.some((m) => m.start === from)) break;
      from += title[0].length;
    }
    const person = this.mentions.find((m) => m.start === from && m.entityType === 'person');
    return person ? fromMention(person) : null;
  }

  private descriptionAt(start: number, limit: number): SourceRef | null {
    const words = [...this.masked.slice(start, limit).matchAll(/[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}’'-]/gu)].slice(0, 7); // "the 74-year-old …" is one word
    const first = words[0];
    if (!first || first.index !== 0 && /\S/.test(this.masked.slice(start, start + first.index))) return null;
    const firstLower = first[0].toLowerCase();
    for (let k = ARTICLES.has(firstLower) ? 1 : 0; k < words.length; k++) {
      const w = words[k] as RegExpMatchArray;
      if (DESCRIPTION_STOP.has(w[0].toLowerCase()) || !/\p{L}/u.test(w[0])) return null;
      // "the American said", "said the 74-year-old comedian"; not "the Russian soldiers".
      const next = words[k + 1]?.[0];
      const onePerson = firstLower === 'the' && isOnePersonHead(w[0]) && (next === undefined || !/\p{L}/u.test(next) || isSpeechVerb(next));
      if ((isSpeakerNoun(w[0]) || onePerson) && (ARTICLES.has(firstLower) || /s$/.test(w[0]) && k === 0)) {
        return this.describe(start + first.index, start + (w.index ?? 0) + w[0].length);
      }
    }
    return null;
  }
}

/** Words that cannot stand in a role before a name after "said" (prepositions, pronouns, conjunctions). */
const NOT_A_ROLE_WORD = new Set(['to', 'of', 'by', 'with', 'for', 'about', 'at', 'in', 'on', 'from', 'as', 'that', 'than', 'after', 'before', 'and', 'but', 'or', 'nor', 'so', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'then', 'when', 'while', 'if', 'unto', 'upon', 'towards', 'toward', 'into', 'onto', 'over', 'under', 'between', 'among', 'against', 'without', 'through', 'not', 'once', 'again']);

/** "the company", "the engineering group", "the energy company": the organisation named last. */
const CORPORATE = /^the (?:[\p{L}-]+ ){0,2}(?:company|firm|group|chain|retailer|bank|carrier|airline|business|supermarket|insurer|lender|broadcaster|manufacturer|carmaker|operator|club|union|agency|ministry|department)$/iu;
/** Kinds of body that are no speaker noun of the lexicon but speak in news as "the retailer said". */
const BODY_HEADS = new Set(['retailer', 'carrier', 'airline', 'supermarket', 'insurer', 'lender', 'broadcaster', 'manufacturer', 'carmaker', 'operator', 'chain']);

function fromMention(m: ResolvedMention): SourceRef {
  return { name: m.entity, kind: m.entityType, start: m.start, end: m.end };
}



/** Index of the first mention (sorted by start) whose start is at or after `offset`. */
function firstAtOrAfter(sorted: readonly ResolvedMention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text with every quote (its marks included) blanked to spaces, offsets kept. One pass
 * over coverage counts: slicing the whole paragraph once per quote was n² for a paragraph
 * full of quotes.
 */
function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  if (quotes.length === 0) return text;
  const depth = new Int32Array(text.length + 1);
  for (const q of quotes) {
    const end = Math.min(text.length, q.close + 1);
    if (end <= q.open) continue;
    depth[q.open]! += 1;
    depth[end]! -= 1;
  }
  let out = '';
  let runStart = 0;
  let covered = 0;
  for (let i = 0; i <= text.length; i++) {
    const next = covered + (depth[i] ?? 0);
    if (i === text.length || (next > 0) !== (covered > 0)) {
      out += covered > 0 ? ' '.repeat(i - runStart) : text.slice(runStart, i);
      runStart = i;
    }
    covered = next;
  }
  return out;
}
