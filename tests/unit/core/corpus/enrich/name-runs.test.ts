import { describe, expect, it } from 'vitest';
import { nameRuns, tokenize } from '../../../../../src/core/corpus/enrich/name-runs';

/** The runs of one sentence, each as its words. */
const runs = (text: string): string[] =>
  nameRuns(text, tokenize(text), [{ start: 0, end: text.length }]).map((r) => r.tokens.map((t) => t.text).join(' '));

describe('nameRuns', () => {
  it('keeps an institution named with "of", "for" or "of the" as one run', () => {
    expect(runs('Data from the Office for National Statistics came out.')).toContain('Office for National Statistics');
    expect(runs('Figures from the Office of the Deputy Prime Minister show it.')).toContain('Office of the Deputy Prime Minister');
    expect(runs('The Bank of England held rates.')).toContain('The Bank of England');
  });

  it('keeps "and" inside an institution name, but not between two names', () => {
    expect(runs('A fine from the Securities and Exchange Commission followed.')).toContain('Securities and Exchange Commission');
    expect(runs('A report by the Department of Trade and Industry followed.')).toContain('Department of Trade and Industry');
    expect(runs('Talks between Britain and France resumed.')).toEqual(['Talks', 'Britain', 'France']);
    expect(runs('Both the Labour and Conservative Party leaders spoke.')).toEqual(['Both', 'Labour', 'Conservative Party']);
    expect(runs('Shares in Sony and Microsoft Corporation fell.')).toEqual(['Shares', 'Sony', 'Microsoft Corporation']);
  });

  it('keeps an ampersand between capitalised words inside the run', () => {
    const spans = (text: string) => nameRuns(text, tokenize(text), [{ start: 0, end: text.length }]).map((r) => text.slice(r.tokens[0]!.start, r.tokens.at(-1)!.end));
    expect(spans('A fine from the Quarry & Vell Commission followed.')).toContain('Quarry & Vell Commission');
    expect(spans('Shares in Quarry Lane & General Trust rose.')).toContain('Quarry Lane & General Trust');
    expect(spans('Shares in Kestra & the rest fell.')).toContain('Kestra');
    expect(spans('As shown before (Harrow & Quill, 2011), it holds.')).toEqual(['As', 'Harrow', 'Quill']);
    expect(spans('Harrow & Quill (2009) found the same.')).not.toContain('Harrow & Quill');
    expect(spans('It was presented by Tom Harrow & Grace Quill last year.')).toEqual(['It', 'Tom Harrow', 'Grace Quill']);
  });

  it('keeps two particles of a person\'s name inside the run', () => {
    expect(runs('The prize went to Ilario de la Morvenna last night.')).toContain('Ilario de la Morvenna');
    expect(runs('The keeper Jorrit van der Haalst saved twice.')).toContain('Jorrit van der Haalst');
  });

  it('keeps the particles of places\' names inside the run', () => {
    expect(runs('She moved to Frankfurt am Main in 1829.')).toContain('Frankfurt am Main');
    expect(runs('The ferry left Kingston upon Hull at dawn.')).toContain('Kingston upon Hull');
    expect(runs('The Chelsea on Saturday lost.')).not.toContain('Chelsea on Saturday');
  });

  it('does not join a constituency to the name after a title', () => {
    expect(runs('The MP for Sunderland Central Joe Whitfield spoke.')).not.toContain('MP for Sunderland Central Joe Whitfield');
  });
});
