import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import type { EntityType } from '../../../../../src/shared/corpus';

const typed = (...paragraphs: string[]): Map<string, EntityType> =>
  new Map(
    enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) }).entities.map((e) => [e.name, e.type] as const),
  );

describe('places read from the words around a name no list knows', () => {
  it('after a kind of place and "of", or a compass word and "of"', () => {
    const found = typed('The ferry stops on the island of Tarvosk twice a week.', 'The farm lies three miles south of Quellbury, near the coast.', 'Flooding reached the outskirts of Drenvik on Tuesday.');
    expect(found.get('Tarvosk')).toBe('place');
    expect(found.get('Quellbury')).toBe('place');
    expect(found.get('Drenvik')).toBe('place');
  });

  it('not when the kind word is part of a capitalised name, or the name is a person\'s', () => {
    const found = typed('She was a close friend of Marta Kovelli for years.');
    expect(found.get('Marta Kovelli')).toBe('person');
  });

  it('at the end of a journey', () => {
    const found = typed('Thousands fled to Ostravin as the fighting spread.');
    expect(found.get('Ostravin')).toBe('place');
  });

  it('before a comma and a country or a state, but not as an item of a list', () => {
    const inState = typed('Residents of Harlowe, Ohio, voted against the plan.');
    expect(inState.get('Harlowe')).toBe('place');
    // A sports report, where a list of names with countries is a list of teams.
    const listed = typed('Grenmark, France and Spain all drew in the cup match.');
    expect(listed.get('Grenmark')).not.toBe('place');
    const opener = typed('Similarly, Wales have struggled away from home.');
    expect(opener.has('Similarly')).toBe(false);
  });

  it('not for a possessive: the name owns the place', () => {
    const found = typed('He once travelled to Dario Venkel\'s Moldavia to plead for a prisoner.');
    expect(found.get('Dario Venkel')).not.toBe('place');
  });
});

describe('what a title is "of"', () => {
  it('is the place, not the person holding the title', () => {
    const found = typed('The Archbishop of Canterbury spoke at the service.', 'He met the Mayor of Paris on Monday.');
    expect(found.get('Canterbury')).toBe('place');
    expect(found.get('Paris')).toBe('place');
  });

  it('and a name after a second title is the holder', () => {
    const found = typed('The Archbishop of Canterbury Dr Rowan Williams led the prayers.');
    expect(found.get('Canterbury')).toBe('place');
    expect(found.get('Rowan Williams')).toBe('person');
  });

  it('after a rank of nobility, which is a title only before "of"', () => {
    const found = typed('The Duke of Edinburgh opened the hall.', 'Duke Ellington played there in 1950.');
    expect(found.get('Edinburgh')).toBe('place');
    expect(found.get('Duke Ellington')).toBe('person');
  });

  it('is never the person even when no list knows it', () => {
    const found = typed('The Director of Public Prosecutions will decide next week.');
    expect(found.get('Public Prosecutions')).not.toBe('person');
  });
});

describe('"in" and "at" that belong to a verb, not to a place', () => {
  it('"brought in X", "looked at X" name no place', () => {
    const found = typed('The club decided to bring in Dravko Meljec as executive director.', 'I looked at Torvin, and he gave me a reassuring nod.');
    expect(found.get('Dravko Meljec')).not.toBe('place');
    expect(found.get('Torvin')).not.toBe('place');
  });

  it('while "in X" and "at X" after other words still do', () => {
    const found = typed('Voters in Dravko Meljec turned out early.', 'The crash happened at Torvin on Sunday.');
    expect(found.get('Dravko Meljec')).toBe('place');
    expect(found.get('Torvin')).toBe('place');
  });
});

describe('a place only "in" says, made of ordinary words', () => {
  it('is no place when the tagger does not read one ("in Media Window", "in Chapter")', () => {
    const found = typed('Viewers can watch clips in Media Window on their PCs.', 'Shares traded in Chapter ahead of the results.');
    expect(found.get('Media Window')).toBeUndefined();
    expect(found.get('Chapter')).toBeUndefined();
  });

  it('nor when nationalities join the ordinary words ("in American Chapter", "in Spanish-language stores")', () => {
    const found = typed('Shares traded in American Chapter ahead of the results.', 'Sales of Spanish-language music rose in Spanish-language stores.');
    expect(found.get('American Chapter')).toBeUndefined();
    expect(found.get('Spanish-language')).toBeUndefined();
  });

  it('while a name of words no dictionary holds, or one the gazetteer knows, stays a place', () => {
    const found = typed('Voters in Dravko Meljec turned out early.', 'He trained in Lillehammer all winter.');
    expect(found.get('Dravko Meljec')).toBe('place');
    expect(found.get('Lillehammer')).toBe('place');
  });
});
