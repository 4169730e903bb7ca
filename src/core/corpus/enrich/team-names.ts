/**
 * Teams named for their home: a place, then a plural ("New York Jets", "Sale Sharks", "Ottawa
 * 67s"). Neither the rules nor the tagger knew them: the tagger read "New York" as the place and
 * dropped the rest.
 */
import { placeKind } from './gazetteer';
import { DIRECTIONS, isCommonWord, isDemonym, isFirstName, isOrgHead, isPlaceHead, isPlaceWord, isTitle } from './lexicon';

/**
 * Plurals teams are called by in many leagues ("Detroit Lions", "Leicester Tigers", "Sale Sharks"):
 * after a place's name they make a team wherever they are written. Any other plural does so only
 * in a paragraph about sport (a score, a season, a match).
 */
const TEAM_NICKNAMES = new Set([
  'lions', 'tigers', 'bears', 'eagles', 'hawks', 'falcons', 'jets', 'giants', 'rangers', 'rovers', 'sharks',
  'warriors', 'bulls', 'rhinos', 'wolves', 'saints', 'kings', 'knights', 'raiders', 'chiefs', 'colts', 'broncos',
  'dolphins', 'patriots', 'cardinals', 'cubs', 'yankees', 'mets', 'dodgers', 'pirates', 'blues', 'reds', 'magpies',
  'harriers', 'tykes', 'dragons', 'scarlets', 'ospreys', 'wasps', 'bees', 'foxes', 'owls', 'canaries', 'seagulls',
  'hornets', 'spurs', 'gunners', 'bombers', 'blazers', 'bucks', 'celtics', 'lakers', 'clippers', 'rockets', 'suns',
  'nuggets', 'pistons', 'pacers', 'packers', 'steelers', 'ravens', 'browns', 'bengals', 'texans', 'titans',
  'jaguars', 'bills', 'seahawks', 'rams', '49ers', 'vikings', 'panthers', 'buccaneers', 'cowboys', 'redskins',
  'commanders', 'orioles', 'royals', 'twins', 'braves', 'phillies', 'padres', 'mariners', 'athletics', 'astros',
  'brewers', 'rockies', 'diamondbacks', 'marlins', 'nationals', 'canucks', 'flames', 'oilers', 'senators',
  'canadiens', 'bruins', 'sabres', 'penguins', 'flyers', 'islanders', 'devils', 'capitals', 'hurricanes',
  'predators', 'stars', 'ducks', 'coyotes', 'kangaroos', 'wallabies', 'crusaders', 'chargers', 'cheetahs',
  'stormers', 'bulldogs', 'roosters', 'cougars', 'wildcats', 'huskies', 'longhorns', 'sooners', 'buckeyes',
  'wolverines', 'spartans', 'trojans', 'gators', 'seminoles', 'rebels', 'aggies', 'mustangs', 'dockers', 'demons',
  'swans', 'crows', 'bisons', 'leafs',
]);
/** A paragraph about sport: a score, or words of games and seasons. */
const SPORT_CONTEXT = /\b(?:\d{1,3}\s*[-–]\s*\d{1,3}|season|league|match|matches|fixture|play-offs?|playoffs?|championship|tournament|coach|striker|quarterback|touchdown|innings|scored|goals?|tries|defeated|beat|draft)\b/iu;

/** Plural last words of places the lexicon does not know as heads ("Flanders Fields", "Canning Docks"). */
const PLACE_PLURALS = new Set(['fields', 'mills', 'towers', 'docks', 'sands', 'wells', 'borders', 'highlands', 'lowlands', 'midlands', 'lakes', 'keys', 'moors', 'flats', 'valleys', 'isles', 'galleries', 'buildings', 'halls', 'shields', 'wharves', 'quays', 'meadows', 'commons', 'cliffs', 'glens', 'dales', 'fens', 'marshes', 'ridges', 'peaks', 'mountains', 'rocks', 'caves', 'baths', 'gates', 'fells', 'lanes', 'terraces']);
/** Plurals after a place's name that make an event or a law of it, not a team ("the Geneva Conventions", "the Paris Talks"). */
const EVENT_PLURALS = new Set(['talks', 'games', 'conventions', 'agreements', 'riots', 'protests', 'attacks', 'bombings', 'trials', 'elections', 'hearings', 'negotiations', 'floods', 'summits', 'meetings', 'murders', 'killings', 'shootings', 'celebrations', 'marches', 'accords', 'olympics']);

/**
 * A known place followed by one capitalised plural: a team or a band named for its home
 * ("Baltimore Colts", "Texas Longhorns", "Ottawa 67s"). Not a place's own plural head ("Falkland
 * Islands", "Scottish Borders"), a people ("Kosovo Albanians") or an event ("the Geneva Conventions").
 */
function isPlaceAndPlural(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1] as string;
  if (!/^(?:\p{Lu}\p{Ll}+|\p{N}+)s$/u.test(last) || /ss$/u.test(last)) return false;
  const lower = last.toLowerCase();
  if (isPlaceHead(last) || PLACE_PLURALS.has(lower) || isPlaceWord(lower) || isDemonym(last) || EVENT_PLURALS.has(lower) || isTitle(lower.slice(0, -1)) || DIRECTIONS.has(lower.slice(0, -1))) return false;
  // A person's name ("Paul Scholes"), a surname made of a first name ("Williams", "Roberts"), a
  // body's plural head ("Kuwait Ministries") or a place's own name ("Las Vegas", "St Helens").
  if (isFirstName(words[0] as string) || isFirstName(last.slice(0, -1)) || isOrgHead(lower.replace(/ies$/u, 'y').replace(/s$/u, ''))) return false;
  if (/^(?:St|Saint|Ste)\.?$/u.test(words[0] as string) || placeKind(words.join(' ')) !== undefined) return false;
  const home = words.slice(0, -1).join(' ');
  if (words.length === 2 && (DIRECTIONS.has(home.toLowerCase()) || isCommonWord(home.toLowerCase()))) return false; // "North Shields", "Mobile Phones"
  // A country, a division or a large city: the gazetteer's small towns ("Stanley", "Pace") are mostly something else.
  return /[cr56]/u.test(placeKind(home) ?? '') || isPlaceWord(home.toLowerCase());
}

/** Whether a capitalised run (its words) in `text` names a team: with a nickname anywhere, with any other plural in a sports paragraph. */
export function namesTeam(text: string, words: readonly string[]): boolean {
  return isPlaceAndPlural(words) && (TEAM_NICKNAMES.has((words[words.length - 1] as string).toLowerCase()) || SPORT_CONTEXT.test(text));
}
