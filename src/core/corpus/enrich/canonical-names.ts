/**
 * Merge mentions into entities with one canonical name: "Putin" joins "Vladimir Putin", "NIS"
 * joins "National Intelligence Service", "Defense Intelligence" joins "Defense Intelligence of
 * Ukraine". A short form that fits several full names ("Kim" for both "Kim Hong-kyun" and
 * "Kim Tae-hyo") is ambiguous and stays on its own rather than being guessed.
 */
import type { Entity, EntityType, Mention } from '../../../shared/corpus';
import { type MentionType, type RawMention } from './entities';
import { ADJECTIVE_ALIASES, ALIASES, isOrgHead } from './lexicon';

export interface LocatedMention extends RawMention {
  paragraphId: string;
  paragraphIndex: number;
}

export interface ResolvedMention extends LocatedMention {
  /** Canonical name and type of the entity this mention was merged into. */
  entity: string;
  entityType: EntityType;
}

interface Group {
  key: string;
  variants: Set<string>;
  votes: Record<MentionType, number>;
  mentions: LocatedMention[];
  mergedInto: Group | null;
  /** How many full names this short form fits when it fits more than one (left unresolved). */
  candidates?: number;
}

const keyOf = (name: string): string => name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const wordsOf = (name: string): string[] => name.split(' ');

export function canonicalEntities(
  mentions: readonly LocatedMention[],
  acronyms: ReadonlyMap<string, string>,
): { entities: Entity[]; resolved: ResolvedMention[] } {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    // A party's adjective names the party only where it was read as one ("Conservative estimates").
    const alias = ADJECTIVE_ALIASES.has(m.text) && m.type !== 'organization' ? undefined : ALIASES[m.text];
    const aliased = alias?.name ?? acronyms.get(m.text) ?? m.text;
    const key = keyOf(aliased);
    let group = groups.get(key);
    if (!group) {
      group = { key, variants: new Set(), votes: { person: 0, organization: 0, place: 0, unknown: 0 }, mentions: [], mergedInto: null };
      groups.set(key, group);
    }
    group.variants.add(m.text.replace(/\s+/g, ' '));
    group.votes[m.type] += 1;
    group.mentions.push(m);
  }
  const all = [...groups.values()];
  const typeOf = (g: Group): MentionType => (namedBody(g) ? 'organization' : typeVote(g.votes));

  for (const short of all) {
    const words = wordsOf(short.key);
    const type = typeOf(short);
    if (words.length === 1 && (type === 'person' || type === 'unknown')) {
      // Surname or (Korean-style) family name of exactly one multi-word person.
      // A multi-word run nothing typed ("Kofi Annan met…" opening a sentence, its first name in
      // no lexicon) counts when it ends in the short name: the surname typed elsewhere in the
      // document ("Annan said") is what tells us the whole run is that person.
      const fits = all.filter((g) => g !== short && wordsOf(g.key).length > 1 && (typeOf(g) === 'person' ? wordsOf(g.key).includes(words[0] as string) : type === 'person' && typeOf(g) === 'unknown' && isPersonShaped(g.key) && wordsOf(g.key).pop() === words[0]));
      if (fits.length === 1) short.mergedInto = fits[0] as Group;
      else if (fits.length > 1) short.candidates = fits.length;
    } else if (type === 'organization' && /^\p{Lu}{2,6}$/u.test(short.key)) {
      // "BA" for "British Airways" even without "(BA)" after the full name.
      const fits = all.filter((g) => g !== short && typeOf(g) === 'organization' && initials(g.key) === short.key);
      if (fits.length === 1) short.mergedInto = fits[0] as Group;
    }
    if (!short.mergedInto && type === 'organization') {
      const fits = all.filter((g) => g !== short && typeOf(g) === 'organization' && g.key.startsWith(`${short.key} `));
      if (fits.length === 1) short.mergedInto = fits[0] as Group;
    }
    if (!short.mergedInto && (type === 'person' || type === 'unknown')) {
      // "Eberhard Faber" for "Eberhard Faber GmbH": a name that opens exactly one organisation's
      // name, which ends in an institution word, is that organisation's short form.
      const fits = all.filter((g) => g !== short && typeOf(g) === 'organization' && g.key.startsWith(`${short.key} `) && isOrgHead(wordsOf(g.key).pop() ?? ''));
      if (fits.length === 1) short.mergedInto = fits[0] as Group;
    }
    if (!short.mergedInto && words.length === 1 && (type === 'organization' || type === 'unknown') && !isOrgHead(short.key)) {
      // "Betis" for "Real Betis": the distinctive last word of exactly one organisation.
      const fits = all.filter((g) => g !== short && typeOf(g) === 'organization' && g.key.endsWith(` ${short.key}`));
      if (fits.length === 1) short.mergedInto = fits[0] as Group;
    }
  }

  const roots = new Map<Group, Group[]>();
  for (const g of all) {
    let root = g;
    while (root.mergedInto) root = root.mergedInto;
    roots.set(root, [...(roots.get(root) ?? []), g]);
  }

  const entities: Entity[] = [];
  const resolved: ResolvedMention[] = [];
  for (const [root, members] of roots) {
    // An untyped root takes the type its merged members voted for (a surname's 'person').
    const type = typeOf(root) === 'unknown' ? typeVote(sumVotes(members)) : typeOf(root);
    if (type === 'unknown') continue;
    const located = members.flatMap((g) => g.mentions).sort(byPosition);
    const variants = members.flatMap((g) => [...g.variants, g.key]);
    const name = variants.reduce((best, v) => (v.length > best.length ? v : best), root.key);
    // One sure mention makes the entity sure: the rules' honorifics and cues are precise. But a
    // short form left alone because it fits several full names is sure of its type, not of who
    // it is: at best an even chance over its candidates, however sure each mention's tag.
    const typed = Math.max(0, ...located.filter((m) => m.type === type).map((m) => m.confidence));
    const confidence = root.candidates ? Math.min(typed, 1 / root.candidates) : typed;
    entities.push({ name, type, mentions: located.map(toMention), confidence: Math.round(confidence * 100) / 100 });
    for (const m of located) resolved.push({ ...m, entity: name, entityType: type });
  }
  entities.sort((a, b) => byPosition(firstOf(a, resolved), firstOf(b, resolved)));
  resolved.sort(byPosition);
  return { entities, resolved };
}

