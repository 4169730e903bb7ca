/**
 * Capitalised word runs: the raw material of entity mentions. A run is a sequence of capitalised
 * words separated by single spaces ("Vladimir Putin", "UN Security Council"), optionally joined
 * by "of" after an institution or title word ("Defense Intelligence of Ukraine"), and by "of
 * the" or "for" after an institution word ("National Library of the Netherlands", "Institute
 * for Fiscal Studies"). A possessive
 * ends a run and is cut off the mention ("Russia’s" -> "Russia").
 */
import { isFirstName, isOrgHead, isStateForm, isTitle } from './lexicon';
import { type Span } from './sentences';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** "’s"/"'s" was cut off this token. */
  possessive: boolean;
}

export interface NameRun {
  tokens: Token[];
  /** The first token opens its sentence (possibly after an opening quote). */
  sentenceInitial: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}*]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
// With the particles of places' names: "Newcastle upon Tyne", "Frankfurt am Main", "Bar sur Aube".
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'la', 'bin', 'al', 'ibn', 'dos', 'das', 'del', 'della', 'ter', 'upon', 'am', 'sur']);
const OF_HOSTS = new Set(['bank', 'university', 'republic', 'kingdom', 'department', 'ministry', 'secretary', 'minister', 'intelligence', 'duke', 'isle', 'gulf', 'bay', 'sea', 'church', 'museum', 'court', 'chamber', 'academy', 'institute', 'board', 'college', 'school', 'house', 'federation', 'union', 'state', 'states', 'city', 'commonwealth', 'office', 'chancellor']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (/['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(text.charAt(start + word.length)) && /s$/.test(word) && !/\p{L}/u.test(text.charAt(start + word.length + 1))) {
      possessive = true; // plural possessive: "Koreas’"
    }
    // Keep the period of initials and dotted abbreviations: "P.", "U.S.", "Mr."
    // and of the place prefixes that open names ("St. Louis", "Mt. Everest", "Ft. Worth").
    if (text.charAt(start + word.length) === '.' && !possessive && (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word) || /^(?:St|Mt|Ft)$/u.test(word))) {
      word += '.';
    }
    tokens.push({ text: word, start, end: start + word.length, possessive });
  }
  return tokens;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** One space between the words of a name; pasted news text often has a no-break space. */
const isSpace = (gap: string): boolean => gap === ' ' || gap === '\u00a0';

