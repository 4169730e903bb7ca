/**
 * Who-said-it scores. A found quote matches a gold quote it overlaps by at least half of the
 * shorter of the two; its speaker is right when it names the gold speaker the way the text does
 * somewhere (folded; "Durbeyfield" for "Jack Durbeyfield" counts, an article is ignored).
 * Accuracy is over quotes found, as the issue asks; a quote with no speaker counts as wrong.
 */
import type { Enrichment } from '../../src/core/corpus/enrich';
import type { AnnotatedDoc } from './annotated-doc';
import { foldName } from './score-entities';

export interface Accuracy {
  /** Items found that match a gold item. */
  matched: number;
  /** Of those, how many have the right speaker / claimant / value. */
  correct: number;
  /** Gold items. */
  gold: number;
}

export const emptyAccuracy = (): Accuracy => ({ matched: 0, correct: 0, gold: 0 });

const bare = (s: string): string => foldName(s).replace(/^(?:a|an|one) /, '');

export function sameSpeaker(found: string | null, gold: string): boolean {
  if (found === null) return false;
  const x = bare(found);
  const y = bare(gold);
  if (!x || !y) return false;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

export function scoreDocQuotes(doc: AnnotatedDoc, result: Enrichment, into: Accuracy): void {
  const gold = doc.quotes ?? [];
  into.gold += gold.length;
  const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const used = new Set<number>();
  for (const q of result.quotes) {
    const paragraph = paragraphIndex.get(q.paragraphId);
    const k = gold.findIndex((g, i) => {
      if (used.has(i) || g.paragraph !== paragraph) return false;
      const overlap = Math.min(g.end, q.end) - Math.max(g.start, q.start);
      return overlap > 0 && overlap * 2 >= Math.min(g.end - g.start, q.end - q.start);
    });
    if (k < 0) continue;
    used.add(k);
    into.matched += 1;
    if ((gold[k]?.speakers ?? []).some((s) => sameSpeaker(q.speaker, s))) into.correct += 1;
  }
}
