import lunr from 'lunr';
import { FIELDS, type FieldName } from './index-data';
import { casedForm, foldWord, queryTerm, tokenize } from './normalize';

/**
 * Query language: lunr's (terms, prefix*, wild*cards, fuzzy~1/~2, +required, -excluded, ^boost,
 * field:term — parsed by lunr.QueryParser) plus "exact phrases", which lunr lacks: phrases are cut
 * out here before lunr sees the rest, and the engine verifies them on stored token positions.
 * Every problem becomes a QueryProblem with a position, never an exception.
 */

export const MAX_QUERY_LENGTH = 2000;
export const MAX_CLAUSES = 64;
export type Presence = 'optional' | 'required' | 'prohibited';

export interface QueryProblem {
  message: string;
  /** UTF-16 range in the query the message is about, when there is one. */
  start: number | null;
  end: number | null;
}

export interface TermClause {
  presence: Presence;
  /** Field numbers (indexes into FIELDS). */
  fields: number[];
  boost: number;
  /** Stemmed term, or a folded pattern with * for wildcards. */
  term: string;
  kind: 'exact' | 'wildcard' | 'fuzzy' | 'prefix';
  editDistance: number;
  /** Folded word as typed (unstemmed), for word forms and type-ahead prefixes. */
  word?: string;
  /** Cased term when the word was typed in capitals ("US"): the engine uses it if the corpus has it. */
  cased?: string | null;
}

export interface PhraseClause {
  presence: 'required' | 'prohibited';
  fields: number[];
  /** Folded words, stop words included. */
  words: string[];
  start: number;
  end: number;
}

export interface QueryPlan {
  terms: TermClause[];
  phrases: PhraseClause[];
  /** Words lunr would never find on their own (stop words outside phrases). */
  ignoredWords: string[];
}

export type ParsedQuery = { ok: true; plan: QueryPlan | null } | { ok: false; problem: QueryProblem };

/** lunr.QueryParser and clause presence exist in lunr 2.3 but not in @types/lunr. */
interface LunrClause { term: string; fields?: string[]; boost?: number; editDistance?: number; presence?: number }
interface LunrParserModule {
  QueryParser: new (str: string, query: lunr.Query) => { parse(): void };
  QueryLexer: new (str: string) => { run(): void; lexemes: { type: string; str: string; start: number; end: number }[] };
}
const LunrQueryParser = (lunr as unknown as LunrParserModule).QueryParser;
const LunrQueryLexer = (lunr as unknown as LunrParserModule).QueryLexer;

/** A term lexeme as typed (lunr's parser lower-cases it) and where it ends. */
interface RawTerm { str: string; end: number }

/** The query's term lexemes as typed: one per clause, in order. */
function rawTerms(rest: string): RawTerm[] {
  const lexer = new LunrQueryLexer(rest);
  lexer.run();
  return lexer.lexemes.filter((l) => l.type === 'TERM').map((l) => ({ str: l.str, end: l.end }));
}

interface ReadClauses { clauses: LunrClause[]; raws: RawTerm[] }

/**
 * A word lunr's lexer reads as one term: no escape, field colon, presence sign, wildcard, quote
 * or hyphen in it (lunr splits words on hyphens), with its edit distance and boost after it.
 */
const SIMPLE_TOKEN = new RegExp(`^([+-]?)(?:(${FIELDS.join('|')}):)?([^\\s\\\\:~^+*"\u201c\u201d\u201e-]+)((?:[~^][0-9]+)*)$`, 'u');
const TOKEN = /\S+/gu;
const MODIFIER = /([~^])([0-9]+)/gu;

/**
 * Plain words, each with an optional + or -, a field name lunr knows, ~N and ^N, read without
 * lunr: the same clauses its parser makes (a query's clauses are read on every keystroke, and
 * lunr's lexer and parser were a third of a one-word search). Null when anything else is in it.
 */
function readPlain(rest: string): ReadClauses | null {
  const clauses: LunrClause[] = [];
  const raws: RawTerm[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(rest); m; m = TOKEN.exec(rest)) {
    const t = SIMPLE_TOKEN.exec(m[0]);
    if (!t) return null;
    const [, sign, field, word, modifiers] = t;
    const clause: LunrClause = { term: word!.toLowerCase(), fields: field ? [field] : [...FIELDS], boost: 1, presence: sign === '+' ? 2 : sign === '-' ? 3 : 1 };
    // As lunr reads them: each in turn, a later one of a kind replacing an earlier.
    if (modifiers) for (const [, op, digits] of modifiers.matchAll(MODIFIER)) clause[op === '~' ? 'editDistance' : 'boost'] = parseInt(digits!, 10);
    clauses.push(clause);
    raws.push({ str: word!, end: m.index + m[0].length - modifiers!.length });
  }
  return { clauses, raws };
}

