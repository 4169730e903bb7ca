/**
 * The alias rules' result (merge-aliases.ts rules 2 and 3, before the analyst's overrides) for a
 * build's groups with added documents counted in (added-groups.ts), without applying the rules
 * to every group again. A rule's outcome for a one-word name depends only on the name itself
 * and on its candidates' document counts (rule 2: the full names ending in it; rule 3: the
 * organisations whose initials it is); so only the one-word names an added document names, or
 * whose candidates it names, are decided again. The others keep the build's outcome.
 */
import { acronymsOf, isAcronym } from './entity-names';
import { displayName, dominant, lastWord, newGroup } from './merge-aliases';
import type { GroupView } from './added-groups';
import type { GroupRow, RegroupTable } from './tables-format';

interface RuleIndex {
  /** Full-name people (by index) by their last word. */
  bySurname: Map<string, number[]>;
  /** Several-word organisations by each of their initials (as the build's display name gives them). */
  byInitials: Map<string, number[]>;
  initialsOf: Map<number, string[]>;
  /** One-word people by key; one-word organisations written as capitals by display name. */
  personByKey: Map<string, number>;
  acronymOrgs: Map<string, number[]>;
}

const indexes = new WeakMap<RegroupTable, RuleIndex>();

function display(key: string, type: GroupRow[1], names: Map<string, number>): string {
  const g = newGroup(type, key);
  g.names = names;
  return displayName(g);
}

function push<K>(map: Map<K, number[]>, k: K, v: number): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

const flatNames = (flat: readonly (string | number)[]) => {
  const out = new Map<string, number>();
  for (let k = 0; k < flat.length; k += 2) out.set(flat[k] as string, flat[k + 1] as number);
  return out;
};

/** Made once per build table, as merge-aliases.ts makes its candidate lists. */
export function ruleIndex(data: RegroupTable): RuleIndex {
  let index = indexes.get(data);
  if (index) return index;
  index = { bySurname: new Map(), byInitials: new Map(), initialsOf: new Map(), personByKey: new Map(), acronymOrgs: new Map() };
  data.groups.forEach(([key, type, , names], gi) => {
    const x = index as RuleIndex;
    const several = key.includes(' ');
    if (type === 'person') {
      if (several) push(x.bySurname, lastWord(key), gi);
      else x.personByKey.set(key, gi);
    } else if (type === 'organization') {
      const name = display(key, type, flatNames(names));
      if (several) {
        const initials = [...new Set(acronymsOf(name))];
        x.initialsOf.set(gi, initials);
        for (const a of initials) push(x.byInitials, a, gi);
      } else if (isAcronym(name)) push(x.acronymOrgs, name, gi);
    }
  });
  indexes.set(data, index);
  return index;
}

/** Each group's parent by the alias rules (-1 for a root), the build's groups first, over `view`'s counts. */
export function ruleParents(data: RegroupTable, view: GroupView): Int32Array {
  const G0 = data.groups.length;
  const parent = new Int32Array(view.size).fill(-1);
  for (let gi = 0; gi < G0; gi++) {
    const root = data.rootGroups[(data.groups[gi] as GroupRow)[5]] as number;
    parent[gi] = root === gi ? -1 : root;
  }
  if (view.touchedList.length === 0) return parent;
  const x = ruleIndex(data);
  // Candidates the added documents name, by the surname or initials they now stand for.
  const surnames = new Map<string, number[]>();
  const initials = new Map<string, number[]>();
  const decide = new Set<number>();
  for (const gi of view.touchedList) {
    const key = view.key(gi);
    const type = view.type(gi);
    const several = key.includes(' ');
    if (type === 'person') {
      if (several) {
        if (gi >= G0) push(surnames, lastWord(key), gi);
        const one = x.personByKey.get(lastWord(key));
        if (one !== undefined) decide.add(one);
      } else decide.add(gi);
    } else if (type === 'organization') {
      if (several) {
        const now = [...new Set(acronymsOf(display(key, type, view.names(gi))))];
        for (const a of now) push(initials, a, gi);
        for (const a of [...(x.initialsOf.get(gi) ?? []), ...now]) for (const one of x.acronymOrgs.get(a) ?? []) decide.add(one);
      } else decide.add(gi);
    }
  }
  const candidate = (gi: number) => ({ gi, key: view.key(gi), documentCount: view.count(gi) });
  for (const gi of decide) {
    const key = view.key(gi);
    const type = view.type(gi);
    let picked: { gi: number } | null = null;
    if (type === 'person') {
      picked = dominant([...(x.bySurname.get(key) ?? []), ...(surnames.get(key) ?? [])].map(candidate));
    } else {
      const name = display(key, type, view.names(gi));
      if (isAcronym(name)) {
        // The build's candidates the added documents leave alone, and the touched ones that now have these initials.
        const kept = (x.byInitials.get(name) ?? []).filter((c) => !view.touched[c]);
        picked = dominant([...kept, ...(initials.get(name) ?? [])].map(candidate));
      }
    }
    parent[gi] = picked ? picked.gi : -1;
  }
  return parent;
}
