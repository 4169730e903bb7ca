/**
 * Entity mentions in one paragraph: capitalised runs, with job titles split off, classified as
 * person / organization / place from compromise's lexicon plus newsroom rules. Runs we cannot
 * classify are kept as 'unknown' so canonical-names can still merge "Zelensky" into a person
 * seen in full elsewhere; unknowns left over are dropped there.
 */
import type { EntityType } from '../../../shared/corpus';
import { isParticipleCue, isSpeechVerb } from './cues';
import {
  ADJECTIVE_ALIASES, ALIASES, DIRECTIONS, isCommonWord, isCountryWord, isNotAName, isDemonym, isDepartmentWord, isFirstName, isOrgFirstWord, isOrgHead, isOrganizationWord,
  isPersonWord, isPlaceHead, isPlaceWord, isSpeakerNoun, isStandaloneOrg, isStateForm, isSuffixHead, isStrictPlaceHead, isTitle, tagsOf,
} from './lexicon';
import { isDictionaryWord } from './common-words';
import { placeKind } from './gazetteer';
import { combineWithModel, decideMentions } from './model-vote';
import { organizationCue, titledBefore } from './name-context';
import { type DocumentWords, tokenContext } from './ner-features';
import { type NerModel, shippedNerModel, tagTokens } from './ner-model';
import { nameRuns, type Token } from './name-runs';
import { type Span } from './sentences';
import { typeByLayout } from './layouts';
import { shareContainingPlace, shareListHead, shareListedType } from './coordinated-names';
import { inPlaceAfter, locativeBefore, particleBefore, placeOfBefore } from './place-cues';
import { isWorkTitle } from './work-titles';
import { isEventName } from './event-names';
import { isClubUse } from './sports-clubs';
import { namesTeam } from './team-names';

export type MentionType = EntityType | 'unknown';

export interface RawMention {
  /** The name as written, possessive cut off. */
  text: string;
  start: number;
  end: number;
  type: MentionType;
  /** 0..1: how sure the type is (see combineWithModel). */
  confidence: number;
  /** The text uses this name as a sports club here (sports-clubs.ts). */
  club?: boolean;
}

/**
 * How much a rule's verdict is worth. 'strong': a fixed fact or an explicit cue (alias, honorific,
 * "Ministry", acronym expansion); the model never overrides it. 'medium': a dictionary or context
 * guess the model overrides when it is very sure. 'weak': a fallback ("a lone first name is a
 * person", "a lone acronym is an organisation") the model overrides or vetoes readily.
 */
export type RuleStrength = 'strong' | 'medium' | 'weak';

export interface Classified extends Omit<RawMention, 'confidence'> {
  strength: RuleStrength;
}

export interface ParagraphMentions {
  mentions: RawMention[];
  /** "National Intelligence Service (NIS)": NIS -> National Intelligence Service. */
  acronyms: Map<string, string>;
}

export const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
/** Words that open a storm's name: its given name is not a person's. */
const STORMS = new Set(['hurricane', 'cyclone', 'typhoon', 'storm', 'tropical']);
/** Last words of a period's name: "Bronze Age", "Middle Ages", "Victorian era", "the Renaissance". */
const PERIOD_ENDS = new Set(['age', 'ages', 'era']);
const PERIODS = new Set(['enlightenment', 'renaissance', 'reformation', 'counter-reformation']);
const isPeriod = (words: readonly string[]): boolean => {
  const last = (words[words.length - 1] as string).toLowerCase();
  return PERIODS.has(last) || (words.length > 1 && PERIOD_ENDS.has(last));
};
/** "MTV Video Music Awards" (an event), "Judaism", "Marxism" (beliefs): CoNLL-style data's MISC. */
/** Awards known by name alone: "at the Oscars", "two Baftas", "the Golden Lion" ("Oscar" and "Emmy" alone may be people, "Bafta" is also the academy). */
const AWARD_NAMES = new Set(['oscars', 'baftas', 'grammy', 'grammys', 'emmys', 'golden globe', 'golden globes', 'mobos', 'golden lion', 'golden bear', "palme d'or", 'palme d’or', 'brit awards']);
const isAwardOrDoctrine = (words: readonly string[]): boolean => {
  const last = (words[words.length - 1] as string).toLowerCase();
  if (AWARD_NAMES.has(words.join(' ').toLowerCase())) return true;
  return (words.length > 1 && (last === 'awards' || last === 'award')) || (words.length === 1 && /^\p{Lu}\p{Ll}{2,}ism$/u.test(words[0] as string));
};
/** "the Nuremberg Laws", "the Patriot Act", "the Oslo Accords": a law or treaty, MISC as well ("Law" alone ends "Jude Law"). */
const LAW_ENDS = new Set(['laws', 'act', 'treaty', 'accord', 'accords']);
const isLaw = (words: readonly string[]): boolean => words.length > 1 && LAW_ENDS.has((words[words.length - 1] as string).toLowerCase());
/** A state's formal name: "... Republic" or "Republic/Kingdom/... of X" (a country, not a body). */
const isStateName = (words: readonly string[]): boolean =>
  words.length > 1 && (isStateForm(words[words.length - 1] as string) || words.some((w, k) => isStateForm(w) && words[k + 1] === 'of'));
