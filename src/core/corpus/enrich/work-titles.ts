/**
 * A work's title is not who or what it names: "the film Ray", "her novel Corinne", a title alone
 * in quotation marks. entities.ts drops such a run before typing it.
 */

import type { LocatedMention } from './canonical-names';

/**
 * Kinds of work a title follows, after a determiner or a possessive: "the film Ray", "her novel
 * Corinne", "the hit single Toxic"; not a verb ("will play Roger Federer").
 */
const WORK_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Nn]ew|[Ll]atest|[Dd]ebut|[Hh]it|\p{L}+['’]s)\s+(?:\p{Ll}+\s+)?(?:film|movie|novel|book|song|single|album|play|poem|opera|musical|sitcom|soap|documentary|painting|video\s+game|track|series|drama)\s+(?:["“‘']\s*)?$/u;
const OPENING_QUOTE = /["“‘]$/u;
const afterKindOfWork = (text: string, start: number): boolean => WORK_BEFORE.test(text.slice(Math.max(0, start - 24), start));
/** A quoted name that is introduced as a name: "codenamed the “K Battalion”", "dubbed “Tony”". */
const NAMED_BEFORE = /\b(?:codenamed|code-named|called|named|known\s+as|dubbed|nicknamed|the)\s*["“‘]$/iu;
const CLOSING_QUOTE = /^[,.!?]?["”’]/u;

/**
 * A work's title: after a kind of work, or alone inside quotation marks ("“Childish
 * Recollections”"), unless the text introduces it as a name (NAMED_BEFORE). A speech quote is
 * rarely one capitalised name and nothing else.
 */
export function isWorkTitle(text: string, start: number, end: number): boolean {
  if (afterKindOfWork(text, start)) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  return OPENING_QUOTE.test(before) && !NAMED_BEFORE.test(before) && CLOSING_QUOTE.test(text.slice(end, end + 2));
}

/**
 * A name the document calls a work once ("the film Vera Drake") names the work wherever it is
 * written the same way ("Vera Drake won three awards"), not a person. Only after a kind of work:
 * a name alone in quotation marks may be a call ("“Betty!”"). Only people: a place that is also
 * a film's name ("the film Chicago… filmed in Chicago") keeps its other mentions.
 * `texts`: paragraph texts by paragraph index; mentions are changed in place.
 */
export function untypeWorkTitles(located: LocatedMention[], texts: readonly string[]): void {
  const names = new Set(located.filter((m) => m.type === 'person').map((m) => m.text));
  const works = new Set<string>();
  for (const name of names) {
    for (const text of texts) {
      for (let at = text.indexOf(name); at >= 0 && !works.has(name); at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
        if (afterKindOfWork(text, at)) works.add(name);
      }
    }
  }
  if (works.size === 0) return;
  for (const m of located) if (m.type === 'person' && works.has(m.text)) [m.type, m.confidence] = ['unknown', 0];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
