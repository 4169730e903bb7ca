/**
 * What the words around a capitalised name say about it, for names the lexicon does not know
 * ("Peel Hunt", "Barclays", "Rolls-Royce", "Podemos"). Newsroom prose marks organisations by
 * how it talks about them rather than by their spelling: "an analyst at X", "X's shareholders",
 * "X, which makes…", "X cut its forecast", "X, the energy company,". And a lower-case job title
 * right before a name ("chief executive Helen Marsh", "firefighter Maya Chen") marks a person.
 */
import { isTitle, tagsOf } from './lexicon';

/**
 * "supermarket chain X", "shares in X", "an analyst at X", "who leads X": X is an organisation.
 * So is what a newsroom tells or quotes with "the": "told the Guardian", "according to the Globe
 * and Mail", "writing in the Lancet" (a person takes no article: "told Smith").
 */
const ORG_BEFORE = /(?:(?:^|\s)(?:chain|company|firm|group|retailer|bank|carrier|airline|maker|giant|operator|insurer|lender|supplier|manufacturer|broadcaster|publisher|network|conglomerate|rival|owner|union|club|newspaper|agency|party|broker|brokerage|side|team|sponsor|regulator|watchdog|utility)|(?:^|\s)(?:chains|companies|firms|groups|retailers|banks|carriers|airlines|makers|operators|insurers|lenders|suppliers|manufacturers|broadcasters|publishers|networks|rivals|unions|newspapers|agencies|parties|brokers|regulators|analysts|consultants|pollsters|auditors|accountants|stockbrokers)|\b(?:survey|poll|study|report|research|analysis|audit|estimates?|forecasts?)\s+(?:by|from)|\b[Ss]hares (?:in|of)|\bstake in|\b(?:analysts?|economists?|strategists?|researchers|staff|workers|employees|executives|bosses|spokes(?:man|woman|person)) (?:at|from|with|for)|\b(?:leads?|leader of|members? of|joined|joins|quit|backed by|owned by|bought by|acquired by|taken over by|operated by|sponsored by|subsidiary of|division of)|\b(?:told|interview with|according to|writing in|wrote in|published in|reported in|reported by|(?:article|report|editorial|column|story|piece|interview) in) the)\s+$/i;

