/**
 * Word knowledge for the enrichment rules: compromise's built-in lexicon (≈25k words tagged
 * Country/City/MaleName/Organization/Demonym/PastTense/…) plus our own newsroom lists where the
 * library has gaps (titles, organisation heads like "Ministry", speaker nouns like "spokesman").
 *
 * We read compromise's lexicon directly instead of running a full `nlp()` parse per paragraph:
 * the parse costs ≈12 ms per BBC document, a hash lookup costs nothing, and our rules need only
 * word classes, not compromise's own (weak, for news) entity chunking.
 */
import nlp from 'compromise';

type LexiconEntry = string | string[] | undefined;

const model = nlp.model() as {
  one: { lexicon: Record<string, LexiconEntry> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
};
const LEXICON = model.one.lexicon;

/** compromise tags of a word (lower-cased lookup); empty when unknown. */
export function tagsOf(word: string): readonly string[] {
  const entry = LEXICON[word.toLowerCase()];
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : entry;
}

function hasTag(word: string, tags: ReadonlySet<string>): boolean {
  return tagsOf(word).some((t) => tags.has(t));
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PERSON_TAGS = new Set(['Person', 'LastName']);
/** Word classes that make a capitalised sentence-initial word an ordinary word, not a name. */
const COMMON_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Possessive', 'PastTense',
  'PresentTense', 'Gerund', 'Infinitive', 'Copula', 'Modal', 'QuestionWord', 'Adjective',
  'Comparative', 'Superlative', 'Uncountable', 'Plural', 'Singular', 'Expression', 'Negative',
  'TextValue', 'Ordinal', 'Cardinal', 'Participle', 'PhrasalVerb', 'Actor', 'Condition', 'Verb',
]);
/** Word classes that end a noun phrase ("3,000 North Korean soldiers | had arrived"). */
const PHRASE_BREAK_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'PastTense', 'PresentTense',
  'Gerund', 'Infinitive', 'Copula', 'Modal', 'QuestionWord', 'Participle', 'Possessive',
]);

export const isPlaceWord = (w: string): boolean => hasTag(w, PLACE_TAGS);
export const isFirstName = (w: string): boolean => hasTag(w, FIRST_NAME_TAGS);
export const isPersonWord = (w: string): boolean => hasTag(w, PERSON_TAGS);
export const isCountryWord = (w: string): boolean => hasTag(w, new Set(['Country'])) || /^(?:US|EU|Britain)$/u.test(w);
export const isOrganizationWord = (w: string): boolean => hasTag(w, new Set(['Organization']));
export const isDemonym = (w: string): boolean =>
  (hasTag(w, new Set(['Demonym'])) && !NOT_DEMONYMS.has(w.toLowerCase())) || EXTRA_DEMONYMS.has(w.toLowerCase());
export const isCommonWord = (w: string): boolean =>
  hasTag(w, COMMON_TAGS) && !hasTag(w, PLACE_TAGS) && !hasTag(w, FIRST_NAME_TAGS) && !hasTag(w, PERSON_TAGS);
export const breaksPhrase = (w: string): boolean => hasTag(w, PHRASE_BREAK_TAGS) || PHRASE_STOP.has(w.toLowerCase());

/**
 * Adjectives of nations, languages and faiths compromise does not tag ("English", "Latin",
 * "Catholic"): CoNLL-style data calls them MISC, never a person, organisation or place.
 */
const EXTRA_DEMONYMS = new Set([
  'ukrainian', 'ukrainians', 'kremlin-backed', 'western', 'eastern', 'british', 'english', 'scottish', 'welsh',
  'irish', 'spanish', 'swedish', 'danish', 'finnish', 'polish', 'turkish', 'flemish', 'cornish', 'latin',
  'slavic', 'celtic', 'nordic', 'arabic', 'hebrew', 'catholic', 'catholics', 'protestant', 'christian',
  'christians', 'muslim', 'muslims', 'jewish', 'islamic', 'hindu', 'buddhist', 'anglican', 'orthodox',
]);
/** compromise tags these as demonyms, but they are countries. */
const NOT_DEMONYMS = new Set(['philippines']);
const PHRASE_STOP = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is', 'been', 'being', 'be', 'and', 'or', 'but', 'than', 'per']);

