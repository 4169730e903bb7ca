/**
 * Dated events: date expressions as written ("on the night of October 23", "in June", "last
 * week", "on October 27 and 28") with their resolved date. compromise-dates resolves relative
 * dates forwards ("on Thursday" in a Friday report -> next Thursday) and throws on some BBC
 * sentences, so expressions are found and resolved by the rules here and in resolve-date.ts.
 */
import type { DatedEvent } from '../../../shared/corpus';
import {
  type Direction, parsePublished, type ResolvedDate, resolveAgo, resolveMonth, resolveMonthDay, resolveQuarter, resolveRelative,
  resolveSeason, resolveWeekday,
} from './resolve-date';
import { tagsOf } from './lexicon';
import { sentenceAt, type Span } from './sentences';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const PART = '(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)';
const LEAD = '(?:(?:on|by|since|from|until|till|before|after|through)\\s+)';
// One preposition, then at most one modifier: "in early June", "by the end of March"; never
// two prepositions ("pointed to in November" is "in November").
const MONTH_LEAD = '(?:(?:(?:in|to|since|by|until|from|during|before|after)\\s+(?:(?:early|late|mid-?|(?:the\\s+)?(?:end|start|beginning|middle)\\s+of)\\s+)?)|(?:early|late|mid-?|last|next|this|(?:the\\s+)?(?:end|start|beginning|middle)\\s+of)\\s+)';

const ORDINAL = '(first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const COUNT = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)';
// "the fall of Rome", "the winter of discontent": a season followed by "of" and no year is not a date.
const SEASON = '(spring|summer|autumn|fall|winter)(?!\\s+of\\s+(?!(?:19|20)\\d{2}))';
const SEASON_LEAD = '(?:(?:in|during|by|until|since|over|through|before|after)\\s+(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?|(?:last|next|this|early|late)\\s+)';

type PatternKind = 'fiscal' | 'md' | 'dm' | 'quarter' | 'q' | 'season' | 'ago' | 'month' | 'weekday' | 'relative' | 'year';

