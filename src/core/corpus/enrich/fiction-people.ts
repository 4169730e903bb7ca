/**
 * Names that told fiction uses as people though the recogniser typed them otherwise:
 * "Winterbourne" (an organisation to a tagger trained on news), "Montraville" and "Florence"
 * (places). Left so, the character is never a candidate speaker, and every quote they say goes
 * to someone else. The evidence is how the narrative uses the name: as the subject of a verb
 * only people do ("Winterbourne glanced", "Florence answered") or as the name in a dialogue
 * tag ("said Montraville"). Two such uses make it a person; a place the narrative only travels
 * to, or a firm it only names, never gets them. Dialogue documents only (the caller checks):
 * news keeps its types ("Chelsea said" is the club). Pure; no I/O.
 */
import type { ResolvedMention } from './canonical-names';

/** Verbs whose subject is a person, right after the name (an adverb may come between). */
const PERSON_VERB = /^(?:\s+\p{Ll}+ly)?\s+(?:said|says|asked|answered|replied|rejoined|returned|cried|exclaimed|whispered|murmured|muttered|laughed|smiled|nodded|glanced|looked|wondered|thought|felt|knew|sighed|stared|frowned|hesitated|shrugged|grinned|gasped|groaned|shouted|protested|interrupted|remarked|observed|continued|added|declared|blushed|winked)\b/u;
/** A dialogue tag right before the name: "…,” said Montraville. */
const TAG_BEFORE = /(?:said|says|asked|answered|replied|rejoined|returned|cried|exclaimed|whispered|murmured|muttered|observed|continued|added|remarked|declared|shouted|interrupted)\s+$/u;

/** How many person-like uses make a name a person. */
const EVIDENCE = 2;

/**
 * Canonical names of the non-person entities the narrative uses as people. `insideQuote` says
 * whether a paragraph offset is quoted (a quote's words are a speaker's, not the narrator's).
 */
export function personLikeNames(
  texts: readonly string[],
  mentions: readonly ResolvedMention[],
  insideQuote: (paragraph: number, at: number) => boolean,
): Set<string> {
  const people = new Set(mentions.filter((m) => m.entityType === 'person').map((m) => m.entity));
  const uses = new Map<string, number>();
  for (const m of mentions) {
    if (m.entityType === 'person' || people.has(m.entity) || insideQuote(m.paragraphIndex, m.start)) continue;
    const text = texts[m.paragraphIndex] ?? '';
    const after = text.slice(m.end, m.end + 24);
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (PERSON_VERB.test(after) || TAG_BEFORE.test(before)) uses.set(m.entity, (uses.get(m.entity) ?? 0) + 1);
  }
  return new Set([...uses].filter(([, n]) => n >= EVIDENCE).map(([name]) => name));
}
