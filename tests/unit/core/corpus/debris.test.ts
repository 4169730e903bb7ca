import { describe, expect, it } from 'vitest';
import { isDebris } from '../../../../src/core/corpus/clean/debris';
import { processText, texts } from './helpers';

describe('debris lines', () => {
  it.each([
    'Skip to content',
    'Skip to main content',
    'Home | World | Business | Technology | Science',
    'News • Sport • Weather • Travel',
    'We use cookies to give you the best experience on our website.',
    'This site uses cookies. By continuing to browse you agree.',
    'Accept all cookies',
    'Manage preferences',
    'Share this article',
    'Share on Facebook',
    'Related: Shipping costs climb as backlog grows',
    'RELATED: What we know about the deal',
    'Read more: Inflation falls again',
    'Most read',
    'Advertisement',
    '© 2024 Coastline Herald. All rights reserved.',
    'Copyright 2024 Reuters. All rights reserved.',
    'Privacy Policy',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'en_USEnglish',
    'en-GB English',
    'English | Español | Français',
    'Physical Address',
    '304 North Cardinal St.',
    'Dorchester Center, MA 02124',
  ])('%s', (line) => {
    expect(isDebris(line)).toBe(true);
  });

  it.each([
    'CNN’s Paul P. Murphy contributed to this report.',
    'Reporting by David Morgan; Editing by Scott Malone',
    'Share prices fell sharply on Monday.',
    'Copyright infringement cases rose by a third last year.',
    'Some websites use cookies to track visitors, one operator noted.',
    'Related research was published in Nature last week.',
    'Home owners face higher bills | analysts say the rise will continue into next year.',
    'The stakes are high.',
    'Here’s what we know.',
    'Referee: K Clark',
    'Advertising revenue rose 12% in the quarter.',
  ])('keeps prose: %s', (line) => {
    expect(isDebris(line)).toBe(false);
  });
});

describe('wire services', () => {
  it('AP dateline with em dash and a contributor credit', () => {
    const doc = processText(
      'Storm knocks out power to thousands\n\nNEW ORLEANS (AP) — A storm knocked out power to about 60,000 homes on Monday.\n\nCrews expected to restore most of it by Wednesday.\n\nAssociated Press writer Jane Roe in Baton Rouge contributed to this report.\n\nCopyright 2024 The Associated Press. All rights reserved.',
    );
    expect(doc.source).toBe('AP');
    expect(doc.title).toBe('Storm knocks out power to thousands');
    expect(texts(doc)).toEqual([
      'NEW ORLEANS (AP) — A storm knocked out power to about 60,000 homes on Monday.',
      'Crews expected to restore most of it by Wednesday.',
      'Associated Press writer Jane Roe in Baton Rouge contributed to this report.',
    ]);
  });
});
