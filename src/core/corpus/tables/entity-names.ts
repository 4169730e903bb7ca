/**
 * How entity names are compared across documents. Two names are the same key when they differ
 * only in case, accents, curly quotes, a possessive "'s", spacing, a leading title on a person
 * ("Mr", "Dr", "President"), or a leading "the" / trailing legal form on an organisation
 * ("The BBC", "Marks & Spencer plc"). Keys are part of stable entity ids: change them only with
 * a note on what corrections keyed by the old ids become.
 */
import type { EntityType } from '../../../shared/corpus';

/** Titles that may precede a person's name and are not part of it. */
export const PERSON_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'father',
  'president', 'vice president', 'prime minister', 'chancellor', 'minister', 'senator', 'sen', 'rep', 'governor', 'gov',
  'general', 'gen', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'chairman', 'chief executive',
];

const ORG_SUFFIXES = ['plc', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'fc'];
const TITLE_RE = new RegExp(`^(?:(?:${PERSON_TITLES.map((t) => t.replace(' ', '\\s+')).join('|')})\\.?\\s+)+`, 'u');
const ORG_SUFFIX_RE = new RegExp(`(?:,?\\s+(?:${ORG_SUFFIXES.join('|')})\\.?)+$`, 'u');

/** Lower case, no accents, straight quotes, single spaces, no possessive. */
export function foldName(name: string): string {
  // Most names are ASCII: skip Unicode normalisation for them (the entity filter folds every name once).
  // eslint-disable-next-line no-control-regex -- the ASCII range
  return (/^[\x00-\x7f]*$/u.test(name) ? name : name.normalize('NFKD'))
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/gu, "'")
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/'s?$/u, '');
}

/** The comparison key of a name of this type (see the file comment). */
export function nameKey(type: EntityType, name: string): string {
  let key = foldName(name);
  if (type === 'person') {
    const untitled = key.replace(TITLE_RE, '');
    if (untitled) key = untitled;
  } else if (type === 'organization') {
    const bare = key.replace(/^the\s+/u, '').replace(ORG_SUFFIX_RE, '');
    if (bare) key = bare;
  }
  return key;
}

export function entityId(type: EntityType, key: string): string {
  return `${type}:${key}`;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&', 'de', 'du', 'des', 'la', 'le', 'to']);

/**
 * Initials an acronym may stand for: "US Securities and Exchange Commission" gives "USEC" and,
 * without a leading country code, "SEC"; "Organisation for Economic Co-operation and
 * Development" gives "OECD" (a hyphenated word is one word).
 */
export function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/u).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return [];
  const letters = words.map((w) => w.charAt(0).toUpperCase()).join('');
  const out = [letters];
  const first = words[0] as string;
  if (/^\p{Lu}{2,3}$/u.test(first) && words.length > 2) out.push(words.slice(1).map((w) => w.charAt(0).toUpperCase()).join(''));
  return out;
}

/** "SEC", "BBC", "OECD": all capitals, 2–6 letters. */
export function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name.trim());
}

/** A title written just before a person's mention ("Mr " before "Blair"), or ''. */
export function titleBefore(text: string, start: number): string {
  const m = /\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|President)\.?\s$/u.exec(text.slice(Math.max(0, start - 12), start));
  return m ? `${m[0]}` : '';
}

/**
 * How a mention is written, the way the entity tables count its forms: its words with spaces
 * folded, after the title a person is given there ("Dr Smith"). The build (build-tables.ts) and
 * an added document (added-document.ts) must count alike, or a patched table would differ.
 */
export function surfaceForm(type: string, text: string, start: number, end: number): string {
  return (type === 'person' ? titleBefore(text, start) : '') + text.slice(start, end).replace(/\s+/gu, ' ');
}

/** A mention's place in its document: paragraph index, then start offset. */
export interface MentionAt {
  p: number;
  start: number;
  end: number;
  paragraphId: string;
}

/** The earlier of the first mention so far and one at paragraph `p`: the one whose snippet a table shows. */
export const earlierMention = (first: MentionAt | null, at: MentionAt): MentionAt => (!first || at.p < first.p || (at.p === first.p && at.start < first.start) ? at : first);

