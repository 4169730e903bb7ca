/**
 * Names typed by where they stand rather than by the words around them (issue 12, "sports tables,
 * lists and datelines"), for text that is not prose:
 *   - a results line ("Leeds 2-1 Chelsea", "Arsenal 3 Manchester United 1") names two teams;
 *   - a squad list ("Chelsea: Cech; Ferreira, Terry, Carvalho, Gallas; ...") names its team
 *     before the colon and people after it;
 *   - a dateline ("LONDON, 2 March (Reuters) -", "WASHINGTON —") opens with a place;
 *   - a citation ("(Li, Polat, & Bavelier, 2010)", "Makel et al. (2012)") names its authors (citations.ts);
 *   - a list of people with bracketed names ("H Ellis (Leicester), S Thompson (Northampton)")
 *     names people and their clubs or countries.
 * Each rule is precise (the layout is unmistakable) and wins over the words' own reading.
 */
import type { EntityType } from '../../../shared/corpus';
import { citedAuthors } from './citations';
import { placeKind } from './gazetteer';
import { isCountryWord, isOrgHead } from './lexicon';

export interface LayoutMention {
  text: string;
  start: number;
  end: number;
  type: EntityType | 'unknown';
  confidence: number;
  club?: boolean;
}

const TEAM = String.raw`\p{Lu}[\p{L}.'’&]*(?: (?:\p{Lu}[\p{L}.'’&]*|de|del|of|and))*`;
/** One results line: team, score, team (with the second score after it: "Arsenal 3 Everton 1"). */
const RESULT_LINE = new RegExp(String.raw`^[ \t]*(${TEAM})[ \t]+(\d{1,3})(?:[ \t]*[-–][ \t]*(\d{1,3}))?[ \t]+(${TEAM})(?:[ \t]+(\d{1,3}))?[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[.;]?[ \t]*$`, 'u');

interface Range {
  start: number;
  end: number;
}

/** Team spans of results lines: each line of the paragraph alone, or "; "-separated results. */
export function resultTeams(text: string): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const line of text.split(/(\n|;\s+)/u)) {
    const m = RESULT_LINE.exec(line);
    // "won 2-1" is not a table: a results line has a score and the second team's score or a dash.
    if (m && m[1] && m[4] && (m[3] !== undefined || m[5] !== undefined)) {
      const first = line.indexOf(m[1]);
      const second = line.indexOf(m[4], first + m[1].length + (m[2]?.length ?? 0));
      out.push({ start: at + first, end: at + first + m[1].length }, { start: at + second, end: at + second + m[4].length });
    }
    at += line.length;
  }
  return out;
}

const SQUAD_HEAD = /^[ \t]*((?:\p{Lu}[\p{L}.'’&-]*)(?: \p{Lu}[\p{L}.'’&-]*){0,3})?(?:[ \t]+(?:squad|team|xi|xv|line-up|lineup))?[ \t]*:[ \t]+/iu;
const SQUAD_WORDS = /^(?:squad|team|subs|substitutes|replacements|bench|starting line-up|line-up|lineup|xi|xv|goalkeepers|defenders|midfielders|forwards|strikers|backs)$/iu;
const LINEUP_MARKS = /\((?:capt|c|gk|vc)\)|\b(?:Subs|Replacements|Substitutes)\b/u;
/** An item of a squad list: a name with an optional initial, number or "(capt)". */
const SQUAD_ITEM = /^(?:\d{1,2}\s+)?(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s*\([^()]{1,12}\))?$/u;

