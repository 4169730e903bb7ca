/**
 * Three articles in styles the rules had not seen (fixtures/*-gold.json written BEFORE any rule
 * was changed for them): a UK profit warning (British single quotes, £140m, 310p), an AP-style
 * sport/politics story (clubs, companies and parties with no telltale word) and a US court report
 * ("told reporters", "according to a statement from…", spelled-out numbers, today/yesterday).
 *
 * Untuned baseline (code at commit d4320b0, precision / recall):
 *                          uk-profit-warning   sport-politics-stadium   court-warehouse-fire
 *   person entities           1.00 / 0.67          0.75 / 1.00              1.00 / 0.75
 *   organization entities     0.50 / 0.33          1.00 / 0.33              0.67 / 0.67
 *   place entities            0.50 / 1.00          0.67 / 1.00              0.50 / 1.00
 *   quotes                    1.00 / 0.00          1.00 / 1.00              1.00 / 1.00
 *   quote speakers            1.00 / 0.00          0.75 / 0.75              1.00 / 0.00
 *   figures                   1.00 / 0.50          1.00 / 0.40              1.00 / 0.13
 *   figure claimants          0.67 / 0.40          1.00 / 0.50              0.00 / 0.00
 *   events                    0.75 / 0.60          0.60 / 0.60              0.80 / 0.67
 *
 * After the rules were generalised these fixtures score near 1.00 (sport-politics: organisations
 * 1.00 / 0.75, speakers 0.75, events 0.80). That is flattering: the rules were improved while
 * looking at these texts. The thresholds below guard against regressions, not measure accuracy;
 * held-out-story.txt, written after tuning and never tuned on, is the honest measure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { expectOffsetsOnText } from './expect-offsets';
import { fixtureArticle } from './load-article';
import { type Gold, printScores, scoreEnrichment } from './score';

const load = (name: string) => {
  const gold = JSON.parse(readFileSync(new URL(`./fixtures/${name}-gold.json`, import.meta.url), 'utf8')) as Gold & { published: string };
  const input = fixtureArticle(`${name}.txt`, gold.published);
  return { gold, input, result: enrichDocument(input) };
};

describe.each([
  ['uk-profit-warning', { organizations: 0.8, speakers: 1, events: 1 }],
  ['sport-politics-stadium', { organizations: 0.7, speakers: 0.75, events: 0.8 }],
  ['court-warehouse-fire', { organizations: 1, speakers: 1, events: 1 }],
])('%s fixture (tuned on: guards regressions)', (name, min) => {
  const { gold, input, result } = load(name);
  const scores = scoreEnrichment(result, gold);
  printScores(`${name} (tests/unit/core/corpus/enrich/fixtures/${name}-gold.json)`, scores);
  const get = (category: string) => scores.find((s) => s.category === category) ?? { precision: 0, recall: 0 };

  it('finds the organisations that have no telltale word', () => {
    expect(get('organization entities').recall).toBeGreaterThanOrEqual(min.organizations);
    expect(get('organization entities').precision).toBe(1);
  });

  it('finds every quote and its speaker', () => {
    expect(get('quotes').recall).toBe(1);
    expect(get('quotes').precision).toBe(1);
    expect(get('quote speakers').recall).toBeGreaterThanOrEqual(min.speakers);
  });

  it('finds spelled-out and currency figures with their claimants', () => {
    for (const c of ['figures', 'figure claimants', 'figure counts']) {
      expect(get(c).recall, c).toBe(1);
      expect(get(c).precision, c).toBe(1);
    }
  });

  it('dates events from the verb that governs them', () => {
    expect(get('events').recall).toBeGreaterThanOrEqual(min.events);
    expect(get('events').precision).toBeGreaterThanOrEqual(min.events);
  });

  it('keeps every offset on its text', () => {
    expectOffsetsOnText(input, result);
  });
});

/**
 * Held-out (fixtures/held-out-story.txt, written after tuning, scored untouched, never tuned on):
 *   person 1.00/0.75, organization 0.67/0.33, place 0.60/0.75, quotes 1.00/1.00,
 *   quote speakers 1.00/0.25, figures 0.89/0.89, figure claimants 0.50/0.17, events 0.60/0.60.
 * The floors below are those measured values: they catch regressions without tuning on the text.
 */