const FISCAL = '(?:fiscal|financial|tax)';
const PATTERNS: { kind: PatternKind; re: RegExp }[] = [
  // "the third quarter", "third-quarter profits", "the first quarter of 2025", "last quarter".
  { kind: 'quarter', re: new RegExp(`\\b(?:(?:in|during|for|by|over|since|until)\\s+)?(the\\s+)?(?:(?:fiscal|financial)\\s+)?${ORDINAL}[\\s-]+quarter(?:\\s+of\\s+(?:the\\s+)?(?:(?:fiscal|financial)\\s+year\\s+)?${YEAR})?\\b`, 'gi') },
  { kind: 'q', re: new RegExp(`\\bQ([1-4])(?:(?:\\s+|[-/])${YEAR})?\\b`, 'g') },
  // Fiscal years: "fiscal 2025", "the 2024-25 financial year", "financial year 2024/25", "FY2025",
  // "FY25". Their months differ by country and company, so only the year (or the pair of years)
  // is resolved. "The current financial year" names a period being reported on, not a date.
  { kind: 'fiscal', re: new RegExp(`\\b(?:${FISCAL}\\s+(?:year\\s+)?((?:19|20)\\d{2})(?:[-–/]((?:19|20)?\\d{2}))?|(?:the\\s+)?((?:19|20)\\d{2})[-–/]((?:19|20)?\\d{2})\\s+${FISCAL}\\s+year|FY\\s?((?:19|20)?\\d{2}))\\b`, 'gi') },
  { kind: 'season', re: new RegExp(`\\b(?:${SEASON_LEAD}${SEASON}(?:\\s+(?:of\\s+)?${YEAR})?|${SEASON}\\s+${YEAR})\\b`, 'gi') },
  { kind: 'ago', re: new RegExp(`\\b${COUNT}\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`, 'gi') },
  { kind: 'md', re: new RegExp(`\\b${LEAD}?${PART}?${MONTH}\\s+${DAY}(?:\\s*(?:and|to|-|–)\\s*${DAY})?(?:,?\\s+${YEAR})?\\b`, 'gi') },
  { kind: 'dm', re: new RegExp(`\\b${LEAD}?${PART}?(?:the\\s+)?${DAY}(?:\\s*(?:and|to|-|–)\\s*${DAY})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi') },
  { kind: 'month', re: new RegExp(`\\b(?:${MONTH_LEAD}${MONTH}(?:,?\\s+${YEAR})?|${MONTH}\\s+${YEAR})\\b`, 'gi') },
  { kind: 'weekday', re: /\b(?:(?:on|by|since|from|until|before|after|last|next|this|early|late)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/gi },
  // "over the next year" is a duration, not a date: no match after "the".
  { kind: 'relative', re: /(?<!\bthe\s)\b(?:(?:earlier|later)\s+)?(?:(?:last|this|next|past)\s+(?:week|weekend|month|year)|yesterday|tomorrow|last night|tonight|today)\b/gi },
  { kind: 'year', re: /\b(?:(?:in|since|by|until|from|during|before|after|early|late|mid-?|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+)+((?:19|20)\d{2})\b(?![-–%]|\s*(?:bn|m\b|million|billion))/gi },
];

const MODAL_FUTURE = new Set(['will', 'would', 'shall', 'won’t', "won't", 'wont']);
/** "is due back", "are set to", "is expected to", "plans to", "going to" before the verb. */
const SCHEDULED = new Set(['due', 'set', 'expected', 'scheduled', 'slated', 'poised', 'plans', 'planning', 'going', 'intends', 'aims']);
const NOT_PAST = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'proceed', 'exceed', 'succeed', 'indeed', 'breed', 'greed', 'bleed', 'deed', 'heed', 'embed']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);
/** Words that open a new clause: the verb beyond them does not govern the date. */
const CLAUSE_WORDS = new Set(['that', 'when', 'which', 'who', 'because', 'while', 'whereas', 'although', 'but', 'and', 'said', 'says', 'told']);

interface Found extends ResolvedDate {
  text: string;
  confidence: number;
  start: number;
  end: number;
}

export function findEvents(paragraphId: string, text: string, sentences: readonly Span[], published: string | null): DatedEvent[] {
  const pub = parsePublished(published);
  const found: Found[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue; // earlier patterns are more specific
      // "Radio 4's Today programme" and "Today, games cost more" (nowadays) are not dates.
      if (kind === 'relative' && /^Today$/.test(m[0]) && !/^['’]s\b/.test(text.slice(end))) continue;
      const tense = governingTense(text, sentenceAt(sentences, start), start, end);
      // "today" also means "nowadays" ("as we know it today", "are common today"): it is a date
      // only when a past or future verb governs it ("prosecutors said today").
      if (kind === 'relative' && /^today$/i.test(m[0]) && tense === null) continue;
      const dir = tense ?? 'past';
      const resolved = resolveMatch(kind, m, pub, dir);
      if (resolved) found.push({ text: m[0], start, end, ...resolved, confidence: dateConfidence(kind, m, tense !== null) });
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ text: f.text, date: f.date, ...(f.endDate ? { endDate: f.endDate } : {}), confidence: f.confidence, paragraphId, start: f.start, end: f.end }));
}

/**
 * How sure a resolved date is: a written year is certain; a date whose year or direction is
 * inferred from the publication date less so; and less again when no verb showed the tense and
 * the resolution fell back to "news reports the past" — "on Thursday" may be the next one.
 * Fiscal years are uncertain by nature (whose fiscal year, starting when?).
 */
export function dateConfidence(kind: PatternKind, m: RegExpMatchArray, tenseKnown: boolean): number {
  const written = m[0];
  const hasYear = /\b(?:19|20)\d{2}\b/.test(written);
  const relative = /\b(?:last|next|this|yesterday|tomorrow|today|tonight|ago)\b/i.test(written);
  const base: Record<PatternKind, number> = {
    fiscal: 0.65, md: 0.9, dm: 0.9, quarter: 0.85, q: 0.85, season: 0.8, ago: 0.85, month: 0.85, weekday: 0.85, relative: 0.9, year: 0.95,
  };
  if (hasYear) return kind === 'fiscal' ? 0.75 : 1;
  // Only dates resolved by direction (no year written, no "last"/"next") depend on the tense.
  const byDirection = kind !== 'fiscal' && kind !== 'ago' && kind !== 'relative' && !relative;
  return Math.round(base[kind] * (byDirection && !tenseKnown ? 0.75 : 1) * 100) / 100;
}

function resolveMatch(kind: string, m: RegExpMatchArray, pub: ReturnType<typeof parsePublished>, dir: Direction): ResolvedDate | null {
  const nameIndex = (word: string | undefined, names: readonly string[]): number => {
    const w = (word ?? '').toLowerCase().replace(/\.$/, '');
    return names.findIndex((n) => n === w || (w.length >= 3 && n.startsWith(w)));
  };
  const capitalised = (word: string | undefined): boolean => /^\p{Lu}/u.test(word ?? '');
  const year = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);
  switch (kind) {
    case 'fiscal': {
      const two = (s: string | undefined, after?: number): number | undefined => {
        if (!s) return undefined;
        if (s.length === 4) return Number(s);
        const base = after !== undefined ? Math.floor(after / 100) * 100 : 2000;
        const y = base + Number(s);
        return after !== undefined && y < after ? y + 100 : y;
      };
      const first = year(m[1] ?? m[3]) ?? two(m[5]);
      if (first !== undefined) {
        const second = two(m[2] ?? m[4], first);
        // "2024-25" is two years; "2024-2025" too; anything else ("2024-19") is not a fiscal year.
        if (second !== undefined && second !== first + 1) return null;
        return second !== undefined ? { date: String(first), endDate: String(second) } : { date: String(first) };
      }
      return null;
    }
    case 'md':
    case 'dm': {
      const [monthWord, d1, d2, y] = kind === 'md' ? [m[1], m[2], m[3], m[4]] : [m[3], m[1], m[2], m[4]];
      if (!capitalised(monthWord)) return null;
      const month = nameIndex(monthWord, MONTHS) + 1;
      if (!pub && !y) return null;
      const base = pub ?? { y: Number(y), m: month, d: 1 };
      const first = resolveMonthDay(base, month, Number(d1), dir, year(y));
      if (!first) return null;
      if (!d2 || Number(d2) <= Number(d1)) return first;
      const last = resolveMonthDay(base, month, Number(d2), dir, year(y) ?? Number(first.date.slice(0, 4)));
      return last ? { date: first.date, endDate: last.date } : first;
    }
    case 'month': {
      const monthWord = m[1] ?? m[3];
      if (!capitalised(monthWord)) return null;
      if (monthWord?.toLowerCase() === 'may' && !(m[2] ?? m[4]) && !/\b(?:in|since|by|until|during|early|late|mid)\s+May$/i.test(m[0])) return null;
      const month = nameIndex(monthWord, MONTHS) + 1;
      const y = year(m[2] ?? m[4]);
      if (!pub && y === undefined) return null;
      const relative = /\b(last|next|this)\s+\S+$/i.exec(m[0])?.[1]?.toLowerCase();
      const d: Direction = relative === 'last' ? 'past' : relative === 'next' ? 'future' : dir;
      return { date: resolveMonth(pub ?? { y: y ?? 0, m: month, d: 1 }, month, d, y) };
    }
    case 'weekday': {
      if (!pub || !capitalised(m[1])) return null;
      const relative = /^(last|next)\b/i.exec(m[0])?.[1]?.toLowerCase();
      const d: Direction = relative === 'last' ? 'past' : relative === 'next' ? 'future' : dir;
      return { date: resolveWeekday(pub, nameIndex(m[1], WEEKDAYS), d) };
    }
    case 'quarter': {
      const ordinal = (m[2] ?? '').toLowerCase();
      const y = year(m[3]);
      // "last quarter" is the one before publication's; "the last quarter (of 2024)" is the fourth.
      if (ordinal === 'last' && !m[1] && y === undefined) {
        if (!pub) return null;
        const previous = Math.floor((pub.m - 1) / 3); // 0 when publication falls in the first quarter
        return previous === 0 ? resolveQuarter(null, 4, 'past', pub.y - 1) : resolveQuarter(null, previous, 'past', pub.y);
      }
      const quarter = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 }[ordinal];
      return quarter ? resolveQuarter(pub, quarter, dir, y) : null;
    }
    case 'q':
      return resolveQuarter(pub, Number(m[1]), dir, year(m[2]));
    case 'season': {
      const season = m[1] ?? m[3];
      const y = year(m[2] ?? m[4]);
      // "in the Winter Olympics", "the Spring Statement": a season word opening a name is not a date.
      if (/^\s+\p{Lu}/u.test((m.input ?? '').slice((m.index ?? 0) + m[0].length)) && y === undefined) return null;
      const relative = /^(last|next|this)\s/i.exec(m[0])?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
      return season ? resolveSeason(pub, season, dir, relative, y) : null;
    }
    case 'ago':
      return pub && m[1] && m[2] ? resolveAgo(pub, m[1], m[2]) : null;
    case 'relative':
      return pub ? resolveRelative(pub, m[0]) : null;
    case 'year':
      return m[1] ? { date: m[1] } : null;
    default:
      return null;
  }
}

/**
 * Past or future as the verb governing the date is, null when no verb shows a tense: the nearest
 * verb before the date in its clause ("it had pointed to in November" is past even after "would
 * be about £140m,"), else the first verb after it ("On Monday, the committee will vote"). A speech
 * verb right before the date governs it ("said on Saturday that she would…" is past).
 */
function governingTense(text: string, sentence: Span, start: number, end: number): Direction | null {
  const before = text.slice(sentence.start, start).split(/[;:,—–]/).pop() ?? '';
  const words = before.match(/[\p{L}’']+/gu) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const verdict = tenseOf(words[k] as string, words[k + 1]);
    // A passive after "be" takes the tense of what comes before it: "will be held in May" and
    // "is to be held" are future, though "held" alone reads as past.
    if (verdict === 'past' && words[k - 1]?.toLowerCase() === 'be') {
      const before = words[k - 2]?.toLowerCase() ?? '';
      if (MODAL_FUTURE.has(before) || /['’]ll$/.test(before) || before === 'to') return 'future';
    }
    if (verdict) return verdict;
    if (CLAUSE_WORDS.has((words[k] as string).toLowerCase())) break;
  }
  let after = text.slice(end, sentence.end);
  // "On Monday, the committee will vote": a sentence-opening date belongs to the clause after it.
  if (after.startsWith(',') && /^[\s“"‘]*$/.test(text.slice(sentence.start, start))) after = after.slice(1);
  const next = (after.split(/[;:,—–]/)[0] ?? '').match(/[\p{L}’']+/gu) ?? [];
  for (let k = 0; k < next.length; k++) {
    const verdict = tenseOf(next[k] as string, next[k + 1]);
    if (verdict) return verdict;
    if (CLAUSE_WORDS.has((next[k] as string).toLowerCase())) break;
  }
  return null;
}

function tenseOf(word: string, following: string | undefined): Direction | null {
  const w = word.toLowerCase();
  if (MODAL_FUTURE.has(w) || /['’]ll$/.test(w)) return 'future';
  if (SCHEDULED.has(w) && (w === 'due' || following?.toLowerCase() === 'to')) return 'future';
  if (PAST_AUX.has(w) || tagsOf(w).includes('PastTense')) return 'past';
  if (/^\p{Ll}{3,}ed$/u.test(word) && !NOT_PAST.has(w) && !SCHEDULED.has(w)) return 'past';
  return null;
}
