import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { citedAuthors } from '../../../../../src/core/corpus/enrich/citations';

const authors = (text: string) => citedAuthors(text).map((s) => text.slice(s.start, s.end));
const typed = (text: string) => new Map(enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p0', text }] }).entities.map((e) => [e.name, e.type]));

describe('authors of citations', () => {
  it('in brackets: lists with "&" and "and", several items, "see", "et al." and pages', () => {
    expect(authors('Skills improve (Orland, Pemberton, & Quaile, 2010; Varga and Teller, 2011).')).toEqual(['Orland', 'Pemberton', 'Quaile', 'Varga', 'Teller']);
    expect(authors('as argued before (see for example Halloran 2014; Brevik Sandoval et al., 2013, p. 12)')).toEqual(['Halloran', 'Brevik Sandoval']);
    expect(authors('(van der Meulen & McAllister, 2004b)')).toEqual(['van der Meulen', 'McAllister']);
  });

  it('before "et al." and a year in running text', () => {
    expect(authors('Halloran et al. (2012) found no effect.')).toEqual(['Halloran']);
  });

  it('not a body, a place, or a bracket that is not a citation', () => {
    expect(authors('as the agency reported (Kestrel Agency, 2019) and (Germany, 2015)')).toEqual([]);
    expect(authors('He joined the firm (in 2004) and left (Orland said, 2006).')).toEqual([]);
    expect(authors('No year here (Orland, Pemberton).')).toEqual([]);
    expect(authors('released (December, 1999) and again (Spring 2004)')).toEqual([]);
  });

  it('so the surnames are people in the briefing', () => {
    const found = typed('Visual skills improve with practice (Orland, Pemberton, & Quaile, 2010).');
    for (const n of ['Orland', 'Pemberton', 'Quaile']) expect(found.get(n)).toBe('person');
  });
});
