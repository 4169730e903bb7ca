// Project-written sentences (no text from ../shared).
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const enrich = (...paragraphs: string[]) =>
  enrichDocument({ title: 't', published: '2026-03-14', paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })) });
const typeOf = (r: ReturnType<typeof enrich>, name: string) => r.entities.find((e) => e.name === name)?.type;

describe('entity names across a document', () => {
  it('reads the opening words of a company name as that company', () => {
    const r = enrich('Halvorsen Brandt GmbH makes valves in Bremen.', 'Last year Halvorsen Brandt opened a second plant.');
    expect(typeOf(r, 'Halvorsen Brandt GmbH')).toBe('organization');
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Halvorsen Brandt');
  });

  it('keeps an institution whole through "of the" and "for"', () => {
    const r = enrich(
      'Archivists at the Royal Library of the Borderlands said the scans were ready.',
      'A report by the Institute for Coastal Studies found the sea had risen.',
    );
    expect(typeOf(r, 'Royal Library of the Borderlands')).toBe('organization');
    expect(typeOf(r, 'Institute for Coastal Studies')).toBe('organization');
    expect(r.entities.map((e) => e.name)).not.toContain('Royal Library');
  });

  it('keeps full names of words no dictionary knows as people, not capitalised common words', () => {
    const r = enrich(
      'The band was formed by Tavo Brenneck and Ilmar Quisted in 2004.',
      'Later the team signed Kaspo Dremmel and Rudi Vantosk.',
      'Among the inductees were Odo Farrance, Bix Callander and Teo Marrick.',
      'Fans packed Rock Video night at the Hot Lotto hall.',
    );
    for (const name of ['Rudi Vantosk', 'Bix Callander', 'Teo Marrick']) expect(typeOf(r, name)).toBe('person');
    expect(typeOf(r, 'Rock Video')).not.toBe('person');
  });

  it('reads a period as no organisation or place', () => {
    const r = enrich('The abbey dates from the Middle Ages; its library grew in the Scottish Enlightenment and the Victorian Era.');
    for (const name of ['Middle Ages', 'Scottish Enlightenment', 'Victorian Era', 'Enlightenment']) expect(typeOf(r, name)).toBeUndefined();
  });

  it('reads a name before its legal form as a company, and the form alone as no name', () => {
    const r = enrich('In 2004 the creditors formed Marrow Creek Timber, LLC, and sold Hollin Ridge Partners, L.P. a year later.');
    expect(typeOf(r, 'Marrow Creek Timber')).toBe('organization');
    expect(typeOf(r, 'Hollin Ridge Partners')).toBe('organization');
    for (const form of ['LLC', 'L. P.', 'L.P.']) expect(typeOf(r, form)).toBeUndefined();
  });

  it('reads an awards ceremony and a doctrine as no name', () => {
    const r = enrich('The band won twice at the Harbour Video Music Awards.', 'Her faith in Calvinism grew in Kingsbridge.');
    expect(typeOf(r, 'Harbour Video Music Awards')).toBeUndefined();
    expect(typeOf(r, 'Calvinism')).toBeUndefined();
  });

  it('reads a sports statistic as no organisation', () => {
    const r = enrich('He finished the season with a 2.45 ERA and 98 RBIs, and was named MVP.');
    for (const stat of ['ERA', 'RBIs', 'MVP']) expect(typeOf(r, stat)).toBeUndefined();
  });

  it("reads a state's formal name as a place, whole", () => {
    const r = enrich("The band toured the People's Republic of Lorvania, the Kingdom of Ostravia and the Veskan Republic.");
    for (const name of ["People's Republic of Lorvania", 'Kingdom of Ostravia', 'Veskan Republic']) expect(typeOf(r, name)).toBe('place');
  });

  it('reads a law or treaty as no name, but keeps a person called Law', () => {
    const r = enrich('Historians say the Dresmark Laws and the Veska Accords shaped the era, as the actor Jude Law said.');
    expect(typeOf(r, 'Dresmark Laws')).toBeUndefined();
    expect(typeOf(r, 'Veska Accords')).toBeUndefined();
    expect(typeOf(r, 'Jude Law')).toBe('person');
  });

  it('keeps a person with a first name and a surname a person', () => {
    const r = enrich('Madison Alden, the company\'s founder, said sales rose.', 'Alden said the plant would stay open.');
    expect(typeOf(r, 'Madison Alden')).toBe('person');
  });

  it('types club suffixes and newspapers as organisations', () => {
    const r = enrich('Fans of Harbourside United read the Kingsbridge Sentinel every week.');
    expect(typeOf(r, 'Harbourside United')).toBe('organization');
    expect(typeOf(r, 'Kingsbridge Sentinel')).toBe('organization');
  });

  it("reads a storm's name and an era or unit acronym as no person or organisation", () => {
    const r = enrich('Cyclone Marisol reached the coast in 1998, long after WWII; the town dates from 300 BCE and its IQ tests made news.');
    expect(r.entities.map((e) => e.name)).not.toContain('Cyclone Marisol');
    for (const word of ['WWII', 'BCE', 'IQ']) expect(typeOf(r, word)).toBeUndefined();
  });
});