/** Last word of an organisation name: compromise's orgWords plus state/newsroom institutions. */
const OWN_ORG_HEADS = new Set([
  'ministry', 'service', 'services', 'office', 'house', 'intelligence', 'command', 'assembly',
  'parliament', 'kremlin', 'council', 'forces', 'police', 'court', 'agency', 'senate', 'congress',
  'party', 'network', 'nations', 'battalion', 'brigade', 'regiment', 'navy', 'guard', 'cabinet',
  'commission', 'institute', 'inc', 'ltd', 'plc', 'llc', 'corp', 'airways', 'motors', 'bank',
  'exchange', 'reserve', 'treasury', 'pentagon', 'fifa', 'uefa', 'league', 'records', 'studios',
  'pictures', 'music', 'media', 'telecom', 'labs', 'systems', 'technologies', 'holdings', 'fund',
  'foods', 'stores', 'supermarkets', 'pharmaceuticals', 'insurance', 'logistics', 'partners',
  'retail', 'brands', 'petroleum', 'mining', 'steel', 'railways', 'rail', 'newspapers', 'times', 'post', 'library', 'libraries',
  // News agencies: they appear alone ("(Reuters)") with nothing else marking them as organisations.
  'reuters', 'bloomberg', 'ap', 'afp', 'xinhua', 'tass', 'interfax', 'yonhap', 'kyodo', 'ansa', 'efe',
]);
/**
 * Last words that make a longer name an organisation but are something else alone: club
 * suffixes ("Leeds United", "Bristol Rovers"), company forms ("Faber GmbH"), newspaper titles
 * ("Orlando Sentinel"), British spellings compromise lacks ("World Health Organisation").
 */
const NAME_ORG_HEADS = new Set([
  'organisation', 'organisations', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'llp', 'pty', 'spa', 'srl', 'oyj',
  'united', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur', 'fc', 'afc', 'argyle', 'dons',
  'sentinel', 'bulletin', 'tribune', 'courier', 'examiner', 'inquirer', 'dispatch', 'observer', 'recorder', 'advertiser',
  'consortium', 'trust', 'alliance', 'coalition', 'syndicate', 'cooperative', 'co-operative',
]);
export const isOrgHead = (w: string): boolean => {
  const lower = w.toLowerCase().replace(/\.$/, '');
  return OWN_ORG_HEADS.has(lower) || NAME_ORG_HEADS.has(lower) || model.two.orgWords[lower] === true;
};
/**
 * A lone capitalised word is an organisation by its head only from our own list ("Kremlin",
 * "Reuters", "Parliament"); compromise's orgWords hold ordinary nouns too ("Investors",
 * "Management") that open sentences.
 */
export const isStandaloneOrg = (w: string): boolean => OWN_ORG_HEADS.has(w.toLowerCase().replace(/\.$/, '')) && !isSuffixHead(w);
/**
 * Heads that only end a name: "Sony Music", "Warner Studios", "Orange Telecom", "the Home
 * Office". Alone they are the word ("6 Music" cut at the digit, "Studios have begun
 * lobbying", "the Commissioner's Office" cut at the possessive, "The Office" the sitcom).
 */
const SUFFIX_HEADS = new Set([
  'office', 'services', 'network', 'inc', 'ltd', 'plc', 'llc', 'corp', 'airways', 'motors', 'records', 'studios', 'pictures',
  'music', 'media', 'telecom', 'labs', 'systems', 'technologies', 'holdings', 'fund', 'foods', 'stores', 'supermarkets',
  'pharmaceuticals', 'insurance', 'logistics', 'partners', 'retail', 'brands', 'petroleum', 'mining', 'steel', 'railways', 'rail', 'newspapers',
]);
export const isSuffixHead = (w: string): boolean => SUFFIX_HEADS.has(w.toLowerCase().replace(/\.$/, ''));