/** Whether readClauses reads `rest` without lunr (for tests). */
export function isPlainQuery(rest: string): boolean {
  return readPlain(rest) !== null;
}

/**
 * The clauses of a query with its phrases cut out, with their lexemes as typed; plain queries
 * without lunr unless `viaLunr` (tests compare the two). Throws lunr.QueryParseError.
 */
export function readClauses(rest: string, viaLunr = false): ReadClauses {
  const plain = viaLunr ? null : readPlain(rest);
  if (plain) return plain;
  const lunrQuery = new lunr.Query([...FIELDS]);
  new LunrQueryParser(rest, lunrQuery).parse();
  return { clauses: lunrQuery.clauses as LunrClause[], raws: rawTerms(rest) };
}

export interface ParseOptions {
  /**
   * Type-ahead: the query is still being typed, so its last word (no trailing space, no
   * operator, outside quotes) also matches as a prefix of words. Counts then shrink smoothly
   * letter by letter instead of jumping; the final query is parsed without it.
   */
  typing?: boolean;
}

const PRESENCE: Record<number, Presence> = { 1: 'optional', 2: 'required', 3: 'prohibited' };
const OPEN_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
const FIELD_LIST = 'title:, body:, person:, org: or place:';
const ALL_FIELDS = FIELDS.map((_, i) => i);

function problem(message: string, start: number | null = null, end: number | null = start === null ? null : start + 1): ParsedQuery {
  return { ok: false, problem: { message, start, end } };
}

/** Turns lunr's parser messages into something a reader can act on. */
function explainLunrError(message: string, query: string, start: number, end: number): ParsedQuery {
  const unknownField = /unrecognised field '([^']*)'/u.exec(message);
  if (unknownField) {
    return unknownField[1]
      ? problem(`"${unknownField[1]}:" is not a field. Search in ${FIELD_LIST}; or drop the colon to search for the word.`, start, end)
      : problem(`A colon needs a field name before it: ${FIELD_LIST}.`, start, end);
  }
  if (message.includes('EDIT_DISTANCE')) return problem('"~" goes right after a word, as in ukraine~1.', start, end);
  if (message.includes('edit distance must be numeric')) return problem('Put 1 or 2 after "~", as in ukraine~1.', Math.max(0, start - 1), end);
  if (message.includes('boost must be numeric')) return problem('Put a number after "^", as in ukraine^2.', Math.max(0, start - 1), end);
  if (message.includes("found 'PRESENCE'")) return problem('Put + or - before the field name, as in +title:word.', start, end);
  if (message.includes('expecting term, found nothing')) return problem(`Add a word after "${query.slice(start, end + 1).trim()}".`, start, end + 1);
  if (message.includes('expecting term or field, found nothing')) return problem('Add a word after "+" or "-".', start, end);
  if (message.includes('BOOST')) return problem('"^" goes right after a word, as in ukraine^2.', start, end);
  return problem(`This part of the query cannot be read: ${message}.`, start, end);
}

interface CutPhrases { rest: string; phrases: PhraseClause[] }

const ANY_QUOTE = /["\u201c\u201d\u201e]/u;

function cutPhrases(query: string): CutPhrases | ParsedQuery {
  if (!ANY_QUOTE.test(query)) return { rest: query, phrases: [] };
  const phrases: PhraseClause[] = [];
  let rest = '';
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (!OPEN_QUOTES.has(ch)) {
      rest += ch;
      i++;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < query.length; j++) if (OPEN_QUOTES.has(query[j]!)) { close = j; break; }
    if (close < 0) return problem('This quote is never closed: add a closing " or remove it.', i);
    const before = /([+-]?)(?:([^\s:+"-][^\s:"]*):)?$/u.exec(rest)!;
    const [prefix, sign, fieldName] = before;
    if (prefix.length > 0 && before.index > 0 && !/\s/u.test(rest[before.index - 1]!)) return problem('Put a space before the opening quote.', i);
    const start = i - prefix.length;
    let fields = ALL_FIELDS;
    if (fieldName !== undefined) {
      const f = FIELDS.indexOf(fieldName.toLowerCase() as FieldName);
      if (f < 0) return problem(`"${fieldName}:" is not a field. Search in ${FIELD_LIST}.`, start + sign!.length, i);
      fields = [f];
    }
    const words = tokenize(query.slice(i + 1, close)).map((t) => t.word);
    if (words.length === 0) return problem('This phrase has no words in it.', i, close + 1);
    phrases.push({ presence: sign === '-' ? 'prohibited' : 'required', fields, words, start, end: close + 1 });
    rest = rest.slice(0, rest.length - prefix.length) + ' '.repeat(close + 1 - start);
    i = close + 1;
  }
  return { rest, phrases };
}

