/**
 * Merges name groups across documents into corpus entities. Each document's enrichment already
 * joins "Blair" to "Tony Blair" when both appear in it; across documents these rules apply, in
 * this order, always within one entity type:
 *
 * 1. Same key (entity-names.ts): "Mr Blair", "Blair's" and "blair" are one group.
 * 2. Surname: a one-word person ("Blair") joins the person whose full name ends in that word
 *    ("Tony Blair") when that full name is the only one, or is named in at least
 *    DOMINANCE times as many documents as the next ("Cherie Blair"). Otherwise it stays alone.
 * 3. Acronym: an organisation written in capitals ("SEC") joins the organisation whose initials
 *    it is ("US Securities and Exchange Commission", country prefix optional, "and"/"of"
 *    skipped), under the same dominance rule.
 *
 * Both rules pick by the number of documents, so the result does not depend on document order.
 *
 * Then the analyst's word (NameOverrides, corrections): a split group stands alone whatever
 * the rules said, and a merge sends a group (with whatever was merged into it) to another.
 */
import type { EntityType } from '../../../shared/corpus';
import type { NameOverrides } from '../../corrections/correction-view';
import { acronymsOf, entityId, isAcronym } from './entity-names';

export const DOMINANCE = 3;

export interface NameGroup {
  key: string;
  type: EntityType;
  documentCount: number;
  /** Display forms (the documents' canonical names) and how many documents use each. */
  names: Map<string, number>;
  /** Set by mergeAliases: the group this one was merged into, or null for a root. */
  mergedInto: NameGroup | null;
}

export function displayName(group: NameGroup): string {
  let best = group.key;
  let bestCount = -1;
  for (const [name, count] of group.names) {
    if (count > bestCount || (count === bestCount && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** The candidate named in DOMINANCE times as many documents as any other, or null (regroup-rules.ts applies it too). */
export function dominant<G extends Pick<NameGroup, 'documentCount' | 'key'>>(candidates: readonly G[]): G | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => b.documentCount - a.documentCount || a.key.localeCompare(b.key));
  const [first, second] = sorted as [G, G | undefined];
  if (!second || first.documentCount >= DOMINANCE * second.documentCount) return first;
  return null;
}

export const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/** Sets `mergedInto` on every group that rules 2 and 3 (and the overrides) merge; returns the groups that stay roots. */
export function mergeAliases(groups: readonly NameGroup[], overrides?: NameOverrides): NameGroup[] {
  const bySurname = new Map<string, NameGroup[]>();
  const byInitials = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.type === 'person' && g.key.includes(' ')) {
      const w = lastWord(g.key);
      const list = bySurname.get(w);
      if (list) list.push(g);
      else bySurname.set(w, [g]);
    } else if (g.type === 'organization' && g.key.includes(' ')) {
      for (const a of new Set(acronymsOf(displayName(g)))) {
        const list = byInitials.get(a);
        if (list) list.push(g);
        else byInitials.set(a, [g]);
      }
    }
  }
  for (const g of groups) {
    if (g.type === 'person' && !g.key.includes(' ')) {
      g.mergedInto = dominant(bySurname.get(g.key) ?? []);
    } else if (g.type === 'organization' && !g.key.includes(' ')) {
      const name = displayName(g);
      if (isAcronym(name)) g.mergedInto = dominant(byInitials.get(name) ?? []);
    }
  }
  if (overrides) applyOverrides(groups, overrides);
  return groups.filter((g) => !g.mergedInto);
}

/**
 * Splits first, then merges oldest first (regroup.ts applies them the same way to a build's groups). A merge of two groups already in one entity (which
 * covers every merge that would make a cycle) is skipped, as is one naming a group this corpus lacks; the list
 * of corrections shows those as not applied.
 */
function applyOverrides(groups: readonly NameGroup[], { merges, splits }: NameOverrides): void {
  const byId = new Map(groups.map((g) => [entityId(g.type, g.key), g]));
  for (const id of splits) {
    const g = byId.get(id);
    if (g) g.mergedInto = null;
  }
  for (const [from, into] of merges) {
    const a = byId.get(from);
    const b = byId.get(into);
    if (!a || !b || rootOf(a) === rootOf(b)) continue;
    a.mergedInto = b;
  }
}

/** The root a group ended up in. */
export function rootOf(group: NameGroup): NameGroup {
  let g = group;
  while (g.mergedInto) g = g.mergedInto;
  return g;
}

export function newGroup(type: EntityType, key: string): NameGroup {
  return { key, type, documentCount: 0, names: new Map(), mergedInto: null };
}
