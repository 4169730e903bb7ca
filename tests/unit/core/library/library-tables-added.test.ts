import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize, type CorpusService } from '../../../../src/core/corpus/corpus-service';
import type { DuplicateInfo } from '../../../../src/core/corpus/duplicates';
import { MANIFEST_FILE } from '../../../../src/core/corpus/manifest';
import { buildCorpusTables } from '../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource, tablesSource } from '../../../../src/core/corpus/tables/corpus-tables-service';
import type { RegroupBase } from '../../../../src/core/corpus/tables/regroup';
import { REGROUP_CLAIM_FILE } from '../../../../src/core/corpus/tables/tables-format';
import { writeCorpusTables } from '../../../../src/core/corpus/tables/write-tables';
import { NO_OVERRIDES, type NameOverrides } from '../../../../src/core/corrections/correction-view';
import { createLibraryTables } from '../../../../src/core/library/library-tables';
import type { EntityType, ProcessedDocument } from '../../../../src/shared/corpus';
import { corpus, NAMES, random, randomOverrides } from '../corpus/tables/random-corpus';
import { everything } from '../corpus/tables/visible-results';

/**
 * Names only the analyst's documents bring: another Blair and another Doe (so the surname
 * rule can change its mind), organisations with the initials SEC and BBC (so can the acronym
 * rule), and names of their own.
 */
const ADDED_NAMES: [string, EntityType][] = [
  ['Kate Blair', 'person'], ['John Doe', 'person'], ['Sales Export Council', 'organization'], ['Bright Blue Company', 'organization'],
  ['Ann Vance', 'person'], ['Vance', 'person'], ['NEW', 'organization'], ['National Energy Watch', 'organization'], ['Qv1x', 'place'],
];

const bundled = corpus(7, 120);
const duplicates = new Map<string, DuplicateInfo>([
  ['d3', { group: 'd3', copies: 2, kind: 'exact' }],
  ['d4', { group: 'd3', copies: 2, kind: 'exact' }],
]);
const bundledSummaries = bundled.map((d) => {
  const copy = duplicates.get(d.id);
  return copy ? { ...summarize(d), duplicateGroup: copy.group, copies: copy.copies, duplicateKind: copy.kind } : summarize(d);
});
/** Documents the analyst may add, and a second version of each (same id, other text) to replace it with. */
const pool = corpus(31, 40, { prefix: 'u', names: [...NAMES, ...ADDED_NAMES] });
const versions = corpus(57, 40, { prefix: 'u', names: [...NAMES, ...ADDED_NAMES] });
const textOf = (d: ProcessedDocument) => d.paragraphs.map((p) => p.text).join('\n');

/**
 * Random adds, removes and replaces of added documents interleaved with random merges and
 * splits; after each step every result the view shows must equal the tables computed from all
 * documents, no bundled document may be read, and only the documents the step adds or
 * replaces are.
 */