/** "X's shareholders", "X’s biggest customer", "X's chief executive": a company or club owns these. */
const ORG_POSSESSIONS = 'shares|shareholders|share\\s+price|profits?|revenues?|sales|customers?|clients|board|headquarters|workforce|employees|staff|stores|shops|branches|factories|plants|brands?|subsidiary|chief\\s+executive|chairman|stadium|manifesto|councillors|MPs|lawmakers|members|bid|takeover|results|accounts|products';
const ORG_POSSESSIVE = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:${ORG_POSSESSIONS})\\b`, 'u');
const ORG_WHOSE = new RegExp(`^,\\s+whose\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ORG_POSSESSIONS})\\b`, 'u');
/** "X, the energy company,", "X, Hartwell's biggest customer,", "X, the Netherlands' largest bank,", "X, a Madrid-based bank". */
const ORG_APPOSITIVE = /^,\s+(?:(?:the|a|an|its)\s+(?:\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+)?|\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+)(?:(?!of\b)[\p{L}-]+\s+){0,3}?(?:company|firm|group|bank|lender|insurer|retailer|carrier|airline|chain|club|party|union|broker|brokerage|conglomerate|manufacturer|carmaker|maker|supplier|operator|utility|side|team|charity|agency|regulator|watchdog|broadcaster|publisher|newspaper|consortium|customer|rival|owner|subsidiary|sponsor|backer|partner|business)s?(?=\s*[,.;]|\s+(?:of|in|that|which|based|and)\b)/u;
/** "Cascade Timberlands, LLC", "Halvorsen Holdings Ltd.": a company's legal form after its name. */
const LEGAL_FORM_AFTER = /^,?\s+(?:LLC|LLP|L\.\s?P\.|Inc\.?|Ltd\.?|plc|PLC|GmbH|Corp\.?)(?![\p{L}])/u;
/** "X cut its target price", "X's plan to rebuild its stadium": "its" points back to a non-person. */
const ITS_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+){1,3}its\b/u;
const SPEECH_OR_DETERMINER = /\b(?:said|says|told|tells|the|a|an|his|her|their|he|she|they|and|but|that|who)\b/;

/**
 * "Gartner analyst Ian Moss", "Microsoft founder Bill Gates", "Chelsea manager Jose Mourinho": a
 * name, a role in lower case and a person's name: the first is the body the person works for.
 * Not "director", which follows films as often ("Dogville director Lars von Trier").
 */
const ROLE_AND_HOLDER_AFTER = /^\s+(?:(?:co-)?founder|chairman|chairwoman|chief executive|managing director|boss|president|spokes(?:man|woman|person)|analyst|economist|strategist|researcher|engineer|executive|manager|coach|professor)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
/** Not a word that opens the sentence as a kind or a party ("Aviation analyst X", "Tory spokesman X", "Company spokesman X"), nor an adjective ("Oscar-winning"). */
const NOT_A_BODY_BEFORE_ROLE = /(?:-\p{Ll}+|^(?:Tory|Labour|Liberal|Conservative|Democrat|Democratic|Republican|Home|Foreign|Affairs|Health|Education|Transport|Aviation|Communications|Defence|Defense|Treasury|Vice|Deputy|Acting|Former|Company|Tournament))$/u;

export function organizationCue(text: string, start: number, end: number): boolean {
  if (ORG_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const following = text.slice(end, end + 80);
  if (ROLE_AND_HOLDER_AFTER.test(following) && !NOT_A_BODY_BEFORE_ROLE.test(text.slice(start, end))) return true;
  if (ORG_POSSESSIVE.test(following) || ORG_WHOSE.test(following) || ORG_APPOSITIVE.test(following) || LEGAL_FORM_AFTER.test(following)) return true;
  // "Hartwell, which makes gearboxes"; "in Las Vegas, which…" is a place.
  if (/^,\s+which\b/.test(following) && !/\b(?:in|at|near|from|to|into|across)\s+$/.test(text.slice(Math.max(0, start - 10), start))) return true;
  const its = ITS_AFTER.exec(following);
  return its !== null && !SPEECH_OR_DETERMINER.test(its[0].replace(/its$/, ''));
}

/** Adjectival titles that also precede organisations ("the first Tesla", "former Barcelona"). */
const NOT_LOWER_CASE_TITLES = new Set(['first', 'former', 'acting', 'interim', 'senior', 'major', 'general', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'justice', 'prime', 'presidential', 'chief', 'executive', 'chair']);

/** "chief executive Helen Marsh", "club president Manuel Ortega", "firefighter Maya Chen". */
export function titledBefore(text: string, start: number, wordCount: number): boolean {
  const word = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!word || wordCount > 3) return false;
  if (word === 'executive') return /\bchief\s+executive\s+$/.test(text.slice(Math.max(0, start - 30), start));
  if (isTitle(word) && !NOT_LOWER_CASE_TITLES.has(word)) return true;
  return wordCount >= 2 && tagsOf(word).includes('Actor') && !CORPORATE_ACTORS.has(word) && !CORPORATE_ACTORS.has(word.replace(/s$/u, '')); // "operators Canal Plus and TPS"
}

/** Actor nouns that name businesses' roles: "US operator Cingular Wireless", "game developer Krome Studios". */
const CORPORATE_ACTORS = new Set([
  'operator', 'developer', 'maker', 'provider', 'producer', 'retailer', 'supplier', 'publisher',
  'distributor', 'manufacturer', 'broadcaster', 'lender', 'insurer', 'carrier', 'builder', 'partner',
  'rival', 'owner', 'buyer', 'seller', 'bidder', 'investor', 'sponsor', 'customer', 'client', 'host',
  'promoter', 'label', 'brewer', 'exporter', 'importer', 'trader', 'shipper', 'miner', 'giant',
]);
