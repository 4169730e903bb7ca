/**
 * A lone name that is also a place ("Chelsea", "Sydney") but was guessed a person takes the type
 * of the names it is listed with: "Arsenal and Chelsea", "Chelsea, Everton and Arsenal" make it
 * an organisation (a club, marked so shareClubType carries it to the document's other
 * mentions); "London, Amsterdam and Sydney" a place. A person's name is rarely listed among
 * clubs or cities, and a surname that is no place ("Federer and Roddick") is never touched.
 */
import type { EntityType } from '../../../shared/corpus';
import { hasSportsWords, isPlaceNamedGuess } from './sports-clubs';

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

/** Plural nouns whose members are organisations, people or places ("bands", "players", "cities"). */
const heads = (type: EntityType, words: string[]): [string, EntityType][] => words.map((w) => [w, type]);
const LIST_HEADS = new Map<string, EntityType>([
  ...heads('place', ['districts', 'lakes', 'rivers', 'mountains', 'valleys', 'counties', 'streets', 'suburbs', 'neighbourhoods', 'neighborhoods']),
  ...heads('organization', ['bands', 'groups', 'companies', 'firms', 'businesses', 'banks', 'lenders', 'insurers', 'retailers', 'supermarkets', 'airlines', 'carriers', 'clubs', 'teams', 'sides', 'parties', 'charities', 'agencies', 'broadcasters', 'networks', 'channels', 'newspapers', 'papers', 'magazines', 'labels', 'publishers', 'studios', 'universities', 'sponsors', 'manufacturers', 'makers', 'carmakers', 'operators', 'organisations', 'organizations', 'unions', 'institutions']),
  // Not "artists", "acts" or "stars": bands are those too; not "rivals" or "clients": people are too.
  ...heads('person', ['players', 'actors', 'actresses', 'singers', 'writers', 'authors', 'directors', 'politicians', 'ministers', 'executives', 'athletes']),
  // Not "places": "places such as Virgin Megastores" are venues.
  ...heads('place', ['cities', 'towns', 'countries', 'nations', 'states', 'regions', 'provinces', 'villages', 'islands', 'capitals']),
]);
const HEAD_BEFORE = /\b(?:(\p{L}\p{Ll}*)\s+(?:and|or)\s+)?(\p{L}\p{Ll}*)\s+(?:such\s+as|including|like)\s+$/u;
const HEAD_AFTER = /^,?\s+(?:and|or)\s+(?:(?:many|several|some|a\s+few|a\s+number\s+of|various|numerous|dozens\s+of)\s+)?(?:other\s+)(?:\p{Ll}+\s+)?(\p{Ll}+)\b/u;

/** "the Thissio and Plaka districts", "Barracuda and Kayangan lakes": a plural kind of place after the list. */
const PLURAL_AFTER = new RegExp(`^\\s+(${[...LIST_HEADS].filter(([, type]) => type === 'place').map(([word]) => word).join('|')})\\b`, 'u');

/** Words of sports reports besides football's (hasSportsWords). Not a score: "aged 8–10" reads as one. */
const GAMES = /\b(?:match|matches|season|league|cup|tries|try|scrum|fly-half|wicket|innings|tournament|fixtures|clubs|sides|squad)\b/iu;

