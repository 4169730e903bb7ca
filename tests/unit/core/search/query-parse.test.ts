import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryPlan } from '../../../../src/core/search/query-parse';

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