/** The form of a state in its formal name: "Czech Republic", "Kingdom of Bhutan", "United Arab Emirates". */
const STATE_FORMS = new Set(['republic', 'kingdom', 'emirates', 'principality', 'sultanate', 'emirate']);
export const isStateForm = (w: string): boolean => STATE_FORMS.has(w.toLowerCase());

/** First words that make a name an institution in other languages: "Partido Popular", "Banco Santander". */
const ORG_FIRST_WORDS = new Set(['partido', 'banco', 'banca', 'grupo', 'groupe', 'compagnie', 'société', 'societe', 'sociedad', 'deutsche', 'fundación', 'fondazione', 'instituto', 'istituto', 'frente', 'movimento', 'parti']);
export const isOrgFirstWord = (w: string): boolean => ORG_FIRST_WORDS.has(w.toLowerCase());

const OWN_PLACE_HEADS = new Set(['ground', 'grounds', 'base', 'airport', 'square', 'street', 'road', 'avenue', 'bridge', 'port', 'station', 'park', 'stadium', 'oblast', 'city', 'town', 'field']);
/** Place heads that stay places after a first name ("George Square"), unlike "Helen Marsh". */
export const isStrictPlaceHead = (w: string): boolean => OWN_PLACE_HEADS.has(w.toLowerCase());
/**
 * compromise's place words that name institutions in annotated news and encyclopedia text: the
 * train split types "... Library" and "... Hall (of Fame)" names as organisations far more often
 * than as places. "Hall" is left to the tagger; "Library" is an organisation head.
 */
const NOT_PLACE_HEADS = new Set(['hall', 'halls', 'library', 'libraries']);
export const isPlaceHead = (w: string): boolean => {
  const lower = w.toLowerCase();
  return OWN_PLACE_HEADS.has(lower) || (model.two.placeWords[lower] === true && !NOT_PLACE_HEADS.has(lower));
};

/**
 * Capitalised short forms of times, units, devices, media and roles: a lone acronym is
 * otherwise guessed to be an organisation, and these are where that guess went wrong on the
 * BBC corpus ("9pm GMT", "a new PC", "on DVD"); with them the statistics of sports pages
 * ("a 2.45 ERA", "98 RBIs", "the league MVP").
 */
const NOT_NAMES = new Set([
  'gmt', 'bst', 'utc', 'est', 'edt', 'pst', 'cet', 'am', 'pm', 'pc', 'pcs', 'dvd', 'dvds', 'cd', 'cds',
  'tv', 'hd', 'hdtv', 'lcd', 'usb', 'gps', 'sms', 'mp3', 'pda', 'pdas', 'cpu', 'gdp', 'vat', 'ceo',
  'cfo', 'coo', 'mp', 'mps', 'msp', 'dj', 'djs', 'hiv', 'aids', 'dna', 'id', 'pin', 'vip', 'faq',
  'diy', 'rpg', 'it', 'ai', 'cctv', 'atm', 'kg', 'km', 'mph', 'ok', 'ad', 'bc', 'ipo', 'r&b',
  'bce', 'ce', 'wwi', 'wwii', 'iq', 'cad', 'pdf', 'html', 'url', 'lcd', 'led', 'suv', 'ufo',
  'era', 'rbi', 'rbis', 'mvp',
  // Formats, networks and devices: "GPRS phones", "on VHS", "RSS feeds", "a Sony PSP".
  'gprs', 'gsm', 'umts', 'adsl', 'dsl', 'vhs', 'vcr', 'vcrs', 'pvr', 'pvrs', 'dvr', 'dvrs', 'mms', 'rss', 'voip', 'p2p',
  'isp', 'isps', 'sim', 'lan', 'ram', 'rom', 'gui', 'cgi', 'psp', 'xp', 'drm',
  // Titles and degrees: "an MEP", "Michael Mansfield QC", "a PhD".
  'mep', 'meps', 'qc', 'kc', 'phd', 'mba',
  // Honours, ranks of state and roles: "awarded an OBE", "the US VP", "his PR team".
  'obe', 'mbe', 'cbe', 'vp', 'pr', 'hr', 'potus', 'pow', 'pows', 'awol',
  // Technologies, formats and protocols: "over IP", "on FM", "an MRI scan", "UV light".
  'ip', 'os', 'dos', 'fm', 'mw', 'lw', 'uv', 'xml', 'http', 'www', 'ssl', 'wap', 'iptv', 'rfid', 'mri', 'wma', 'wmv',
  'mp4', 'vod', 'hsdpa', 'wcdma', 'uwb', 'wlan', 'irc', 'pov', 'ep', 'eps', 'ost', 'bmx', 'rpm', 'xl', 'xxl',
  // Measures of an economy and of health: "FDI inflows", "GNP per head", "SARS", "TB".
  'fdi', 'gnp', 'sars', 'tb', 'wmd', 'wmds',
]);
/** "AND", "WILL": an ordinary function word written in capitals for stress. "US" and "WHO" are names. */
const SHOUTED_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'Condition', 'Negative', 'Auxiliary']);
const isShoutedWord = (w: string): boolean => /^\p{Lu}{2,}$/u.test(w) && w !== 'US' && w !== 'WHO' && hasTag(w, SHOUTED_TAGS);
/** "Part III", "the England XV": a Roman numeral alone is no name. */
const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/u;
export const isNotAName = (w: string): boolean => NOT_NAMES.has(w.toLowerCase()) || isShoutedWord(w) || ROMAN.test(w);

