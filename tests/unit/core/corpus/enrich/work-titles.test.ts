import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const names = (...paragraphs: string[]) =>
  enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) }).entities.map((e) => e.name);

describe("a work's title is not who or what it names", () => {
  it('after a kind of work and a determiner or a possessive', () => {
    const found = names('Her film Vera Lusk won the prize.', 'The hit single Copper Sky topped the chart.', 'His novel Marta Keel is out in May.');
    for (const n of ['Vera Lusk', 'Copper Sky', 'Marta Keel']) expect(found).not.toContain(n);
  });

  it('wherever the document writes it again, once it has called it a work', () => {
    const found = names('Mike Orland directed the film Vera Lusk last year.', 'Vera Lusk won three awards, and Ada Penn starred in Vera Lusk.');
    expect(found).not.toContain('Vera Lusk');
    expect(found).toContain('Ada Penn');
    // A place that shares a film's name keeps its other mentions.
    expect(names('The musical Chicago opened in Leeds.', 'It later moved to Chicago.')).toContain('Chicago');
  });

  it('alone inside quotation marks', () => {
    expect(names('Fans sang “Copper Sky” all night.')).not.toContain('Copper Sky');
  });

  it('but a verb is no kind of work, and a quoted name introduced as one stays', () => {
    const found = names('Hewitt will play Roger Federer in the final.', 'The unit, codenamed the “Kestrel Battalion,” moved north.');
    expect(found).toContain('Roger Federer');
    expect(found).toContain('Kestrel Battalion');
  });
});
