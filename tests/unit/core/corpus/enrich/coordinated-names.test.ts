import { describe, expect, it } from 'vitest';
import { shareContainingPlace, shareListHead } from '../../../../../src/core/corpus/enrich/coordinated-names';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import type { EntityType } from '../../../../../src/shared/corpus';

type Typed = { start: number; end: number; type: EntityType | 'unknown'; confidence: number };

/** Mentions of `names` in `text`, in order, each with the given type and confidence. */
function mentionsOf(text: string, names: [string, EntityType | 'unknown', number][]): Typed[] {
  let from = 0;
  return names.map(([name, type, confidence]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type, confidence };
  });
}

/** The types after `share` reads the mentions of `names` in `text`. */
function typesAfter(share: (text: string, ms: Typed[]) => void, text: string, names: [string, EntityType | 'unknown', number][]): (EntityType | 'unknown')[] {
  const ms = mentionsOf(text, names);
  share(text, ms);
  return ms.map((m) => m.type);
}

describe('a list takes the type its head noun names', () => {
  it('after "such as" or "including"', () => {
    const text = 'The tour featured bands such as Glass Harbour, Tin Cathedral and Moth Parade.';
    expect(typesAfter(shareListHead, text, [['Glass Harbour', 'person', 0.7], ['Tin Cathedral', 'unknown', 0], ['Moth Parade', 'place', 0.6]])).toEqual(['organization', 'organization', 'organization']);
  });

  it('before "and other …"', () => {
    const text = 'Flooding hit Quellbury, Ostravin and several other towns.';
    expect(typesAfter(shareListHead, text, [['Quellbury', 'unknown', 0], ['Ostravin', 'person', 0.5]])).toEqual(['place', 'place']);
  });

  it('keeps a type the reading is sure of, and a head of two kinds decides nothing', () => {
    const text = 'Firms such as Jon Barrow and Kestrel Ltd agreed. Bands and singers such as Mira Sol and Tin Cathedral played.';
    expect(typesAfter(shareListHead, text, [['Jon Barrow', 'person', 0.98], ['Kestrel Ltd', 'unknown', 0], ['Mira Sol', 'person', 0.7], ['Tin Cathedral', 'unknown', 0]])).toEqual(['person', 'organization', 'person', 'unknown']);
  });

  it('a people head retypes only names no rule typed', () => {
    const text = 'Players such as Arlo Venn and Chelsea were named.';
    expect(typesAfter(shareListHead, text, [['Arlo Venn', 'unknown', 0], ['Chelsea', 'organization', 0.8]])).toEqual(['person', 'organization']);
  });

  it('skips a possessive and a name that modifies the next one', () => {
    const text = 'It copied firms such as Norland\'s Skyway. Directors including Ada Roe and Tarvosk winner Ben Ilk spoke.';
    expect(typesAfter(shareListHead, text, [['Norland', 'place', 0.7], ['Ada Roe', 'unknown', 0], ['Tarvosk', 'unknown', 0]])).toEqual(['place', 'person', 'unknown']);
  });

  it('leaves a list with no head alone', () => {
    const text = 'Glass Harbour, Tin Cathedral and Moth Parade were there.';
    expect(typesAfter(shareListHead, text, [['Glass Harbour', 'person', 0.7], ['Tin Cathedral', 'unknown', 0], ['Moth Parade', 'place', 0.6]])).toEqual(['person', 'unknown', 'place']);
  });
});

describe('a name no rule typed, listed with places', () => {
  it('is a place, and so are the items before a plural kind of place', () => {
    const text = 'The road links Leeds, York, Quellbury and Ostravin. It crosses the Tarvosk and Drenvik districts.';
    expect(typesAfter(shareListHead, text, [['Leeds', 'place', 0.95], ['York', 'place', 0.95], ['Quellbury', 'unknown', 0], ['Ostravin', 'unknown', 0], ['Tarvosk', 'unknown', 0], ['Drenvik', 'unknown', 0]])).toEqual(['place', 'place', 'place', 'place', 'place', 'place']);
  });

  it('when an article opens an item, but not when an item is a possessive', () => {
    const text = 'Workers came from Leeds, York and the Tarvosk. The Quell Panel and the UK\'s watchdog met.';
    expect(typesAfter(shareListHead, text, [['Leeds', 'place', 0.95], ['York', 'place', 0.95], ['Tarvosk', 'unknown', 0], ['Quell Panel', 'unknown', 0], ['UK', 'place', 0.95]])).toEqual(['place', 'place', 'place', 'unknown', 'place']);
  });

  it('and so is a lone first name the gazetteer has, guessed a person', () => {
    const text = 'It ran in Queensland, Victoria, Tasmania and Western Australia.';
    expect(typesAfter(shareListHead, text, [['Queensland', 'place', 0.95], ['Victoria', 'person', 0.5], ['Tasmania', 'place', 0.95], ['Western Australia', 'place', 0.9]])).toEqual(['place', 'place', 'place', 'place']);
  });

  it('but not in a list with a person or a body, a list without "and", one place among more unknowns, or a sports report', () => {
    const cases: [string, [string, EntityType | 'unknown', number][]][] = [
      ['Putin, Leeds and Quellbury were named.', [['Putin', 'person', 0.9], ['Leeds', 'place', 0.95], ['Quellbury', 'unknown', 0]]],
      ['Similarly, Wales struggled.', [['Similarly', 'unknown', 0], ['Wales', 'place', 0.95]]],
      ['Brands include Tarvo, Quell and Leeds.', [['Tarvo', 'unknown', 0], ['Quell', 'unknown', 0], ['Leeds', 'place', 0.95]]],
      ['Leeds and Quellbury drew in the cup match.', [['Leeds', 'place', 0.95], ['Quellbury', 'unknown', 0]]],
    ];
    for (const [text, names] of cases) expect(typesAfter(shareListHead, text, names)).toEqual(names.map((n) => n[1]));
  });
});

describe('the place a sure place lies in', () => {
  it('is the name after it and a comma that ends the clause', () => {
    const text = 'He was born in Tarvosk, Quell Valley), and in Drenvik, Ostland.';
    expect(typesAfter(shareContainingPlace, text, [['Tarvosk', 'place', 0.95], ['Quell Valley', 'organization', 0.6], ['Drenvik', 'place', 0.95], ['Ostland', 'person', 0.5]])).toEqual(['place', 'place', 'place', 'place']);
  });

  it('but not a list item, the subject of a clause, or a name read surely', () => {
    const text = 'In Tarvosk, Quillon said so. Tarvosk, Quell and Ostland met. Drenvik, Kestrel Bank.';
    expect(typesAfter(shareContainingPlace, text, [['Tarvosk', 'place', 0.95], ['Quillon', 'person', 0.6], ['Tarvosk', 'place', 0.95], ['Quell', 'unknown', 0], ['Ostland', 'unknown', 0], ['Drenvik', 'place', 0.95], ['Kestrel Bank', 'organization', 0.95]])).toEqual(['place', 'person', 'place', 'unknown', 'unknown', 'place', 'organization']);
  });
});

describe('formats, networks and titles are no organisations', () => {
  it('GPRS, VHS, RSS, an MEP or a QC', () => {
    const r = enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p1', text: 'Phones on GPRS and films on VHS gave way to RSS feeds, said Tom Ivers QC, an MEP.' }] });
    const orgs = r.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    for (const n of ['GPRS', 'VHS', 'RSS', 'QC', 'MEP']) expect(orgs).not.toContain(n);
  });
});