/** Job titles that precede a name and are not part of it ("Secretary of Defense Lloyd Austin"). */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'sen', 'governor', 'gov', 'mayor', 'king', 'queen', 'prince',
  'princess', 'pope', 'general', 'gen', 'lt', 'lieutenant', 'colonel', 'col', 'captain', 'capt',
  'commander', 'admiral', 'chief', 'executive', 'director', 'chairman', 'chairwoman', 'ceo',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'judge', 'deputy', 'first',
  'ambassador', 'envoy', 'coach', 'manager', 'boss', 'leader', 'professor', 'prof', 'rev',
  'sheikh', 'ayatollah', 'emir', 'sultan', 'senior', 'former', 'acting', 'interim', 'attorney',
  'sergeant', 'sgt', 'officer', 'representative', 'rep', 'speaker', 'chair', 'foreign', 'defence',
  'defense', 'justice', 'marshal', 'major', 'maj', 'premier', 'presidential', 'candidate',
  'archbishop', 'bishop', 'cardinal', 'detective', 'inspector', 'constable', 'superintendent',
  'prosecutor', 'councillor', 'councilman', 'councilwoman', 'congressman', 'congresswoman',
  'assemblyman', 'assemblywoman', 'mp', 'mep', 'sheriff', 'magistrate', 'coroner', 'corporal',
  'trooper', 'pastor', 'rabbi', 'imam', 'firefighter', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'winger',
]);
export const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/\.$/, ''));

/** Words allowed after "<Title> of": "Secretary of Defense", "Minister of Foreign Affairs". */
const DEPARTMENT_WORDS = new Set([
  'defense', 'defence', 'state', 'foreign', 'affairs', 'finance', 'justice', 'health', 'interior',
  'treasury', 'commerce', 'education', 'energy', 'agriculture', 'trade', 'industry', 'home',
  'labor', 'labour', 'transport', 'transportation', 'culture', 'economy', 'environment',
  'homeland', 'security', 'national', 'veterans', 'staff', 'operations', 'the', 'war', 'communications',
  'unification', 'information', 'economic', 'development', 'science', 'technology', 'sport', 'sports',
]);
export const isDepartmentWord = (w: string): boolean => DEPARTMENT_WORDS.has(w.toLowerCase());