/** A squad list: "<Team>: name, name; name, ..." with five names or more: the team span, if any, and each name's span. */
export function squadList(text: string): { team: Range | null; names: Range[] } | null {
  const head = SQUAD_HEAD.exec(text);
  if (!head) return null;
  const names: Range[] = [];
  const ITEM = /[^,;]+/gu;
  // "... Quaye. Subs: Tunde": a sublist's heading separates like a semicolon (same length, so offsets hold).
  const rest = text.slice(head[0].length).replace(/\.?\s+(?:Subs|Substitutes|Replacements|Subs not used|Bench)\s*:\s*/giu, (m) => `;${' '.repeat(m.length - 1)}`);
  for (const m of rest.matchAll(ITEM)) {
    const raw = m[0].replace(/\.\s*$/u, '');
    for (const part of raw.split(/\s+and\s+/u)) {
      const item = part.trim().replace(/^(?:subs|replacements|substitutes)\s*:\s*/iu, '');
      if (!item) continue;
      if (!SQUAD_ITEM.test(item)) return null;
      // The name without a shirt number, an initial's dot kept, "(capt)" dropped.
      const name = /(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/u.exec(item);
      if (!name) return null;
      const start = head[0].length + (m.index ?? 0) + raw.indexOf(part) + part.indexOf(item) + name.index;
      names.push({ start, end: start + name[0].length });
    }
  }
  // A lineup, not any list of names: a squad word or a lineup's marks ("(capt)", "Subs:").
  if (names.length < 5 || !(/\p{L}/u.test(head[0].replace(head[1] ?? '', '').replace(':', '')) || LINEUP_MARKS.test(text))) return null;
  const name = head[1];
  const team = name && !SQUAD_WORDS.test(name) ? { start: head[0].indexOf(name), end: head[0].indexOf(name) + name.length } : null;
  return { team, names };
}

/** "S Thompson (Northampton)", "Marat Safin (Russia)": a person's name, then a bracketed name. */
const LISTED_WITH = /(?<![\p{L}'’-])((?:\p{Lu}\.?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?: (?:de |van |le |du |da |dos )?\p{Lu}[\p{L}'’-]+){1,2}) \((\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3})\)/gu;
const WORKS_LIST = /\b(?:best|actor|actress|film|director|nominees?|nominated|award|prize|novel|book|album|single)\b/iu;
const initials = (name: string): string => name.split(/[ -]/u).map((w) => w.charAt(0)).join('').toUpperCase();
/** Countries as team sheets and prize lists write them, beside the lexicon's. */
const LISTED_COUNTRY = /^(?:US|USA|UK|SA|S Africa|NZ|Aus|England|Scotland|Wales|Ireland|Northern Ireland)$/u;

/**
 * A list of people each with a bracketed name ("C Hodgson (Sale), H Ellis (Leicester)",
 * "Marat Safin (Russia)"): three or more in the paragraph. The people are people; the bracket is
 * each one's club, or their country when it names one ("(Italy)", "(New Zealand)").
 */
export function peopleWithClubs(text: string): { person: Range; club: Range; country: boolean }[] {
  // "Imelda Staunton (Vera Drake)": a prize list brackets works, not clubs.
  if (WORKS_LIST.test(text)) return [];
  // Not "World Anti-Doping Agency (Wada)": a body and its short form.
  const found = [...text.matchAll(LISTED_WITH)].filter((m) => !(m[1] as string).split(' ').some((w) => isOrgHead(w)) && initials(m[1] as string) !== (m[2] as string).toUpperCase());
  if (found.length < 3) return [];
  return found.map((m) => {
    const person = { start: m.index, end: m.index + (m[1] as string).length };
    const name = m[2] as string;
    const start = m.index + m[0].length - 1 - name.length;
    return { person, club: { start, end: start + name.length }, country: LISTED_COUNTRY.test(name) || isCountryWord(name) || /c/u.test(placeKind(name) ?? '') };
  });
}

/** "LONDON, 2 March (Reuters) -", "NEW YORK (AP) —", "WASHINGTON —": a capitals place, then a dash. */
const DATELINE = /^[ \t]*(\p{Lu}{2,}(?:[ .'-]\p{Lu}{2,})*\.?)(?:,[ \t]+[\p{L}\d .]{1,24}?)?(?:[ \t]*\([^()]{1,30}\))?[ \t]*[-–—]{1,2}[ \t]/u;

export function datelinePlace(text: string): Range | null {
  const m = DATELINE.exec(text);
  if (!m || !m[1]) return null;
  const start = text.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

const inside = (m: Range, r: Range): boolean => m.start >= r.start && m.end <= r.end;
const overlaps = (m: Range, r: Range): boolean => m.start < r.end && r.start < m.end;

/**
 * Retypes a paragraph's mentions, in place, by its layout: teams of results lines and squad
 * lists become organisations (clubs), the names in a squad list people, a dateline's opening
 * word a place. A name the layout gives that no mention covers is added.
 */
export function typeByLayout(text: string, mentions: LayoutMention[]): void {
  const set = (r: Range, type: EntityType, confidence: number, club = false): void => {
    let covered = false;
    for (const m of mentions) {
      if (!overlaps(m, r)) continue;
      covered = true;
      if (inside(m, r)) [m.type, m.confidence, m.club] = [type, confidence, club || undefined];
    }
    if (!covered) mentions.push({ text: text.slice(r.start, r.end), start: r.start, end: r.end, type, confidence, ...(club ? { club } : {}) });
  };
  const place = datelinePlace(text);
  if (place) set(place, 'place', 0.9);
  for (const t of resultTeams(text)) set(t, 'organization', 0.9, true);
  for (const a of citedAuthors(text)) set(a, 'person', 0.85);
  for (const { person, club, country } of peopleWithClubs(text)) {
    set(person, 'person', 0.85);
    set(club, country ? 'place' : 'organization', 0.85, !country);
  }
  const squad = squadList(text);
  if (!squad) return;
  if (squad.team) set(squad.team, 'organization', 0.9, true);
  for (const n of squad.names) set(n, 'person', 0.85);
}
