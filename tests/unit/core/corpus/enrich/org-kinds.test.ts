import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

describe('a name before a kind of organisation is one', () => {
  const typed = (text: string) => new Map(enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p1', text }] }).entities.map((e) => [e.name, e.type] as const));

  it('"the Kestrel Weekly magazine", "the Paper Lark brand", "taken over by Quillon"', () => {
    const found = typed('Her column ran in the Kestrel Weekly magazine until the Paper Lark brand was taken over by Quillon in 1990.');
    expect(found.get('Kestrel Weekly')).toBe('organization');
    expect(found.get('Paper Lark')).toBe('organization');
    expect(found.get('Quillon')).toBe('organization');
  });

  it('but not a place, an adjective or a sentence-opening word that modifies it', () => {
    const found = typed('Security firm Quillon said a London bank, a Leeds-based company and the Tory party were hit.');
    for (const n of ['Security', 'London', 'Leeds-based', 'Tory']) expect(found.get(n)).not.toBe('organization');
    expect(found.get('Quillon')).toBe('organization');
  });
});
