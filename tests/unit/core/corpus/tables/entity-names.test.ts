import { describe, expect, it } from 'vitest';
import { acronymsOf, earlierMention, isAcronym, nameKey, surfaceForm, titleBefore } from '../../../../../src/core/corpus/tables/entity-names';

describe('nameKey', () => {
  it('folds case, accents, curly apostrophes, spacing and a possessive', () => {
    expect(nameKey('person', 'José  Mourinho’s')).toBe('jose mourinho');
    expect(nameKey('place', 'SÃO PAULO')).toBe('sao paulo');
  });
  it('drops a title before a person but keeps a name that is only a title', () => {
    expect(nameKey('person', 'Mr Blair')).toBe('blair');
    expect(nameKey('person', 'Prime Minister Tony Blair')).toBe('tony blair');
    expect(nameKey('person', 'Dr. Rowan Williams')).toBe('rowan williams');
    expect(nameKey('person', 'President')).toBe('president');
  });
  it('drops "the" and legal forms from organisations only', () => {
    expect(nameKey('organization', 'The Marks & Spencer plc')).toBe('marks & spencer');
    expect(nameKey('organization', 'Chelsea FC')).toBe('chelsea');
    expect(nameKey('place', 'The Hague')).toBe('the hague');
  });
});

describe('acronyms', () => {
  it('takes initials of significant words, with and without a country prefix', () => {
    expect(acronymsOf('US Securities and Exchange Commission')).toEqual(['USEC', 'SEC']);
    expect(acronymsOf('Organisation for Economic Co-operation and Development')).toEqual(['OECD']);
    expect(acronymsOf('Google')).toEqual([]);
  });
  it('recognises capitals of 2 to 6 letters only', () => {
    expect(isAcronym('SEC')).toBe(true);
    expect(isAcronym('Sec')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });
  it('finds a title written before a mention', () => {
    const text = 'He met Mr Blair and Blair.';
    expect(titleBefore(text, text.indexOf('Blair'))).toBe('Mr ');
    expect(titleBefore(text, text.lastIndexOf('Blair'))).toBe('');
  });
});

describe('how a mention is counted', () => {
  it('as its words with spaces folded, after a person\'s title', () => {
    const text = 'He met Dr Anna\nKeel and the Bank  of England.';
    expect(surfaceForm('person', text, text.indexOf('Anna'), text.indexOf(' and'))).toBe('Dr Anna Keel');
    expect(surfaceForm('organization', text, text.indexOf('Bank'), text.indexOf('.'))).toBe('Bank of England');
  });

  it('keeping the earliest mention: by paragraph, then by offset', () => {
    const at = (p: number, start: number) => ({ p, start, end: start + 1, paragraphId: `p${p}` });
    expect(earlierMention(null, at(2, 5))).toEqual(at(2, 5));
    expect(earlierMention(at(2, 5), at(1, 50))).toEqual(at(1, 50));
    expect(earlierMention(at(1, 50), at(1, 3))).toEqual(at(1, 3));
    expect(earlierMention(at(1, 3), at(1, 3))).toEqual(at(1, 3));
    expect(earlierMention(at(1, 3), at(2, 0))).toEqual(at(1, 3));
  });
});
