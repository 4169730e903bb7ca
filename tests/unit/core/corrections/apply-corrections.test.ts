import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../src/core/corpus/corpus-service';
import { buildCorpusTables } from '../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource, type CorpusTablesService } from '../../../../src/core/corpus/tables/corpus-tables-service';
import { correctDocument, correctionView, nameOverrides, type CorrectionView } from '../../../../src/core/corrections/correction-view';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { itemTarget, type Correction, type CorrectionInput } from '../../../../src/shared/corrections';
import { makeDoc } from '../corpus/tables/make-doc';

const corpus = (extra: ProcessedDocument[] = []) => [
  makeDoc({ id: 'a', paragraphs: ['Chelsea beat Arsenal. Tony Blair watched.'], entities: [{ name: 'Chelsea', type: 'person' }, { name: 'Tony Blair', type: 'person' }, { name: 'Arsenal', type: 'person' }] }),
  makeDoc({ id: 'b', paragraphs: ['Chelsea lost. Mr Blair spoke.'], entities: [{ name: 'Chelsea', type: 'person' }, { name: 'Blair', type: 'person' }] }),
  ...extra,
];

const stamp = '2026-01-01T00:00:00.000Z';
const reject = (target: string, n = 1): Correction => ({ id: `00000000-0000-4000-8000-00000000000${n}`, kind: 'reject-entity', target, label: target, created: stamp });
const retype = (target: string, type: 'organization' | 'place', n = 2): Correction => ({ id: `00000000-0000-4000-8000-00000000000${n}`, kind: 'retype-entity', target, type, label: target, created: stamp });

let serial = 10;
/** A stored correction; `corrections` lists are newest first, as the store gives them. */
const stored = (input: CorrectionInput): Correction => ({ ...input, id: `00000000-0000-4000-8000-0000000000${serial++}`, created: stamp });

