import { describe, expect, it } from 'vitest';
import { isPlainQuery, parseQuery, readClauses, type QueryPlan } from '../../../../src/core/search/query-parse';

function plan(q: string): QueryPlan {
  const r = parseQuery(q);
  if (!r.ok || !r.plan) throw new Error(`expected a plan for ${q}: ${JSON.stringify(r)}`);
  return r.plan;
}

function problem(q: string) {
  const r = parseQuery(q);
  if (r.ok) throw new Error(`expected a problem for ${q}`);
  return r.problem;
}

describe('parseQuery', () => {
  it('stems, folds case and diacritics of plain terms, all fields, optional', () => {
    const [t] = plan('Troops').terms;
    expect(t).toMatchObject({ term: 'troop', kind: 'exact', presence: 'optional', fields: [0, 1, 2, 3, 4] });
    expect(plan('Café').terms[0]!.term).toBe('cafe');
    expect(plan('Zelenskyy').terms[0]!.term).toBe(plan('zelenskyy').terms[0]!.term);
  });

  it('reads prefix, fuzzy, required, excluded and field terms', () => {
    const p = plan('korea* ukrane~1 +troops -kursk title:russia person:putin');
    expect(p.terms.map((t) => [t.kind, t.presence, t.term, t.editDistance, t.fields.length])).toEqual([
      ['wildcard', 'optional', 'korea*', 0, 5],
      ['fuzzy', 'optional', 'ukran', 1, 5],
      ['exact', 'required', 'troop', 0, 5],
      ['exact', 'prohibited', 'kursk', 0, 5],
      ['exact', 'optional', 'russia', 0, 1],
      ['exact', 'optional', 'putin', 0, 1],
    ]);
    expect(p.terms[4]!.fields).toEqual([0]);
    expect(p.terms[5]!.fields).toEqual([2]);
  });

  it('cuts out phrases with their sign and field, keeping stop words', () => {
    const p = plan('troops -"in the end" title:"north korea" “curly quoted”');
    expect(p.terms.map((t) => t.term)).toEqual(['troop']);
    expect(p.phrases.map((ph) => [ph.presence, ph.words.join(' '), ph.fields])).toEqual([
      ['prohibited', 'in the end', [0, 1, 2, 3, 4]],
      ['required', 'north korea', [0]],
      ['required', 'curly quoted', [0, 1, 2, 3, 4]],
    ]);
  });

  it('treats a blank query as nothing to do, not an error', () => {
    expect(parseQuery('   ')).toEqual({ ok: true, plan: null });
  });

  it.each([
    ['title:', /Add a word after "title:"/u, 0],
    ['~', /goes right after a word/u, null],
    ['"unclosed', /never closed/u, 0],
    ['troops "unclosed', /never closed/u, 7],
    ['*', /at least two letters/u, 0],
    ['😀', /nothing to search for/u, 0],
    ['foo:bar', /"foo:" is not a field/u, 0],
    ['ukraine~3', /1 or 2 edits/u, 7],
    ['ukraine~', /Put 1 or 2 after "~"/u, null],
    ['troops -', /Add a word after "\+" or "-"/u, null],
    ['title:"x" nope:"y"', /"nope:" is not a field/u, 10],
  ])('explains %j instead of throwing', (q, message, start) => {
    const p = problem(q);
    expect(p.message).toMatch(message);
    if (start !== null) expect(p.start).toBe(start);
  });

  it('explains a query over 2,000 characters with the position where it goes over', () => {
    const p = problem('a'.repeat(2001));
    expect(p.message).toContain('2,001 characters');
    expect(p.start).toBe(2000);
    expect(parseQuery('a'.repeat(2000)).ok).toBe(true);
  });

  it('notes stop words searched on their own', () => {
    expect(plan('the troops').ignoredWords).toEqual(['the']);
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What reading a query gives (the clause parts parseQuery reads, and lexemes), or lunr's error. */
function read(rest: string, viaLunr: boolean): unknown {
  try {
    const { clauses, raws } = readClauses(rest, viaLunr);
    const parts = clauses.map(({ term, fields, boost, editDistance, presence }) => ({ term, fields, boost, editDistance, presence }));
    return { clauses: parts, raws };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('readClauses', () => {
  it('reads plain queries without lunr into the clauses lunr makes of them', () => {
    const words = ['korea', 'Kursk', 'US', 'é', 'naïve', '2024', 'a', "Kim's", '日本', '€5', '.', ','];
    const spaces = [' ', ' ', '  ', '\t'];
    const others = ['+', '-', 'title:', 'person:', 'Title:', 'foo:', ':', '~1', '~', '~02', '^2', '^', '*', '\\', 'north-korea', '"'];
    const next = random(15);
    const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
    let plain = 0;
    const n = 3000;
    for (let i = 0; i < n; i++) {
      let q = '';
      const parts = 1 + Math.floor(next() * 8);
      for (let j = 0; j < parts; j++) {
        const r = next();
        q += pick(r < 0.5 ? words : r < 0.8 ? spaces : others);
      }
      if (isPlainQuery(q)) plain++;
      expect(read(q, false), q).toEqual(read(q, true));
    }
    // Enough of the generated queries took the fast path for the comparison to mean something.
    expect(plain).toBeGreaterThan(n / 4);
  });

  it('takes plain words, signs, known fields, edit distances and boosts, and leaves the rest to lunr', () => {
    for (const q of ['korea', '  Kursk  troops ', '+kursk -zelensky', 'title:korea person:kim', '-org:nato', "Kim's", '', 'ukrane~1', 'korea^2', '+title:korea~2^3']) expect(isPlainQuery(q), q).toBe(true);
    for (const q of ['korea*', 'ukrane~', 'korea^x', 'korea~1x', '~1', 'north-korea', 'Title:korea', 'foo:bar', '+ kursk', 'a\\:b', 'title:']) expect(isPlainQuery(q), q).toBe(false);
  });

  it('keeps where each word as typed ends, for type-ahead', () => {
    expect(readClauses('+title:Kor  us').raws).toEqual([
      { str: 'Kor', end: 10 },
      { str: 'us', end: 14 },
    ]);
  });
});