export function nameRuns(text: string, tokens: readonly Token[], sentences: readonly Span[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.text)) {
      i += 1;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1] as Token;
      const next = tokens[j] as Token;
      const gap = text.slice(prev.end, next.start);
      // "Securities & Exchange Commission", "Marks & Spencer": an ampersand between capitalised
      // words is inside one name (prose writes "and" between two). Not a citation's authors
      // ("Miller & Robertson, 2010", "Dye & Bavelier (2009)"): two people. Nor letters ("R & B").
      if (!prev.possessive && /^ ?& ?$/u.test(gap) && isCapitalised(prev.text) && isCapitalised(next.text) && prev.text.length > 1 && next.text.length > 1 && !CITED_YEAR.test(text.slice(next.end, next.end + 16)) && !twoNamesByAmpersand(prev, next, tokens[j + 1], text)) {
        run.push(next);
        j += 1;
        continue;
      }
      if (!isSpace(prev.possessive ? gap.replace(/^['’]s?/, '') : gap)) break;
      if (prev.possessive && !(isCapitalised(next.text) && possessiveInName(prev, tokens, j))) break;
      if (isCapitalised(next.text)) {
        run.push(next);
        j += 1;
        continue;
      }
      const tail = isOrgHead(prev.text) ? 0 : particleTail(tokens, j, text);
      if (tail > 0) {
        run.push(...tokens.slice(j, j + tail)); // "Michele de Pascale", "Ursula von der Leyen"
        j += tail;
        continue;
      }
      const after = tokens[j + 1];
      const hosts = isOrgHead(prev.text) || isTitle(prev.text) || OF_HOSTS.has(prev.text.toLowerCase());
      const spaced = (a: Token, b: Token) => isSpace(text.slice(a.end, b.start));
      // "for" only after an institution: after a title it starts a constituency ("MP for Sunderland").
      if ((next.text === 'of' ? hosts : next.text === 'for' && isOrgHead(prev.text) && !isTitle(prev.text)) && after && spaced(next, after)) {
        // "Bank of England", "Office for National Statistics", "National Library of the Netherlands".
        if (isCapitalised(after.text)) {
          run.push(next, after);
          j += 2;
          continue;
        }
        const third = tokens[j + 2];
        if (after.text === 'the' && third && isCapitalised(third.text) && spaced(after, third) && isOrgHead(prev.text)) {
          run.push(next, after, third);
          j += 3;
          continue;
        }
      }
      // "Securities and Exchange Commission": "and" inside one institution's name (joinsByAnd).
      if (next.text === 'and' && after && isCapitalised(after.text) && spaced(next, after) && joinsByAnd(run, tokens, j + 1, text)) {
        run.push(next);
        j += 1;
        continue;
      }
      break;
    }
    runs.push({ tokens: run, sentenceInitial: isSentenceInitial(text, first.start, sentences) });
    i = j;
  }
  return runs;
}

/**
 * How many tokens from `j` one or two particles and the capitalised word after them take ("de
 * Pascale", "von der Leyen", "de la Serna"); 0 when the tokens there are no such tail.
 */
function particleTail(tokens: readonly Token[], j: number, text: string): number {
  for (let k = j; k < j + 2 && PARTICLES.has(tokens[k]?.text ?? ''); k++) {
    const particle = tokens[k] as Token;
    const after = tokens[k + 1];
    if (!after || !isSpace(text.slice(particle.end, after.start))) return 0;
    if (isCapitalised(after.text)) return k + 2 - j;
  }
  return 0;
}

/**
 * An ampersand between two whole names rather than inside one: a person's full name after it
 * ("David Marsh & Lee Tate", two presenters), or an institution's name complete before it
 * ("Western Rugby League & Coast Eagles").
 */
function twoNamesByAmpersand(prev: Token, next: Token, after: Token | undefined, text: string): boolean {
  if (isOrgHead(prev.text)) return true;
  return isFirstName(next.text) && after !== undefined && isCapitalised(after.text) && isSpace(text.slice(next.end, after.start));
}

/** A year after a name, as a citation gives it: ", 2010", " (2009", " et al., 2011". */
const CITED_YEAR = /^(?:\s+et\s+al\.?)?,?\s*\(?(?:1[6-9]|20)\d\d\b/u;

/** Words before "and" that belong to the name that follows: "Securities and Exchange Commission", "Trade and Industry". */
const AND_FIRST = new Set(['securities', 'trade', 'health', 'education', 'science', 'arts', 'culture', 'media', 'environment', 'food', 'energy', 'transport', 'work', 'works', 'customs', 'revenue', 'research', 'development', 'finance', 'economic', 'economics', 'social', 'business', 'communities', 'justice', 'law', 'fisheries', 'agriculture', 'industry', 'commerce', 'employment', 'housing', 'planning', 'sport', 'leisure', 'tourism', 'heritage', 'marine', 'rural', 'family', 'families', 'skills', 'innovation', 'technology', 'exchange', 'safety', 'security', 'defence', 'defense', 'foreign', 'commonwealth', 'immigration', 'nationality', 'asylum', 'mergers', 'monopolies', 'standards', 'markets', 'competition', 'consumer', 'pensions', 'benefits']);

/**
 * "and" joins two parts of one institution's name only when the word before it is a subject
 * word of such names (AND_FIRST: "Securities", "Trade") and either the name's head came
 * before it ("Department of Trade and Industry") or the capitalised words after it reach an
 * institution head within four words ("Securities and Exchange Commission"). Two names joined
 * by "and" ("Britain and France", "Sony and Microsoft") have no such word, so they stay apart;
 * nor has a party's name ("Labour and Conservative Party" is two parties).
 */
function joinsByAnd(run: readonly Token[], tokens: readonly Token[], from: number, text: string): boolean {
  const last = run[run.length - 1] as Token;
  if (last.possessive || !AND_FIRST.has(last.text.toLowerCase())) return false;
  // "Department of Trade and Industry": the head came before, joined by "of"/"for".
  if (run.some((t) => t.text === 'of' || t.text === 'for')) return true;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text) || (k > from && !isSpace(text.slice((tokens[k - 1] as Token).end, t.start)))) return false;
    if (isOrgHead(t.text)) return true;
    if (t.possessive) return false;
  }
  return false;
}

/** Common nouns whose possessive sits inside institution names: "Prosecutor's Office", "People's Party". */
const POSSESSIVE_IN_NAMES = new Set(['prosecutor', 'prosecutors', 'sheriff', 'attorney', 'attorneys', 'people', 'peoples', 'children', 'women', 'men', 'workers', 'veterans', 'farmers', 'teachers', 'nurses', 'king', 'queen', 'solicitor', 'coroner', 'governor']);

/** A possessive continues the name only when an institution head follows within three words. */
function possessiveInName(prev: Token, tokens: readonly Token[], next: number): boolean {
  if (!POSSESSIVE_IN_NAMES.has(prev.text.toLowerCase())) return false;
  for (let k = next; k < Math.min(tokens.length, next + 3); k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t.text)) return false;
    if (isOrgHead(t.text) || isStateForm(t.text)) return true; // "People's Party", "People's Republic"
  }
  return false;
}

function isSentenceInitial(text: string, at: number, sentences: readonly Span[]): boolean {
  const sentence = sentences.find((s) => at >= s.start && at < s.end);
  const lead = text.slice(sentence?.start ?? 0, at);
  return /^[\s“"‘'(—–-]*$/.test(lead) || /[:;—]\s*[“"‘]?$/.test(lead) || /[“"‘]$/.test(lead);
}