/**
 * "Russian oil giant Yukos" once, then "Yukos said", "Yukos filed" five times: a one-word name a
 * cue calls an organisation is that organisation where it speaks too, since bodies speak as people
 * do; counting its mentions alone made it a person. A full name ("Tony Blair") never is.
 */
function namedBody(g: Group): boolean {
  if (g.key.includes(' ') || g.votes.organization === 0 || g.votes.person === 0) return false;
  return Math.max(0, ...g.mentions.filter((m) => m.type === 'organization').map((m) => m.confidence)) >= 0.7;
}

function typeVote(votes: Record<MentionType, number>): MentionType {
  const order: EntityType[] = ['person', 'organization', 'place'];
  let best: MentionType = 'unknown';
  let bestCount = 0;
  for (const t of order) {
    if (votes[t] > bestCount) {
      best = t;
      bestCount = votes[t];
    }
  }
  return best;
}

function sumVotes(groups: readonly Group[]): Record<MentionType, number> {
  const out: Record<MentionType, number> = { person: 0, organization: 0, place: 0, unknown: 0 };
  for (const g of groups) for (const t of Object.keys(out) as MentionType[]) out[t] += g.votes[t];
  return out;
}

/** Two or three capitalised words with lower-case letters, as given name + surname are written ("Kofi Annan", not "UN Security Council"). */
const isPersonShaped = (name: string): boolean => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u.test(name);

const initials = (name: string): string => name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');

const toMention = (m: LocatedMention): Mention => ({ paragraphId: m.paragraphId, start: m.start, end: m.end });

function byPosition(a: { paragraphIndex: number; start: number }, b: { paragraphIndex: number; start: number }): number {
  return a.paragraphIndex - b.paragraphIndex || a.start - b.start;
}

function firstOf(e: Entity, resolved: readonly ResolvedMention[]): ResolvedMention {
  return resolved.find((r) => r.entity === e.name && r.entityType === e.type) as ResolvedMention;
}
