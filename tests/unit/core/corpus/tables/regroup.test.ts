import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize, type CorpusService } from '../../../../../src/core/corpus/corpus-service';
import type { DuplicateInfo } from '../../../../../src/core/corpus/duplicates';
import { MANIFEST_FILE } from '../../../../../src/core/corpus/manifest';
import { buildCorpusTables } from '../../../../../src/core/corpus/tables/build-tables';
import { REGROUP_MENTION_FILE } from '../../../../../src/core/corpus/tables/tables-format';
import { createCorpusTablesService, memoryTablesSource, tablesSource, type CorpusTablesService } from '../../../../../src/core/corpus/tables/corpus-tables-service';
import { regroupedSource, type RegroupBase } from '../../../../../src/core/corpus/tables/regroup';
import { writeCorpusTables } from '../../../../../src/core/corpus/tables/write-tables';
import type { NameOverrides } from '../../../../../src/core/corrections/correction-view';
import type { EntityType, ProcessedDocument } from '../../../../../src/shared/corpus';
import { makeDoc } from './make-doc';

/** A small deterministic generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES: [string, EntityType][] = [
  ['Tony Blair', 'person'], ['Cherie Blair', 'person'], ['Blair', 'person'], ['Gordon Brown', 'person'], ['Brown', 'person'],
  ['Alan Smith', 'person'], ['Smith', 'person'], ['Jane Doe', 'person'], ['Doe', 'person'], ['Mary Doe', 'person'],
  ['Securities Exchange Commission', 'organization'], ['SEC', 'organization'], ['British Broadcasting Corporation', 'organization'],
  ['BBC', 'organization'], ['Acme Holdings', 'organization'], ['Oban', 'place'], ['Leeds', 'place'], ['Jordan', 'place'], ['Jordan', 'person'],
  ...Array.from({ length: 50 }, (_, i): [string, EntityType] => [`Zq${i}x`, i % 3 === 0 ? 'organization' : i % 3 === 1 ? 'place' : 'person']),
];

/** Names that are never in a document with NAMES: entities a merge of those leaves as they were (with new indices). */
const APART: [string, EntityType][] = Array.from({ length: 12 }, (_, i) => [`Yk${i}w`, i % 2 ? 'place' : 'person']);

/**
 * Documents naming random sets of names (some more than 40, so the co-occurrence cut applies),
 * each with an event; every fifth names only APART names.
 */
function corpus(seed: number, count: number): ProcessedDocument[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, d) => {
    const picked = d % 5 === 4 ? APART.filter(() => rnd() < 0.4) : NAMES.filter(() => rnd() < (d % 7 === 0 ? 0.8 : 0.15));
    const paragraphs = [0, 1, 2].map((p) => `${picked.filter(() => rnd() < 0.6).flatMap(([name]) => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => name)).join(' met ')} at event${p}.`);
    const entities = picked.filter(([name]) => paragraphs.some((p) => p.includes(name))).map(([name, type]) => ({ name: rnd() < 0.2 && type === 'person' ? `Mr ${name}` : name, type, forms: [name] }));
    return makeDoc({ id: `d${d}`, source: d % 2 ? 'Wire' : 'Post', paragraphs, entities, events: [{ text: `event${Math.floor(rnd() * 3)}`, date: `20${10 + (d % 9)}-0${1 + (d % 9)}-01` }] });
  });
}

function randomOverrides(rnd: () => number, ids: string[]): NameOverrides {
  const among = rnd() < 0.5 ? ids.filter((id) => !/yk\d+w/u.test(id)) : ids;
  const pick = () => among[Math.floor(rnd() * among.length)] as string;
  const merges: [string, string][] = Array.from({ length: Math.floor(rnd() * 5) }, () => [pick(), rnd() < 0.1 ? 'person:nobody' : pick()]);
  const splits = new Set(Array.from({ length: Math.floor(rnd() * 3) }, pick));
  return { merges, splits };
}