/** Broadcasting and the press as a whole: after a country or a nationality alone they name no one body. */
const MEDIA_WORDS = new Set(['tv', 'television', 'radio', 'media']);
const isMarketMedia = (words: readonly string[]): boolean =>
  words.length > 1 && MEDIA_WORDS.has((words[words.length - 1] as string).toLowerCase()) && words.slice(0, -1).every((w) => isCountryWord(w) || isDemonym(w));
/** A company's legal form written on its own, dots and spaces dropped: never a name by itself. */
const LEGAL_FORMS = new Set(['llc', 'lp', 'llp', 'inc', 'ltd', 'plc', 'gmbh', 'corp']);
/** "I'm", "We've", "Don't": a word and its contraction open a sentence, never a name. */
const CONTRACTION = /^(?:i|we|you|they|it|that|there|here|what|who|let|don|can|won|isn|aren|wasn|weren|didn|doesn|haven|hasn|couldn|wouldn|shouldn)['’](?:m|ve|re|ll|d|s|t)$/iu;
const NEVER_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'it', 'he', 'she', 'we', 'they', 'ok', 'tv', 'today', 'yesterday', 'tomorrow']);
/** A word that is never a name on its own: a pronoun, a title, a day word or a contraction. */
export const isNeverName = (word: string): boolean => NEVER_NAMES.has(word.toLowerCase()) || CONTRACTION.test(word);

/** A title, "of the", right before a run: "Chancellor of the ", "Secretary of the ". */
const TITLE_OF_THE = /\b(\p{L}+) of the\s+$/u;

/** An honorific right before a name: only a person wears one ("Miss" also opens a contest's name: "Miss World"). */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)\.?\s+$/u;
const FUNCTION_TAGS = new Set(['Pronoun', 'QuestionWord', 'Determiner', 'Preposition', 'Conjunction', 'Expression']);

