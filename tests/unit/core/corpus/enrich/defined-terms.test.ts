import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import { definedTerms } from '../../../../../src/core/corpus/enrich/defined-terms';

const organisations = (...paragraphs: string[]) =>
  enrichDocument({ title: '', published: '2025-01-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) })
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

describe('an acronym the document defines by lower-case words is a term', () => {
  it('reads the initials back from the bracket, skipping function words and splitting hyphens', () => {
    const terms = definedTerms([
      'Readings of the sea surface temperature (SST) rose.',
      'Troops found improvised explosive devices (IEDs) and weapons of mass destruction (WMD).',
      'A cheap light-emitting diode (LED) lamp.',
      'Spending on research & development (RD) fell.',
    ]);
    expect([...terms].sort()).toEqual(['IED', 'LED', 'RD', 'SST', 'WMD']);
  });

  it('not when the initials do not match, or a comma breaks the phrase', () => {
    expect(definedTerms(['the final report (SST) was late', 'sea, surface temperature (SST)']).size).toBe(0);
  });

  it('not when the document also defines it by a capitalised name', () => {
    expect(definedTerms(['the Kestrel Valley Authority (KVA) said', 'the known value analysis (KVA) showed']).size).toBe(0);
  });

  it('so none of its mentions is an organisation, in any paragraph', () => {
    const found = organisations(
      'The team measured the ground reaction force (GRF) on each step.',
      'GRF peaked at landing, the Marlow Sports Institute said.',
    );
    expect(found).not.toContain('GRF');
    expect(found).toContain('Marlow Sports Institute');
  });

  it('while a body defined by its name keeps its acronym, in every paragraph', () => {
    const body = enrichDocument({ title: '', published: '2025-01-01', paragraphs: [{ id: 'p0', text: 'The Kestrel Valley Authority (KVA) approved the plan.' }, { id: 'p1', text: 'KVA officials said work starts in May.' }] })
      .entities.find((e) => e.name === 'Kestrel Valley Authority');
    expect(body?.type).toBe('organization');
    expect(body?.mentions.some((m) => m.paragraphId === 'p1')).toBe(true);
  });
});
