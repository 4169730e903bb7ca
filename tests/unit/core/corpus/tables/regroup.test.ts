import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize, type CorpusService } from '../../../../../src/core/corpus/corpus-service';
import type { DuplicateInfo } from '../../../../../src/core/corpus/duplicates';
import { MANIFEST_FILE } from '../../../../../src/core/corpus/manifest';
import { buildCorpusTables } from '../../../../../src/core/corpus/tables/build-tables';
import { REGROUP_MENTION_FILE } from '../../../../../src/core/corpus/tables/tables-format';
import { createCorpusTablesService, memoryTablesSource, tablesSource } from '../../../../../src/core/corpus/tables/corpus-tables-service';
import { regroupedSource, type RegroupBase } from '../../../../../src/core/corpus/tables/regroup';
import { writeCorpusTables } from '../../../../../src/core/corpus/tables/write-tables';
import type { NameOverrides } from '../../../../../src/core/corrections/correction-view';
import type { ProcessedDocument } from '../../../../../src/shared/corpus';
import { corpus, random, randomOverrides } from './random-corpus';
import { everything } from './visible-results';

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