/** Feasts and seasons of the year: dates, not places ("at Christmas", "in the New Year"). */
const HOLIDAYS = new Set(['christmas', 'christmas day', 'christmas eve', 'boxing day', 'new year', "new year's day", 'new year’s day', "new year's eve", 'new year’s eve', 'easter', 'easter sunday', 'good friday', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover', 'thanksgiving', 'halloween', 'lent', 'advent']);

/** A capitalised run (or part of one) the rules typed, over tokens [from, to). */
export interface RuledRun {
  rule: Classified;
  from: number;
  to: number;
  /** The words before a title ("Health" of "Health Minister Karen Doyle"). */
  beforeTitle: boolean;
}

export interface RuleReading {
  ruled: RuledRun[];
  /**
   * Runs the rules read as no name at all ("GMT", "Monday", "an Oscar"), as token ranges.
   * `whole`: an event's name ("Detroit Motor Show"), of which the tagger may not take a part either.
   */
  rejected: { from: number; to: number; whole?: boolean }[];
  acronyms: Map<string, string>;
}

/** The rules alone: capitalised runs, split at titles, typed, then coordination and acronyms. */
export function readRules(text: string, tokens: readonly Token[], sentences: readonly Span[]): RuleReading {
  const position = new Map(tokens.map((t, k) => [t, k]));
  const ruled: RuledRun[] = [];
  const rejected: RuleReading['rejected'] = [];
  for (const run of nameRuns(text, tokens, sentences)) {
    // "Chancellor of the Exchequer Gordon Brown": the lower-case "the" broke the run after the
    // title, so what it is of and its holder come as one run.
    const afterTitleOf = TITLE_OF_THE.exec(text.slice(Math.max(0, run.tokens[0]!.start - 40), run.tokens[0]!.start));
    const parts = afterTitleOf && isTitle(afterTitleOf[1]!) && !run.tokens.some((t) => isTitle(t.text)) ? splitTitleOf(run.tokens) : splitRun(run.tokens, run.sentenceInitial);
    for (const part of parts) {
      const rule = part.notName ? null : classify(text, part.tokens, part.titled, part.ofTitle === true);
      const from = position.get(part.tokens[0] as Token) ?? 0;
      if (rule) ruled.push({ rule, from, to: from + part.tokens.length, beforeTitle: part.beforeTitle === true });
      else rejected.push({ from, to: from + part.tokens.length, ...(!part.notName && isEventName(part.tokens.map((t) => t.text)) ? { whole: true } : {}) });
    }
  }
  const rules = ruled.map((r) => r.rule);
  shareCoordinatedType(text, rules);
  const acronyms = new Map<string, string>();
  for (let k = 0; k + 1 < rules.length; k++) {
    const full = rules[k] as Classified;
    const short = rules[k + 1] as Classified;
    if (/^\s*\($/.test(text.slice(full.end, short.start)) && text.charAt(short.end) === ')' && isAcronymOf(short.text, full.text)) {
      acronyms.set(short.text, full.text);
      short.type = full.type;
      short.strength = 'strong';
    }
  }
  return { ruled, rejected, acronyms };
}

/**
 * Mentions in one paragraph: the rules read the capitalised runs, the tagger reads every token
 * with the rules' reading among its features, and model-vote.ts decides between them.
 * `doc`: what the whole document says about its words (ner-features.ts), for the tagger.
 */
export function findMentions(text: string, tokens: readonly Token[], sentences: readonly Span[], model: NerModel | null = shippedNerModel(), doc: DocumentWords | null = null, reading: RuleReading = readRules(text, tokens, sentences)): ParagraphMentions {
  const mentions = model
    ? decideMentions(text, tokens, reading, tagTokens(model, tokenContext(text, tokens, sentences, doc, ruleFeatures(reading, tokens.length))))
    : reading.ruled.map((r) => combineWithModel(r.rule, null));
  for (const m of mentions) {
    if (isClubUse(text, m)) [m.type, m.confidence, m.club] = ['organization', 0.9, true];
  }
  typeByLayout(text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  shareListedType(text, mentions);
  shareListHead(text, mentions);
  shareContainingPlace(text, mentions);
  return { mentions, acronyms: reading.acronyms };
}

/** The rules' reading as tagger features, per token: "r:person|medium", "rb:B-person", "r:null". */
export function ruleFeatures(reading: RuleReading, tokenCount: number): string[][] {
  const out: string[][] = Array.from({ length: tokenCount }, () => []);
  for (const r of reading.ruled) {
    for (let k = r.from; k < r.to; k++) {
      const f = out[k] as string[];
      f.push(`r:${r.rule.type}|${r.rule.strength}`, `rb:${k === r.from ? 'B' : 'I'}-${r.rule.type}`);
      if (r.beforeTitle) f.push('r:before-title');
    }
  }
  for (const r of reading.rejected) for (let k = r.from; k < r.to; k++) (out[k] as string[]).push('r:null');
  return out;
}

interface RunPart {
  tokens: Token[];
  /** A job title stood right before the name: it is a person. */
  titled: boolean;
  /** The words before a title ("Health" of "Health Minister Karen Doyle"): a descriptor, not a name the model may type. */
  beforeTitle?: boolean;
  /** The words after a title and "of" ("Labasa" of "Mayor of Labasa"): a place or a body, never the holder. */
  ofTitle?: boolean;
  /** A word that only describes the name after it ("Tory" of "Tory Dominic Grieve"): no name itself. */
  notName?: boolean;
}

const NAME_ADJECTIVE = /^[\p{L}\p{N}.&'’-]+-(?:based|backed|owned|led|born|listed|run|funded|made|style|registered|headquartered|controlled|sponsored|bound)$/iu;

/** "General" that is no general's rank: "the General Election", "the General Assembly". */
const GENERAL_THINGS = new Set(['election', 'elections', 'assembly', 'strike', 'council', 'synod', 'hospital', 'practitioner', 'practitioners', 'medical', 'certificate', 'electric', 'dynamics', 'mills', 'accounting', 'agreement', 'staff', 'meeting', 'debate', 'amnesty', 'insurance']);

const GENERAL_EVENTS = new Set(['general election', 'general elections', 'general strike', 'general meeting', 'general debate', 'general amnesty']);

/** "Labour costs rose": the word, capitalised first in a sentence, not the party. */
const LABOUR_THE_WORD = /^\s+(?:costs?|markets?|shortages?|force|relations|laws?|rights|productivity|supply|mobility|standards|disputes?|camps?|exchanges?|intensive)\b/u;

/** Words for a party's members, before a member's name. */
const PARTY_WORDS = new Set(['tory', 'labour', 'conservative', 'liberal', 'democrat', 'democratic', 'republican', 'unionist', 'nationalist', 'green']);

const NOBLE_RANKS = new Set(['earl', 'duke', 'duchess', 'marquess', 'marquis', 'viscount', 'baron', 'baroness', 'countess']);

/** Split "South Korean First Vice Minister of Foreign Affairs Kim Hong-kyun" into prefix and name. */
function splitRun(tokens: Token[], sentenceInitial: boolean): RunPart[] {
  // "the New York-based bank", "NEC-backed", "a Pop Idol-style show": a name joined to a
  // participle is an adjective, no mention of the name; what follows it may be one.
  const adjectiveAt = tokens.findLastIndex((t) => NAME_ADJECTIVE.test(t.text));
  if (adjectiveAt >= 0) {
    const rest = tokens.slice(adjectiveAt + 1);
    return [{ tokens: tokens.slice(0, adjectiveAt + 1), titled: false, notName: true }, ...(rest.length > 0 ? splitRun(rest, false) : [])];
  }
  let run = tokens;
  // Leading determiners and, at a sentence start, ordinary words: "The", "Meanwhile", "In".
  while (run.length > 0) {
    const head = run[0] as Token;
    const lower = head.text.toLowerCase();
    const tags = tagsOf(lower);
    // "Yesterday Kofi Annan met…": compromise tags yesterday/today/tomorrow 'Date', which no
    // name opens with.
    const functionWord = tags.some((t) => ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Possessive'].includes(t))
      || (run.length > 1 && tags.length === 1 && tags[0] === 'Date');
    const multiWordName = run.length > 1 && (isPlaceWord(`${lower} ${run[1]?.text.toLowerCase()}`) || DIRECTIONS.has(lower) || isTitle(lower) || ALIASES[`${head.text} ${run[1]?.text}`] !== undefined);
    // "Labour said", "Labour Party leaders": a known name is no ordinary word, even first in a sentence.
    const knownName = ALIASES[head.text] !== undefined && !ADJECTIVE_ALIASES.has(head.text);
    const acronym = /^\p{Lu}{2,}\.?$/u.test(head.text); // "US" is a country, not the pronoun "us"
    // "Real Betis", "Royal Mail": an adjective before a word no dictionary knows is part of the name.
    const nameAdjective = run.length > 1 && tags.length > 0 && tags.every((t) => t === 'Adjective') && tagsOf(run[1]?.text ?? '').length === 0 && !head.possessive;
    if ((functionWord && !acronym) || (sentenceInitial && run === tokens && isCommonWord(head.text) && !multiWordName && !nameAdjective && !head.possessive && !knownName)) {
      run = run.slice(1);
      continue;
    }
    break;
  }
  // "Guy Mansfield QC", "Andrew Tyrie MP": an honour or a seat after a name is the person's, no
  // part of the name (before the titles: "MP" is one). Not a seat's name ("Greater Manchester MP").
  if (run.length >= 3 && POST_NOMINALS.has((run[run.length - 1] as Token).text) && isPersonBeforeLetters(run.slice(0, -1))) {
    return [{ tokens: run.slice(0, -1), titled: true }, { tokens: run.slice(-1), titled: false, notName: true }];
  }
  // "Earl of Clare", "Duke of Edinburgh": a rank of nobility is a title before "of" only ("Duke Ellington" is a name).
  const titleAt = run.findIndex((t, k) => (isTitle(t.text) && !(t.text.toLowerCase() === 'general' && GENERAL_THINGS.has(run[k + 1]?.text.toLowerCase() ?? ''))) || (NOBLE_RANKS.has(t.text.toLowerCase()) && run[k + 1]?.text === 'of'));
  if (titleAt < 0) return run.length > 0 ? splitAtPersonName(run) : [];
  let nameAt = titleAt + 1;
  while (nameAt < run.length) {
    const t = run[nameAt] as Token;
    const afterOf = nameAt > 0 && (run[nameAt - 1]?.text === 'of' || isDepartmentWord(run[nameAt - 1]?.text ?? ''));
    if (isTitle(t.text) || t.text === 'of' || (afterOf && isDepartmentWord(t.text))) nameAt += 1;
    else break;
  }
  const name = run.slice(nameAt);
  // "Foreign Ministry", "General Motors": the "title" belongs to an institution's name.
  if (name.length === 0 || name.some((t) => isOrgHead(t.text))) return [{ tokens: run, titled: false }];
  const parts: RunPart[] = [];
  const prefix = run.slice(0, titleAt);
  if (prefix.length > 0) parts.push({ tokens: prefix, titled: false, beforeTitle: true });
  if (run[nameAt - 1]?.text === 'of' && !isDepartmentWord(name[0]?.text ?? '')) parts.push(...splitTitleOf(name));
  else parts.push({ tokens: name, titled: true });
  return parts;
}

/**
 * "Mayor of Labasa", "Archbishop of Canterbury", "Mayor of London Boris Johnson": what follows a
 * title and "of" is the place or body the title is of, not the person; a first name and a
 * surname after it are the holder.
 */
function splitTitleOf(name: Token[]): RunPart[] {
  // "Archbishop of Canterbury Dr Rowan Williams": a second title starts the holder's name.
  const titleAt = name.findIndex((t, k) => k > 0 && isTitle(t.text));
  if (titleAt > 0 && titleAt < name.length - 1) return [{ tokens: name.slice(0, titleAt), titled: false, ofTitle: true }, { tokens: name.slice(titleAt + 1), titled: true }];
  // The holder's first name starts the holder's name: "Duchess of Cornwall Camilla Parker Bowles".
  const at = name.findIndex((t, k) => k >= 1 && k <= name.length - 2 && isFirstName(t.text) && !isCommonWord(t.text));
  if (at > 0) return [{ tokens: name.slice(0, at), titled: false, ofTitle: true }, { tokens: name.slice(at), titled: true }];
  return [{ tokens: name, titled: false, ofTitle: true }];
}

/**
 * "MP for Sunderland Central Joe Whitfield": a place that ends in a direction word, then a first
 * name and a surname, is two names run together (a constituency and its member).
 */
function splitAtPersonName(run: Token[]): RunPart[] {
  // "Tory Dominic Grieve", "Labour Gordon Brown": a party's adjective describes the person after it.
  const party = run[0];
  if (run.length >= 3 && party && PARTY_WORDS.has(party.text.toLowerCase()) && isFirstName(run[1]!.text) && !isCommonWord(run[1]!.text)) {
    return [{ tokens: [party], titled: false, notName: true }, { tokens: run.slice(1), titled: false }];
  }
  // "Croatian Ivan Ljubicic", "Russian Elena Dementieva": a nationality before a first name and a
  // surname describes the person, as results and draws write players.
  if (run.length >= 3 && party && isDemonym(party.text) && !party.possessive && isFirstName(run[1]!.text) && !isCommonWord(run[1]!.text) && /^\p{Lu}\p{Ll}/u.test(run[2]!.text)) {
    return [{ tokens: [party], titled: false, notName: true }, { tokens: run.slice(1), titled: false }];
  }
  // "told the BBC Michael Howard has…": an acronym, then a first name and a surname, is two names
  // ("JP Morgan" is one: two letters are more often initials).
  if (run.length === 3 && party && /^\p{Lu}{3,}$/u.test(party.text) && isFirstName(run[1]!.text) && !isCommonWord(run[1]!.text)) {
    return [{ tokens: [party], titled: false }, { tokens: run.slice(1), titled: false }];
  }
  const at = run.length - 2;
  const head = run[at - 1];
  const first = run[at];
  if (at >= 1 && head && first && DIRECTIONS.has(head.text.toLowerCase()) && isFirstName(first.text) && !isCommonWord(first.text)) {
    return [{ tokens: run.slice(0, at), titled: false }, { tokens: run.slice(at), titled: false }];
  }
  return [{ tokens: run, titled: false }];
}

const ORG_KIND_AFTER = /^\s+(?:magazine|newspaper|brand|band|label|airline|bank|company|firm|chain|party)\b/u;

/**
 * "The Economist magazine", "the Paper Mate brand", "the Guardian newspaper": a name before a
 * kind of organisation is one. Not a place or an adjective that modifies it ("a London bank",
 * "a London-based firm", "the Tory party", "a US-German company"), nor an owner ("Sony's brand").
 */
function namesOrgKind(text: string, tokens: readonly Token[], name: string, isPlace: boolean): boolean {
  const last = tokens[tokens.length - 1] as Token;
  if (last.possessive || !ORG_KIND_AFTER.test(text.slice(last.end, last.end + 16))) return false;
  const lower = name.toLowerCase();
  if (isPlace || isPlaceWord(lower) || /-(?:based|listed|owned|born|run|led)$/u.test(name) || (tokens.length === 1 && /-/u.test(name))) return false;
  if (HOLIDAYS.has(lower) || HOLIDAYS.has(lower.replace('years', "year's")) || placeKind(last.text)?.includes('r')) return false; // "New Years Eve party", "South Yorkshire firm"
  if (tokens.length > 1) return true;
  // One word: not an adjective, a thing, a kind of body ("Investment bank") or an ordinary word
  // capitalised to open the sentence ("Security firm F-Secure said…").
  const opensSentence = /(?:^|[.!?:]["”’)]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, last.start - 3), last.start));
  return !(opensSentence || isDemonym(name) || isNotAName(name) || isOrgHead(name) || PARTY_ADJECTIVES.has(lower));
}
const PARTY_ROLE_AFTER = /^\s+(?:leader|leadership|MPs?|MEPs?|MSPs?|chairman|co-chairman|chairwoman|candidates?|peers?|councillors?|spokes(?:man|woman|person)|ministers?|shadow|party|government|campaign|manifesto|conference|whips?|deputy|activists|members|backbenchers?|frontbench|frontbencher)\b/u;
const PARTY_ADJECTIVES = new Set(['tory', 'conservative', 'labour', 'liberal', 'eurosceptic', 'republican', 'democratic', 'socialist', 'communist', 'green', 'nationalist', 'unionist', 'independent']);

/** Nouns an award, a city or a club names ("Oscar nominee", "Sydney title", "Chelsea boss"). */
const NAME_AS_MODIFIER = /^\s+(?:nominees?|nominations?|nominated|winners?|winning|hopefuls?|ceremony|voters|awards?|statuettes?|contenders?|glory|field|coverage|rights|race|night|success|buzz|campaign|season|stock|market|title|event|final|open|tournament|games|olympics|champions?|boss|manager|chairman|chief|striker|midfielder|defender|goalkeeper|fans|squad|side|team|players?|stars?)\b/u;

function classify(text: string, tokens: Token[], titled: boolean, ofTitle = false): Classified | null {
  const rule = classifyRun(text, tokens, titled);
  if (!ofTitle || !rule || (rule.type !== 'person' && rule.type !== 'unknown')) return rule;
  // What a title is of is never its holder. It is a place when the gazetteer knows it ("Archbishop
  // of Canterbury"); else ("Mayor of Labasa", "Director of Public Prosecutions", "King of
  // Fridges") it is left to the tagger, which reads the context.
  if (placeKind(rule.text) || isPlaceWord(rule.text.toLowerCase())) return { ...rule, type: 'place', strength: 'medium' };
  return { ...rule, type: 'unknown', strength: 'weak' };
}

function classifyRun(text: string, tokens: Token[], titled: boolean): Classified | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const name = text.slice(first.start, last.end);
  const words = tokens.map((t) => t.text);
  const lower = name.toLowerCase();
  if (words.every((w) => isDemonym(w) || DIRECTIONS.has(w.toLowerCase()))) return null;
  if (words.length > 1 && STORMS.has(first.text.toLowerCase())) return null; // "Cyclone Phailin" is a storm, not a person
  if (words.length === 1 && (CALENDAR.test(name) || isNeverName(name) || /^\p{N}/u.test(name))) return null;
  if (isPeriod(words)) return null; // "the Middle Ages", "the German Enlightenment": a time, not a body or a place
  if (isAwardOrDoctrine(words)) return null; // "the MTV Video Music Awards", "Judaism": an event or a belief
  if (isLaw(words)) return null; // "the Nuremberg Laws"
  if (isEventName(words)) return null; // "the Berlin Film Festival", "the Athens Games", "the FA Cup"
  if (words.length <= 2 && LEGAL_FORMS.has(lower.replace(/[.\s]/gu, ''))) return null; // ", L.P." cut off its company
  const mention = (type: MentionType, strength: RuleStrength = 'medium'): Classified => ({ text: name, start: first.start, end: last.end, type, strength });
  if (HOLIDAYS.has(lower)) return null;
  if (GENERAL_EVENTS.has(lower)) return null; // "the General Election": an event, not a place
  if (isWorkTitle(text, first.start, last.end)) return null; // "the film Ray", "the album "American Idiot"": a work, not who it names
  // "Ernst & Young", "Bradford & Bingley", "Belle & Sebastian": a name joined by an ampersand is
  // a firm, a band or a pair's act, never one person, and a place only as a firm's name. Not when
  // every word is an ordinary one: "Body & Soul", "Science & Medicine" are as often titles, and
  // are left to the other rules and the tagger.
  if (words.length > 1 && /\p{L} ?& ?\p{Lu}/u.test(name) && !words.every((w) => isDictionaryWord(w) || isDemonym(w))) {
    const parts = name.split(/ ?& ?/u);
    return mention(parts.every((p) => placeKind(p) || isPlaceWord(p.toLowerCase())) ? 'place' : 'organization'); // "Serbia & Montenegro"
  }
  // "Conservative leader Michael Howard", "a Tory MP": the party's adjective before one of its
  // roles is the party ("Lib Dem" is one by its alias), not a person.
  if (words.length === 1 && ADJECTIVE_ALIASES.has(name) && PARTY_ROLE_AFTER.test(text.slice(last.end, last.end + 24))) return mention('organization', 'strong');
  const alias = ADJECTIVE_ALIASES.has(name) ? undefined : ALIASES[name];
  if (alias && !(name === 'Labour' && LABOUR_THE_WORD.test(text.slice(last.end, last.end + 24)))) return mention(alias.type, 'strong');
  if (isPlaceWord(lower)) return mention('place', words.length > 1 ? 'strong' : 'medium'); // "North Korea"; "Sydney" may be a person
  if (isOrganizationWord(lower) || isOrgFirstWord(first.text)) return mention('organization', 'strong');
  const place = placeKind(name);
  if (place?.includes('c')) return mention('place'); // "the Philippines", "Chad": the lexicon reads them otherwise
  const orgCue = organizationCue(text, first.start, last.end);
  // "Mr Brown", "Mrs Green", "Dr Black": after an honorific a surname that is also a word (a
  // colour, a place in the gazetteer) is still the person's; a function word is not ("Dr Who").
  if (titled && words.length <= 2 && HONORIFIC_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start)) && !tagsOf(first.text.toLowerCase()).some((t) => FUNCTION_TAGS.has(t))) return mention('person', 'strong');
  // "G Easterby", "D. Peel": an initial and a surname, as squad lists and bylines write players
  // and authors. Not the article or the pronoun ("A Labour MP", "I Robot"), nor a letter that names
  // things ("X Factor"), nor a word ("E Number").
  if (words.length === 2 && /^\p{Lu}\.?$/u.test(first.text) && !/^[AIX]$/u.test(first.text) && NAME_WORD.test(last.text) && !isCommonWord(last.text) && !isOrgHead(last.text) && !isPlaceWord(last.text.toLowerCase())) return mention('person');
  if (words.every((w) => isCommonWord(w) && !isOrgHead(w) && !/^\p{Lu}{2,}$/u.test(w)) && !DIRECTIONS.has(last.text.toLowerCase())) {
    // "an analyst at Peel Hunt"; a gazetteer place ("Mobile", "Reading") is left to the tagger.
    // A lone word too, where a sports report uses it as a team ("Arsenal boss Arsène Wenger", "a
    // move to Arsenal", "Arsenal beat Hull 2-0"): capitalised mid-sentence, its use says what it is.
    if (words.length === 1 && isClubUse(text, { start: first.start, end: last.end, type: 'unknown', confidence: 0 })) return mention('organization');
    return orgCue && words.length > 1 ? mention('organization') : place ? mention('unknown', 'weak') : null;
  }
  if (namesOrgKind(text, tokens, name, place !== undefined)) return mention('organization');
  if (titled || titledBefore(text, first.start, words.length)) return mention('person', 'strong');
  if (isStateName(words)) return mention('place'); // "Czech Republic", "People's Republic of China", "Kingdom of Bhutan"
  if (namesTeam(text, words)) return mention('organization'); // "New York Jets", "Leeds Rhinos": a team named for its home
  if (words.length === 1 && isSuffixHead(name)) return null; // "6 Music", "Studios have begun…": the word, not a name
  if (isMarketMedia(words)) return null; // "on US TV", "British television": a country's broadcasting, no broadcaster
  const orgHeadAt = (w: string, k: number): boolean => (words.length > 1 ? isOrgHead(w) : isStandaloneOrg(w)) && (k === words.length - 1 || words[k + 1] === 'of' || words[k + 1] === 'for');
  if (words.some(orgHeadAt)) return mention('organization', 'strong');
  // "Helen Marsh" is a person; "George Square" is a place.
  if (words.length > 1 && isFirstName(first.text) && !isCommonWord(first.text) && isPlaceHead(last.text) && !isStrictPlaceHead(last.text)) return mention('person');
  // "Kanye West", "Oliver North": a first name and a compass word is a person; "Middle East",
  // "Kansas West" (no first name) stay places.
  if (words.length === 2 && DIRECTIONS.has(last.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(last.text) && isFirstName(first.text) && !isCommonWord(first.text) && !placeKind(first.text)) return mention('person');
  // "Kanye West", "Rosemary West": West and North are surnames as well, and before them a word no
  // dictionary holds, nor the gazetteer as a country, region or large city ("Kansas West"), is a
  // given name the lexicon lacks ("Kanye" is also a town of 40,000). Not after "for", "of", "in"
  // or "the": "the MP for Ealing North", "in Conference North" are a seat and a league.
  if (
    words.length === 2 && /^(?:West|North)$/u.test(last.text) && /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    tagsOf(first.text.toLowerCase()).every((t) => /Name$/u.test(t)) && !/[cr56]/u.test(placeKind(first.text) ?? '') && !isPlaceWord(first.text.toLowerCase()) &&
    !/\b(?:for|of|in|at|from|to|into|the)\s+$/iu.test(text.slice(Math.max(0, first.start - 8), first.start))
  ) return mention('person');
  if (words.length > 1 && (isPlaceHead(last.text) || DIRECTIONS.has(last.text.toLowerCase()))) return mention('place'); // "Middle East"
  if (words.length === 1 && isNotAName(name)) return null; // "GMT", "PC", "DVD": units and things, not bodies
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name)) return mention('organization', 'weak');
  if (words.length === 1 && (isPersonWord(lower) || isFirstName(first.text)) && ((/\b(?:in|at|near|from|outside)\s+$/.test(text.slice(Math.max(0, first.start - 12), first.start)) && !particleBefore(text, first.start)) || placeOfBefore(text, first.start))) {
    return mention('place', 'weak'); // "in Sydney": a lone name after a locative preposition is a place
  }
  if (words.length === 1 && (isPersonWord(lower) || isFirstName(first.text))) {
    const before = text.slice(Math.max(0, first.start - 16), first.start);
    if (/\b(?:an?)\s+$/i.test(before) || /\bbest\s+\p{Ll}+\s+$/u.test(before)) return null; // "won an Oscar", "best film Oscar"
    // "the Sydney event", "Oscar nominee", "Chelsea boss": a lone name that modifies a noun is an
    // award, a city or a club, not a person; left untyped, so sports-clubs.ts or the tagger decide.
    if (!first.possessive && (/\bthe\s+$/i.test(before) || NAME_AS_MODIFIER.test(text.slice(last.end, last.end + 24)))) return mention('unknown', 'weak');
  }
  // "Sydney", "Houston": a lone word the lexicon lists as a person's that is also a city of a
  // million or a country is left to the tagger, as a lone first name is below. Not a smaller
  // town or a region: "Jackson", "Kent" and "Bono" are people far more often.
  if (words.length === 1 && isPersonWord(lower) && place && /[c6]/u.test(place)) return mention('unknown', 'weak');
  if (isPersonWord(lower) || (words.length > 1 && isFirstName(first.text) && !isCommonWord(first.text))) return mention('person');
  // "Victoria", "Brittany": a lone first name that is also a division or a large city is left to
  // the tagger, which reads the gazetteer and the context.
  if (words.length === 1 && isFirstName(first.text)) return mention(place && /[cr56]/.test(place) ? 'unknown' : 'person', 'weak');
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name)) return mention('person'); // "Kim Hong-kyun"
  const following = text.slice(last.end + (last.possessive ? 2 : 0), last.end + 60);
  if (/^\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.test(following) && isPlaceHead(/^\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(following)?.[1] ?? '')) {
    return mention('place'); // "Kursk region", "Postoyalye Dvory field camp"
  }
  if (orgCue) return mention('organization');
  // "Zelensky said": a lone unknown word before a speech verb is a person; a longer run must
  // start like a person's name ("Dresdner Kleinwort Wasserstein said" is a bank).
  // Or two name-shaped words no dictionary, gazetteer or calendar holds ("Ivo Geijsen said"):
  // a given name the lexicon lacks, as foreign ones mostly are. Not three: "Dresdner Kleinwort
  // Wasserstein said" is a bank.
  const personLike = words.length === 1 ? !/^\p{Lu}{2,}/u.test(name) : words.length <= 3 && (isFirstName(first.text) || (words.length === 2 && words.every((w) => NAME_WORD.test(w) && !isDictionaryWord(w) && !isDemonym(w) && !placeKind(w) && !isPlaceWord(w.toLowerCase()) && !isOrgHead(w) && !CALENDAR.test(w))));
  if (personLike && personContext(following)) {
    // "the Tories said": a capitalised plural after "the" that speaks is a group (a party, a
    // side), never one person, who takes no article.
    const group = words.length === 1 && /^\p{Lu}\p{Ll}+(?:ie|[^s'’])s$/u.test(name) && /\bthe\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start));
    // "Organisers said", "Prosecutors say": the plural of an ordinary word, capitalised to open
    // the sentence, is a group of people, no one's name. Left untyped, so a surname that is such a
    // word ("Waters") still joins the full name the document gives.
    if (!group && words.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(name) && isDictionaryWord(name) && isDictionaryWord(name.replace(/(?:es|s)$/u, ''))) return mention('unknown', 'weak');
    return mention(group ? 'organization' : 'person');
  }
  // Not a possessive ("travelled to Idi Amin's Uganda"), unless a saint's ("at St Helen's": a ground).
  const owner = last.possessive && !/^(?:St|Saint)\b/u.test(name);
  if (!owner && locativeBefore(text, first.start)) return mention('place');
  if (!owner && inPlaceAfter(text.slice(Math.max(0, first.start - 24), first.start), following)) return mention('place');
  return mention('unknown', 'weak');
}

/** "Chun said", "Chun In-bum, a former lieutenant general", "said Smith". */
function personContext(following: string): boolean {
  const verb = /^\s+(?:(?:has|had|also|previously|repeatedly|later)\s+)*(\p{L}+)/u.exec(following)?.[1];
  if (verb && (isSpeechVerb(verb) || isParticipleCue(verb))) return true;
  const appositive = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,4}?)([\p{L}-]+)(?:\s+(?:of|at|in|for|with)\b|,)/u.exec(following);
  return appositive !== null && isSpeakerNoun(appositive[2] ?? '');
}

/**
 * "PSOE and Podemos", "Santander and Telefonica": a name the rules could not classify takes the
 * organisation type of the name it is listed with. Only organisations spread this way: people and
 * places are listed with each other too often ("Putin and Russia").
 */
function shareCoordinatedType(text: string, mentions: Classified[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < mentions.length; k++) {
      const a = mentions[k] as Classified;
      const b = mentions[k + 1] as Classified;
      if (!/^(?:\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/.test(text.slice(a.end, b.start))) continue;
      if (a.type === 'unknown' && b.type === 'organization') [a.type, a.strength] = ['organization', 'medium'];
      else if (b.type === 'unknown' && a.type === 'organization') [b.type, b.strength] = ['organization', 'medium'];
    }
  }
}

/** Letters after a person's name: silk, seat and honours. */
const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);

/** Capitalised words that name no body, country, direction or title, the first no adjective or place. */
function isPersonBeforeLetters(name: readonly Token[]): boolean {
  const first = (name[0] as Token).text;
  if (DIRECTIONS.has(first.toLowerCase()) || isPlaceWord(first.toLowerCase()) || tagsOf(first).some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative')) return false;
  return name.every((t) => NAME_WORD.test(t.text) && !isTitle(t.text) && !DIRECTIONS.has(t.text.toLowerCase()) && !isOrgHead(t.text) && !placeKind(t.text)?.includes('c'));
}

/** A surname as written: "Easterby", "O'Connell", "McBride", "Smith-Jones". */
const NAME_WORD = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function isAcronymOf(acronym: string, full: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false;
  const initials = full.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
  return initials === acronym;
}
