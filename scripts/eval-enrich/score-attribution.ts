/**
 * Who-said-it scores. A found quote matches a gold quote it overlaps by at least half of the
 * shorter of the two; its speaker is right when it names the gold speaker the way the text does
 * somewhere (folded; "Durbeyfield" for "Jack Durbeyfield" counts, an article is ignored), and
 * does not fit another character's name as well: "Bennet" is Mr. and Mrs. Bennet both, so it
 * tells a reader neither (the older, lenient rule counted it right; `lenient` keeps that count
 * so the two can be compared). A first-person narrator ("said I") is right as "the narrator"
 * under both rules.
 * Accuracy is over quotes found, as the issue asks; a quote with no speaker counts as wrong.
 */
import type { Enrichment } from '../../src/core/corpus/enrich';
import type { AnnotatedDoc, GoldQuote } from './annotated-doc';
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

export interface SpeakerScores {
  strict: Accuracy;
  /** The same quotes under the older rule: any name-part match counts. */
  lenient: Accuracy;
}

const bare = (s: string): string => foldName(s).replace(/^(?:a|an|one) /, '');

/** 2: the same name; 1: one is a word-aligned part of the other ("Durbeyfield"); 0: neither. */
export function fit(found: string, gold: string): number {
  const x = bare(found);
  const y = bare(gold);
  if (!x || !y) return 0;
  if (x === y) return 2;
  return x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `) ? 1 : 0;
}

export function sameSpeaker(found: string | null, gold: string): boolean {
  return found !== null && fit(found, gold) > 0;
}

const namesNarrator = (found: string, gold: GoldQuote): boolean => gold.narrator === true && /^(?:the narrator|i)$/i.test(found.trim());

/** The found name picks out the gold speaker, and no other character as well as them. */
export function rightSpeaker(found: string | null, gold: GoldQuote): boolean {
  if (found === null) return false;
  if (namesNarrator(found, gold)) return true;
  const own = Math.max(0, ...gold.speakers.map((s) => fit(found, s)));
  const rival = Math.max(0, ...(gold.rivals ?? []).map((s) => fit(found, s)));
  return own > rival;
}

/**
 * The older rule: any word-aligned part of a name the gold speaker goes by ("Bennet" for either
 * Bennet). It only forgives what strict counts wrong, so it is never below strict: a narrator
 * named as "the narrator" is right under both.
 */
export function lenientSpeaker(found: string | null, gold: GoldQuote): boolean {
  if (found === null) return false;
  return namesNarrator(found, gold) || gold.speakers.some((s) => sameSpeaker(found, s));
}

/**
 * Pairs each found quote with the gold quote it matches (same paragraph, overlapping by at least
 * half of the shorter), each gold quote used once, in the order the quotes were found.
 */
export function matchGoldQuotes<Q extends { paragraphId: string; start: number; end: number }>(
  doc: AnnotatedDoc,
  found: readonly Q[],
): { quote: Q; gold: GoldQuote; paragraph: number }[] {
  const gold = doc.quotes ?? [];
  const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const used = new Set<number>();
  const pairs: { quote: Q; gold: GoldQuote; paragraph: number }[] = [];
  for (const q of found) {
    const paragraph = paragraphIndex.get(q.paragraphId) ?? -1;
    const k = gold.findIndex((g, i) => {
      if (used.has(i) || g.paragraph !== paragraph) return false;
      const overlap = Math.min(g.end, q.end) - Math.max(g.start, q.start);
      return overlap > 0 && overlap * 2 >= Math.min(g.end - g.start, q.end - q.start);
    });
    if (k < 0) continue;
    used.add(k);
    pairs.push({ quote: q, gold: gold[k] as GoldQuote, paragraph });
  }
  return pairs;
}

export function scoreDocQuotes(doc: AnnotatedDoc, result: Enrichment, scores: SpeakerScores): void {
  const goldCount = doc.quotes?.length ?? 0;
  scores.strict.gold += goldCount;
  scores.lenient.gold += goldCount;
  for (const { quote: q, gold: g } of matchGoldQuotes(doc, result.quotes)) {
    scores.strict.matched += 1;
    scores.lenient.matched += 1;
    if (rightSpeaker(q.speaker, g)) scores.strict.correct += 1;
    if (lenientSpeaker(q.speaker, g)) scores.lenient.correct += 1;
  }
}
