/**
 * A work's title is not who or what it names: "the film Ray", "her novel Corinne", a title alone
 * in quotation marks. entities.ts drops such a run before typing it.
 */

/**
 * Kinds of work a title follows, after a determiner or a possessive: "the film Ray", "her novel
 * Corinne", "the hit single Toxic"; not a verb ("will play Roger Federer").
 */
const WORK_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Nn]ew|[Ll]atest|[Dd]ebut|[Hh]it|\p{L}+['’]s)\s+(?:\p{Ll}+\s+)?(?:film|movie|novel|book|song|single|album|play|poem|opera|musical|sitcom|soap|documentary|painting|video\s+game|track|series|drama)\s+(?:["“‘']\s*)?$/u;
const OPENING_QUOTE = /["“‘]$/u;
/** A quoted name that is introduced as a name: "codenamed the “K Battalion”", "dubbed “Tony”". */
const NAMED_BEFORE = /\b(?:codenamed|code-named|called|named|known\s+as|dubbed|nicknamed|the)\s*["“‘]$/iu;
const CLOSING_QUOTE = /^[,.!?]?["”’]/u;

/**
 * A work's title: after a kind of work, or alone inside quotation marks ("“Childish
 * Recollections”"), unless the text introduces it as a name (NAMED_BEFORE). A speech quote is
 * rarely one capitalised name and nothing else.
 */
export function isWorkTitle(text: string, start: number, end: number): boolean {
  if (WORK_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  return OPENING_QUOTE.test(before) && !NAMED_BEFORE.test(before) && CLOSING_QUOTE.test(text.slice(end, end + 2));
}
