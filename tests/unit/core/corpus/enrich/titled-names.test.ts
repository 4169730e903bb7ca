import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const enrich = (...paragraphs: string[]) => enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) });
const typed = (...paragraphs: string[]) => new Map(enrich(...paragraphs).entities.map((e) => [e.name, e.type] as const));

describe('names after an honorific', () => {
  it('are people even when the surname is also a word: a colour, an adjective, a gazetteer place', () => {
    const found = typed('Mrs Green said the plan would fail.', 'Later Dr Black and Mr Young met the board.');
    expect(found.get('Green')).toBe('person');
    expect(found.get('Black')).toBe('person');
    expect(found.get('Young')).toBe('person');
  });

  it('join the full name given earlier, so what they say and claim is theirs', () => {
    const doc = enrich('Finance minister Harold Brown spoke in Leeds.', 'Mr Brown said profits rose 5% last year.');
    const brown = doc.entities.find((e) => e.name === 'Harold Brown');
    expect(brown?.type).toBe('person');
    expect(brown?.mentions).toHaveLength(2);
    expect(doc.figures.find((f) => f.text === '5%')?.claimant).toBe('Harold Brown');
  });

  it('but not a function word after one ("Dr Who")', () => {
    expect(typed('Dr Who returns to the screen in May.').get('Who')).toBeUndefined();
  });
});

describe('a title "of the" something, then its holder', () => {
  it('is what the title is of, and the holder after it', () => {
    const found = typed('The plan was announced by Chancellor of the Exchequer Harold Brown on Monday.');
    expect(found.get('Harold Brown')).toBe('person');
    expect(found.has('Exchequer Harold Brown')).toBe(false);
  });
});

describe('a party word before a member’s name', () => {
  it('describes the person and is not part of the name', () => {
    const found = typed('The seat was won by Tory Dominic Frayne in 2001.', 'Labour Gordon Whitby replied.');
    expect(found.get('Dominic Frayne')).toBe('person');
    expect(found.get('Gordon Whitby')).toBe('person');
    expect(found.has('Tory Dominic Frayne')).toBe(false);
  });
});

describe('"General" before a thing', () => {
  it('is no general’s rank ("the General Election"), while a general keeps his', () => {
    const found = typed('Both parties hope to win the General Election in May.', 'General Tomas Brandt spoke. General Brandt said so.');
    expect([...found.values()].filter((t) => t === 'person')).toHaveLength(1);
    expect(found.get('Tomas Brandt')).toBe('person');
    expect(found.has('Election')).toBe(false);
    expect(typed('A group will target nine seats at the General Election.').has('General Election')).toBe(false);
  });
});

describe('British parties', () => {
  it('are organisations by every name news gives them, first in a sentence too, and one party each', () => {
    const doc = enrich('Labour said the figures were wrong.', 'The Tories and the Liberal Democrats disagreed, and the Conservatives said so again.', 'Lib Dems in Leeds agreed.');
    const parties = new Map(doc.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.length]));
    expect(parties.get('Labour Party')).toBe(1);
    expect(parties.get('Conservative Party')).toBe(2);
    expect(parties.get('Liberal Democrats')).toBe(2);
  });

  it('but "Labour costs" first in a sentence is the word', () => {
    expect(typed('Labour costs rose sharply in the third quarter.').has('Labour Party')).toBe(false);
  });
});

describe('an initial and a surname', () => {
  const people = (text: string) =>
    enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p0', text }] }).entities.filter((e) => e.type === 'person').map((e) => e.name);

  it('is a person, as squad lists and bylines write them', () => {
    const found = people('Replacements: T Varley, G Oakshott, D Pelham, R Quennell.');
    for (const n of ['T Varley', 'G Oakshott', 'D Pelham', 'R Quennell']) expect(found).toContain(n);
  });

  it('but not the article, the pronoun or a letter that names a thing', () => {
    const found = people('The X Factor final drew record viewers.');
    expect(found).not.toContain('X Factor');
  });
});