/** Heads of descriptive speakers: "the government official said", "analysts say". */
const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'soldier', 'soldiers',
  'serviceman', 'servicemen', 'analyst', 'analysts', 'source', 'sources', 'expert', 'experts',
  'officer', 'officers', 'minister', 'diplomat', 'diplomats', 'witness', 'witnesses', 'resident',
  'residents', 'police', 'statement', 'report', 'government', 'ministry', 'spokespeople',
  'commander', 'observers', 'observer', 'economist', 'economists', 'researchers', 'researcher',
  'executive', 'executives', 'lawyer', 'lawyers', 'insider', 'insiders', 'aide', 'aides',
  'leader', 'leaders', 'company', 'firm', 'group', 'bank', 'agency', 'regulator', 'chairman',
  'chief', 'boss', 'director', 'founder', 'campaigners', 'critics', 'fans', 'manager', 'coach',
  'survey', 'study', 'people', 'person', 'prosecutor', 'prosecutors', 'investigators',
  'investigator', 'authorities', 'detectives', 'detective', 'judge', 'attorney', 'attorneys',
  'organisers', 'organizers', 'doctors', 'scientists', 'councillors', 'ministers', 'union',
  'club', 'party', 'council', 'court', 'department', 'office', 'broker', 'brokers',
]);
export const isSpeakerNoun = (w: string): boolean => {
  const lower = w.toLowerCase();
  if (SPEAKER_NOUNS.has(lower) || tagsOf(lower).includes('Actor')) return true;
  return /[^s]s$/.test(lower) && tagsOf(lower.slice(0, -1)).includes('Actor'); // "firefighters", "officers"
};

/** Acronyms and short forms whose full name is a fixed fact, not something the text must say. */
/**
 * Aliases that are also adjectives: the party only before one of its roles ("Conservative
 * leader", "a Tory MP": entities.ts), never the ordinary word ("Conservative estimates").
 */
export const ADJECTIVE_ALIASES: ReadonlySet<string> = new Set(['Tory', 'Conservative']);

export const ALIASES: Readonly<Record<string, { name: string; type: 'place' | 'organization' }>> = {
  US: { name: 'United States', type: 'place' },
  'U.S.': { name: 'United States', type: 'place' },
  USA: { name: 'United States', type: 'place' },
  'United States': { name: 'United States', type: 'place' },
  'United Kingdom': { name: 'United Kingdom', type: 'place' },
  Britain: { name: 'Britain', type: 'place' }, // not in compromise's lexicon
  'Great Britain': { name: 'Great Britain', type: 'place' },
  UK: { name: 'United Kingdom', type: 'place' },
  'U.K.': { name: 'United Kingdom', type: 'place' },
  UN: { name: 'United Nations', type: 'organization' },
  EU: { name: 'European Union', type: 'organization' },
  // British parties, by every name news calls them: "Labour" and "Tories" are common or
  // plural words no other rule types, and they are the bodies most of its politics is about.
  Labour: { name: 'Labour Party', type: 'organization' },
  'Labour Party': { name: 'Labour Party', type: 'organization' },
  'New Labour': { name: 'Labour Party', type: 'organization' },
  Conservatives: { name: 'Conservative Party', type: 'organization' },
  'Conservative Party': { name: 'Conservative Party', type: 'organization' },
  Tories: { name: 'Conservative Party', type: 'organization' },
  'Tory Party': { name: 'Conservative Party', type: 'organization' },
  // Adjectives too (ADJECTIVE_ALIASES), read as the party only before one of its roles.
  Tory: { name: 'Conservative Party', type: 'organization' },
  Conservative: { name: 'Conservative Party', type: 'organization' },
  'Liberal Democrats': { name: 'Liberal Democrats', type: 'organization' },
  'Lib Dems': { name: 'Liberal Democrats', type: 'organization' },
  'Lib Dem': { name: 'Liberal Democrats', type: 'organization' },
  'Liberal Democrat': { name: 'Liberal Democrats', type: 'organization' },
  'Plaid Cymru': { name: 'Plaid Cymru', type: 'organization' },
  'Sinn Fein': { name: 'Sinn Fein', type: 'organization' },
  'Sinn Féin': { name: 'Sinn Féin', type: 'organization' },
  UKIP: { name: 'UKIP', type: 'organization' },
  SNP: { name: 'SNP', type: 'organization' },
};

/** Compass words: they open and close place names ("North Korea", "Kansas West"). */
export const DIRECTIONS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
