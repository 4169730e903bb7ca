import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const typed = (...paragraphs: string[]) =>
  new Map(enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) }).entities.map((e) => [e.name, e.type]));

describe('a team named for its home: a place and a plural', () => {
  it('with a nickname teams are called by, wherever it is written', () => {
    // The tagger alone read "New York" as the place and dropped the rest.
    expect(typed('The New York Jets have signed him.').get('New York Jets')).toBe('organization');
  });

  it('in a paragraph about sport, with any plural', () => {
    expect(typed('Wigan Warriors wing Tom Hale scored two tries.').get('Wigan Warriors')).toBe('organization');
  });

  it("not a place's own name, a person's, or a place's plural head, even in a sports report", () => {
    const found = typed(
      'The match in Las Vegas ended 2-1, and the league moves to St Helens next season.',
      'Paul Jones scored twice in the match.',
      'Fans from the Falkland Islands watched the season opener.',
    );
    expect(found.get('Las Vegas')).toBe('place');
    expect(found.get('St Helens')).not.toBe('organization');
    expect(found.get('Paul Jones')).toBe('person');
    expect(found.get('Falkland Islands')).toBe('place');
  });
});

describe('a capitalised word that is also a common word, used as a team', () => {
  it('is the team in a sports report, where it is written mid-sentence', () => {
    const found = typed('Wenger said the move to Arsenal suited the striker, and Arsenal beat Hull 2-0 on Sunday.');
    expect(found.get('Arsenal')).toBe('organization');
  });

  it('but stays no name where nothing says it is a team', () => {
    expect(typed('The army kept a large Arsenal of rifles in the fort.').has('Arsenal')).toBe(false);
  });
});

describe('a place-named club in a report with no football words', () => {
  it('is the club a player is linked with or moves to, or the title race\'s leader', () => {
    expect(typed('The midfielder, who has been linked with Chelsea, will decide soon.').get('Chelsea')).toBe('organization');
    expect(typed('Their defeat leaves them ten points behind Chelsea in the title race.').get('Chelsea')).toBe('organization');
    expect(typed('They still hope of catching Chelsea in the title race.').get('Chelsea')).toBe('organization');
    expect(typed('He made 110 appearances for Chelsea before moving on.').get('Chelsea')).toBe('organization');
  });

  it('while a woman of that name stays a person', () => {
    expect(typed('Chelsea said she would stand again, and Chelsea Marlow won.').get('Chelsea Marlow')).toBe('person');
  });
});
