import { describe, expect, it } from 'vitest';
import { buildCorpusTables } from '../../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource } from '../../../../../src/core/corpus/tables/corpus-tables-service';
import { DOMINANCE } from '../../../../../src/core/corpus/tables/merge-aliases';
import { summarize } from '../../../../../src/core/corpus/corpus-service';
import type { ProcessedDocument } from '../../../../../src/shared/corpus';
import { makeDoc } from './make-doc';

function serviceOf(docs: ProcessedDocument[]) {
  return createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs)), () => docs.map((d) => summarize(d)));
}

const blairDocs = () => [
  makeDoc({ id: 'a', paragraphs: ['Tony Blair spoke. Later Blair left.'], entities: [{ name: 'Tony Blair', type: 'person', forms: ['Tony Blair', 'Blair'] }] }),
  makeDoc({ id: 'b', paragraphs: ['Mr Blair said no.'], entities: [{ name: 'Blair', type: 'person' }] }),
  makeDoc({ id: 'c', paragraphs: ['Tony Blair and the SEC.'], entities: [{ name: 'Tony Blair', type: 'person' }, { name: 'SEC', type: 'organization' }] }),
  makeDoc({
    id: 'd',
    paragraphs: ['The US Securities and Exchange Commission fined a bank.'],
    entities: [{ name: 'US Securities and Exchange Commission', type: 'organization' }],
  }),
];

describe('corpus entity index', () => {
  it('merges a surname and a titled surname into the one full name, listing the forms', () => {
    const page = serviceOf(blairDocs()).entities({ type: 'person' });
    expect(page.entities).toHaveLength(1);
    const [blair] = page.entities;
    expect(blair).toMatchObject({ id: 'person:tony blair', name: 'Tony Blair', documentCount: 3, mentionCount: 4 });
    expect(blair?.aliases).toEqual(expect.arrayContaining(['Blair', 'Mr Blair']));
  });

  it('merges an acronym into the organisation it abbreviates', () => {
    const orgs = serviceOf(blairDocs()).entities({ type: 'organization' }).entities;
    expect(orgs.map((e) => [e.name, e.documentCount])).toEqual([['US Securities and Exchange Commission', 2]]);
    expect(orgs[0]?.aliases).toContain('SEC');
  });

  it('leaves a surname alone when two full names share it and neither dominates', () => {
    const docs = [
      makeDoc({ id: 'a', paragraphs: ['Gordon Brown spoke.'], entities: [{ name: 'Gordon Brown', type: 'person' }] }),
      makeDoc({ id: 'b', paragraphs: ['Wes Brown played.'], entities: [{ name: 'Wes Brown', type: 'person' }] }),
      makeDoc({ id: 'c', paragraphs: ['Brown left.'], entities: [{ name: 'Brown', type: 'person' }] }),
    ];
    expect(serviceOf(docs).entities({}).entities.map((e) => e.name).sort()).toEqual(['Brown', 'Gordon Brown', 'Wes Brown']);
  });

  it(`merges a surname into a full name named in ${DOMINANCE} times as many documents as the next`, () => {
    const docs = [
      ...Array.from({ length: DOMINANCE }, (_, i) => makeDoc({ id: `g${i}`, paragraphs: ['Gordon Brown spoke.'], entities: [{ name: 'Gordon Brown', type: 'person' }] })),
      makeDoc({ id: 'w', paragraphs: ['Wes Brown played.'], entities: [{ name: 'Wes Brown', type: 'person' }] }),
      makeDoc({ id: 'c', paragraphs: ['Brown left.'], entities: [{ name: 'Brown', type: 'person' }] }),
    ];
    const names = serviceOf(docs).entities({}).entities.map((e) => [e.name, e.documentCount]);
    expect(names).toEqual([['Gordon Brown', DOMINANCE + 1], ['Wes Brown', 1]]);
  });

  it('never merges across types', () => {
    const docs = [
      makeDoc({ id: 'a', paragraphs: ['Chelsea won.'], entities: [{ name: 'Chelsea', type: 'organization' }] }),
      makeDoc({ id: 'b', paragraphs: ['Chelsea Clinton spoke.'], entities: [{ name: 'Chelsea Clinton', type: 'person' }] }),
      makeDoc({ id: 'c', paragraphs: ['Chelsea is in London.'], entities: [{ name: 'Chelsea', type: 'place' }] }),
    ];
    expect(serviceOf(docs).entities({}).total).toBe(3);
  });

  it('does not depend on document order', () => {
    const forward = serviceOf(blairDocs()).entities({}).entities;
    const backward = serviceOf(blairDocs().reverse()).entities({}).entities;
    expect(backward.map((e) => [e.id, e.documentCount, e.mentionCount])).toEqual(forward.map((e) => [e.id, e.documentCount, e.mentionCount]));
  });

  it('filters by name or alias as you type, accent- and case-insensitively, and sorts', () => {
    const service = serviceOf(blairDocs());
    expect(service.entities({ filter: 'mr bl' }).entities.map((e) => e.name)).toEqual(['Tony Blair']);
    expect(service.entities({ filter: 'sec' }).entities.map((e) => e.name)).toEqual(['US Securities and Exchange Commission']);
    expect(service.entities({ filter: 'nobody' }).total).toBe(0);
    expect(service.entities({ sort: 'name' }).entities.map((e) => e.name)).toEqual(['Tony Blair', 'US Securities and Exchange Commission']);
  });
});

