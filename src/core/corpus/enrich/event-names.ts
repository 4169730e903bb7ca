/**
 * An event's or a show's name: "Berlin Film Festival", "London Marathon", "Geneva Motor Show",
 * "Falklands War", "Booker Prize", "Athens Olympics". Not a body, a place or a person (news data
 * calls them MISC), nor is the acronym a text defines by one ("Consumer Electronics Show (CES)").
 * "Games" only after a place or a kind of games ("Rockstar Games" is a firm); "Nations" only after
 * a count ("the Six Nations", "the Tri-Nations" are championships, "United Nations" a body).
 */
import { placeKind } from './gazetteer';
import { isPlaceWord } from './lexicon';

const EVENT_HEADS = new Set(['festival', 'marathon', 'expo', 'exhibition', 'show', 'summit', 'war', 'tournament', 'rally', 'classic', 'prize', 'olympics', 'paralympics']);
const COUNTS = new Set(['three', 'four', 'five', 'six', 'tri', 'home']);
const GAMES_KINDS = new Set(['olympic', 'commonwealth', 'paralympic', 'indoor', 'asian', 'pan', 'winter', 'summer', 'youth', 'world']);

/** `words`: the name's words as written. */
export function isEventName(words: readonly string[]): boolean {
  if (words.length === 1) return /^(?:Tri|Four|Five|Six)-Nations$/iu.test(words[0] as string);
  if (words.length < 2) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  const before = words[words.length - 2] as string;
  return EVENT_HEADS.has(last) || (last === 'nations' && COUNTS.has(before.toLowerCase())) || (last === 'games' && (GAMES_KINDS.has(before.toLowerCase()) || isPlaceWord(before.toLowerCase()) || placeKind(before) !== undefined));
}