/** The tables of a corpus with the corrections applied, as services.ts wires them (merges and splits where the tables are computed). */
function corrected(docs: ProcessedDocument[], corrections: Correction[]) {
  const view = (): CorrectionView => correctionView(corrections, (id) => tables.resolveEntity(id));
  const built = buildCorpusTables(docs, new Map(), nameOverrides(corrections));
  const tables: CorpusTablesService = createCorpusTablesService(memoryTablesSource(built), () => docs.map((d) => summarize(d)), view);
  const doc = (id: string) => {
    const d = docs.find((x) => x.id === id)!;
    const entities = d.entities.map((e) => ({ ...e, corpusId: tables.entityIdFor(e.type, e.name) ?? undefined }));
    return correctDocument({ ...d, entities }, view());
  };
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

describe('merges and splits', () => {
  const docs = () => [
    makeDoc({ id: 'a', paragraphs: ['George W Bush spoke. Chelsea won.'], entities: [{ name: 'George W Bush', type: 'person' }, { name: 'Chelsea', type: 'organization' }] }),
    makeDoc({ id: 'b', paragraphs: ['Dubya spoke, and Chelsea lost.'], entities: [{ name: 'Dubya', type: 'person' }, { name: 'Chelsea', type: 'organization' }] }),
    makeDoc({ id: 'c', paragraphs: ['George W Bush and Dubya, one man.'], entities: [{ name: 'George W Bush', type: 'person' }, { name: 'Dubya', type: 'person' }] }),
  ];
  const merge = stored({ kind: 'merge-entity', target: 'person:dubya', other: 'person:george w bush', label: 'Dubya' });

  it('a merged entity leaves the list; the one it joined counts its documents once each, and lists it as a merged name', () => {
    const { tables } = corrected(docs(), [merge]);
    expect(tables.entities({ type: 'person' }).entities.map((e) => [e.name, e.documentCount])).toEqual([['George W Bush', 3]]);
    const detail = tables.entity('person:george w bush');
    expect(detail.mergedNames).toEqual([{ id: 'person:dubya', name: 'Dubya' }]);
    expect(detail.documents.map((d) => d.documentId).sort()).toEqual(['a', 'b', 'c']);
    expect(detail.coOccurring.map((c) => [c.entity.name, c.sharedDocuments])).toEqual([['Chelsea', 2]]);
    expect(tables.resolveEntity('person:dubya')).toBe('person:george w bush');
    expect(tables.applies(merge)).toBe(true);
  });

  it('the timeline filtered by the entity it joined has the merged entity’s events', () => {
    const withEvents = docs().map((d) => (d.id === 'b' ? makeDoc({ id: 'b', paragraphs: ['Dubya spoke on May 3, 2004.'], entities: [{ name: 'Dubya', type: 'person' }], events: [{ text: 'May 3, 2004', date: '2004-05-03' }] }) : d));
    const { tables } = corrected(withEvents, [merge]);
    expect(tables.timeline({ entityId: 'person:george w bush' }).events.map((e) => e.documentId)).toEqual(['b']);
  });

  it('a document naming both lists one entity with both names’ mentions', () => {
    const { doc } = corrected(docs(), [merge]);
    const people = doc('c').entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toHaveLength(2);
    expect(people[0]!.corpusId).toBe('person:george w bush');
  });

  it('a merge into an entity that is not there, or one making a cycle, does nothing and is reported as not applied', () => {
    const gone = stored({ kind: 'merge-entity', target: 'person:dubya', other: 'person:nobody', label: 'Dubya' });
    const back = stored({ kind: 'merge-entity', target: 'person:george w bush', other: 'person:dubya', label: 'Bush' });
    const { tables } = corrected(docs(), [back, merge]);
    expect(tables.entities({ type: 'person' }).entities.map((e) => e.name)).toEqual(['George W Bush']);
    expect(tables.applies(back)).toBe(false);
    expect(corrected(docs(), [gone]).tables.applies(gone)).toBe(false);
    expect(corrected(docs(), [gone]).tables.entities({ type: 'person' }).total).toBe(2);
  });

  it('a name the alias rules merged is split off: its own entity with its own documents; the other loses them', () => {
    const split = stored({ kind: 'split-alias', target: 'person:blair', other: 'person:tony blair', label: 'Blair' });
    expect(corrected(corpus(), []).tables.entity('person:tony blair').mergedNames).toEqual([{ id: 'person:blair', name: 'Mr Blair' }]);
    const { tables, doc } = corrected(corpus(), [split]);
    expect(tables.entity('person:tony blair').entity.documentCount).toBe(1);
    expect(tables.entity('person:blair').entity.documentCount).toBe(1);
    expect(tables.entity('person:tony blair').mergedNames).toEqual([]);
    expect(doc('b').entities.find((e) => e.name === 'Blair')?.corpusId).toBe('person:blair');
    expect(tables.applies(split)).toBe(true);
  });
});

describe('speakers and claimants', () => {
  const withItems = (): ProcessedDocument => {
    const d = makeDoc({ id: 'a', paragraphs: ['"We will," she said.', 'The union said 3,000 jobs were lost.'], figures: [{ text: '3,000', value: 3000, counts: 'jobs', claimant: 'The union', paragraph: 1 }] });
    return { ...d, quotes: [{ text: '"We will,"', speaker: 'Chelsea', confidence: 0.3, paragraphId: 'a-p0', start: 0, end: 10 }] };
  };

  it('a quote gets the speaker the analyst gave (no longer marked uncertain); a figure’s claimant is set or cleared', () => {
    const docs = [withItems()];
    const figure = docs[0]!.figures[0]!;
    const speaker = stored({ kind: 'quote-speaker', target: itemTarget('a', 'a-p0', 0), attribution: 'Angela Merkel', label: 'We will' });
    const cleared = stored({ kind: 'figure-claimant', target: itemTarget('a', figure.paragraphId, figure.start), attribution: null, label: '3,000 jobs' });
    const { doc } = corrected(docs, [speaker, cleared]);
    expect(doc('a').quotes[0]).toMatchObject({ speaker: 'Angela Merkel' });
    expect(doc('a').quotes[0]!.confidence).toBeUndefined();
    expect(doc('a').figures[0]!.claimant).toBeNull();
    expect(corrected(docs, []).doc('a').figures[0]!.claimant).toBe('The union');
  });

  it('the claims view shows the claimant as corrected', () => {
    const fig = (id: string, claimant: string) =>
      makeDoc({ id, paragraphs: [`${claimant} said 3,000 jobs went.`], figures: [{ text: '3,000', value: 3000, counts: 'jobs', claimant }] });
    const docs = [fig('a', 'The union'), fig('b', 'The firm')];
    const start = docs[1]!.figures[0]!.start;
    const set = stored({ kind: 'figure-claimant', target: itemTarget('b', 'b-p0', start), attribution: 'The regulator', label: '3,000 jobs' });
    const claims = corrected(docs, [set]).tables.claims({}).groups.flatMap((g) => g.claims.map((c) => [c.documentId, c.claimant]));
    expect(claims).toContainEqual(['b', 'The regulator']);
    expect(claims).toContainEqual(['a', 'The union']);
  });
});
