import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../../../src/shared/corpus';
import { groupQuotesBySpeaker } from '../../../../../src/renderer/src/features/briefing/quotes';

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

  it('returns nothing for no quotes', () => {
    expect(groupQuotesBySpeaker([])).toEqual([]);
  });
});