describe('entity detail', () => {
  it('lists documents with the first mention and a snippet, most mentions first', () => {
    const detail = serviceOf(blairDocs()).entity('person:tony blair');
    expect(detail.documents.map((d) => [d.documentId, d.mentionCount])).toEqual([['a', 2], ['b', 1], ['c', 1]]);
    const b = detail.documents[1];
    expect(b).toMatchObject({ localName: 'Blair', snippet: 'Mr Blair said no.' });
    expect(b?.snippet.slice((b?.start ?? 0) - (b?.snippetStart ?? 0), (b?.end ?? 0) - (b?.snippetStart ?? 0))).toBe('Blair');
  });

  it('ranks co-occurring entities by shared documents', () => {
    const docs = [
      makeDoc({ id: 'a', paragraphs: ['Kim and Lee and Park.'], entities: [{ name: 'Kim', type: 'person' }, { name: 'Lee', type: 'person' }, { name: 'Park', type: 'person' }] }),
      makeDoc({ id: 'b', paragraphs: ['Kim and Lee.'], entities: [{ name: 'Kim', type: 'person' }, { name: 'Lee', type: 'person' }] }),
      makeDoc({ id: 'c', paragraphs: ['Moon alone.'], entities: [{ name: 'Moon', type: 'person' }] }),
    ];
    const detail = serviceOf(docs).entity('person:kim');
    expect(detail.coOccurring.map((c) => [c.entity.name, c.sharedDocuments])).toEqual([['Lee', 2], ['Park', 1]]);
  });

  it('says not-found for an unknown id', () => {
    expect(() => serviceOf(blairDocs()).entity('person:nobody')).toThrow(/No entity/);
  });
});

describe('timeline and claims', () => {
  const docs = () => [
    makeDoc({ id: 'a', source: 'Wire', paragraphs: ['In 2004 Tony Blair won.', 'In 2001 nothing.'], entities: [{ name: 'Tony Blair', type: 'person' }], events: [{ text: 'In 2004', date: '2004' }, { text: 'In 2001', date: '2001' }] }),
    makeDoc({
      id: 'b',
      source: 'Paper',
      paragraphs: ['On 3 May 2005 Blair lost. Police said 3,000 protesters came.'],
      entities: [{ name: 'Blair', type: 'person' }],
      events: [{ text: 'On 3 May 2005', date: '2005-05-03' }],
      figures: [{ text: '3,000', value: 3000, counts: 'protesters', claimant: 'Police' }],
    }),
    makeDoc({ id: 'c', source: 'Wire', paragraphs: ['Organisers counted 10,000 protesters.'], figures: [{ text: '10,000', value: 10000, counts: 'protesters' }] }),
  ];

  it('puts events of all documents on one date-ordered axis', () => {
    const page = serviceOf(docs()).timeline({});
    expect(page.events.map((e) => [e.date, e.documentId])).toEqual([['2001', 'a'], ['2004', 'a'], ['2005-05-03', 'b']]);
    expect(page.histogram).toEqual([{ key: '2001', count: 1 }, { key: '2004', count: 1 }, { key: '2005', count: 1 }]);
    expect(page.sources).toEqual(['Paper', 'Wire']);
  });

  it('narrows by entity in the same paragraph, by source and by date range', () => {
    const service = serviceOf(docs());
    expect(service.timeline({ entityId: 'person:tony blair' }).events.map((e) => e.date)).toEqual(['2004', '2005-05-03']);
    expect(service.timeline({ source: 'Wire' }).events.map((e) => e.date)).toEqual(['2001', '2004']);
    expect(service.timeline({ from: '2004', to: '2005-05' }).total).toBe(2);
  });

  it('stands figures about the same subject from different documents side by side', () => {
    const page = serviceOf(docs()).claims({});
    expect(page.groups).toHaveLength(1);
    expect(page.groups[0]).toMatchObject({ subject: 'protester', documentCount: 2, distinctValues: 2 });
    expect(page.groups[0]?.claims.map((c) => [c.text, c.claimant, c.source])).toEqual([['3,000', 'Police', 'Paper'], ['10,000', null, 'Wire']]);
  });
});

describe('claimSubject', () => {
  it('folds articles and plurals, and drops units that say nothing about what is counted', async () => {
    const { claimSubject } = await import('../../../../../src/core/corpus/tables/claims');
    expect(claimSubject('the North Korean soldiers')).toBe('north korean soldier');
    expect(claimSubject('witnesses')).toBe('witness');
    expect(claimSubject('companies')).toBe('company');
    expect(claimSubject('percent')).toBe('');
    expect(claimSubject('years')).toBe('');
  });
});

describe('duplicates', () => {
  it('counts a copy of a document once, through its representative', () => {
    const docs = [...blairDocs(), makeDoc({ id: 'a-copy', paragraphs: ['Tony Blair spoke. Later Blair left.'], entities: [{ name: 'Tony Blair', type: 'person', forms: ['Tony Blair', 'Blair'] }] })];
    const duplicates = new Map([
      ['a', { group: 'a', copies: 2, kind: 'exact' as const }],
      ['a-copy', { group: 'a', copies: 2, kind: 'exact' as const }],
    ]);
    const service = createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs, duplicates)), () => docs.map((d) => summarize(d)));
    expect(service.entities({ type: 'person' }).entities[0]?.documentCount).toBe(3);
  });
});
