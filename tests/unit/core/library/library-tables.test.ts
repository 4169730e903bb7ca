import { describe, expect, it } from 'vitest';
import { buildCorpusTables } from '../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource } from '../../../../src/core/corpus/tables/corpus-tables-service';
import { createLibraryTables } from '../../../../src/core/library/library-tables';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { NO_OVERRIDES, type NameOverrides } from '../../../../src/core/corrections/correction-view';
import { makeDoc } from '../corpus/tables/make-doc';

const bundledDocs = [
  makeDoc({ id: 'b1', paragraphs: ['Northwind opened a depot in Oban.'], entities: [{ name: 'Northwind', type: 'organization' }, { name: 'Oban', type: 'place' }], events: [{ text: 'opened a depot', date: '2024-03-01' }] }),
  makeDoc({ id: 'b2', paragraphs: ['Oban ferries ran late.'], entities: [{ name: 'Oban', type: 'place' }] }),
];

function setUp() {
  const added = new Map<string, ProcessedDocument>();
  const summaries = () => [...bundledDocs, ...added.values()].map((d) => ({ id: d.id, title: d.title, source: d.source, published: d.published }) as never);
  const tables = createLibraryTables({
    bundledTables: createCorpusTablesService(memoryTablesSource(buildCorpusTables(bundledDocs)), summaries),
    bundled: { list: () => [], loadAll: () => bundledDocs },
    library: {
      active: () => [...added.values()].map((d) => ({ id: d.id, textSha256: d.paragraphs.map((p) => p.text).join('|') }) as never),
      get: (id) => added.get(id)!,
    },
    summaries,
  });
  return { tables, added };
}

describe('the corpus view with merges and splits', () => {
  it('patches the build tables without reading a document, as computing them would', () => {
    const docs = [
      ...bundledDocs,
      makeDoc({ id: 'b3', paragraphs: ['Tony Blair and Cherie Blair toured Oban.'], entities: [{ name: 'Tony Blair', type: 'person' }, { name: 'Cherie Blair', type: 'person' }, { name: 'Oban', type: 'place' }] }),
    ];
    const summaries = () => docs.map((d) => ({ id: d.id, title: d.title, source: d.source, published: d.published }) as never);
    const source = memoryTablesSource(buildCorpusTables(docs));
    let overrides: NameOverrides = NO_OVERRIDES;
    let loads = 0;
    const tables = createLibraryTables({
      bundledTables: createCorpusTablesService(source, summaries),
      bundledSource: source,
      bundled: { list: () => [], loadAll: () => ((loads += 1), docs) },
      library: { active: () => [], get: () => { throw new Error('none added'); } },
      summaries,
      overrides: () => overrides,
    });
    overrides = { merges: [['person:cherie blair', 'person:tony blair']], splits: new Set() };
    const full = createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs, new Map(), overrides)), summaries);
    expect(tables.entities({})).toEqual(full.entities({}));
    expect(tables.entity('person:tony blair')).toEqual(full.entity('person:tony blair'));
    expect(tables.hasEntity('person:cherie blair')).toBe(false);
    expect(loads).toBe(0);
    overrides = NO_OVERRIDES;
    expect(tables.hasEntity('person:cherie blair')).toBe(true);
  });
});

const counts = (tables: ReturnType<typeof setUp>['tables']) => Object.fromEntries(tables.entities({}).entities.map((e) => [e.name, e.documentCount]));

describe('the corpus view over bundled and added documents', () => {
  it('is the bundled tables while nothing is added', () => {
    const { tables } = setUp();
    expect(counts(tables)).toEqual({ Oban: 2, Northwind: 1 });
    expect(tables.timeline({}).total).toBe(1);
  });

  it('counts added documents in entities and the timeline, and follows a new version and a removal', () => {
    const { tables, added } = setUp();
    added.set('u1', makeDoc({ id: 'u1', paragraphs: ['Northwind hired staff at Craignure.'], entities: [{ name: 'Northwind', type: 'organization' }, { name: 'Craignure', type: 'place' }], events: [{ text: 'hired staff', date: '2024-05-02' }] }));
    expect(counts(tables)).toEqual({ Oban: 2, Northwind: 2, Craignure: 1 });
    const northwind = tables.entities({ filter: 'northwind' }).entities[0]!;
    expect(tables.documentIdsOf(northwind.id).sort()).toEqual(['b1', 'u1']);
    expect(tables.timeline({}).events.map((e) => e.documentId).sort()).toEqual(['b1', 'u1']);

    // A new version of u1 (changed text) no longer names Craignure.
    added.set('u1', makeDoc({ id: 'u1', paragraphs: ['Northwind hired staff.'], entities: [{ name: 'Northwind', type: 'organization' }] }));
    expect(counts(tables)).toEqual({ Oban: 2, Northwind: 2 });

    added.delete('u1');
    expect(counts(tables)).toEqual({ Oban: 2, Northwind: 1 });
  });
});
