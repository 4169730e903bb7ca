import { describe, expect, it } from 'vitest';
import { foldWord, tokenize, tokenSpans } from '../../../../src/core/search/normalize';

const pairs = (flat: number[]) => Array.from({ length: flat.length / 2 }, (_, k) => [flat[2 * k]!, flat[2 * k + 1]!]);

describe('tokenSpans', () => {
  // Highlights are placed by these spans while search found the words by tokenize(): the two
  // must agree on every token, or a mark lands on the wrong word.
  const texts = [
    'Plain words, and punctuation: "quoted" (bracketed) end.',
    'Russia’s army — and Ukraine\u2019s — fought; co-operation & well-being.',
    'Café Zürich naïve façade São Paulo Łódź Ελλάδα Москва 東京 مرحبا',
    'tab\tnew\nline\u00a0nbsp\u2003em\u2009thin\u3000ideographic\u202fnarrow\ufeffbom',
    '--- — – & * ... 42 3.5% £1,200 U.S. e-mail WHO’s 😀 emoji 𝐁old',
    '',
    '   leading and trailing   ',
  ];
  it.each(texts)('finds the same tokens as tokenize() in %j', (text) => {
    const expected = tokenize(text).map((t) => [t.start, t.end]);
    expect(pairs(tokenSpans(text, Infinity))).toEqual(expected);
  });

  it('agrees with tokenize() on random text of words, punctuation, quotes and accents', () => {
    const pieces = ['word', 'BBC', '42', 'x', "'", "'s", '’', '"', ',', '.', '(', ')', ';', '—', '-', ' ', ' ', '\n', 'é', 'Ünï', '$', '%', '&', '\u0001', '😀'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let run = 0; run < 400; run++) {
      const text = Array.from({ length: 30 }, () => pieces[next()]).join('');
      expect(pairs(tokenSpans(text, Infinity)), text).toEqual(tokenize(text).map((t) => [t.start, t.end]));
    }
  });

  it('stops after `count` tokens', () => {
    expect(pairs(tokenSpans('one two three four', 2))).toEqual([[0, 3], [4, 7]]);
    expect(tokenSpans('one two', 0)).toEqual([]);
  });
});

describe('foldWord', () => {
  it('folds case, accents and possessives; punctuation alone folds to nothing', () => {
    expect(foldWord('Café')).toBe('cafe');
    expect(foldWord('Russia’s')).toBe('russia');
    expect(foldWord('—')).toBe('');
  });
});
