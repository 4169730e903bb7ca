import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const people = (...paragraphs: string[]) =>
  enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a lone name the document writes as a thing', () => {
  it('is an award, not a person, when pluralised after "the"', () => {
    const found = people('Oscar hopefuls Jamie Foxx and Hilary Swank attended.', 'Swank won her first Oscar in 2000.', 'The Oscars take place in Los Angeles next month.');
    expect(found).not.toContain('Oscar');
    expect(found).toEqual(expect.arrayContaining(['Jamie Foxx', 'Hilary Swank']));
  });

  it('is an award, not a person, after a possessive', () => {
    const found = people('Jamie Foxx is an Oscar favourite.', 'Hilary Swank received her Oscar from Jeremy Irons.');
    expect(found).not.toContain('Oscar');
    expect(found).toEqual(expect.arrayContaining(['Jamie Foxx', 'Hilary Swank', 'Jeremy Irons']));
  });

  it('stays a person when a full name the document gives contains it', () => {
    const found = people('Tony Blair and his wife arrived.', 'The Blairs flew to Egypt, and Blair said the trip was private.');
    expect(found).toContain('Tony Blair');
    expect(found).not.toContain('Blair');
  });
});
