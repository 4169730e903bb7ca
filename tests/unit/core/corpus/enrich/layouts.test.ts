// Project-written sentences (no text from ../shared): results lines, squad lists, datelines.
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { datelinePlace, peopleWithClubs, resultTeams, squadList } from '../../../../../src/core/corpus/enrich/layouts';

const enrich = (...paragraphs: string[]) =>
  enrichDocument({ title: 't', published: '2026-03-14', paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })) });
const typeOf = (r: ReturnType<typeof enrich>, name: string) => r.entities.find((e) => e.name === name)?.type;
const slice = (text: string, ranges: readonly { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('results lines', () => {
  it('finds both teams of "Team 2-1 Team" and "Team 3 Team 1" lines', () => {
    const text = 'Leeds 2-1 Chelsea\nArsenal 3 Manchester United 1\nNorwich 0-0 Hull City';
    expect(slice(text, resultTeams(text))).toEqual(['Leeds', 'Chelsea', 'Arsenal', 'Manchester United', 'Norwich', 'Hull City']);
  });

  it('reads results separated by semicolons', () => {
    const text = 'Saturday: Bristol 1-2 Exeter; Sunderland 4-0 Carlisle';
    expect(slice(text, resultTeams(text))).toContain('Carlisle');
  });

  it('leaves prose with a score alone', () => {
    expect(resultTeams('Leeds won 2-1 at home on Saturday.')).toEqual([]);
    expect(resultTeams('Rates rose 2 Percent in March')).toEqual([]);
  });

  it('types city-named teams in a results table as organisations', () => {
    const r = enrich('Weekend results', 'Leeds 2-1 Chelsea\nBristol 0-3 Sheffield\nSydney 1-1 Melbourne');
    for (const team of ['Leeds', 'Chelsea', 'Bristol', 'Sheffield', 'Sydney', 'Melbourne']) expect(typeOf(r, team)).toBe('organization');
  });
});

describe('squad lists', () => {
  const lineup = 'Harbourside: Okafor; Brennan, Lindqvist (capt), Marsh, Duval; Achterberg, Pellow, Quaye. Subs: Tunde, Whitlock.';

  it('reads the team before the colon and every name after it', () => {
    const squad = squadList(lineup);
    expect(squad).not.toBeNull();
    expect(slice(lineup, squad?.team ? [squad.team] : [])).toEqual(['Harbourside']);
    expect(slice(lineup, squad?.names ?? [])).toEqual(['Okafor', 'Brennan', 'Lindqvist', 'Marsh', 'Duval', 'Achterberg', 'Pellow', 'Quaye', 'Tunde', 'Whitlock']);
  });

  it('needs a lineup: a list of words or a short list is not one', () => {
    expect(squadList('Ingredients: flour, eggs, sugar, butter, milk.')).toBeNull();
    expect(squadList('Harbourside: Okafor, Brennan (capt).')).toBeNull();
    expect(squadList('Guests: Arden, Blythe, Corrin, Dace, Ember.')).toBeNull();
  });

  it('types the team an organisation and the players people', () => {
    const r = enrich('The team to face Kingsbridge on Saturday:', lineup);
    expect(typeOf(r, 'Harbourside')).toBe('organization');
    for (const player of ['Okafor', 'Marsh', 'Duval', 'Whitlock']) expect(typeOf(r, player)).toBe('person');
  });
});

describe('datelines', () => {
  it('reads the capitals place at the head of a wire story', () => {
    const cases: [string, string][] = [
      ['LONDON, 2 March (Reuters) - Shares fell sharply on Monday.', 'LONDON'],
      ['NEW YORK (AP) — The city council voted on Tuesday.', 'NEW YORK'],
      ['WASHINGTON — The Senate adjourned early.', 'WASHINGTON'],
    ];
    for (const [text, place] of cases) expect(slice(text, [datelinePlace(text) ?? { start: 0, end: 0 }])).toEqual([place]);
  });

  it('does not take an acronym opening a sentence for a dateline', () => {
    expect(datelinePlace('NATO said on Monday that it would meet.')).toBeNull();
  });

  it('types the dateline a place', () => {
    const r = enrich('MANCHESTER, 4 May (Reuters) - The firm said profits rose.');
    expect(typeOf(r, 'MANCHESTER')).toBe('place');
  });
});

describe('people listed with a bracketed name', () => {
  it('names each person and their club ("H Tolland (Leicester), S Marr (Northampton)")', () => {
    const r = enrich('Forwards: H Tolland (Leicester), S Marr (Northampton), G Pellow (Bath), Dario Venn (Stade Carcassonne).');
    for (const n of ['H Tolland', 'S Marr', 'G Pellow', 'Dario Venn']) expect(typeOf(r, n)).toBe('person');
    for (const n of ['Leicester', 'Northampton', 'Bath', 'Stade Carcassonne']) expect(typeOf(r, n)).toBe('organization');
  });

  it('or their country, when the bracket names one', () => {
    const r = enrich('Seeds: Marat Vellin (Russia), Tomas Arvo (Argentina), Jo Harrell (US), Kim Sellin (Sweden).');
    for (const n of ['Russia', 'Argentina', 'Sweden']) expect(typeOf(r, n)).toBe('place');
  });

  it('but not a prize list\'s works, nor a body and its short form, nor fewer than three', () => {
    const text = 'Best actress: Ada Vell (Quiet Harbour), Mia Toss (The Long Road), Lia Crane (Paper Moon).';
    expect(peopleWithClubs(text)).toEqual([]);
    expect(peopleWithClubs('The World Anti-Doping Agency (Wada), Ty Marr (Bath), Jo Pell (Sale).')).toEqual([]);
    expect(peopleWithClubs('He joined from Tom Vell (Bath) and Jo Pell (Sale).')).toEqual([]);
  });
});