function check(base: RegroupBase, seed: number, rounds: number, { fallback = false } = {}) {
  const rnd = random(seed);
  const added = new Map<string, ProcessedDocument>();
  let overrides: NameOverrides = NO_OVERRIDES;
  let reads = 0;
  let loads = 0;
  const summaries = () => [...bundledSummaries, ...[...added.values()].map((d) => summarize(d))];
  const tables = createLibraryTables({
    bundledTables: createCorpusTablesService(base, summaries),
    bundledSource: base,
    bundled: { list: () => bundledSummaries, loadAll: () => ((loads += 1), bundled) },
    library: {
      active: () => [...added.values()].map((d) => ({ id: d.id, textSha256: textOf(d) }) as never),
      get: (id) => ((reads += 1), added.get(id) as ProcessedDocument),
    },
    summaries,
    overrides: () => overrides,
  });
  const groupIds = [...new Set([...bundled, ...pool].flatMap((d) => d.entities.map((e) => `${e.type}:${e.name.replace(/^Mr /u, '').toLowerCase()}`)))];
  const steps = { adds: 0, removes: 0, replaces: 0, regroups: 0 };
  for (let round = 0; round < rounds; round++) {
    const before = reads;
    let changedDocs = 0;
    for (let op = 0; op < 1 + Math.floor(rnd() * 3); op++) {
      const roll = rnd();
      const candidates = pool.filter((d) => !added.has(d.id));
      if (roll < 0.4 && candidates.length) {
        const doc = candidates[Math.floor(rnd() * candidates.length)] as ProcessedDocument;
        added.set(doc.id, doc);
        changedDocs += 1;
        steps.adds += 1;
      } else if (roll < 0.55 && added.size) {
        added.delete([...added.keys()][Math.floor(rnd() * added.size)] as string);
        steps.removes += 1;
      } else if (roll < 0.7 && added.size) {
        // A replaced document keeps its place in the library, as UserLibrary.replace does.
        const id = [...added.keys()][Math.floor(rnd() * added.size)] as string;
        const next = added.get(id) === pool.find((d) => d.id === id) ? versions.find((d) => d.id === id) : pool.find((d) => d.id === id);
        added.set(id, next as ProcessedDocument);
        changedDocs += 1;
        steps.replaces += 1;
      } else {
        overrides = rnd() < 0.2 ? NO_OVERRIDES : randomOverrides(rnd, groupIds);
        steps.regroups += 1;
      }
    }
    const full = createCorpusTablesService(memoryTablesSource(buildCorpusTables([...bundled, ...added.values()], duplicates, overrides)), summaries);
    expect(everything(tables, groupIds), `round ${round}: ${[...added.keys()].join(',')} ${JSON.stringify(overrides)}`).toEqual(everything(full, groupIds));
    if (!fallback) expect(reads - before).toBeLessThanOrEqual(changedDocs);
  }
  if (fallback) expect(loads).toBeGreaterThan(0);
  else expect(loads).toBe(0);
  // The run did each kind of step (a seed that did not would test less than it says).
  expect(Math.min(steps.adds, steps.removes, steps.replaces, steps.regroups)).toBeGreaterThan(0);
}

function writtenBuild(damage?: (dir: string) => void): { dir: string; base: RegroupBase } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-added-'));
  const records = writeCorpusTables(dir, bundled, duplicates);
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ tables: records }));
  damage?.(dir);
  const corpusService = { info: () => ({ status: 'ready' }), list: () => bundledSummaries, loadAll: () => bundled } as unknown as CorpusService;
  return { dir, base: tablesSource(dir, corpusService) };
}

describe('the corpus view with added documents, patched from the build (library-tables.ts, regroup.ts)', () => {
  it('shows what computing the tables from all documents shows, after random adds, removes, replaces, merges and splits', () => {
    check(memoryTablesSource(buildCorpusTables(bundled, duplicates)), 5, 30);
  });

  it('shows the same from the files a build writes', () => {
    const { dir, base } = writtenBuild();
    try {
      check(base, 17, 12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the same when the claim file is damaged (its subjects computed from the bundled documents)', () => {
    const { dir, base } = writtenBuild((d) => {
      const file = join(d, REGROUP_CLAIM_FILE);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/[^\n]/gu, '#'));
    });
    try {
      check(base, 29, 10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('computes the tables from all documents for a build without claim subjects', () => {
    const tables = buildCorpusTables(bundled, duplicates);
    const base = memoryTablesSource(tables);
    const old: RegroupBase = { ...base, regroup: () => ({ ...(tables.regroup?.table as NonNullable<typeof tables.regroup>['table']), claimSubjects: undefined }) };
    check(old, 41, 10, { fallback: true });
  });

  it('counts an added document in the entity it names', () => {
    const base = memoryTablesSource(buildCorpusTables(bundled, duplicates));
    const added: ProcessedDocument[] = [];
    const summaries = () => [...bundledSummaries, ...added.map((d) => summarize(d))];
    const tables = createLibraryTables({
      bundledTables: createCorpusTablesService(base, summaries),
      bundledSource: base,
      bundled: { list: () => bundledSummaries, loadAll: () => { throw new Error('a bundled document was read'); } },
      library: { active: () => added.map((d) => ({ id: d.id, textSha256: textOf(d) }) as never), get: (id) => added.find((d) => d.id === id) as ProcessedDocument },
      summaries,
    });
    const before = tables.entity('person:tony blair');
    added.push(pool.find((d) => d.entities.some((e) => e.name.endsWith('Tony Blair'))) as ProcessedDocument);
    const after = tables.entity('person:tony blair');
    expect(after.entity.documentCount).toBe(before.entity.documentCount + 1);
    expect(tables.documentIdsOf('person:tony blair')).toContain(added[0]?.id);
  });
});
