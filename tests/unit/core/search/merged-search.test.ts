import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { searchAll, UserIndex } from '../../../../src/core/search/merged-search';
import { doc } from './fixtures';

const docs = [
  doc('a', 'Ferry strike in Oban', ['Ferry crews walked out on Monday; ferries to Mull were cancelled.']),
  doc('b', 'Harbour budget', ['The harbour budget pays for dredging and a new ferry ramp.']),
  doc('c', 'Rail works', ['Trains will not run between Glasgow and Edinburgh this weekend.']),
  doc('d', 'Ferry timetable', ['Ferries run hourly from June. The ferry operator said ferry fares stay the same.']),
  doc('e', 'Budget day', ['The budget raised duty on fuel; ferry operators complained.']),
  doc('f', 'Weather', ['Storms are expected on the west coast, with ferry sailings at risk.']),
];

const one = new SearchEngine(buildIndexData(docs));
const split = [new SearchEngine(buildIndexData(docs.slice(0, 4))), new SearchEngine(buildIndexData(docs.slice(4)))];
const ranked = (r: ReturnType<typeof searchAll>) => r.results.map((x) => [x.documentId, Number(x.score.toFixed(6))]);

describe('searchAll over a bundled and a user index', () => {
  it.each(['ferry', 'ferry budget', '+ferry -strike', 'ferr*', 'fery~1', '"ferry operator"', 'title:ferry', 'budget harbour dredging trains'])(
    'ranks and scores %s exactly as one merged index would',
    (query) => {
      const merged = searchAll(split, query, 50);
      const single = one.search(query, 50);
      expect(ranked(merged)).toEqual(ranked(single));
      expect(merged.total).toBe(single.total);
    },
  );

  it('pages through the merged list', () => {
    const page = searchAll(split, 'ferry', 2, 2);
    expect(page.results.map((r) => r.documentId)).toEqual(one.search('ferry', 2, 2).results.map((r) => r.documentId));
  });

  it('with the bundled index alone, is that index’s own search', () => {
    expect(searchAll([one], 'ferry')).toEqual(one.search('ferry'));
  });
});

describe('UserIndex', () => {
  it('adds in segments, replaces and removes by id', () => {
    const user = new UserIndex();
    for (const d of docs.slice(0, 3)) user.update([d]);
    // 1 + 1 merge into 2; the third stays apart (sizes 2, 1).
    expect(user.engines).toHaveLength(2);
    user.compact();
    expect(user.engines).toHaveLength(1);
    expect(searchAll(user.engines, 'ferry').results.map((r) => r.documentId)).toEqual(['a', 'b']);
    user.update([doc('b', 'Harbour budget', ['Now about cranes only.'])]);
    expect(user.engines).toHaveLength(1);
    expect(searchAll(user.engines, 'dredging').total).toBe(0);
    expect(searchAll(user.engines, 'cranes').results.map((r) => r.documentId)).toEqual(['b']);
    user.update([], ['a']);
    expect(user.has('a')).toBe(false);
    expect(searchAll(user.engines, 'ferry').total).toBe(0);
    expect(user.documentHits('b', 'cranes')?.hits).toHaveLength(1);
  });
});