/** Everything the view shows of every entity, as a user would see it. */
function everything(service: CorpusTablesService, groupIds: string[]) {
  const { entities, total } = service.entities({ limit: 1e6 });
  return {
    total,
    entities,
    byMentions: service.entities({ sort: 'mentions', limit: 1e6 }).entities.map((e) => e.id),
    filtered: service.entities({ filter: 'blair' }),
    aliases: service.aliases().sort(),
    resolved: groupIds.map((id) => service.resolveEntity(id)),
    details: entities.map((e) => ({ detail: service.entity(e.id), documents: service.documentIdsOf(e.id), keys: service.keysOf(e.id), timeline: service.timeline({ entityId: e.id }) })),
    timeline: service.timeline({}),
  };
}

function check(docs: ProcessedDocument[], duplicates: Map<string, DuplicateInfo>, base: RegroupBase, seed: number, rounds: number) {
  const summaries = docs.map((d) => summarize(d));
  const groupIds = (base.regroup()?.groups ?? []).map(([key, type]) => `${type}:${key}`);
  expect(groupIds.length).toBeGreaterThan(60);
  const rnd = random(seed);
  for (let round = 0; round < rounds; round++) {
    const overrides = randomOverrides(rnd, groupIds);
    const fast = regroupedSource(base, overrides);
    expect(fast).not.toBeNull();
    const full = createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs, duplicates, overrides)), () => summaries);
    expect(everything(createCorpusTablesService(fast!, () => summaries), groupIds), JSON.stringify(overrides)).toEqual(everything(full, groupIds));
  }
}

describe('merges and splits applied to the build tables (regroup.ts)', () => {
  const docs = corpus(7, 160);
  const duplicates = new Map<string, DuplicateInfo>([
    ['d3', { group: 'd3', copies: 2, kind: 'exact' }],
    ['d4', { group: 'd3', copies: 2, kind: 'exact' }],
  ]);

  it('give what computing the tables with them gives, for random merges and splits', () => {
    check(docs, duplicates, memoryTablesSource(buildCorpusTables(docs, duplicates)), 11, 25);
  });

  it('give the same from the files a build writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-regroup-'));
    try {
      const records = writeCorpusTables(dir, docs, duplicates);
      writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ tables: records }));
      const summaries = docs.map((d) => summarize(d));
      const corpus = { info: () => ({ status: 'ready' }), list: () => summaries, loadAll: () => docs } as unknown as CorpusService;
      check(docs, duplicates, tablesSource(dir, corpus), 23, 8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give the same when a line of the regroup file is damaged (computed from the documents)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-regroup-'));
    try {
      const records = writeCorpusTables(dir, docs, duplicates);
      writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ tables: records }));
      // Same size, so the manifest still matches: every line's bytes are garbage.
      const file = join(dir, REGROUP_MENTION_FILE);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/[^\n]/gu, '#'));
      // The summaries carry the build's copies, as a built corpus's do: the documents are grouped again the same way.
      const summaries = docs.map((d) => {
        const copy = duplicates.get(d.id);
        return copy ? { ...summarize(d), duplicateGroup: copy.group, copies: copy.copies, duplicateKind: copy.kind } : summarize(d);
      });
      const corpus = { info: () => ({ status: 'ready' }), list: () => summaries, loadAll: () => docs } as unknown as CorpusService;
      check(docs, duplicates, tablesSource(dir, corpus), 23, 8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('split a name off and merge two entities as asked', () => {
    const base = memoryTablesSource(buildCorpusTables(docs, duplicates));
    const summaries = docs.map((d) => summarize(d));
    const view = (o: NameOverrides) => createCorpusTablesService(regroupedSource(base, o)!, () => summaries);
    expect(view({ merges: [], splits: new Set() }).resolveEntity('person:brown')).toBe('person:gordon brown');
    const split = view({ merges: [], splits: new Set(['person:brown']) });
    expect(split.hasEntity('person:brown')).toBe(true);
    expect(split.entity('person:gordon brown').mergedNames).toEqual([]);
    const merged = view({ merges: [['person:gordon brown', 'person:tony blair']], splits: new Set() });
    expect(merged.hasEntity('person:gordon brown')).toBe(false);
    expect(merged.entity('person:tony blair').mergedNames.map((n) => n.id)).toContain('person:gordon brown');
  });
});
