/**
 * Claims across documents: figures whose subject ("what it counts", figures.ts) reads the same
 * after folding case, articles and a plural "s" are grouped, so "3,000 North Korean soldiers"
 * in one report stands next to "10,000 North Korean soldiers" in another. Units of measure and
 * time ("percent", "years") say nothing about what is counted and are left out.
 */
import type { ProcessedDocument } from '../../../shared/corpus';
import { snippetWindow } from './snippet-window';
import type { ClaimGroupRow, ClaimRow } from './tables-format';

const GENERIC = new Set([
  '', 'percent', 'per cent', '%', 'percentage point', 'point', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second',
  'time', 'decade', 'century', 'am', 'pm', 'one', 'number', 'top', 'first', 'half', 'quarter', 'mile', 'kilometre', 'km', 'metre', 'inch', 'foot', 'feet',
  'pound', 'dollar', 'euro', 'penny', 'pence', 'cent', 'bn', 'billion', 'million', 'm', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'people', 'other', 'more', 'part', 'game', 'match', 'goal', 'minute film', 'gmt', 'bst', 'est', 'times',
]);
/** Groups kept (most documents first); figures per group kept. */
export const MAX_GROUPS = 2000;
export const MAX_CLAIMS = 60;

export function claimSubject(counts: string): string {
  const words = counts
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%' -]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  while (words.length && /^(the|a|an|of|more|than|some|about|around|over|nearly|almost|other|extra|new)$/u.test(words[0] as string)) words.shift();
  const last = words.length - 1;
  if (last >= 0) {
    const w = words[last] as string;
    if (/ies$/u.test(w) && w.length > 4) words[last] = `${w.slice(0, -3)}y`;
    else if (/(ch|sh|x|ss)es$/u.test(w)) words[last] = w.slice(0, -2);
    else if (/[^s]s$/u.test(w) && w.length > 3) words[last] = w.slice(0, -1);
  }
  const subject = words.join(' ');
  return GENERIC.has(subject) || /^\d/u.test(subject) ? '' : subject;
}

/** Every subject's figures before the cut: its documents, its values and its first MAX_CLAIMS claims (document order). */
export interface SubjectClaims {
  docs: Set<number>;
  values: Set<number>;
  claims: ClaimRow[];
}

/** The claim row of a figure (document index `di`), or null when its subject says nothing. */
export function claimOf(f: ProcessedDocument['figures'][number], di: number, paragraphs: ReadonlyMap<string, string>): [string, ClaimRow] | null {
  const subject = claimSubject(f.counts);
  if (!subject) return null;
  const { snippet, snippetStart } = snippetWindow(paragraphs.get(f.paragraphId) ?? '', f.start, f.end, 160);
  return [subject, [di, f.text, f.value, f.claimant, f.paragraphId, f.start, f.end, snippetStart, snippet]];
}

/** Figures by subject over documents (copies skipped), in document order. */
export function claimSubjects(docs: readonly ProcessedDocument[], skip: (doc: ProcessedDocument) => boolean = () => false): Map<string, SubjectClaims> {
  const groups = new Map<string, SubjectClaims>();
  docs.forEach((doc, di) => {
    if (skip(doc) || doc.figures.length === 0) return;
    const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p.text]));
    for (const f of doc.figures) {
      const claim = claimOf(f, di, paragraphs);
      if (!claim) continue;
      const [subject, row] = claim;
      let g = groups.get(subject);
      if (!g) groups.set(subject, (g = { docs: new Set(), values: new Set(), claims: [] }));
      g.docs.add(di);
      g.values.add(f.value);
      if (g.claims.length < MAX_CLAIMS) g.claims.push(row);
    }
  });
  return groups;
}

/** Subjects from more than one document, most documents (then most distinct values) first, the first MAX_GROUPS. */
export function rankClaimGroups(groups: Iterable<ClaimGroupRow>): ClaimGroupRow[] {
  const out: ClaimGroupRow[] = [];
  for (const g of groups) if (g.documentCount >= 2) out.push(g);
  out.sort(compareClaimGroups);
  return out.slice(0, MAX_GROUPS);
}

export const compareClaimGroups = (a: ClaimGroupRow, b: ClaimGroupRow): number =>
  b.documentCount - a.documentCount || b.distinctValues - a.distinctValues || a.subject.localeCompare(b.subject);

export function groupClaims(docs: readonly ProcessedDocument[], skip: (doc: ProcessedDocument) => boolean = () => false): ClaimGroupRow[] {
  return groupRows(claimSubjects(docs, skip));
}

export function groupRows(subjects: ReadonlyMap<string, SubjectClaims>): ClaimGroupRow[] {
  return rankClaimGroups([...subjects].map(([subject, g]) => ({ subject, documentCount: g.docs.size, distinctValues: g.values.size, claims: g.claims })));
}
