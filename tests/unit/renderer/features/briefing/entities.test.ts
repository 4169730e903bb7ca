import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../../src/shared/corpus';
import { entitiesOfType, mentionDecorations, mentionsInReadingOrder, wrapIndex } from '../../../../../src/renderer/src/features/briefing/entities';

const doc = { paragraphs: [{ id: 'a', text: '' }, { id: 'b', text: '' }, { id: 'c', text: '' }] };
const peskov: Entity = {
  name: 'Dmitry Peskov',
  type: 'person',
  mentions: [
    { paragraphId: 'c', start: 40, end: 46 },
    { paragraphId: 'c', start: 16, end: 29 },
    { paragraphId: 'gone', start: 0, end: 3 },
  ],
};

describe('entities', () => {
  it('lists one type, most mentioned first, then by name', () => {
    const list = entitiesOfType(
      [
        { name: 'Zelensky', type: 'person', mentions: [peskov.mentions[0]!, peskov.mentions[1]!] },
        { name: 'Kyiv', type: 'place', mentions: [] },
        { name: 'Kirby', type: 'person', mentions: [peskov.mentions[0]!] },
        { name: 'Austin', type: 'person', mentions: [peskov.mentions[0]!] },
      ],
      'person',
    );
    expect(list.map((e) => e.name)).toEqual(['Zelensky', 'Austin', 'Kirby']);
  });

  it('hides names extraction is unsure of only when asked; unscored names (older builds) always show', () => {
    const people = [
      { name: 'Kim', type: 'person' as const, mentions: [], confidence: 0.38 },
      { name: 'Kim Tae-hyo', type: 'person' as const, mentions: [], confidence: 0.64 },
      { name: 'Peskov', type: 'person' as const, mentions: [] },
    ];
    expect(entitiesOfType(people, 'person').map((e) => e.name)).toEqual(['Kim', 'Kim Tae-hyo', 'Peskov']);
    expect(entitiesOfType(people, 'person', false).map((e) => e.name)).toEqual(['Kim Tae-hyo', 'Peskov']);
  });

  it('walks mentions in reading order and drops mentions of paragraphs not in the document', () => {
    const mentions = mentionsInReadingOrder(doc, peskov.mentions);
    expect(mentions.map((m) => m.start)).toEqual([16, 40]);
  });

  it('draws every mention as an entity decoration with exactly one current', () => {
    const mentions = mentionsInReadingOrder(doc, peskov.mentions);
    const decorations = mentionDecorations(peskov, mentions, 1);
    expect(decorations.map((d) => [d.kind, d.start, d.end, !!d.current])).toEqual([
      ['entity', 16, 29, false],
      ['entity', 40, 46, true],
    ]);
    expect(decorations[1]!.label).toBe('Dmitry Peskov, mention 2 of 2');
    expect(new Set(decorations.map((d) => d.key)).size).toBe(2);
  });

  it('wraps next/previous around like search hits', () => {
    expect(wrapIndex(2, 2)).toBe(0);
    expect(wrapIndex(-1, 2)).toBe(1);
    expect(wrapIndex(5, 0)).toBe(0);
  });
});
