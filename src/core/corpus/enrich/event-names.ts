/**
 * An event's or a show's name: "Berlin Film Festival", "London Marathon", "Geneva Motor Show",
 * "Falklands War", "Booker Prize", "Athens Olympics". Not a body, a place or a person (news data
 * calls them MISC), nor is the acronym a text defines by one ("Consumer Electronics Show (CES)").
 * A competition too ("the FA Cup", "the French Open", "the Premiership"), and no part of it is a
 * body ("FA" of "FA Cup"). "Games" only after a place or a kind of games ("Rockstar Games" is a
 * firm); "Nations" only after a count ("the Six Nations" is a championship, "United Nations" a body).
 */
import { placeKind } from './gazetteer';
import { isOrgHead, isPlaceWord } from './lexicon';

const EVENT_HEADS = new Set(['festival', 'marathon', 'expo', 'exhibition', 'show', 'summit', 'war', 'tournament', 'rally', 'classic', 'prize', 'olympics', 'paralympics']);
/** The last word of a competition's name: "FA Cup", "Australian Open", "the Premiership". */
const COMPETITION_HEADS = new Set(['cup', 'open', 'trophy', 'championship', 'championships', 'premiership', 'prix', 'masters']);
const COUNTS = new Set(['three', 'four', 'five', 'six', 'tri', 'home']);
const GAMES_KINDS = new Set(['olympic', 'commonwealth', 'paralympic', 'indoor', 'asian', 'pan', 'winter', 'summer', 'youth', 'world']);

/** `words`: the name's words as written. */
export function isEventName(words: readonly string[]): boolean {
  if (words.length === 1) return /^(?:(?:Tri|Four|Five|Six)-Nations|Premiership)$/iu.test(words[0] as string);
  if (words.length < 2) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  const before = words[words.length - 2] as string;
  return EVENT_HEADS.has(last) || (COMPETITION_HEADS.has(last) && !isOrgHead(last)) || (last === 'nations' && COUNTS.has(before.toLowerCase())) || (last === 'games' && (GAMES_KINDS.has(before.toLowerCase()) || isPlaceWord(before.toLowerCase()) || placeKind(before) !== undefined));
}
