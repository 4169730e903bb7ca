import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../src/core/corpus/corpus-service';
import { buildCorpusTables } from '../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource, type CorpusTablesService } from '../../../../src/core/corpus/tables/corpus-tables-service';
import { correctDocument, correctionView, type CorrectionView } from '../../../../src/core/corrections/correction-view';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import type { Correction } from '../../../../src/shared/corrections';
import { makeDoc } from '../corpus/tables/make-doc';

const corpus = (extra: ProcessedDocument[] = []) => [
  makeDoc({ id: 'a', paragraphs: ['Chelsea beat Arsenal. Tony Blair watched.'], entities: [{ name: 'Chelsea', type: 'person' }, { name: 'Tony Blair', type: 'person' }, { name: 'Arsenal', type: 'person' }] }),
  makeDoc({ id: 'b', paragraphs: ['Chelsea lost. Mr Blair spoke.'], entities: [{ name: 'Chelsea', type: 'person' }, { name: 'Blair', type: 'person' }] }),
  ...extra,
];

const stamp = '2026-01-01T00:00:00.000Z';
const reject = (target: string, n = 1): Correction => ({ id: `00000000-0000-4000-8000-00000000000${n}`, kind: 'reject-entity', target, label: target, created: stamp });
const retype = (target: string, type: 'organization' | 'place', n = 2): Correction => ({ id: `00000000-0000-4000-8000-00000000000${n}`, kind: 'retype-entity', target, type, label: target, created: stamp });

/** The tables of a corpus with the corrections applied, as services.ts wires them. */
function corrected(docs: ProcessedDocument[], corrections: Correction[]) {
  const view = (): CorrectionView => correctionView(corrections, (id) => tables.resolveEntity(id));
  const tables: CorpusTablesService = createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs)), () => docs.map((d) => summarize(d)), view);
  const doc = (id: string) => correctDocument(docs.find((d) => d.id === id)!, view(), (type, name) => tables.entityIdFor(type, name));
  return { tables, doc, view };
}

describe('corrections applied to the corpus', () => {
  it('a rejected entity is gone from the entity list, from who-appears-with, and from each document briefing', () => {
    const { tables, doc } = corrected(corpus(), [reject('person:chelsea')]);
    expect(tables.entities({}).entities.map((e) => e.name)).not.toContain('Chelsea');
    expect(tables.entity('person:tony blair').coOccurring.map((c) => c.entity.name)).not.toContain('Chelsea');
    expect(doc('a').entities.map((e) => e.name)).toEqual(['Tony Blair', 'Arsenal']);
    expect(doc('b').entities.map((e) => e.name)).toEqual(['Blair']);
  });

  it('a retyped entity is listed and filtered under its new type, in the tables and the briefing', () => {
    const { tables, doc } = corrected(corpus(), [retype('person:chelsea', 'organization')]);
    expect(tables.entities({ type: 'organization' }).entities.map((e) => e.name)).toEqual(['Chelsea']);
    expect(tables.entities({ type: 'person' }).entities.map((e) => e.name)).not.toContain('Chelsea');
    expect(doc('b').entities.find((e) => e.name === 'Chelsea')?.type).toBe('organization');
  });

  it('a rejected alias form rejects the entity it was merged into (targets resolve through merges)', () => {
    const { tables, doc } = corrected(corpus(), [reject('person:blair')]);
    expect(tables.resolveEntity('person:blair')).toBe('person:tony blair');
    expect(tables.entities({}).entities.map((e) => e.name)).not.toContain('Tony Blair');
    expect(doc('b').entities.map((e) => e.name)).toEqual(['Chelsea']);
  });

  it('after a rebuild the same correction applies to the fresh tables; one whose entity has gone applies to nothing', () => {
    const corrections = [reject('person:chelsea', 1), reject('person:arsenal', 3)];
    const rebuilt = corpus([makeDoc({ id: 'c', paragraphs: ['Chelsea again.'], entities: [{ name: 'Chelsea', type: 'person' }] })]).map((d) =>
      d.id === 'a' ? { ...d, entities: d.entities.filter((e) => e.name !== 'Arsenal') } : d,
    );
    const { tables, doc, view } = corrected(rebuilt, corrections);
    expect(tables.entities({}).entities.map((e) => e.name)).toEqual(['Tony Blair']);
    expect(doc('c').entities).toEqual([]);
    expect(tables.resolveEntity('person:arsenal')).toBeNull();
    expect([...view().rejected]).toEqual(['person:chelsea']);
  });

  it('with no corrections the document is handed back untouched', () => {
    const { doc } = corrected(corpus(), []);
    expect(doc('a').entities).toHaveLength(3);
  });
});
