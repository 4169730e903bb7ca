// Project-written sentences; the gazetteer is GeoNames data (model/NOTICE.md).
import { describe, expect, it } from 'vitest';
import { placeKind } from '../../../../../src/core/corpus/enrich/gazetteer';
import { tokenize } from '../../../../../src/core/corpus/enrich/name-runs';
import { gazetteerMatches } from '../../../../../src/core/corpus/enrich/ner-features';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

describe('the place gazetteer', () => {
  it('knows large cities, divisions and countries the lexicon lacks, in any case', () => {
    expect(placeKind('Leeds')).toBe('5');
    expect(placeKind('BAVARIA')).toContain('r');
    expect(placeKind('Malmo')).toBe(placeKind('Malmö'));
    expect(placeKind('Philippines')).toContain('c');
    expect(placeKind('Harbourside Quay')).toBeUndefined();
  });

  it('marks the longest name a capitalised run holds, and none across a possessive', () => {
    const text = "Flights from New York City and Rio de Janeiro. Leeds' striker scored.";
    const tokens = tokenize(text);
    const marks = gazetteerMatches(text, tokens);
    const at = (word: string) => marks[tokens.findIndex((t) => t.text === word)];
    expect(at('New')?.startsWith('B|')).toBe(true);
    expect(at('City')?.startsWith('I|')).toBe(true);
    expect(at('Janeiro')?.startsWith('I|')).toBe(true);
    expect(at('from')).toBeNull();
    expect(at('striker')).toBeNull();
  });

  it('reads a country the lexicon calls a demonym as a place', () => {
    const r = enrichDocument({ title: 't', published: null, paragraphs: [{ id: 'p1', text: 'The ferry to the Philippines left at dawn.' }] });
    expect(r.entities.find((e) => e.name === 'Philippines')?.type).toBe('place');
  });
});
