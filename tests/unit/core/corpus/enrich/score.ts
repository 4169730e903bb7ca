/**
 * Precision/recall of an enrichment against a hand-written gold file. Entities score on
 * (canonical name, type) and on mention counts; quotes on their first words, then speakers;
 * figures on (text, value), then claimants; events on (text, resolved date).
 */
import type { EntityType } from '../../../../../src/shared/corpus';
import type { Enrichment } from '../../../../../src/core/corpus/enrich';

export interface Gold {
  entities: Record<EntityType, { name: string; mentions: number }[]>;
  quotes: { text: string; speaker: string | null }[];
  figures: { text: string; value: number; counts: string; claimant: string | null }[];
  events: { text: string; date: string; endDate?: string }[];
}

export interface Score {
  category: string;
  precision: number;
  recall: number;
  found: number;
  expected: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const score = (category: string, correct: number, found: number, expected: number): Score => ({
  category, precision: ratio(correct, found), recall: ratio(correct, expected), found, expected,
});

/** Speakers compare case-insensitively, without articles; a description may be more specific than gold. */
export function sameSource(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const norm = (s: string): string => s.toLowerCase().replace(/^(the|a|an|one)\s+/, '').trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** Multiset matching: each gold item can be matched once. */
function matchCount<G, S>(gold: readonly G[], found: readonly S[], same: (g: G, s: S) => boolean): number {
  const used = new Set<number>();
  let hits = 0;
  for (const s of found) {
    const k = gold.findIndex((g, i) => !used.has(i) && same(g, s));
    if (k >= 0) {
      used.add(k);
      hits += 1;
    }
  }
  return hits;
}

export function scoreEnrichment(result: Enrichment, gold: Gold): Score[] {
  const scores: Score[] = [];
  for (const type of ['person', 'organization', 'place'] as const) {
    const got = result.entities.filter((e) => e.type === type);
    const want = gold.entities[type];
    scores.push(score(`${type} entities`, matchCount(want, got, (g, s) => g.name === s.name), got.length, want.length));
    const mentionHits = want.reduce((sum, g) => sum + Math.min(g.mentions, got.find((s) => s.name === g.name)?.mentions.length ?? 0), 0);
    scores.push(score(`${type} mentions`, mentionHits, got.reduce((n, e) => n + e.mentions.length, 0), want.reduce((n, g) => n + g.mentions, 0)));
  }
  const spaced = (t: string): string => t.replace(/\s+/g, ' ');
  const quoteOf = (g: { text: string }, s: { text: string }): boolean => spaced(s.text).startsWith(spaced(g.text));
  scores.push(score('quotes', matchCount(gold.quotes, result.quotes, quoteOf), result.quotes.length, gold.quotes.length));
  const attributedGold = gold.quotes.filter((q) => q.speaker !== null);
  const attributed = result.quotes.filter((q) => q.speaker !== null);
  scores.push(score('quote speakers', matchCount(attributedGold, attributed, (g, s) => quoteOf(g, s) && sameSource(g.speaker, s.speaker)), attributed.length, attributedGold.length));
  scores.push(score('figures', matchCount(gold.figures, result.figures, (g, s) => g.text === s.text && g.value === s.value), result.figures.length, gold.figures.length));
  const claimedGold = gold.figures.filter((f) => f.claimant !== null);
  const claimed = result.figures.filter((f) => f.claimant !== null);
  scores.push(score('figure claimants', matchCount(claimedGold, claimed, (g, s) => g.text === s.text && sameSource(g.claimant, s.claimant)), claimed.length, claimedGold.length));
  scores.push(score('figure counts', matchCount(gold.figures, result.figures, (g, s) => g.text === s.text && g.counts === s.counts), result.figures.length, gold.figures.length));
  scores.push(score('events', matchCount(gold.events, result.events, (g, s) => g.text === s.text && g.date === s.date && (g.endDate ?? null) === (s.endDate ?? null)), result.events.length, gold.events.length));
  return scores;
}

export function printScores(title: string, scores: readonly Score[]): void {
  const rows = scores.map((s) => `${s.category.padEnd(22)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  (found ${s.found}, gold ${s.expected})`);
  console.log([`— ${title}`, ...rows].join('\n'));
}