/** Parses a query into a plan; `plan: null` means a blank query (nothing to search, no problem). */
export function parseQuery(query: string, options: ParseOptions = {}): ParsedQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    return problem(`The query is ${query.length.toLocaleString('en')} characters long; the limit is ${MAX_QUERY_LENGTH.toLocaleString('en')}.`, MAX_QUERY_LENGTH, query.length);
  }
  if (query.trim() === '') return { ok: true, plan: null };
  const cut = cutPhrases(query);
  if ('ok' in cut) return cut;

  let read: ReadClauses;
  try {
    read = readClauses(cut.rest);
  } catch (error) {
    if (error instanceof lunr.QueryParseError) {
      const e = error as lunr.QueryParseError & { start: number; end: number };
      return explainLunrError(e.message, query, e.start, e.end);
    }
    throw error;
  }
  const { clauses, raws } = read;
  if (clauses.length + cut.phrases.length > MAX_CLAUSES) return problem(`The query has more than ${MAX_CLAUSES} words; shorten it.`);

  const terms: TermClause[] = [];
  const ignoredWords: string[] = [];
  let searchable = cut.phrases.length > 0;
  const typedLast = options.typing === true && /[\p{L}\p{N}]$/u.test(query) && raws.length === clauses.length && raws.at(-1)?.end === query.length;
  for (const [ci, c] of clauses.entries()) {
    const raw = raws.length === clauses.length ? raws[ci]!.str : c.term;
    const presence = PRESENCE[c.presence ?? 1] ?? 'optional';
    const fields = (c.fields ?? FIELDS).map((f) => FIELDS.indexOf(f as FieldName));
    const boost = c.boost ?? 1;
    const editDistance = c.editDistance ?? 0;
    if (c.term.includes('*')) {
      const pattern = c.term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
      const at = query.toLowerCase().indexOf(c.term.toLowerCase());
      if (pattern.replace(/\*/gu, '').length < 2) return problem('A wildcard needs at least two letters with it, as in korea*.', at < 0 ? null : at, at < 0 ? null : at + c.term.length);
      terms.push({ presence, fields, boost, term: pattern, kind: 'wildcard', editDistance: 0 });
      searchable = true;
      continue;
    }
    if (editDistance > 2) {
      const at = query.indexOf(`~${editDistance}`);
      return problem('Fuzzy matching allows 1 or 2 edits: ukraine~1 or ukraine~2.', at < 0 ? null : at, at < 0 ? null : at + 2);
    }
    const word = foldWord(c.term);
    if (!word) continue; // emoji, punctuation: lunr's pipeline would drop it too
    searchable = true;
    const term = queryTerm(word);
    const cased = editDistance === 0 ? casedForm(raw, word, false) : null;
    const prefix = typedLast && ci === clauses.length - 1 && editDistance === 0 && boost === 1 && presence !== 'prohibited' && !cased;
    terms.push({ presence, fields, boost, term, kind: editDistance > 0 ? 'fuzzy' : prefix ? 'prefix' : 'exact', editDistance, word, cased });
    if (editDistance === 0 && !prefix && !cased && presence !== 'prohibited' && foldWord(word) && isStopWord(word)) ignoredWords.push(word);
  }
  if (!searchable) return problem('There is nothing to search for: the query has no letters or digits.', 0, query.length);
  return { ok: true, plan: { terms, phrases: cut.phrases, ignoredWords } };
}

function isStopWord(word: string): boolean {
  const t = new lunr.Token(word, {});
  return !lunr.stopWordFilter(t);
}