describe('a surname that is also a compass word', () => {
  it('"Zorvan West" is a person; "the MP for Harlby North" and "the Wild West" are not', () => {
    const r = enrich('The show features Alicia Keys and Zorvan West. The MP for Harlby North spoke of the Wild West.');
    expect(typeOf(r, 'Zorvan West')).toBe('person');
    expect(typeOf(r, 'Harlby North')).not.toBe('person');
    expect(typeOf(r, 'Wild West')).not.toBe('person');
  });
});

describe('a full name the given-name lexicon lacks', () => {
  it('is a person when it speaks or is described as one ("Ivo Varnek, an analyst with…")', () => {
    const r = enrich('Costs must fall, Dravko Meljec said. "It makes sense," Ivo Varnek, an analyst with a Dutch bank, told reporters.');
    expect(typeOf(r, 'Dravko Meljec')).toBe('person');
    expect(typeOf(r, 'Ivo Varnek')).toBe('person');
  });
});

describe('a plural of an ordinary word that opens a sentence and speaks', () => {
  it('is a group, no one\'s name ("Organisers said", "Prosecutors say")', () => {
    const r = enrich('Organisers said the race would go ahead. Prosecutors say the case is strong.');
    expect(typeOf(r, 'Organisers')).toBeUndefined();
    expect(typeOf(r, 'Prosecutors')).toBeUndefined();
  });

  it('while a surname that is such a word still joins the full name', () => {
    const r = enrich('The album is by Roger Waters. Waters said he was pleased.');
    expect(typeOf(r, 'Roger Waters')).toBe('person');
    expect(r.entities.filter((e) => e.name === 'Waters')).toHaveLength(0);
  });
});

describe('a first name that modifies a noun of its award or season', () => {
  it('is no person ("live Oscar coverage", "the Oscar field")', () => {
    const r = enrich('The channel has bought live Oscar coverage for three years.', 'The film leads the Oscar field with nine nominations.');
    expect(typeOf(r, 'Oscar')).not.toBe('person');
  });
});

describe('a lone word listed as a person\'s name that is also a city of a million', () => {
  it('is no person without a person\'s cue ("fly to Sydney from London")', () => {
    const r = enrich('The plane may be able to fly to Sydney from London in one hit.', 'Shares trade in New York rather than Sydney now.');
    expect(typeOf(r, 'Sydney')).not.toBe('person');
  });
});

describe('a one-word name a cue once calls an organisation', () => {
  it('is that organisation where it speaks too ("oil giant Kestrava" … "Kestrava said")', () => {
    const r = enrich('The court dismissed an attempt by Russian oil giant Kestrava to gain protection.', 'Kestrava said it would appeal. Kestrava filed the papers on Monday. Kestrava claims the sale was illegal.');
    expect(typeOf(r, 'Kestrava')).toBe('organization');
  });
});

describe('a contraction that opens a sentence', () => {
  it('names no one ("We\'ve", "Don\'t")', () => {
    const r = enrich('"But we feel we\'ve turned a page. We\'ve acknowledged our position," he said.', 'We\'ve called for the pension to rise.', 'He told Mr Varne: "Don\'t tell lies Nigel, now you\'ve told too many."');
    expect(typeOf(r, "We've")).toBeUndefined();
    expect(typeOf(r, "Don't")).toBeUndefined();
  });
});

describe('a party\'s adjective before one of its roles', () => {
  it('is the party ("Conservative leader Hal Varney", "a Tory MP")', () => {
    const r = enrich('Former Conservative leader Hal Varney spoke first. Then a Tory MP, Jo Pell, replied.');
    expect(typeOf(r, 'Conservative Party')).toBe('organization');
    expect(typeOf(r, 'Conservative')).toBeUndefined();
    expect(typeOf(r, 'Tory')).toBeUndefined();
  });

  it('but not the ordinary adjective opening a sentence', () => {
    const r = enrich('Conservative estimates put the cost at £2bn.');
    expect(typeOf(r, 'Conservative Party')).toBeUndefined();
  });
});
