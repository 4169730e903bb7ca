import { describe, expect, it } from 'vitest';
import { describesOnePerson, isOnePersonHead } from '../../../../../src/core/corpus/enrich/person-roles';

describe('describesOnePerson', () => {
  it('reads roles, ages and nationalities news gives a named person', () => {
    for (const d of ['the presenter', 'the 74-year-old comedian', 'the American', 'the former Scotland international', 'the world indoor champion', 'The singer']) {
      expect(describesOnePerson(d), d).toBe(true);
    }
  });

  it('leaves the unnamed and bodies alone', () => {
    for (const d of ['the official', 'a spokesman', 'the spokeswoman', 'the company', 'the report', 'the source', 'the Russian soldiers', 'presenter', 'the']) {
      expect(describesOnePerson(d), d).toBe(false);
    }
  });

  it('takes a demonym only capitalised', () => {
    expect(isOnePersonHead('American')).toBe(true);
    expect(isOnePersonHead('american')).toBe(false);
    expect(isOnePersonHead('Coach')).toBe(true);
  });
});
