/**
 * Light coreference for fiction (characters.ts): the descriptions a novel uses for someone it
 * has named are that person. Text written for this test, in the shape novels use.
 */
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { Characters, type Occurrence } from '../../../../../src/core/corpus/enrich/characters';
import { markCataphors } from '../../../../../src/core/corpus/enrich/dialogue';
import type { Gender } from '../../../../../src/core/corpus/enrich/dialogue-tags';

const name = (paragraph: number, at: number, n: string, extra: Partial<Occurrence> = {}): Occurrence => ({ paragraph, at, name: n, kind: 'name', gender: null, ...extra });
const desc = (paragraph: number, at: number, n: string, gender: Gender = null): Occurrence => ({ paragraph, at, name: n, kind: 'description', gender });
const genders: Record<string, Gender> = { 'Mr. Hale': 'm', 'Mrs. Hale': 'f', 'Tom Price': 'm', 'Ann Price': 'f', 'Howard Archie': 'm' };
const build = (os: Occurrence[]): Characters => new Characters(os, (n) => genders[n] ?? null);

describe('characters: one person, however the text refers to them', () => {
  it('takes "his wife" and "his lady" of Mr. Hale for Mrs. Hale, named before or after', () => {
    const after = build([desc(1, 20, 'his lady', 'f'), name(2, 0, 'Mr. Hale'), desc(3, 30, 'his wife', 'f'), name(9, 0, 'Mrs. Hale')]);
    expect(after.canonical('his lady', 1, 20)).toBe('Mrs. Hale');
    expect(after.canonical('his wife', 3, 30)).toBe('Mrs. Hale');
    const before = build([name(0, 0, 'Mr. Hale'), name(0, 20, 'Mrs. Hale'), desc(2, 10, 'his wife', 'f')]);
    expect(before.canonical('his wife', 2, 10)).toBe('Mrs. Hale');
  });

  it('keeps two men\'s wives apart', () => {
    const c = build([name(0, 0, 'Mr. Hale'), desc(0, 30, 'his wife', 'f'), name(1, 0, 'Tom Price'), desc(1, 30, 'his wife', 'f'), name(2, 0, 'Mrs. Hale')]);
    expect(c.canonical('his wife', 0, 30)).toBe('Mrs. Hale');
    expect(c.canonical('his wife', 1, 30)).toBe('his wife');
  });

  it('reads "the doctor" as the Dr. named before, and "the boy" as the boy described before', () => {
    const c = build([name(0, 0, 'Howard Archie', { title: 'Dr.' }), desc(0, 40, 'a small boy', 'm'), desc(2, 0, 'the doctor'), desc(3, 0, 'the boy', 'm')]);
    expect(c.canonical('the doctor', 2, 0)).toBe('Howard Archie');
    expect(c.canonical('the boy', 3, 0)).toBe('a small boy');
  });

  it('never joins a woman to a man described with the same noun, nor "a man" to anyone', () => {
    const c = build([name(0, 0, 'Ann Price'), desc(0, 20, 'a stranger', 'm'), desc(1, 0, 'a stranger', 'm')]);
    expect(c.canonical('a stranger', 1, 0)).toBe('a stranger');
    expect(build([desc(0, 0, 'the old man', 'm'), desc(1, 0, 'the old woman', 'f')]).canonical('the old woman', 1, 0)).toBe('the old woman');
  });

  it('gives a tagged "his wife" of a conversation the name the story gives her', () => {
    const quotes = enrichDocument({ title: '', published: null, paragraphs: [
      'Mr. Hale came home late that evening, and Mrs. Hale was waiting in the hall.',
      '“You are late again,” said his wife.',
      '“The roads were bad,” he answered.',
      '“Were they indeed?” returned his lady.',
      '“They were,” said he.',
    ].map((text, i) => ({ id: `p${i + 1}`, text })) }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Mrs. Hale', 'Mr. Hale', 'Mrs. Hale', 'Mr. Hale']);
  });
});

describe('characters: "his voice" that points ahead', () => {
  const voice = (cataphor?: string): Characters => build([
    name(0, 0, 'Tom Price'),
    { ...desc(1, 10, 'his voice', null), ...(cataphor ? { cataphor } : {}) },
    name(1, 60, 'Howard Archie'),
  ]);

  it('is the man its sentence names next when the text marks it so', () => {
    expect(voice('Howard Archie').canonical('his voice', 1, 10)).toBe('Howard Archie');
  });

  it('is the man named before when nothing points ahead', () => {
    expect(voice().canonical('his voice', 1, 10)).toBe('Tom Price');
  });

  it('never points "her voice" ahead to a man', () => {
    const c = build([name(0, 0, 'Ann Price'), { ...desc(1, 10, 'her voice', null), cataphor: 'Howard Archie' }, name(1, 60, 'Howard Archie')]);
    expect(c.canonical('her voice', 1, 10)).toBe('Ann Price');
  });

  it('keeps a relation ("his brother") with the man named before', () => {
    const c = build([name(0, 0, 'Tom Price'), { ...desc(1, 10, 'his brother', 'm'), cataphor: 'Howard Archie' }, name(1, 60, 'Howard Archie')]);
    expect(c.canonical('his brother', 1, 10)).not.toBe('Howard Archie');
  });

  it('marks "his voice" ahead only when no one is named before it in its sentence', () => {
    const mark = (text: string): string | undefined => {
      const at = (w: string): number => text.indexOf(w);
      const os: Occurrence[] = [name(0, at('Tom Price'), 'Tom Price'), desc(0, at('his voice'), 'his voice'), name(0, at('Howard Archie'), 'Howard Archie')].sort((x, y) => x.at - y.at);
      markCataphors(os, text);
      return os.find((o) => o.kind === 'description')?.cataphor;
    };
    expect(mark('Tom Price sat by the fire. I did not hear his voice until Howard Archie was at the door.')).toBe('Howard Archie');
    expect(mark('Tom Price sat by the fire and his voice was low when Howard Archie came in.')).toBeUndefined();
    expect(mark('Tom Price sat by the fire, and I heard his voice. Then Howard Archie came in.')).toBeUndefined();
  });
});

describe('Characters.withHead', () => {
  it('finds the character a role noun names, by title or description', () => {
    const c = new Characters([
      { paragraph: 0, at: 0, name: 'Howard Archie', kind: 'name', gender: 'm', title: 'Dr.' },
      { paragraph: 0, at: 40, name: 'her father', kind: 'description', gender: 'm' },
    ], () => null);
    expect(c.withHead('doctor', ['Howard Archie', 'her father'])).toBe('Howard Archie');
    expect(c.withHead('papa', ['Howard Archie', 'her father'])).toBe('her father');
    expect(c.withHead('captain', ['Howard Archie', 'her father'])).toBeNull();
  });
});
