/**
 * Clubs named after places ("Leeds", "Chelsea", "Sydney FC" without its FC): in sport the name
 * of a city is the club when the text talks about it as a team — its players and staff
 * ("Leeds' striker", "Chelsea boss"), or a result ("Leeds beat Chelsea 2-1", "Leeds v Hull",
 * "lost 3-0 to Sydney"). Such mentions become organisations; a precise rule, so it is strong.
 */
import type { EntityType } from '../../../shared/corpus';

const SQUAD = /^(?:['’]s?)?\s+(?:(?:new|former|veteran|young|injured|first-team|\d+-year-old)\s+)?(?:striker|strikers|midfielder|midfielders|defender|defenders|goalkeeper|keeper|winger|forward|manager|boss|coach|head coach|assistant coach|chief executive|captain|skipper|squad|fans|supporters|players|team-mate|teammate|academy|chairman|owners?|board|bench|starting line-up|line-up)\b/u;
const RESULT_AFTER = /^\s+(?:beat|beats|thrashed|drew|draw|lost|lose|defeated|edged|hammered|held|host|hosts|face|faces|take on|v|vs\.?|versus|\d{1,2}\s*[-–]\s*\d{1,2})\b/u;
const RESULT_BEFORE = /\b(?:beat|beating|against|defeat(?:ed|s)?|drew with|draw with|lost to|losing to|loss to|win over|victory over|v|vs\.?|versus|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s+(?:win|defeat|loss|victory)\s+(?:over|to|against))?(?:\s+(?:to|by|against|with))?)\s+$/u;
const SCORE = /\b\d{1,2}\s*[-–]\s*\d{1,2}\b/u;

interface Typed {
  start: number;
  end: number;
  type: EntityType | 'unknown';
  confidence: number;
}

/** Football words that make a paragraph a sports report even without a score in it. */
const SPORT = /\b(?:Premiership|Premier League|Champions League|Carling Cup|FA Cup|Uefa|Fifa|striker|midfielder|goalkeeper|winger|penalty|kick-off|fixture|relegation)\b/u;

/** True when a place-typed (or untyped) mention is used as a sports team. */
export function isClubUse(text: string, m: Typed): boolean {
  // Places, untyped runs, and lone first names guessed to be people ("Chelsea").
  if (m.type !== 'place' && m.type !== 'unknown' && !(m.type === 'person' && m.confidence < 0.5)) return false;
  if (/\s(?:Bridge|Stadium|Park|Road|Lane|Ground|Arena)$/u.test(text.slice(m.start, m.end))) return false; // grounds stay places
  const after = text.slice(m.end, m.end + 40);
  if (SQUAD.test(after)) return true;
  if (!SCORE.test(text) && !SPORT.test(text) && !/\b(?:v|vs\.?|versus)\s/u.test(text)) return false;
  return RESULT_AFTER.test(after) || RESULT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
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
