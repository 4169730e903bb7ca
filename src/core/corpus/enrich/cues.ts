/**
 * Attribution cues: the verbs that attach words or numbers to a source ("X said", "told",
 * "according to"). Shared by speaker attribution, figure claimants and person detection.
 */

/** Finite speech verbs: "the White House said", "Zelensky has repeatedly warned". */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'warned', 'warns', 'added', 'adds', 'announced',
  'announces', 'stated', 'states', 'claimed', 'claims', 'insisted', 'insists', 'noted', 'notes',
  'explained', 'explains', 'argued', 'argues', 'wrote', 'writes', 'reported', 'reports',
  'confirmed', 'confirms', 'denied', 'denies', 'acknowledged', 'admitted', 'admits', 'asked',
  'replied', 'responded', 'predicted', 'predicts', 'estimated', 'estimates', 'believes',
  'believed', 'suggested', 'suggests', 'urged', 'urges', 'called', 'calls', 'described',
  'describes', 'dismissed', 'dismisses', 'accused', 'accuses', 'revealed', 'reveals', 'declared',
  'tweeted', 'posted', 'commented', 'remarked', 'cautioned', 'conceded', 'forecast', 'forecasts',
  'vowed', 'pledged', 'promised', 'stressed', 'emphasised', 'emphasized', 'complained',
  'recalled', 'quipped', 'boasted', 'agreed', 'disclosed', 'alleged', 'alleges',
] as const;

/** Participles that borrow the sentence's subject: "…, adding, “…”", "telling a summit that". */
export const PARTICIPLE_CUES = ['adding', 'saying', 'telling', 'warning', 'noting', 'arguing', 'insisting', 'claiming', 'describing', 'calling', 'referring'] as const;

/**
 * Verbs of expecting that claim a figure though they introduce no quote: "Analysts expect profits
 * of £2bn", "the union fears 300 jobs will go", "experts predict 30%". Only forms that cannot be
 * a passive ("is expected to report £2bn" names no one who expects it).
 */
export const CLAIM_VERBS = ['expects', 'expect', 'predict', 'fears', 'fear', 'reckons', 'reckon'] as const;

const SPEECH_SET = new Set<string>(SPEECH_VERBS);
const CLAIM_SET = new Set<string>(CLAIM_VERBS);
const PARTICIPLE_SET = new Set<string>(PARTICIPLE_CUES);

export const isSpeechVerb = (w: string): boolean => SPEECH_SET.has(w.toLowerCase());
/** A verb that attaches a figure to its subject: a speech verb or a verb of expecting. */
export const isClaimVerb = (w: string): boolean => SPEECH_SET.has(w.toLowerCase()) || CLAIM_SET.has(w.toLowerCase());
export const isParticipleCue = (w: string): boolean => PARTICIPLE_SET.has(w.toLowerCase());

/** Words that may stand between a subject and its speech verb: "Peskov previously dismissed". */
const FILLERS = new Set([
  'has', 'have', 'had', 'also', 'previously', 'repeatedly', 'later', 'earlier', 'then', 'again',
  'recently', 'publicly', 'separately', 'officially', 'reportedly', 'subsequently', 'initially',
  'was', 'is', 'would', 'will', 'could', 'did', 'does', 'do', 'not', 'last', 'week', 'on', 'this',
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'directly', 'openly', 'once',
  'further', 'first', 'only', 'already', 'just', 'himself', 'herself', 'themselves', 'itself',
  'in', 'a', 'statement', 'late', 'early', 'had', 'been', 'being', 'who', 'which',
]);

/**
 * Whether the text between a subject and a cue verb keeps them together: fillers, the named body
 * a person is of (" of the Refugee Council "), an appositive in commas (", the first deputy
 * director of national security,") or a parenthesis ("(NIS),").
 */
export function bridgesSubjectToCue(between: string): boolean {
  const rest = between
    // "Jane Miles of the Refugee Council said": the person, with the named body they are of.
    .replace(/^\s*(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*){0,6}/u, '')
    .replace(/^\s*\([^()]{1,40}\)/, '')
    .replace(/^\s*,[^,“”"]{1,120},/, '')
    .trim();
  if (rest === '' || rest === ',') return true;
  return rest.split(/[\s,]+/).filter(Boolean).every((w) => FILLERS.has(w.toLowerCase()));
}
