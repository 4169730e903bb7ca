/**
 * "Oscar hopefuls", "her first Oscar", "the Oscars will take place…": a lone capitalised word the
 * document also writes as a plural after "the", or after a possessive or an article ("her Oscar",
 * "an Oscar"), names a thing (an award, a prize, a product) or a family, never one person. Its
 * lone mentions guessed to be a person are left untyped, so they drop out of the people rather
 * than listing "Oscar" beside the actors. A full name ("Oscar Pistorius") is never touched, nor a
 * lone word that is part of a full name the document gives ("Blair" beside "Tony Blair" and "the
 * Blairs"), nor one the document never writes so.
 */
import type { LocatedMention } from './canonical-names';

/** `texts`: paragraph texts by paragraph index. Mentions are changed in place. */
export function untypeNamedThings(located: LocatedMention[], texts: readonly string[]): void {
  const inFullNames = new Set(located.filter((m) => m.type === 'person' && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/u)));
  const lone = new Set(located.filter((m) => m.type === 'person' && /^\p{Lu}\p{Ll}+$/u.test(m.text) && !inFullNames.has(m.text)).map((m) => m.text));
  if (lone.size === 0) return;
  const things = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b[Tt]he\s+(\p{Lu}\p{Ll}+?)e?s\b/gu)) {
      const word = m[1] as string;
      if (lone.has(word)) things.add(word);
      else if (lone.has(`${word}e`)) things.add(`${word}e`);
    }
    // Lower-case determiners only: a sentence-opening "A" or "His" may open something else.
    for (const m of text.matchAll(/\b(?:his|her|their|its|my|your|our|an?)\s+(?:(?:first|second|third|fourth|fifth|only|best|honorary)\s+)?(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu)) {
      if (lone.has(m[1] as string)) things.add(m[1] as string);
    }
  }
  if (things.size === 0) return;
  for (const m of located) if (m.type === 'person' && things.has(m.text)) [m.type, m.confidence] = ['unknown', 0];
}
