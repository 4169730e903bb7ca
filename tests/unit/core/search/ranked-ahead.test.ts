import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { SearchHost } from '../../../../src/core/search/search-host';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { parseQuery } from '../../../../src/core/search/query-parse';
import { cumulative, heavyPrefixes, HEAVY_POSTINGS, planKey } from '../../../../src/core/search/ranked-ahead';
import { StringTable } from '../../../../src/core/search/string-table';
import { commonWordsCorpus as corpus } from './fixtures';

const plan = (q: string, typing = false) => {
  const parsed = parseQuery(q, { typing });
  if (!parsed.ok || !parsed.plan) throw new Error(`no plan for ${q}`);
  return parsed.plan;
};

describe('heavyPrefixes', () => {
  const words = ['a', 'ab', 'abc', 'abd', 'b', 'ba', 'bb', 'c'];
  const table = StringTable.from(words);
  const weights = [1, 2, 3, 4, 5, 1, 1, 9];
  const all = (min: number) => [...heavyPrefixes(table, cumulative(words.length, (i) => weights[i]!), min)];

  it('yields every prefix whose entries weigh at least min, shortest first, and no other', () => {
    const expected = new Set<string>();
    for (const w of words) for (let n = 1; n <= w.length; n++) {
      const p = w.slice(0, n);
      const weight = words.reduce((sum, x, i) => sum + (x.startsWith(p) ? weights[i]! : 0), 0);
      if (weight >= 5) expected.add(p);
    }
    const got = all(5);
    expect(new Set(got)).toEqual(expected);
    expect(got.length).toBe(expected.size);
    expect(got.map((p) => p.length)).toEqual([...got.map((p) => p.length)].sort((x, y) => x - y));
  });

  it('yields nothing when no entry reaches the weight, and every prefix at weight 0', () => {
    expect(all(100)).toEqual([]);
    expect(new Set(all(0))).toEqual(new Set(['a', 'ab', 'abc', 'abd', 'b', 'ba', 'bb', 'c']));
  });

  it('never yields half a surrogate pair, but does yield the whole character', () => {
    const emoji = StringTable.from(['\u{1f600}x', '\u{1f600}y'].sort());
    const got = [...heavyPrefixes(emoji, cumulative(2, () => 1), 1)];
    expect(got).toContain('\u{1f600}');
    expect(got.every((p) => !/[\ud800-\udbff]$/u.test(p))).toBe(true);
  });
});

describe('planKey', () => {
  it('keys plans of optional words, and nothing else', () => {
    expect(planKey(plan('economy'))).not.toBeNull();
    expect(planKey(plan('econ', true))).not.toBeNull();
    expect(planKey(plan('econ', true))).not.toBe(planKey(plan('econ')));
    for (const q of ['+economy', 'economy -growth', 'title:economy', '"economy growth"', 'economy^2 growth']) {
      expect(planKey(plan(q)) === planKey(plan('economy')), q).toBe(false);
    }
    expect(planKey(plan('+economy'))).toBeNull();
    expect(planKey(plan('title:economy'))).not.toBeNull();
    expect(planKey(plan('economy -growth'))).toBeNull();
    expect(planKey(plan('"economy growth"'))).toBeNull();
  });
});

