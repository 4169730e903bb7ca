/**
 * A lone name that is also a place ("Chelsea", "Sydney") but was guessed a person takes the type
 * of the names it is listed with: "Arsenal and Chelsea", "Chelsea, Everton and Arsenal" make it
 * an organisation (a club, marked so shareClubType carries it to the document's other
 * mentions); "London, Amsterdam and Sydney" a place. A person's name is rarely listed among
 * clubs or cities, and a surname that is no place ("Federer and Roddick") is never touched.
 */
import type { EntityType } from '../../../shared/corpus';
import { isPlaceNamedGuess } from './sports-clubs';

interface Typed {
  start: number;
  end: number;
  type: EntityType | 'unknown';
  confidence: number;
  club?: boolean;
}

/** `mentions`: one paragraph's, in text order; retyped in place. */
export function shareListedType(text: string, mentions: Typed[]): void {
  const gap = (x: Typed | undefined, y: Typed | undefined) => (x && y ? text.slice(x.end, y.start) : null);
  const and = (x: Typed | undefined, y: Typed | undefined) => /^(?:\s*,)?\s+(?:and|or)\s+$/u.test(gap(x, y) ?? '');
  // A comma joins only inside a list that ends in "and"/"or" ("Chelsea, Everton and Arsenal"),
  // not an appositive or a clause ("against the Houston Astros, Holt became…").
  const comma = (x: Typed | undefined, y: Typed | undefined, z: Typed | undefined) => /^\s*,\s*$/u.test(gap(x, y) ?? '') && and(y, z);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Typed;
    if (!isPlaceNamedGuess(text, m)) continue;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const listed = (type: EntityType): boolean =>
      (prev?.type === type && (and(prev, m) || comma(prev, m, next))) || (next?.type === type && (and(m, next) || comma(m, next, mentions[i + 2])));
    if (listed('organization')) [m.type, m.confidence, m.club] = ['organization', 0.85, true];
    else if (listed('place')) [m.type, m.confidence] = ['place', 0.85];
  }
}
