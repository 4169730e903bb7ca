import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const enrich = (...paragraphs: string[]) => enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) });

describe('a name that opens a sentence', () => {
  it('keeps its first word when the document writes the whole name elsewhere', () => {
    const r = enrich('Shares in Time Warner rose on Friday.', 'Time Warner reported a profit of $1.1bn for the quarter.');
    expect(r.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Time Warner']);
    expect(r.entities[0]?.mentions).toHaveLength(2);
    expect(r.figures.find((f) => f.text === '$1.1bn')?.claimant).toBe('Time Warner');
  });

  it('loses a common opening word the document never writes as part of the name', () => {
    const r = enrich('Yesterday Maria Lopez said the plant would close.');
    expect(r.entities.map((e) => e.name)).toEqual(['Maria Lopez']);
  });
});