describe('results ranked ahead', () => {
  const data = buildIndexData(corpus(2500));
  const ahead = new SearchEngine(data);
  ahead.warm();
  const full = new SearchEngine(data); // never warmed: every query ranked in full
  const queries: [string, boolean][] = [
    ['market', false], ['markets', false], ['korea', false], ['Korean', false], ['election', false], ['korean', false],
    ['m', true], ['ma', true], ['mar', true], ['mark', true], ['mu', true], ['k', true], ['e', true], ['g', true], ['kor', true],
    ['mark*', false], ['mus*', false], ['body:market', false], ['body:korea', false],
    // Misspelt: its one fuzzy match is a word ranked ahead, so these are its results.
    ['markwt~1', false], ['elektion~1', false],
  ];

  it('ranks the heavy queries while warming', () => {
    expect(HEAVY_POSTINGS).toBeLessThan(5000);
    expect(ahead.rankedAhead).toBeGreaterThan(queries.length);
    for (const [q, typing] of queries) expect(ahead.isRankedAhead(plan(q, typing)), q).toBe(true);
    expect(ahead.isRankedAhead(plan('zeppelin'))).toBe(false); // a rare word is ranked in full
    expect(ahead.search('zeppelin')).toEqual(full.search('zeppelin'));
  });

  it('gives exactly the results, scores, totals and copies of ranking in full', () => {
    for (const [q, typing] of queries) {
      for (const limit of [1, 20, 100]) {
        const a = ahead.search(q, limit, 0, { typing });
        const b = full.search(q, limit, 0, { typing });
        expect(a, `${q} ${typing} ${limit}`).toEqual(b);
      }
      expect(ahead.search(q, 20, 20, { typing })).toEqual(full.search(q, 20, 20, { typing }));
    }
    expect(queries.some(([q, typing]) => ahead.search(q, 100, 0, { typing }).results.some((r) => r.copies.length > 0))).toBe(true);
  });

  it('ranks in full what it did not keep: past the kept results, by date, with facet counts', () => {
    expect(ahead.search('market', 20, 100)).toEqual(full.search('market', 20, 100));
    expect(ahead.search('market', 20, 0, { sort: 'date' })).toEqual(full.search('market', 20, 0, { sort: 'date' }));
    const facets = { source: null, fromYear: null, toYear: null, entity: null, hasNotes: false, noted: [], counts: true };
    expect(ahead.search('market', 20, 0, { facets })).toEqual(full.search('market', 20, 0, { facets }));
  });

  it('does not answer from them once corrections change what the index scores', () => {
    const engine = new SearchEngine(buildIndexData(corpus(2500)));
    engine.warm();
    const before = engine.search('korea').total;
    engine.setCorrections([{ key: 'place:korea', type: null }]);
    const corrected = new SearchEngine(buildIndexData(corpus(2500)));
    corrected.setCorrections([{ key: 'place:korea', type: null }]);
    expect(engine.search('korea')).toEqual(corrected.search('korea'));
    expect(engine.search('korea').results.map((r) => r.score)).not.toEqual(full.search('korea').results.map((r) => r.score));
    engine.setCorrections([]);
    expect(engine.search('korea').total).toBe(before);
    expect(engine.isRankedAhead(plan('korea'))).toBe(true);
  });

  it('waits while corrections apply and goes on once they are taken back', () => {
    const engine = new SearchEngine(buildIndexData(corpus(2500)));
    engine.setCorrections([{ key: 'place:korea', type: null }]);
    engine.warm(); // everything it can do now: ranking ahead waits
    expect(engine.rankedAhead).toBe(0);
    engine.setCorrections([]);
    engine.warm();
    expect(engine.rankedAhead).toBe(ahead.rankedAhead);
    expect(engine.search('market')).toEqual(full.search('market'));
  });
});

describe('the search worker\'s warm-up', () => {
  it('goes on ranking ahead when corrections that stopped it are taken back', async () => {
    const host = new SearchHost(() => {});
    host.handle({ type: 'init', source: { kind: 'documents', documents: corpus(2500) }, control: new SharedArrayBuffer(4) });
    host.handle({ type: 'corrections', corrections: [{ key: 'place:korea', type: null }] });
    const engine = (host as unknown as { engine: SearchEngine }).engine;
    const settled = async () => {
      // Slices run one per turn of the event loop; wait until two turns in a row change nothing.
      for (let last = -1; last !== engine.rankedAhead; ) {
        last = engine.rankedAhead;
        for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
      }
    };
    await settled();
    expect(engine.rankedAhead).toBe(0);
    host.handle({ type: 'corrections', corrections: [] });
    await settled();
    const reference = new SearchEngine(buildIndexData(corpus(2500)));
    reference.warm();
    expect(engine.rankedAhead).toBeGreaterThan(0);
    expect(engine.rankedAhead).toBe(reference.rankedAhead);
  });
});
