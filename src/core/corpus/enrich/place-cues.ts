/**
 * Words around a lone name that make it a place: a kind of place or a compass word and "of"
 * ("the island of X", "north of X"), a journey ("fled to X"), a locative preposition ("in X"), or
 * a country or first-level division after it ("X, Ohio"). entities.ts asks these once the
 * name's own words have not decided.
 */
import { placeKind } from './gazetteer';

/**
 * "the island of Busuanga", "two miles north of Hornsea", "the outskirts of Osijek": a word for
 * a kind of place, or a compass direction, then "of" and a name. Lower-case only: "the
 * Municipality of Culion" is one name. Not "state", "party" or "friend": "the state of the
 * economy", "a friend of Kiki Cuyler".
 */
const PLACE_OF = /\b(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?|outskirts|outside|village|town|city|hamlet|suburb|island|islands|province|region|county|district|municipality|parish|borough|port|capital)\s+of\s+(?:the\s+)?$/;
/**
 * "fled to Abra", "emigrated to Canada": journeys end at places. Not "moved to", "returned to" or
 * "joined": players move and return to clubs.
 */
const JOURNEY_TO = /\b(?:fled|flee(?:s|ing)?|retreat(?:ed|ing|s)?|emigrated|emigrating|relocated|sailed|flew|deported|exiled|evacuated|travell?ed|travell?ing)\s+(?:back\s+)?to\s+(?:the\s+)?$/;
/** Before a lone name: a locative preposition ("in", "near"), a place kind and "of" (PLACE_OF) or a journey (JOURNEY_TO). */
const LOCATIVE_BEFORE = new RegExp(`\\b(?:in|at|near|around|from|into|across|outside|inside|throughout|towards?)\\s+(?:the\\s+)?$|${PLACE_OF.source}|${JOURNEY_TO.source}`);

/** A kind of place or a compass word and "of" just before `start` (PLACE_OF). */
export const placeOfBefore = (text: string, start: number): boolean => PLACE_OF.test(text.slice(Math.max(0, start - 32), start));

/**
 * "bring in Velimir Zajec as director", "looked at Gavin", "laughed at Bremner": "in" and "at"
 * after these verbs join the verb to its object, a person more often than not, and say nothing
 * of a place. Only verbs that rarely stand before a place ("signed in Madrid", "arrived at
 * Heathrow" are not here).
 */
const PARTICLE_VERB = /\b(?:bring(?:s|ing)?|brought|call(?:s|ed|ing)?|draft(?:s|ed|ing)?|rope[sd]?\s+in|look(?:s|ed|ing)?|star(?:e|es|ed|ing)|glanc(?:e|es|ed|ing)|gaz(?:e|es|ed|ing)|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|swear(?:s|ing)?|swore|laugh(?:s|ed|ing)?|smil(?:e|es|ed|ing)|wav(?:e|es|ed|ing)|wink(?:s|ed|ing)?|nod(?:s|ded|ding)?|point(?:s|ed|ing)?|aim(?:s|ed|ing)?|jibes?|swipes?|digs?|hit(?:s|ting)?\s+out|lash(?:es|ed|ing)?\s+out)\s+(?:in|at)\s+$/i;

/** "in" or "at" just before `start` is a verb's particle ("brought in", "looked at"): PARTICLE_VERB. */
export const particleBefore = (text: string, start: number): boolean => PARTICLE_VERB.test(text.slice(Math.max(0, start - 32), start));

/** A locative preposition, a kind of place and "of", or a journey just before `start`. */
export const locativeBefore = (text: string, start: number): boolean => LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 32), start)) && !particleBefore(text, start);

/**
 * "Paxton, Illinois", "Aringay, Pangasinan": a name followed by a comma and a country or a
 * first-level division (the gazetteer's "c" or "r") is a place in it, unless the two are items of
 * a list ("Trump, Russia and China", "Tesco, France, Spain and Italy") or the name opens the
 * sentence (an adverb: "Similarly, Wales have learnt").
 */
export function inPlaceAfter(before: string, following: string): boolean {
  // A list item ("Weaver, Onuoha, Jordan") or a sentence's first word ("Similarly, Wales…").
  if (/,\s*$/u.test(before) || /(?:^|[.!?:;]["”’)]?)\s*$/u.test(before)) return false;
  const m = /^,\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=(.{0,40}))/su.exec(following);
  if (!m) return false;
  const kind = placeKind(m[1] as string);
  if (!kind || !/[cr]/.test(kind)) return false;
  return !/^(?:\s+(?:and|or|&)\b|\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|\band\b|\bor\b))/u.test(m[2] ?? '');
}
