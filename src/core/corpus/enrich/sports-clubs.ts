/**
 * Clubs named after places ("Leeds", "Chelsea", "Sydney FC" without its FC): in sport the name
 * of a city is the club when the text talks about it as a team — its players and staff
 * ("Leeds' striker", "Chelsea boss"), or a result ("Leeds beat Chelsea 2-1", "Leeds v Hull",
 * "lost 3-0 to Sydney"). Such mentions become organisations; a precise rule, so it is strong.
 */
import type { EntityType } from '../../../shared/corpus';
import { placeKind } from './gazetteer';

const SQUAD = /^(?:['’]s?)?\s+(?:(?:new|former|veteran|young|injured|first-team|\d+-year-old)\s+)?(?:striker|strikers|midfielder|midfielders|defender|defenders|goalkeeper|keeper|winger|forward(?=\s+\p{Lu}|['’]s\b)|(?:left|right|full|centre|center|wing)-(?:back|half|forward)s?|playmaker|manager|boss|coach|head coach|assistant coach|chief executive|captain|skipper|squad|fans|supporters|players|team-mate|teammate|academy|chairman|owners?|board|bench|starting line-up|line-up)\b/u;
const RESULT_AFTER = /^\s+(?:beat|beats|thrashed|drew|draw|lost|lose|defeated|edged|hammered|held|host|hosts|face|faces|take on|v|vs\.?|versus|\d{1,2}\s*[-–]\s*\d{1,2})\b/u;
const RESULT_BEFORE = /\b(?:beat|beating|against|defeat(?:ed|s)?|drew with|draw with|lost to|losing to|loss to|win over|victory over|v|vs\.?|versus|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s+(?:win|defeat|loss|victory)\s+(?:over|to|against))?(?:\s+(?:to|by|against|with))?)\s+$/u;
/** A player's move: "linked with Chelsea", "a move to Leeds", "signed for Bolton". */
const TRANSFER_BEFORE = /\b(?:linked with|move to|moved to|moving (?:on )?to|moved on to|switch to|appearances for|(?:playing|played|plays|play) for|joined|join|joining|signed for|sign for|signing for|loan to|loan from|on loan at|left|leave|leaving|quit|sacked by|bid from|offer from|interest from)\s+$/u;
/** Where a side stands or whom it plays: "leaders Chelsea", "points behind Chelsea", "play Chelsea". */
const TABLE_BEFORE = /\b(?:leaders|champions|holders|points behind|points ahead of|points clear of|gap on|catch(?:ing)?|overtak(?:e|ing)|chas(?:e|ing)|trail(?:ing)?|play|playing|plays|face|facing|meet|meeting|host|hosting|visit|visiting|clash with|tie with|game with|match with|drawn against|drawn with)\s+$/u;
const SCORE = /\b\d{1,2}\s*[-–]\s*\d{1,2}\b/u;

interface Typed {
  start: number;
  end: number;
  type: EntityType | 'unknown';
  confidence: number;
}

/** A lone word guessed to be a person that the gazetteer knows as a place ("Chelsea", "Sydney", "Bolton"). */
export function isPlaceNamedGuess(text: string, m: Typed): boolean {
  const word = text.slice(m.start, m.end);
  return m.type === 'person' && !/\s/u.test(word) && placeKind(word) !== undefined;
}

/** Football words that make a paragraph a sports report even without a score in it. */
const SPORT = /\b(?:Premiership|Premier League|Champions League|Carling Cup|FA Cup|Uefa|Fifa|striker|midfielder|goalkeeper|winger|penalty|kick-off|fixture|relegation|title race)\b/u;

/** A paragraph with football words in it: where a place's name is often its team's. */
export const hasSportsWords = (text: string): boolean => SPORT.test(text);

/** True when a place-typed (or untyped) mention is used as a sports team. */
export function isClubUse(text: string, m: Typed): boolean {
  // Places, untyped runs, and lone names guessed to be people that are also places ("Chelsea",
  // "Bolton") or that the guess is unsure of. A lone surname ("Federer beat Roddick") stays a person.
  const word = text.slice(m.start, m.end);
  const placeNamed = isPlaceNamedGuess(text, m);
  if (m.type !== 'place' && m.type !== 'unknown' && !(m.type === 'person' && (m.confidence < 0.5 || placeNamed))) return false;
  if (/\s(?:Bridge|Stadium|Park|Road|Lane|Ground|Arena)$/u.test(text.slice(m.start, m.end))) return false; // grounds stay places
  const after = text.slice(m.end, m.end + 40);
  if (SQUAD.test(after)) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // "linked with Chelsea", "a move to Bolton": a place's name a player moves to is its club,
  // wherever the paragraph is (a person is not "moved to").
  if (placeNamed && TRANSFER_BEFORE.test(before)) return true;
  if (!SCORE.test(text) && !SPORT.test(text) && !/\b(?:v|vs\.?|versus)\s/u.test(text)) return false;
  // "Chelsea forward Didier Drogba", "the Glasgow forward's ban" are a player anywhere (SQUAD);
  // a forward alone only in a sports report ("to take Britain forward" is a slogan).
  if (/^(?:['’]s?)?\s+forwards?\b/u.test(after)) return true;
  // "Chelsea's Damien Duff": a club's player, in a sports report.
  if (/^['’]s?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(after) && !/\s/u.test(word)) return true;
  // "Chelsea have sacked…", "Chelsea are doing well": a team takes a plural verb; one person does not.
  if (placeNamed && /^\s+(?:are|have|were)\b/u.test(after)) return true;
  return RESULT_AFTER.test(after) || RESULT_BEFORE.test(before) || TRANSFER_BEFORE.test(before) || TABLE_BEFORE.test(before);
}

interface DocumentMention extends Typed {
  text: string;
  /** Set where isClubUse turned the mention into an organisation. */
  club?: boolean;
}

/**
 * A name the document once uses as a club ("Chelsea boss Jose Mourinho") is the club in its
 * other mentions too ("Chelsea's win at Fulham", "linked with Chelsea"): a report names one
 * Chelsea. Retypes, in place, the document's other place, person and untyped mentions of it.
 */
export function shareClubType(mentions: DocumentMention[]): void {
  const clubs = new Set(mentions.filter((m) => m.club).map((m) => m.text));
  for (const m of mentions) {
    if (clubs.has(m.text) && !m.club && m.type !== 'organization') [m.type, m.confidence] = ['organization', 0.85];
  }
}