describe('held-out-story fixture (never tuned on)', () => {
  const { gold, input, result } = load('held-out-story');
  const scores = scoreEnrichment(result, gold);
  printScores('held-out-story (tests/unit/core/corpus/enrich/fixtures/held-out-story-gold.json)', scores);
  const get = (category: string) => scores.find((s) => s.category === category) ?? { precision: 0, recall: 0 };

  it.each([
    ['person entities', 1, 0.75], ['organization entities', 0.66, 0.33], ['place entities', 0.6, 0.75],
    ['quotes', 1, 1], ['quote speakers', 1, 0.25], ['figures', 0.88, 0.88], ['events', 0.6, 0.6],
  ])('%s stays at precision ≥ %d, recall ≥ %d', (category, precision, recall) => {
    expect(get(category).precision).toBeGreaterThanOrEqual(precision);
    expect(get(category).recall).toBeGreaterThanOrEqual(recall);
  });

  it('keeps every offset on its text', () => {
    expectOffsetsOnText(input, result);
  });
});

const enrichText = (text: string, published = '2025-02-20') =>
  enrichDocument({ title: 't', published, paragraphs: text.split('\n\n').map((t, i) => ({ id: `p${i + 1}`, text: t })) });

describe('rules that generalise beyond the fixtures', () => {
  it('reads British single quotes around attributed speech but not apostrophes or scare quotes', () => {
    const r = enrichText('‘We won’t be the scapegoats for the board’s mistakes,’ said Dave Collins. The firm’s ‘turnaround’ plan stalled.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['We won’t be the scapegoats for the board’s mistakes', 'Dave Collins']]);
    expect(enrichText("It was a 'bold move' for a firm whose 'turnaround' stalled. The workers' union was silent.").quotes).toEqual([]);
  });

  it('counts spelled-out numbers that count something, but not "one of" or "the two have"', () => {
    const r = enrichText('Three men were charged and twenty-five officers searched three hundred homes. One of the men and the two have met before, one official said.');
    expect(r.figures.map((f) => [f.text, f.value, f.counts])).toEqual([
      ['Three', 3, 'men'], ['twenty-five', 25, 'officers'], ['three hundred', 300, 'homes'],
    ]);
  });

  it('dates "today" only when a tensed verb governs it', () => {
    expect(enrichText('Prosecutors said today that the trial would start.').events.map((e) => e.date)).toEqual(['2025-02-20']);
    expect(enrichText('Phones are common today.').events).toEqual([]);
  });

  it('takes the tense from the verb governing the date, not any "would" nearby', () => {
    const r = enrichText('Profit would be £140m, down from the £185m it had pointed to in November. The board will meet on March 3.');
    expect(r.events.map((e) => [e.text, e.date])).toEqual([['in November', '2024-11'], ['on March 3', '2025-03-03']]);
  });

  it('recognises organisations by how the text talks about them', () => {
    const r = enrichText('Tom Barker, an analyst at Peel Hunt, said Quorvex cut its forecast. Zantari, which makes pumps, did not comment. Shares in Ostrander and Vellmark fell.');
    const orgs = r.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(['Peel Hunt', 'Quorvex', 'Zantari', 'Ostrander', 'Vellmark']);
    expect(r.entities.find((e) => e.name === 'Tom Barker')?.type).toBe('person');
  });

  it('keeps a possessive inside an institution name and credits "a statement from" to it', () => {
    const r = enrichText('According to a statement from the Essex County Prosecutor\'s Office, the fire caused $4 million in damage.');
    expect(r.entities.map((e) => [e.name, e.type])).toContainEqual(["Essex County Prosecutor's Office", 'organization']);
    expect(r.figures[0]?.claimant).toBe("Essex County Prosecutor's Office");
  });
});
