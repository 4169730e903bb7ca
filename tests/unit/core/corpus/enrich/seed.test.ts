import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { seedArticle } from './load-article';
import { type Gold, printScores, scoreEnrichment } from './score';

const gold = JSON.parse(readFileSync(new URL('./fixtures/seed-gold.json', import.meta.url), 'utf8')) as Gold;
const input = seedArticle();
const result = enrichDocument(input);
const textOf = (m: { paragraphId: string; start: number; end: number }): string =>
  input.paragraphs.find((p) => p.id === m.paragraphId)?.text.slice(m.start, m.end) ?? '';
const entity = (name: string) => result.entities.find((e) => e.name === name);

describe('enrichment of the CNN seed article against the hand-written gold file', () => {
  const scores = scoreEnrichment(result, gold);
  printScores('seed article (tests/unit/core/corpus/enrich/fixtures/seed-gold.json)', scores);
  const get = (category: string) => scores.find((s) => s.category === category) ?? { precision: 0, recall: 0 };

  it.each([
    ['person entities', 1, 1], ['person mentions', 1, 1],
    ['organization entities', 1, 1], ['organization mentions', 1, 1],
    ['place entities', 1, 1], ['place mentions', 1, 1],
    ['quotes', 1, 1], ['quote speakers', 0.95, 0.95],
    ['figures', 1, 1], ['figure claimants', 1, 1], ['figure counts', 1, 1],
    ['events', 1, 1],
  ])('%s reaches precision ≥ %d and recall ≥ %d', (category, precision, recall) => {
    expect(get(category).precision).toBeGreaterThanOrEqual(precision);
    expect(get(category).recall).toBeGreaterThanOrEqual(recall);
  });
});

describe('acceptance facts of issue 3 on the seed article', () => {
  it('merges "Putin" into "Vladimir Putin" and strips the title', () => {
    const putin = entity('Vladimir Putin');
    expect(putin?.type).toBe('person');
    expect(putin?.mentions.map(textOf)).toEqual(['Vladimir Putin', 'Putin']);
    expect(result.entities.some((e) => /President|Putin$/.test(e.name) && e.name !== 'Vladimir Putin')).toBe(false);
  });

  it('keeps hyphenated Korean names whole and does not merge the lone "Kim" into either', () => {
    expect(entity('Kim Hong-kyun')?.mentions.map(textOf)).toEqual(['Kim Hong-kyun']);
    expect(entity('Kim Tae-hyo')?.mentions.map(textOf)).toEqual(['Kim Tae-hyo']);
    expect(entity('Chun In-bum')?.mentions.map(textOf)).toEqual(['Chun In-bum', 'Chun']);
    expect(entity('Kim')?.mentions).toHaveLength(1);
  });

  it('gives Peskov two mentions and strips "Secretary of Defense" / "spokesman" titles', () => {
    expect(entity('Dmitry Peskov')?.mentions.map(textOf)).toEqual(['Dmitry Peskov', 'Peskov']);
    expect(entity('Lloyd Austin')?.mentions.map(textOf)).toEqual(['Lloyd Austin', 'Austin']);
    expect(entity('John Kirby')?.type).toBe('person');
  });

  it('cuts the curly possessive off mentions', () => {
    const russia = entity('Russia');
    expect(russia?.mentions.map(textOf).every((t) => t === 'Russia')).toBe(true);
    expect(result.entities.some((e) => /[’']s$/.test(e.name))).toBe(false);
  });

  it('resolves the NIS acronym to the National Intelligence Service', () => {
    expect(entity('National Intelligence Service')?.mentions.map(textOf)).toEqual(['National Intelligence Service', 'NIS']);
  });

  it('attributes "another hoax" to Dmitry Peskov and carries "he said" to him', () => {
    expect(result.quotes.find((q) => q.text === 'another hoax')?.speaker).toBe('Dmitry Peskov');
    expect(result.quotes.find((q) => q.text.startsWith('This cooperation'))?.speaker).toBe('Dmitry Peskov');
    expect(result.quotes.find((q) => q.text.startsWith('I think Kim'))?.speaker).toBe('Carl Schuster');
  });

  it('quote offsets point at the quoted words', () => {
    for (const q of result.quotes) expect(textOf(q)).toBe(q.text);
  });

  it('finds the three troop figures with their claimants', () => {
    const figure = (text: string) => result.figures.find((f) => f.text === text);
    expect(figure('3,000')).toMatchObject({ value: 3000, counts: 'North Korean soldiers', claimant: 'White House' });
    expect(figure('10,000')).toMatchObject({ value: 10000, claimant: 'Volodymyr Zelensky' });
    expect(figure('1,500')).toMatchObject({ value: 1500, counts: 'soldiers', claimant: 'National Intelligence Service' });
    expect(figure('1.2 million')?.value).toBe(1_200_000);
    for (const f of result.figures) expect(textOf(f)).toBe(f.text);
    expect(result.figures.some((f) => ['23', '24', '27', '28', '2024'].includes(f.text))).toBe(false);
  });

  it('resolves October 23 and October 27–28 against the publication date', () => {
    const night = result.events.find((e) => e.text.includes('October 23'));
    expect(night).toMatchObject({ text: 'on the night of October 23', date: '2024-10-23' });
    const deploy = result.events.find((e) => e.text.includes('October 27'));
    expect(deploy).toMatchObject({ date: '2024-10-27', endDate: '2024-10-28' });
    const ordered = [...result.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.date);
    expect(ordered.indexOf('2024-10-23')).toBeLessThan(ordered.indexOf('2024-10-27'));
    for (const e of result.events) expect(textOf(e)).toBe(e.text);
  });

  it('reads past weekdays backwards from a Friday publication', () => {
    expect(result.events.find((e) => e.text === 'On Wednesday')?.date).toBe('2024-10-23');
    expect(result.events.find((e) => e.text === 'on Monday')?.date).toBe('2024-10-21');
    expect(result.events.find((e) => e.text === 'In June')?.date).toBe('2024-06');
  });

  it('is deterministic', () => {
    expect(enrichDocument(input)).toEqual(result);
  });
});
