/**
 * The project's own hand-written fixtures (tests/unit/core/corpus/enrich/fixtures/*-gold.json
 * and the seed article). The rules were written looking at most of them, so they are reported
 * apart from the public development data and never stand in for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type EnrichInput, enrichDocument } from '../../src/core/corpus/enrich';
import type { EntityType, Paragraph } from '../../src/shared/corpus';
import { type Accuracy, sameSpeaker } from './score-attribution';
import { type TypeCounts, scoreNamedSets } from './score-entities';

interface FixtureGold {
  published: string;
  entities: Record<EntityType, { name: string }[]>;
  quotes: { text: string; speaker: string | null }[];
  figures: { text: string; value: number; claimant: string | null }[];
  events: { text: string; date: string; endDate?: string }[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = `${ROOT}tests/unit/core/corpus/enrich/fixtures/`;
const DEBRIS = [/^Physical Address$/, /^\d+ North Cardinal St\.$/, /^Dorchester Center, MA \d+$/, /^en_US\w*$/];

function paragraphsOf(body: string): Paragraph[] {
  return body.split('\n').filter((l) => !DEBRIS.some((re) => re.test(l.trim()))).join('\n')
    .split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean).map((text, i) => ({ id: `p${i + 1}`, text }));
}

function fixtureInputs(): { name: string; gold: FixtureGold; input: EnrichInput }[] {
  const out: { name: string; gold: FixtureGold; input: EnrichInput }[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('-gold.json')).sort()) {
    const name = file.replace(/-gold\.json$/, '');
    const gold = JSON.parse(readFileSync(`${FIXTURES}${file}`, 'utf8')) as FixtureGold;
    if (name === 'seed') {
      const raw = readFileSync(`${ROOT}resources/corpus/cnn-2024-10-25-north-koreans-ukraine.txt`, 'utf8');
      const meta = JSON.parse(readFileSync(`${ROOT}resources/corpus/cnn-2024-10-25-north-koreans-ukraine.txt.meta.json`, 'utf8')) as { title: string; published: string };
      out.push({ name, gold, input: { title: meta.title, published: meta.published, paragraphs: paragraphsOf(raw).filter((p) => p.text !== meta.title) } });
    } else {
      const [title = '', ...rest] = readFileSync(`${FIXTURES}${name}.txt`, 'utf8').split('\n');
      out.push({ name, gold, input: { title, published: gold.published, paragraphs: paragraphsOf(rest.join('\n')) } });
    }
  }
  return out;
}

export interface FixtureScores {
  documents: number;
  entities: TypeCounts;
  speakers: Accuracy;
  claimants: Accuracy;
  dates: Accuracy;
}

export function scoreFixtures(entities: TypeCounts): FixtureScores {
  const scores: FixtureScores = { documents: 0, entities, speakers: { matched: 0, correct: 0, gold: 0 }, claimants: { matched: 0, correct: 0, gold: 0 }, dates: { matched: 0, correct: 0, gold: 0 } };
  const spaced = (t: string): string => t.replace(/\s+/g, ' ');
  for (const { gold, input } of fixtureInputs()) {
    const result = enrichDocument(input);
    scores.documents += 1;
    scoreNamedSets({ person: gold.entities.person.map((e) => e.name), organization: gold.entities.organization.map((e) => e.name), place: gold.entities.place.map((e) => e.name) }, result, entities);
    matchEach(gold.quotes, result.quotes, (g, s) => spaced(s.text).startsWith(spaced(g.text)), (g, s) => (g.speaker === null ? s.speaker === null : sameSpeaker(s.speaker, g.speaker)), scores.speakers);
    matchEach(gold.figures, result.figures, (g, s) => g.text === s.text && g.value === s.value, (g, s) => (g.claimant === null ? s.claimant === null : sameSpeaker(s.claimant, g.claimant)), scores.claimants);
    matchEach(gold.events, result.events, (g, s) => g.text === s.text, (g, s) => g.date === s.date && (g.endDate ?? null) === (s.endDate ?? null), scores.dates);
  }
  return scores;
}

function matchEach<G, S>(gold: readonly G[], found: readonly S[], same: (g: G, s: S) => boolean, right: (g: G, s: S) => boolean, into: Accuracy): void {
  into.gold += gold.length;
  const used = new Set<number>();
  for (const s of found) {
    const k = gold.findIndex((g, i) => !used.has(i) && same(g, s));
    if (k < 0) continue;
    used.add(k);
    into.matched += 1;
    if (right(gold[k] as G, s)) into.correct += 1;
  }
}
