import { describe, expect, it } from 'vitest';
import { isDictionaryWord } from '../../../../../src/core/corpus/enrich/common-words';

describe('isDictionaryWord', () => {
  it('knows ordinary words, their plurals and British spellings, in any case', () => {
    for (const w of ['window', 'Windows', 'chapter', 'cities', 'boxes', 'theatre', 'honours', 'Eternal']) expect(isDictionaryWord(w)).toBe(true);
  });

  it('not proper nouns, which the dictionaries write with a capital, nor made-up names', () => {
    for (const w of ['Olympics', 'Paris', 'Dravko', 'Meljec', 'Torvin', 'Indo', '']) expect(isDictionaryWord(w)).toBe(false);
  });
});
