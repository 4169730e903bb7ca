/**
 * Claims across documents (claims.ts) with added documents joined to a build's, without the
 * bundled documents: a subject's documents and distinct values are the build's
 * (RegroupTable.claimSubjects) plus the added documents', and its first claims the build's
 * followed by theirs (added documents come after the bundled ones). Only subjects an added
 * document names change; the others keep the build's row, and one the build left out stays out
 * (its numbers did not grow, while those above it can only have).
 */
import type { AddedDocument } from './added-document';
import { MAX_CLAIMS, rankClaimGroups } from './claims';
import type { ClaimGroupRow, ClaimRow, RegroupTable } from './tables-format';

const subjectIndexes = new WeakMap<RegroupTable, Map<string, number>>();

export function subjectIndex(data: RegroupTable): Map<string, number> {
  let index = subjectIndexes.get(data);
  if (!index) {
    index = new Map((data.claimSubjects ?? []).map(([subject], k) => [subject, k]));
    subjectIndexes.set(data, index);
  }
  return index;
}

/**
 * `built`: the build's claim groups; `claimRowsOf`: a left-out subject's first claims;
 * `firstDoc`: the index of the first added document (the bundled documents' count).
 */
export function joinClaims(
  data: RegroupTable,
  built: readonly ClaimGroupRow[],
  claimRowsOf: (subject: number) => ClaimRow[] | null,
  added: readonly AddedDocument[],
  firstDoc: number,
): ClaimGroupRow[] {
  if (added.length === 0) return built as ClaimGroupRow[];
  const touched = new Map<string, { docs: number; last: number; values: Set<number>; claims: ClaimRow[] }>();
  added.forEach((doc, k) => {
    const di = firstDoc + k;
    for (const [subject, row] of doc.claims) {
      let t = touched.get(subject);
      if (!t) touched.set(subject, (t = { docs: 0, last: -1, values: new Set(), claims: [] }));
      if (t.last !== di) {
        t.last = di;
        t.docs += 1;
      }
      t.values.add(row[2]);
      if (t.claims.length < MAX_CLAIMS) t.claims.push([di, ...row.slice(1)] as ClaimRow);
    }
  });
  const index = subjectIndex(data);
  const listed = new Map(built.map((g) => [g.subject, g]));
  const rows: ClaimGroupRow[] = built.filter((g) => !touched.has(g.subject));
  const joined = new Set<ClaimGroupRow>();
  for (const [subject, t] of touched) {
    const k = index.get(subject);
    const entry = k === undefined ? undefined : data.claimSubjects?.[k];
    const values = new Set(entry?.[2] ?? []);
    for (const v of t.values) values.add(v);
    const row: ClaimGroupRow = { subject, documentCount: (entry?.[1] ?? 0) + t.docs, distinctValues: values.size, claims: t.claims };
    joined.add(row);
    rows.push(row);
  }
  const out = rankClaimGroups(rows);
  // The build's first claims are read only for the subjects shown.
  for (const row of out) {
    if (!joined.has(row)) continue;
    const k = index.get(row.subject);
    const before = listed.get(row.subject)?.claims ?? (k === undefined ? null : claimRowsOf(k)) ?? [];
    row.claims = [...before, ...row.claims].slice(0, MAX_CLAIMS);
  }
  return out;
}
