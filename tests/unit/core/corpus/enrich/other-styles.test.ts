import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { expectOffsetsOnText } from './expect-offsets';
import { fixtureArticle } from './load-article';
import { type Gold, printScores, scoreEnrichment } from './score';

/** Articles in styles the rules were not written against: they guard against over-fitting to the seed. */
const load = (name: string) => {
  const gold = JSON.parse(readFileSync(new URL(`./fixtures/${name}-gold.json`, import.meta.url), 'utf8')) as Gold & { published: string };
  const input = fixtureArticle(`${name}.txt`, gold.published);
  return { gold, input, result: enrichDocument(input) };
};

describe.each([
  ['wire-story', { entities: 0.8, quotes: 0.75, figures: 0.8, events: 1 }],
  ['business-story', { entities: 0.8, quotes: 0.75, figures: 0.8, events: 1 }],
])('%s fixture', (name, min) => {
  const { gold, input, result } = load(name);
  const scores = scoreEnrichment(result, gold);
  printScores(`${name} (tests/unit/core/corpus/enrich/fixtures/${name}-gold.json)`, scores);
  const get = (category: string) => scores.find((s) => s.category === category) ?? { precision: 0, recall: 0 };

  it('finds people, organisations and places', () => {
    for (const c of ['person entities', 'organization entities', 'place entities']) {
      expect(get(c).recall, c).toBeGreaterThanOrEqual(min.entities);
      expect(get(c).precision, c).toBeGreaterThanOrEqual(min.entities);
    }
  });

  it('attributes quotes', () => {
    expect(get('quotes').recall).toBe(1);
    expect(get('quote speakers').recall).toBeGreaterThanOrEqual(min.quotes);
    expect(get('quote speakers').precision).toBeGreaterThanOrEqual(min.quotes);
  });

  it('finds figures with claimants', () => {
    expect(get('figures').recall).toBeGreaterThanOrEqual(min.figures);
    expect(get('figures').precision).toBeGreaterThanOrEqual(min.figures);
    expect(get('figure claimants').recall).toBeGreaterThanOrEqual(min.figures - 0.2);
  });

  it('resolves dated events', () => {
    expect(get('events').recall).toBeGreaterThanOrEqual(min.events);
    expect(get('events').precision).toBeGreaterThanOrEqual(min.events);
  });

  it('keeps every offset on its text', () => {
    expectOffsetsOnText(input, result);
  });
});

describe('business style specifics', () => {
  const { result } = load('business-story');
  it('reads £1.2bn and 76% as values and "said Mr Smith" as John Smith', () => {
    expect(result.figures.find((f) => f.text === '£1.2bn')).toMatchObject({ value: 1.2e9, counts: 'pounds' });
    expect(result.figures.find((f) => f.text === '76%')).toMatchObject({ value: 76, counts: 'percent' });
    expect(result.quotes.find((q) => q.text.startsWith('Customers'))?.speaker).toBe('John Smith');
    expect(result.entities.find((e) => e.name === 'John Smith')?.mentions).toHaveLength(2);
  });
});
