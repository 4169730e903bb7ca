import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../../../src/shared/corpus';
import { groupQuotesBySpeaker, quoteLabel } from '../../../../../src/renderer/src/features/briefing/quotes';

const q = (text: string, speaker: string | null): Quote => ({ text, speaker, paragraphId: 'p', start: 0, end: text.length });

describe('quotes by speaker', () => {
  it('groups quotes under their speaker in order of first quote, unattributed last', () => {
    const groups = groupQuotesBySpeaker([
      q('another hoax', 'Dmitry Peskov'),
      q('something', null),
      q('10,000', 'Volodymyr Zelensky'),
      q('close neighbour', 'Dmitry Peskov'),
      q('  ', '  '),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.map((x) => x.text)])).toEqual([
      ['Dmitry Peskov', ['another hoax', 'close neighbour']],
      ['Volodymyr Zelensky', ['10,000']],
      [null, ['something', '  ']],
    ]);
  });

  it('with uncertain items hidden, an unsure speaker is not asserted: the quote moves to unattributed', () => {
    const quotes = [{ ...q('sure', 'Ann Lee'), confidence: 0.9 }, { ...q('unsure', 'Ann Lee'), confidence: 0.3 }, { ...q('old build', 'Bo Chan') }];
    expect(groupQuotesBySpeaker(quotes, true).map((g) => [g.speaker, g.quotes.map((x) => x.text)])).toEqual([
      ['Ann Lee', ['sure', 'unsure']],
      ['Bo Chan', ['old build']],
    ]);
    expect(groupQuotesBySpeaker(quotes, false).map((g) => [g.speaker, g.quotes.map((x) => x.text)])).toEqual([
      ['Ann Lee', ['sure']],
      ['Bo Chan', ['old build']],
      [null, ['unsure']],
    ]);
  });

  it('returns nothing for no quotes', () => {
    expect(groupQuotesBySpeaker([])).toEqual([]);
  });
});

describe('quoteLabel', () => {
  it('names a quote by its first six words, quotes straightened away', () => {
    expect(quoteLabel('"We will keep working on trade until it is fixed,"')).toBe('“We will keep working on trade…”');
    expect(quoteLabel('“Another hoax”')).toBe('“Another hoax”');
  });
});
