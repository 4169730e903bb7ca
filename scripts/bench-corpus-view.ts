/**
 * Corpus view benchmark: `npm run bench:corpus-view` [-- --scales=1,4,4.5 --runs=5].
 * Builds ../shared/corpora once with the real build (into /tmp, never the repo), then for each
 * scale k makes k copies of the processed documents; in copy j > 0 every other entity is renamed
 * ("Tony Blair" -> "Tony Blair 2") so the number of distinct entities grows with the corpus as
 * it would with new reporting, rather than staying at 1x. For each scale it times writing the
 * corpus tables (the build-time cost), then what the view asks for, from the files on disk:
 * opening the view (reading the entity table + the first page), filtering, selecting an entity
 * (the first selection also reads the mention table), the timeline (the first also reads its
 * table), an entity's timeline and the claims. Cold = first call in a fresh service; warm =
 * median of later calls.
 *
 * Then the analyst's regrouping, each the first request after the change with the view open
 * and warmed as the app warms it ("warm", which reads the regroup table; library-tables.ts over
 * the same files): merging the median entity into the top one, then
 * the entity list, selecting the top entity and its timeline; splitting off the merged name of the most
 * documented entity that has one and selecting that name; undoing both and selecting the top entity. `--full` also times the
 * first selection after the merge computed from the documents (the path without a regroup table).
 *
 * Then the analyst's own documents (issue 11, `--users=1,1000`): with that many user documents
 * (BBC articles under new ids, a third of their names changed) beside the scale's corpus and
 * the view warmed, the first request after each change, each change made anew before each
 * request so every one is the first: adding a document, removing one, a merge, a split, each
 * followed by the entity list, a selection (the top entity) or the timeline. `--full` also
 * times the entity list after adding one computed from all documents (the path it replaces).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ProcessedDocument } from '../src/shared/corpus';
import { buildCorpus } from '../src/core/corpus/build-corpus';
import { summarize, type CorpusService } from '../src/core/corpus/corpus-service';
import { MANIFEST_FILE } from '../src/core/corpus/manifest';
import { createCorpusTablesService, tablesSource } from '../src/core/corpus/tables/corpus-tables-service';
import { writeCorpusTables } from '../src/core/corpus/tables/write-tables';
import { NO_OVERRIDES, type NameOverrides } from '../src/core/corrections/correction-view';
import { createLibraryTables } from '../src/core/library/library-tables';
import type { CorpusTablesService } from '../src/core/corpus/tables/corpus-tables-service';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const work = join(tmpdir(), 'dossier-bench-corpus-view');
const bbc = resolve(root, '../shared/corpora');

function copies(docs: readonly ProcessedDocument[], scale: number): ProcessedDocument[] {
  const out: ProcessedDocument[] = [];
  const total = Math.round(scale * docs.length);
  for (let k = 0; out.length < total; k++) {
    for (const doc of docs) {
      if (out.length >= total) break;
      if (k === 0) {
        out.push(doc);
        continue;
      }
      out.push({ ...doc, id: `${doc.id}~${k}`, entities: doc.entities.map((e, i) => (i % 2 ? { ...e, name: `${e.name} ${k + 1}` } : e)) });
    }
  }
  return out;
}

/** `count` user documents made from the BBC articles: new ids, every third name changed (names of the analyst's own). */
function userDocuments(docs: readonly ProcessedDocument[], count: number, tag: string): ProcessedDocument[] {
  return Array.from({ length: count }, (_, n) => {
    const doc = docs[(n * 7919) % docs.length] as ProcessedDocument;
    return { ...doc, id: `user-${tag}-${n}`, entities: doc.entities.map((e, i) => (i % 3 === 1 ? { ...e, name: `${e.name} ${tag}` } : e)) };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time<T>(fn: () => T): [number, T] {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
}

async function main(): Promise<void> {
  if (!existsSync(bbc)) {
    console.log(`bench:corpus-view skipped: ${bbc} is absent`);
    return;
  }
  const scales = arg('scales', '1,4,4.5').split(',').map(Number);
  const runs = Number(arg('runs', '5'));
  const base = join(work, 'build-1x');
  const built = await buildCorpus({ inputs: [bbc], outDir: base, cacheDir: join(work, 'cache') });
  process.stderr.write(`built 1x: ${built.manifest.documentCount} documents, corpus tables ${built.phasesMs.tables.toFixed(0)} ms of ${built.durationMs.toFixed(0)} ms\n`);
  const docs = readFileSync(join(base, 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ProcessedDocument);

  const full = process.argv.includes('--full');
  const header = ['scale', 'docs', 'entities', 'write tables', 'open view', 'open warm', 'filter "bl"', 'filter "blair"', '1st select', 'select', 'timeline 1st', 'timeline', 'entity timeline', 'claims', 'warm', 'merge→list', 'merge→select', 'merge→timeline', 'split→select', 'undo→select', ...(full ? ['merge→select (full)'] : [])];
  const rows: string[][] = [];
  const users = arg('users', '1,1000').split(',').filter(Boolean).map(Number);
  const userHeader = ['scale', 'user docs', 'warm (reads all)', 'add→list', 'add→select', 'add→timeline', 'remove→list', 'remove→select', 'remove→timeline', 'merge→list', 'merge→select', 'merge→timeline', 'split→list', 'split→select', 'split→timeline', ...(full ? ['add→list (full)'] : [])];
  const userRows: string[][] = [];
  for (const scale of scales) {
    const set = copies(docs, scale);
    const dir = join(work, `tables-${scale}x`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const [writeMs, records] = time(() => writeCorpusTables(dir, set, new Map()));
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ tables: records }));
    const summaries = set.map((d) => summarize(d));
    const corpus = { info: () => ({ status: 'ready' }), list: () => summaries } as unknown as CorpusService;
    const samples: Record<string, number[]> = {};
    const add = (k: string, v: number) => (samples[k] ??= []).push(v);
    let entityCount = 0;
    for (let r = 0; r < runs; r++) {
      const service = createCorpusTablesService(tablesSource(dir, corpus), () => summaries);
      const [open, page] = time(() => service.entities({}));
      entityCount = page.total;
      add('open', open);
      add('openWarm', time(() => service.entities({}))[0]);
      add('bl', time(() => service.entities({ filter: 'bl' }))[0]);
      add('blair', time(() => service.entities({ filter: 'blair' }))[0]);
      const top = page.entities[0]?.id as string;
      const mid = page.entities[Math.floor(page.entities.length / 2)]?.id as string;
      add('select1', time(() => service.entity(top))[0]);
      add('select', Math.max(time(() => service.entity(mid))[0], time(() => service.entity(top))[0]));
      add('timeline1', time(() => service.timeline({}))[0]);
      add('timeline', time(() => service.timeline({ from: '2004', to: '2004' }))[0]);
      add('entityTimeline', time(() => service.timeline({ entityId: top }))[0]);
      add('claims', time(() => service.claims({}))[0]);

      const source = tablesSource(dir, corpus);
      let overrides: NameOverrides = NO_OVERRIDES;
      const regroupable = (withSource: boolean) =>
        createLibraryTables({
          bundledTables: createCorpusTablesService(source, () => summaries),
          ...(withSource ? { bundledSource: source } : {}),
          bundled: { list: () => summaries, loadAll: () => set },
          library: { active: () => [], get: () => { throw new Error('none added'); } },
          summaries: () => summaries,
          overrides: () => overrides,
        });
      const view = regroupable(true);
      view.entities({});
      // As the app does once its window is up (services.ts): the regroup table is read then.
      add('warm', time(() => view.warm())[0]);
      // The merged name of the most documented entity that has one.
      const merged = (Object.entries(source.entities().merged).sort((a, b) => a[1] - b[1])[0] as [string, number])[0];
      overrides = { merges: [[mid, top]], splits: new Set() };
      add('mergeList', time(() => view.entities({}))[0]);
      add('mergeSelect', time(() => view.entity(top))[0]);
      add('mergeTimeline', time(() => view.timeline({ entityId: top }))[0]);
      overrides = { merges: [[mid, top]], splits: new Set([merged]) };
      add('splitSelect', time(() => view.entity(merged))[0]);
      overrides = NO_OVERRIDES;
      add('undoSelect', time(() => view.entity(top))[0]);
      if (full && r === 0) {
        const slow = regroupable(false);
        slow.entities({});
        overrides = { merges: [[mid, top]], splits: new Set() };
        add('fullSelect', time(() => slow.entity(top))[0]);
        overrides = NO_OVERRIDES;
      }
    }
    const ms = (k: string) => `${median(samples[k] as number[]).toFixed(1)} ms`;
    for (const count of users) userRows.push(userCases(dir, corpus, summaries, set, docs, scale, count, runs, full));
    rows.push([`${scale}x`, String(set.length), String(entityCount), `${writeMs.toFixed(0)} ms`, ms('open'), ms('openWarm'), ms('bl'), ms('blair'), ms('select1'), ms('select'), ms('timeline1'), ms('timeline'), ms('entityTimeline'), ms('claims'), ms('warm'), ms('mergeList'), ms('mergeSelect'), ms('mergeTimeline'), ms('splitSelect'), ms('undoSelect'), ...(full ? [ms('fullSelect')] : [])]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  console.log(`median of ${runs} fresh services over the tables on disk; "select" is the slower of a top and a median entity; merge/split/undo: first request after it${full ? '; (full): once, computed from the documents' : ''}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  if (userRows.length === 0) return;
  const userWidths = userHeader.map((h, i) => Math.max(h.length, ...userRows.map((r) => (r[i] as string).length)));
  console.log(`\nwith the analyst's documents: median of ${runs} fresh views, each request the first after its change${full ? '; (full): once, computed from all documents' : ''}`);
  console.log(userHeader.map((c, i) => c.padStart(userWidths[i] as number)).join('  '));
  for (const r of userRows) console.log(r.map((c, i) => c.padStart(userWidths[i] as number)).join('  '));
}

/** One row of the user-documents table (see the file comment). */
function userCases(
  dir: string,
  corpus: CorpusService,
  bundledSummaries: ReturnType<typeof summarize>[],
  set: readonly ProcessedDocument[],
  docs: readonly ProcessedDocument[],
  scale: number,
  count: number,
  runs: number,
  full: boolean,
): string[] {
  const samples: Record<string, number[]> = {};
  const add = (k: string, v: number) => (samples[k] ??= []).push(v);
  const mine = userDocuments(docs, count, 'u');
  const more = userDocuments(docs, 3 * (runs + 1), 'v');
  const byId = new Map([...mine, ...more].map((d) => [d.id, d]));
  for (let r = 0; r <= runs; r++) {
    const withSource = r < runs;
    if (!withSource && !full) break;
    const source = tablesSource(dir, corpus);
    const active = mine.map((d) => d.id);
    let overrides: NameOverrides = NO_OVERRIDES;
    const summaryOf = new Map(bundledSummaries.map((s) => [s.id, s]));
    for (const d of byId.values()) summaryOf.set(d.id, summarize(d));
    const summaries = () => [...bundledSummaries, ...active.map((id) => summaryOf.get(id) as ReturnType<typeof summarize>)];
    const view: CorpusTablesService = createLibraryTables({
      bundledTables: createCorpusTablesService(source, () => bundledSummaries),
      ...(withSource ? { bundledSource: source } : {}),
      bundled: { list: () => bundledSummaries, loadAll: () => set },
      library: {
        active: () => active.map((id) => ({ id, textSha256: id }) as never),
        get: (id) => byId.get(id) as ProcessedDocument,
      },
      summaries,
      overrides: () => overrides,
    });
    // As the app warms the view once its window is up: with user documents that reads them all.
    add('warm', time(() => view.warm())[0]);
    const page = view.entities({});
    const top = page.entities[0]?.id as string;
    if (!withSource) {
      active.push((more[0] as ProcessedDocument).id);
      add('full', time(() => view.entities({}))[0]);
      break;
    }
    const asks: [string, () => unknown][] = [
      ['list', () => view.entities({})],
      ['select', () => view.entity(top)],
      ['timeline', () => view.timeline({})],
    ];
    asks.forEach(([what, ask], k) => {
      active.push((more[3 * r + k] as ProcessedDocument).id);
      add(`add${what}`, time(ask)[0]);
    });
    asks.forEach(([what, ask], k) => {
      active.splice(Math.floor((k + 1) * active.length / 4), 1);
      add(`remove${what}`, time(ask)[0]);
    });
    const merges: [string, string][] = [];
    asks.forEach(([what, ask], k) => {
      merges.push([page.entities[Math.floor(page.entities.length / 2) + k]?.id as string, top]);
      overrides = { merges: [...merges], splits: new Set() };
      add(`merge${what}`, time(ask)[0]);
    });
    // Names merged into the most documented entities that have one.
    const merged = Object.entries(source.entities().merged).sort((a, b) => a[1] - b[1]).map(([id]) => id);
    const splits = new Set<string>();
    asks.forEach(([what, ask], k) => {
      splits.add(merged[k] as string);
      overrides = { merges: [...merges], splits: new Set(splits) };
      add(`split${what}`, time(ask)[0]);
    });
  }
  const ms = (k: string) => (samples[k] ? `${median(samples[k]).toFixed(1)} ms` : '-');
  const cells = ['warm', ...['add', 'remove', 'merge', 'split'].flatMap((a) => ['list', 'select', 'timeline'].map((w) => `${a}${w}`))];
  return [`${scale}x`, String(count), ...cells.map(ms), ...(full ? [ms('full')] : [])];
}

await main();
