/**
 * "sea surface temperature (SST)", "improvised explosive devices (IEDs)", "non-governmental
 * organisations (NGOs)": an acronym the document defines by lower-case words is a term, not a
 * name. Bodies are written with capitals ("the European Space Agency (ESA)"), so a lone acronym
 * is otherwise guessed to be an organisation; in reports and papers full of defined terms that
 * guess made most of the false organisations. Every mention of such an acronym in the document
 * is left untyped, as is one defined by an event's name (event-names.ts). An acronym the document
 * also defines by another capitalised name is left alone.
 */
import type { LocatedMention } from './canonical-names';
import { isEventName } from './event-names';

/** Words an acronym usually skips: "weapons of mass destruction (WMD)". */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with']);

/** The acronym without a plural "s": "IEDs" -> "IED". */
const singular = (acronym: string): string => (/^\p{Lu}{2,}s$/u.test(acronym) ? acronym.slice(0, -1) : acronym);

/**
 * The initials of the words before "(", read backwards from the bracket, match `acronym`:
 * `lower` says whether every word used was written in lower case. Hyphenated parts count as
 * words ("light-emitting diode (LED)"); function words and "&" may be skipped.
 */
function definedBy(before: string, acronym: string): { lower: boolean; words: string[] } | null {
  const words = before.split(/[\s-]+/u).filter(Boolean);
  let k = acronym.length - 1;
  let lower = true;
  let used = words.length;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const raw = words[w] as string;
    if (raw === '&') continue; // "research & development (RD)"
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') return null; // punctuation between the words: not one phrase
    if (SKIPPED.has(word.toLowerCase()) && word.charAt(0).toUpperCase() !== acronym.charAt(k)) continue;
    if (word.charAt(0).toUpperCase() !== acronym.charAt(k)) return null;
    if (/^\p{Lu}/u.test(word)) lower = false;
    k -= 1;
    used = w;
  }
  return k < 0 ? { lower, words: words.slice(used).map((w) => w.replace(/[^\p{L}\p{N}]+$/gu, '')) } : null;
}

/** Acronyms (singular) the texts define by lower-case words or an event's name, and never by another capitalised name. */
export function definedTerms(texts: readonly string[]): Set<string> {
  const terms = new Set<string>();
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/((?:[\p{L}\p{N}&'’-]+\s+){1,10})\((\p{Lu}{2,8}s?)\)/gu)) {
      const acronym = singular(m[2] as string);
      const before = (m[1] as string).trimEnd();
      const reading = definedBy(before, acronym);
      if (!reading) continue;
      // "the Consumer Electronics Show (CES)": an event's name is no body's either.
      (reading.lower || isEventName(reading.words) ? terms : names).add(acronym);
    }
  }
  for (const name of names) terms.delete(name);
  return terms;
}

/** `texts`: paragraph texts by paragraph index. Mentions are changed in place. */
export function untypeDefinedTerms(located: LocatedMention[], texts: readonly string[]): void {
  if (!located.some((m) => /^\p{Lu}{2,8}s?$/u.test(m.text))) return;
  const terms = definedTerms(texts);
  if (terms.size === 0) return;
  for (const m of located) {
    if (m.type !== 'unknown' && /^\p{Lu}{2,8}s?$/u.test(m.text) && terms.has(singular(m.text))) [m.type, m.confidence] = ['unknown', 0];
  }
}
