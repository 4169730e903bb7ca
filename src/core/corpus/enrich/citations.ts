/**
 * Authors in a paper's citations: "(Li, Polat, Scalzo, & Bavelier, 2010)", "(see Brieber 2014;
 * Binderman et al., 2005)", "Makel et al. (2012)". Surnames there stand alone, with nothing
 * around them that says "person" to the rules or the tagger, and a report or paper the analyst
 * adds can hold dozens. The layout is unmistakable: names listed before a year, inside brackets,
 * or before "et al.". A body that writes ("WHO, 2019", "Reuters, 2004") is not taken for an author.
 */
import { CALENDAR } from './entities';
import { placeKind } from './gazetteer';
import { isOrgHead, isPlaceWord } from './lexicon';

export interface AuthorSpan {
  start: number;
  end: number;
}

/** One surname, with its particles and a second part: "Bavelier", "van der Berg", "Filippini Fantoni", "O'Neil". */
const SURNAME = /^(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)*\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?$/u;
/** What may open a citation item: "see", "e.g.", "for example", "cf.". */
const LEAD = /^\s*(?:(?:see(?:\s+also)?|e\.g\.|i\.e\.|cf\.|for\s+example|for\s+instance)[,\s]+)*/iu;
/** The year that closes an item, with a page after it: ", 2010", " 2014", ", 2011, p. 1225", " 2005a". */
const YEAR = /,?\s+(?:19|20)\d{2}[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?\s*$/u;
const ET_AL = /\s+et\s+al\.?,?\s*$/u;

/** "(December, 1999)", "(Spring 2004)": a date before the year, not an author. */
const SEASONS = /^(?:Spring|Summer|Autumn|Fall|Winter)$/u;

function isAuthor(name: string): boolean {
  if (!SURNAME.test(name) || CALENDAR.test(name) || SEASONS.test(name)) return false;
  const last = name.split(/\s+/u).pop() as string;
  const kind = placeKind(name) ?? '';
  return !isOrgHead(last) && !isPlaceWord(name.toLowerCase()) && !/[cr]/u.test(kind);
}

/** Names split at ", ", " & ", " and ", ", & " in text [from, to): each a surname, or none are authors. */
function authorsOf(text: string, from: number, to: number): AuthorSpan[] {
  const list = text.slice(from, to);
  const out: AuthorSpan[] = [];
  let at = 0;
  const take = (a: number, b: number): boolean => {
    if (!isAuthor(list.slice(a, b))) return false;
    out.push({ start: from + a, end: from + b });
    return true;
  };
  for (const m of list.matchAll(/\s*,\s*(?:(?:&|and)\s+)?|\s+(?:&|and)\s+/gu)) {
    if (!take(at, m.index)) return [];
    at = m.index + m[0].length;
  }
  return take(at, list.length) ? out : [];
}

/** The authors of one citation item, text [from, to): "see Li, Polat, & Bavelier, 2010". */
function itemAuthors(text: string, from: number, to: number): AuthorSpan[] {
  const item = text.slice(from, to);
  const year = YEAR.exec(item);
  if (!year) return [];
  const lead = LEAD.exec(item)?.[0].length ?? 0;
  const names = item.slice(0, year.index);
  const end = ET_AL.exec(names)?.index ?? names.length;
  return lead < end ? authorsOf(text, from + lead, from + end) : [];
}

/** Spans of the authors cited in a paragraph. */
export function citedAuthors(text: string): AuthorSpan[] {
  const out: AuthorSpan[] = [];
  if (!/(?:19|20)\d{2}/u.test(text)) return out;
  // "(Li, Polat, & Bavelier, 2010; Dye & Bavelier, 2010)": each item of a bracket, split at ";".
  for (const bracket of text.matchAll(/\(([^()]{4,400})\)/gu)) {
    let from = bracket.index + 1;
    const inner = bracket[1] as string;
    for (const piece of inner.split(';')) {
      out.push(...itemAuthors(text, from, from + piece.length));
      from += piece.length + 1;
    }
  }
  // "Makel et al. (2012)", "Marsden and Mackey et al. (2014)": before "et al." in running text.
  for (const m of text.matchAll(/((?:\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\s*(?:,|&|and)\s*\p{Lu}\p{Ll}[\p{L}'’-]*)*)\s+et\s+al\.?\s*\((?:19|20)\d{2}[a-z]?\)/gu)) {
    out.push(...authorsOf(text, m.index, m.index + (m[1] as string).length));
  }
  return out;
}
