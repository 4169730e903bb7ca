import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const typed = (text: string) => new Map(enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p1', text }] }).entities.map((e) => [e.name, e.type] as const));

describe('words that look like organisations and are not', () => {
  it('a country or nationality before "TV" or "radio" is a market, not a broadcaster', () => {
    const found = typed('The quiz show was a hit on US TV and later on British radio, Dana Rell said.');
    expect(found.get('US TV')).toBeUndefined();
    expect(found.get('British radio')).toBeUndefined();
    expect(found.get('Dana Rell')).toBe('person');
  });

  it('but a broadcaster named otherwise keeps its name', () => {
    const found = typed('The quiz show was a hit on Kestrel TV, Dana Rell said.');
    expect(found.get('Kestrel TV')).toBe('organization');
  });

  it('a name joined to a participle ("Leeds-based", "Kestrel-backed") is an adjective', () => {
    const found = typed('The Harwick-based Brannock Fund Management and a Kestrel-backed format were named, Dana Rell said.');
    expect(found.get('Brannock Fund Management')).toBe('organization');
    for (const n of ['Harwick-based Brannock Fund Management', 'Harwick-based', 'Kestrel-backed']) expect(found.get(n)).toBeUndefined();
  });

  it('an honour, a format or a measure written as an acronym is no body', () => {
    const found = typed('Dana Rell, awarded an OBE, hired a PR firm to sell music over IP and on FM, and cited FDI figures.');
    for (const n of ['OBE', 'PR', 'IP', 'FM', 'FDI']) expect(found.get(n)).toBeUndefined();
    expect(found.get('Dana Rell')).toBe('person');
  });

  it('a function word written in capitals for stress is no acronym, but "US" and "WHO" are names', () => {
    const found = typed('Dana Rell said the WHO and the US had NOT acted AND WILL not act.');
    for (const n of ['NOT', 'AND', 'WILL']) expect(found.get(n)).toBeUndefined();
    expect(found.get('WHO')).toBe('organization');
    expect(found.get('United States')).toBe('place');
  });

  it('a Roman numeral alone is no name', () => {
    const found = typed('Part III of the report, Dana Rell said, covers the England XV and Henry VIII.');
    for (const n of ['III', 'XV']) expect(found.get(n)).toBeUndefined();
  });

  it('a head that only ends a name ("Music", "Studios", "Office") is the word alone', () => {
    const found = typed('Dana Rell hosts a show on Kestrel 6 Music. Studios have begun lobbying, a spokesman for the Kestrel Commissioner\'s Office said.');
    for (const n of ['Music', 'Studios', 'Office']) expect(found.get(n)).toBeUndefined();
    expect(found.get('Dana Rell')).toBe('person');
  });

  it('but the name it ends keeps it', () => {
    const found = typed('Dana Rell joined Kestrel Music and then the Harwick Office, she said.');
    expect(found.get('Kestrel Music')).toBe('organization');
    expect(found.get('Harwick Office')).toBe('organization');
  });

  it('a nationality before a first name and a surname describes the person', () => {
    const found = typed('Croatian Ivan Pelko beat Russian Elena Varnova in the mixed doubles on Tuesday.');
    expect(found.get('Ivan Pelko')).toBe('person');
    expect(found.get('Elena Varnova')).toBe('person');
    expect(found.get('Croatian Ivan Pelko')).toBeUndefined();
  });

  it('an event is no body, place or person, nor is any part of its name', () => {
    const found = typed('Dana Rell won at the Harwick Film Festival, ran the Brannock Marathon and spoke at the Detroit Motor Show; the Rockstar Games firm backed her.');
    for (const n of ['Harwick Film Festival', 'Brannock Marathon', 'Detroit Motor Show', 'Detroit Motor', 'Detroit']) expect(found.get(n)).toBeUndefined();
    expect(found.get('Rockstar Games')).toBe('organization');
    expect(found.get('Dana Rell')).toBe('person');
  });

  it('nor is the acronym a text defines by an event\'s name', () => {
    const found = typed('Dana Rell spoke at the Kestrel Electronics Show (KES) in Harwick. KES draws thousands, she said.');
    expect(found.get('KES')).toBeUndefined();
    expect(found.get('Kestrel Electronics Show')).toBeUndefined();
  });

  it('a championship named by a count of nations is an event, a union of nations a body', () => {
    const found = typed('Dana Rell starred in the Six Nations and the Tri-Nations, then spoke at the United Nations.');
    for (const n of ['Six Nations', 'Tri-Nations']) expect(found.get(n)).toBeUndefined();
    expect(found.get('United Nations')).toBe('organization');
  });

  it('"to take Harwick forward" is a slogan, "the Harwick forward Ian Moss" a club\'s player', () => {
    expect(typed('Dana Rell said she would take Harwick forward, not back.').get('Harwick')).not.toBe('organization');
    expect(typed('Dana Rell praised the Harwick forward Ian Moss.').get('Harwick')).toBe('organization');
    expect(typed("The Harwick forward's ban ended on Tuesday.").get('Harwick')).toBe('organization');
  });

  it('an award known by name alone is no body or place', () => {
    const found = typed('Dana Rell won two Grammys and was nominated at the Oscars and the Golden Globes.');
    for (const n of ['Grammys', 'Oscars', 'Golden Globes']) expect(found.get(n)).toBeUndefined();
    expect(found.get('Dana Rell')).toBe('person');
  });

  it('letters after a name ("QC", "MP") are the person\'s, no part of the name', () => {
    const found = typed('The chairman of the Bar Council, Guy Varlow QC, spoke after Dana Rell MP. The Greater Harwick MP said nothing.');
    expect(found.get('Guy Varlow')).toBe('person');
    expect(found.get('Dana Rell')).toBe('person');
    for (const n of ['Guy Varlow QC', 'Dana Rell MP', 'Greater Harwick']) expect(found.get(n)).not.toBe('person');
  });

  it('a competition is an event, whatever the tagger reads in its name', () => {
    const found = typed('Dana Rell won the Carling Cup and the Scottish Cup, then the Zurich Premiership.');
    for (const n of ['Carling Cup', 'Scottish Cup', 'Zurich Premiership', 'Zurich']) expect(found.get(n)).toBeUndefined();
    expect(found.get('Dana Rell')).toBe('person');
  });
});
