import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { isUncertain } from '../../../../../src/shared/corpus';

/** Issue 12: every extracted item carries a score the briefing can mark or hide by. */
const enrich = (...paragraphs: string[]) =>
  enrichDocument({ title: 'Test', published: '2025-02-20', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) });

describe('confidence on figures and dates', () => {
  it('a claimant named in the sentence is surer than one reached through "he said"', () => {
    const r = enrich(
      'Police chief Maria Gonzalez said 300 officers were on duty.',
      'He said 40 more would join.',
    );
    const named = r.figures.find((f) => f.text === '300');
    const pronoun = r.figures.find((f) => f.text === '40');
    expect(named).toMatchObject({ claimant: 'Maria Gonzalez' });
    expect(pronoun).toMatchObject({ claimant: 'Maria Gonzalez' });
    expect(named!.confidence!).toBeGreaterThan(pronoun!.confidence!);
    expect(isUncertain(named!)).toBe(false);
  });

  it('a figure with no claimant carries no claimant confidence; every date carries one in (0, 1]', () => {
    const r = enrich('Prices rose 4% in 2024. The vote is on Thursday; the plan dates from two years ago.');
    const unclaimed = r.figures.find((f) => f.text === '4%');
    expect(unclaimed?.claimant).toBeNull();
    expect(unclaimed?.confidence).toBeUndefined();
    expect(r.events.length).toBeGreaterThan(1);
    for (const e of r.events) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(r.events.find((e) => e.text === 'in 2024')?.confidence).toBe(1);
  });
});

describe('confidence on names', () => {
  it('a surname shared by two full names stays alone and uncertain, however sure its type', () => {
    const r = enrich(
      'Finance minister Lee Min-jun met the envoys on Monday.',
      'Lee Seo-yeon, the deputy, said the talks would resume.',
      'Analyst Tom Baker said: "Lee wants the deal before the election."',
      'Lee said the offer was fair.',
    );
    const lee = r.entities.find((e) => e.name === 'Lee');
    expect(lee?.type).toBe('person');
    expect(isUncertain(lee!)).toBe(true);
    expect(isUncertain(r.entities.find((e) => e.name === 'Tom Baker')!)).toBe(false);
  });

  it('a surname that fits one full name joins it without lowering its confidence', () => {
    const r = enrich('Finance minister Lee Min-jun met the envoys on Monday.', 'Lee said the offer was fair.');
    const lee = r.entities.find((e) => e.name === 'Lee Min-jun');
    expect(lee?.mentions).toHaveLength(2);
    expect(isUncertain(lee!)).toBe(false);
  });
});
