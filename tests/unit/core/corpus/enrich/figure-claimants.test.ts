import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const claimants = (text: string) =>
  Object.fromEntries(enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p1', text }] }).figures.map((f) => [f.text, f.claimant]));

describe('figure claimants', () => {
  it('a named body whose figures, survey or report find something claims the figure', () => {
    expect(claimants('Figures from the Office for National Statistics showed prices rose 2.1% in December.')['2.1%']).toBe('Office for National Statistics');
    expect(claimants('A survey by the British Retail Consortium found sales fell 0.4%.')['0.4%']).toBe('British Retail Consortium');
    expect(claimants('Prices rose 2.1%, figures from the Office for National Statistics showed.')['2.1%']).toBe('Office for National Statistics');
  });

  it('a report merely mentioned, with no finding, claims nothing', () => {
    expect(claimants('The report by the Audit Commission was late, and 40 people came.')['40']).toBeNull();
  });
});

describe('figure claimants: a source named after its verb', () => {
  it('a tail with the verb first claims the figures before it', () => {
    expect(claimants('Rail fares rose 4.2% in 2024, said the Rail Passengers Council.')['4.2%']).toBe('Rail Passengers Council');
    expect(claimants('The new tablet will hold about 300 films, says Mr Okafor.')['300']).toBe('Okafor');
  });

  it('a verb that opens a clause of its own, or names a listener, claims nothing', () => {
    expect(claimants('A majority, 61%, said Mayor Ruth Calder had done well.')['61%']).toBeNull();
    expect(claimants('The builder, who has worked for 30 years, told the Daily Courier he would retire.')['30']).toBeNull();
  });
});

describe('figure claimants: "the" before a named body', () => {
  it('names the body, however long, not a description mapped to the body named before', () => {
    expect(claimants('Acme Mining said output fell. Wheat exports reached 12 million tonnes, according to the Agriculture Department.')['12 million']).toBe('Agriculture Department');
    expect(claimants('Exports reached 12 million tonnes, according to the Board of Grain Export Marketing for Northern Provinces.')['12 million']).toBe('Board of Grain Export Marketing for Northern Provinces');
  });

  it('a body before a noun describes someone else: "the Riverside coach"', () => {
    expect(claimants('Riverside lost again. Attendance fell 12%, according to the Riverside coach.')['12%']).toBe('the Riverside coach');
  });
});

describe('figure claimants: passives', () => {
  it('"it is estimated" names no one, and a source named elsewhere in the sentence still claims', () => {
    expect(claimants('The Harbour Trust said the quay was safe. It is estimated that 40% of boats sank.')['40%']).toBeNull();
    expect(claimants('The Harbour Trust said the quay was safe. It is estimated that 40% of boats sank, according to the Coastal Survey Office.')['40%']).toBe('Coastal Survey Office');
  });
});

describe('figure claimants: "he said" of a person never quoted', () => {
  it('a "he" opening the sentence is the man the story named last', () => {
    expect(claimants('The council thanked Tom Rivers for the design. He said the new hall cost £2m.')['£2m']).toBe('Tom Rivers');
  });

  it('a "he" inside a clause claims nothing without a speaker to go on', () => {
    expect(claimants('The council thanked Tom Rivers for the design. The hall, which he said cost £2m, opens soon.')['£2m']).toBeNull();
  });
});

describe('figure claimants: a body or group described before its verb', () => {
  const inParagraphs = (...texts: string[]) =>
    Object.fromEntries(enrichDocument({ title: '', published: '2025-01-01', paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, text })) }).figures.map((f) => [f.text, f.claimant]));

  it('"the supermarket chain said" is the body this paragraph named; "Analysts say" opening a sentence is the analysts', () => {
    expect(claimants('Northway Foods opened ten stores. The supermarket chain said sales rose 6% in March.')['6%']).toBe('Northway Foods');
    expect(claimants('The plant closed in May. Analysts say it could fetch £90m.')['£90m']).toBe('Analysts');
  });

  it('"the airline said" is no firm named only paragraphs before', () => {
    expect(inParagraphs('Brightwave Media bought a studio in Leeds.', 'The airline said fares would fall 5% next year.')['5%']).toBe('the airline');
  });
});

describe('figure claimants: verbs of expecting', () => {
  it('"X expects", "analysts predict" claim the figure', () => {
    expect(claimants('Harlow Motors expects sales to reach £40m by 2026.')['£40m']).toBe('Harlow Motors');
    expect(claimants('Analysts predict that 12 million homes will switch.')['12 million']).toBe('Analysts');
  });

  it('"X announced that it expects" stays with X; a passive "is expected" names no one', () => {
    expect(claimants('Northway Foods announced that it expects profits to rise 8%.')['8%']).toBe('Northway Foods');
    expect(claimants('Northway Foods is expected to report profits of £40m.')['£40m']).toBeNull();
  });
});

describe('figure claimants: "according to" a described body or its figures', () => {
  it('the body after the words that describe it, or after the figures or research it gave', () => {
    expect(claimants('Attendance fell 9%, according to ticket agency Northway Foods.')['9%']).toBe('Northway Foods');
    expect(claimants('According to figures gathered by industry watchdog, Harlow Motors, 40% of homes use broadband.')['40%']).toBe('Harlow Motors');
    expect(claimants('According to research by market analysts the Harlow Motors Group, 40% of homes use broadband.')['40%']).toBe('Harlow Motors Group');
  });

  it('"according to analysts, X will…" is the analysts, not X', () => {
    expect(claimants('According to analysts, Harlow Motors will cut 40 jobs.')['40']).toBe('analysts');
  });
});

describe('figure claimants: "he added", "it also said" carried from the sentence before', () => {
  it('is the speaker named before the pronoun, not the paragraph\'s last', () => {
    expect(claimants('Tom Rivers said the plan was sound. He added that it would cost £3m. Jane Hill said it would fail.')['£3m']).toBe('Tom Rivers');
    expect(claimants('Tesco said sales rose in March. It added that profits rose 5%. Harlow Motors said its own sales fell.')['5%']).toBe('Tesco');
  });
});

describe('figure claimants: a group named without an article', () => {
  it('"said transport officials", "according to industry experts" claim the figure', () => {
    expect(claimants('Bus fares rose 6% in May, said transport officials.')['6%']).toBe('transport officials');
    expect(claimants('Sales of bikes will double to 40,000, according to industry experts.')['40,000']).toBe('industry experts');
  });
});
