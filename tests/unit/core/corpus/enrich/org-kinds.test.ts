import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const typed = (text: string) => new Map(enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p1', text }] }).entities.map((e) => [e.name, e.type] as const));

describe('a name before a kind of organisation is one', () => {

  it('"the Kestrel Weekly magazine", "the Paper Lark brand", "taken over by Quillon"', () => {
    const found = typed('Her column ran in the Kestrel Weekly magazine until the Paper Lark brand was taken over by Quillon in 1990.');
    expect(found.get('Kestrel Weekly')).toBe('organization');
    expect(found.get('Paper Lark')).toBe('organization');
    expect(found.get('Quillon')).toBe('organization');
  });

  it('but not a place, an adjective or a sentence-opening word that modifies it', () => {
    const found = typed('Security firm Quillon said a London bank, a Leeds-based company and the Tory party were hit.');
    for (const n of ['Security', 'London', 'Leeds-based', 'Tory']) expect(found.get(n)).not.toBe('organization');
    expect(found.get('Quillon')).toBe('organization');
  });
});

describe('what a newsroom tells or quotes with "the"', () => {
  it('is an organisation: told the X, according to the X, writing in the X', () => {
    const found = typed('Ada Penn told the Morning Courant that, according to the Weekly Lantern, the talks had failed. Writing in the Harbour Review, she said so again.');
    expect(found.get('Morning Courant')).toBe('organization');
    expect(found.get('Weekly Lantern')).toBe('organization');
    expect(found.get('Harbour Review')).toBe('organization');
    expect(found.get('Ada Penn')).toBe('person');
  });

  it('and an acronym run into a person after it is two names', () => {
    const found = typed('Sources told the BBC Michael Howard had always backed the plan.');
    expect(found.get('BBC')).toBe('organization');
    expect(found.get('Michael Howard')).toBe('person');
  });
});

describe('a name, a role and the person who holds it', () => {
  it('names the body the person works for', () => {
    const found = typed('Quillfield analyst Ian Moss said demand fell, and Brandor founder Ada Penn agreed.');
    expect(found.get('Quillfield')).toBe('organization');
    expect(found.get('Brandor')).toBe('organization');
    expect(found.get('Ian Moss')).toBe('person');
  });

  it('but not a sentence-opening kind of work, party word or department', () => {
    const found = typed('Fares rose. Aviation analyst Ian Moss said so. Tory spokesman Tom Kelly agreed. Company spokesman Ada Penn did not.');
    for (const word of ['Aviation', 'Tory', 'Company']) expect(found.get(word)).not.toBe('organization');
    expect(found.get('Ian Moss')).toBe('person');
  });
});

describe('organisations a news report marks by what it says of them', () => {
  it('"operators X and Y", "a survey by X", "X, the Netherlands\' largest bank,"', () => {
    const found = typed('Pay-TV operators Quarvel Plus and Drennis have bid. A survey by Mortavie found most viewers knew of it. Shares rose at Kestra Belvo, the Netherlands\' largest bank, after the news.');
    expect(found.get('Quarvel Plus')).toBe('organization');
    expect(found.get('Mortavie')).toBe('organization');
    expect(found.get('Kestra Belvo')).toBe('organization');
  });

  it('"according to analysts X", "pollsters X": a firm, not a person', () => {
    const found = typed('Sales rose 5%, according to analysts Vendrix. A poll by pollsters Quorvane agreed.');
    expect(found.get('Vendrix')).toBe('organization');
    expect(found.get('Quorvane')).toBe('organization');
  });
});

describe('a name joined by an ampersand', () => {
  it('is an organisation, not a person or a place ("Harlan & Bligh", "Morwen Quayle & Sons")', () => {
    const found = typed('The accounts were checked by Harlan & Bligh. Morwen Quayle & Sons sold Tilda & Crane to a rival.');
    expect(found.get('Harlan & Bligh')).toBe('organization');
    expect(found.get('Morwen Quayle & Sons')).toBe('organization');
    expect(found.get('Tilda & Crane')).toBe('organization');
  });

  it('but two places so joined are one', () => {
    expect(typed('Flooding hit Serbia & Montenegro overnight.').get('Serbia & Montenegro')).toBe('place');
  });
});