/** "Ireland's Ryanair", "the UK's watchdog": a possessive modifies what follows; it is no list item. */
const isPossessive = (text: string, m: Typed): boolean => /^['’]s?\b/u.test(text.slice(m.end, m.end + 3));

/**
 * "Bearn, Gascony and Brittany", "Ilocos Norte and Cagayan": a name no rule could type, listed
 * with names read as places and with nothing else typed, is a place too. People and places are
 * listed together ("Putin and Russia"), so a name read as a person keeps its type.
 */
function shareListedPlace(text: string, mentions: Typed[], i: number, j: number): void {
  const items = mentions.slice(i, j + 1);
  // A list ends in "and"/"or" ("Similarly, Wales" is no list); its sure places outnumber its
  // unknowns; and not on a sports page, where "Bath, Saracens and Leicester" are clubs.
  if (!/^\s*,?\s+(?:and|or)\s+(?:the\s+)?$/u.test(text.slice((mentions[j - 1] as Typed).end, (mentions[j] as Typed).start)) || hasSportsWords(text) || GAMES.test(text)) return;
  // A lone first name the gazetteer has ("Victoria") guessed a person counts as unknown here.
  const open = (m: Typed): boolean => m.type === 'unknown' || (isPlaceNamedGuess(text, m) && m.confidence < 0.9);
  const places = items.filter((m) => m.type === 'place' && m.confidence >= 0.9).length;
  const unknown = items.filter(open).length;
  if (places === 0 || places < unknown || items.some((m) => !open(m) && (m.type === 'person' || m.type === 'organization'))) return;
  for (const m of items) {
    if (open(m)) [m.type, m.confidence] = ['place', 0.6];
  }
}

/**
 * "bands such as Coldplay, Keane and Muse", "Oxford, Leeds and other cities": the items of
 * a list take the type its head noun names. Only mentions the rules or the tagger were unsure of
 * (below 0.95) or could not type are retyped; one that is sure of its type keeps it.
 */
export function shareListHead(text: string, mentions: Typed[]): void {
  let i = 0;
  while (i < mentions.length) {
    // The longest list from i: names joined by ", ", " and ", ", and ", " or ".
    let j = i;
    // "Luzon and the Visayas": an article may open an item.
    while (j + 1 < mentions.length && !isPossessive(text, mentions[j + 1] as Typed) && /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(?:the\s+)?$/u.test(text.slice((mentions[j] as Typed).end, (mentions[j + 1] as Typed).start))) j += 1;
    const first = mentions[i] as Typed;
    const last = mentions[j] as Typed;
    const before = HEAD_BEFORE.exec(text.slice(Math.max(0, first.start - 50), first.start));
    const plural = j > i ? PLURAL_AFTER.exec(text.slice(last.end, last.end + 30))?.[1] : undefined;
    const head = (before?.[2] ?? HEAD_AFTER.exec(text.slice(last.end, last.end + 60))?.[1] ?? plural)?.toLowerCase();
    const type = head ? LIST_HEADS.get(head) : undefined;
    // "bands and artists such as…" names two kinds: the items could be either.
    const other = before?.[1]?.toLowerCase();
    const mixed = other !== undefined && LIST_HEADS.has(other) && LIST_HEADS.get(other) !== type;
    if (!type && j > i) shareListedPlace(text, mentions, i, j);
    if (type && !mixed) {
      for (let k = i; k <= j; k++) {
        const m = mentions[k] as Typed;
        const after = text.slice(m.end, m.end + 30);
        // Not a possessive or a modifier: "firms such as Ireland's Ryanair", "stars including … and Oscar nominee Alan Alda".
        if (isPossessive(text, m) || (k === j && /^\s+\p{Ll}+\s+\p{Lu}/u.test(after))) continue;
        // Any name may be called a player or a writer: a people head retypes only untyped names.
        const unsure = m.type === 'unknown' || (type !== 'person' && m.confidence < 0.95);
        if (m.type !== type && unsure) [m.type, m.confidence] = [type, Math.max(0.6, m.confidence)];
      }
    }
    i = j + 1;
  }
}

/**
 * "Aringay, La Union)", "Leyburn, North Yorkshire.": a name right after a sure place and a comma,
 * ending the clause, is the larger place that one lies in, whatever its words suggest ("Union").
 * Not an item of a list (a comma and a capitalised word, or "and", follow it) or a clause's
 * subject ("In Paris, Barclays said…"), and not a name read surely as something else.
 */
export function shareContainingPlace(text: string, mentions: Typed[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1] as Typed;
    const b = mentions[k] as Typed;
    if (a.type !== 'place' || a.confidence < 0.9 || b.type === 'place' || b.confidence >= 0.9) continue;
    if (!/^,\s+$/u.test(text.slice(a.end, b.start)) || isPossessive(text, b)) continue;
    if (/^(?:\s*[.;:)!?]|\s*$|,\s+\p{Ll})/u.test(text.slice(b.end, b.end + 12))) [b.type, b.confidence] = ['place', 0.6];
  }
}
