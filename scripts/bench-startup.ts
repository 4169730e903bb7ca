/**
 * Start-up benchmark: `npm run bench:startup` [-- --scales=1,4 --runs=3 --worker=out/main/search-worker.js].
 * For each scale k it writes k copies of ../shared/corpora/bbc-news-2225.jsonl (copy 0 keeps the
 * ids, copy j gets "~j": the vocabulary stays the same) into /tmp, builds them with the real
 * build (cache in /tmp too; never into the repo), then, in a fresh Node process per run, times
 * what createCoreServices does first: loadCorpus, the first getDocument, and the search index
 * from createSearchService until ready(). Files were just written, so the page cache is warm.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildCorpus } from '../src/core/corpus/build-corpus';
import { loadCorpus } from '../src/core/corpus/load-corpus';
import { createSearchService } from '../src/core/search/search-service';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const work = join(tmpdir(), 'dossier-bench-startup');

interface Measured {
  loadMs: number;
  firstGetMs: number;
  searchReadyMs: number;
  heapMB: number;
  documents: number;
  status: string;
}

/** Child mode: one cold process, one measurement, printed as JSON. */
async function measure(buildDir: string, sourceDir: string, workerPath: string): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const corpus = loadCorpus({ buildDir, sourceDir });
  const t1 = performance.now();
  const first = corpus.list()[0];
  if (first) corpus.get(first.id);
  const t2 = performance.now();
  const search = createSearchService({ buildDir, corpus, ...(workerPath ? { worker: { path: resolve(root, workerPath) } } : {}) });
  const status = await search.ready();
  const t3 = performance.now();
  await search.close();
  gc();
  const out: Measured = {
    loadMs: t1 - t0,
    firstGetMs: t2 - t1,
    searchReadyMs: t3 - t2,
    heapMB: (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024,
    documents: corpus.info().documentCount,
    status: `${corpus.info().status}/${status.state}`,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function buildScale(scale: number): Promise<{ buildDir: string; sourceDir: string }> {
  const sourceDir = join(work, `src-${scale}x`);
  const buildDir = join(work, `build-${scale}x`);
  rmSync(sourceDir, { recursive: true, force: true });
  mkdirSync(sourceDir, { recursive: true });
  const rows = readFileSync(resolve(root, '../shared/corpora/bbc-news-2225.jsonl'), 'utf8').split('\n').filter(Boolean);
  const lines: string[] = [];
  for (let k = 0; k < scale; k++) {
    for (const line of rows) {
      const row = JSON.parse(line) as { id: string };
      lines.push(k ? JSON.stringify({ ...row, id: `${row.id}~${k}` }) : line);
    }
  }
  writeFileSync(join(sourceDir, 'bbc.jsonl'), `${lines.join('\n')}\n`);
  const result = await buildCorpus({ inputs: [sourceDir], outDir: buildDir, cacheDir: join(work, 'cache') });
  process.stderr.write(`built ${scale}x: ${result.manifest.documentCount} documents in ${(result.durationMs / 1000).toFixed(1)} s (${result.cached} from cache)\n`);
  return { buildDir, sourceDir };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const size = (path: string) => (existsSync(path) ? `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB` : '-');

async function main(): Promise<void> {
  if (process.argv[2] === '--measure') return measure(process.argv[3] as string, process.argv[4] as string, process.argv[5] ?? '');
  const scales = arg('scales', '1,4').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const workerPath = arg('worker', '');
  const rows: string[] = [];
  for (const scale of scales) {
    const { buildDir, sourceDir } = await buildScale(scale);
    const results: Measured[] = [];
    for (let r = 0; r < runs; r++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--measure', buildDir, sourceDir, workerPath], { cwd: root, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`measurement failed: ${child.stderr}`);
      results.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Measured);
    }
    const m = (k: keyof Measured) => median(results.map((x) => x[k] as number));
    const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`.padStart(9);
    rows.push(
      `${`${scale}x`.padEnd(6)}${String(results[0]?.documents).padStart(7)}  ${(results[0]?.status ?? '').padEnd(12)}` +
        `${ms(m('loadMs'))}${ms(m('firstGetMs'))}${ms(m('searchReadyMs'))}${ms(m('loadMs') + m('firstGetMs') + m('searchReadyMs'))}` +
        `${`${m('heapMB').toFixed(1)} MB`.padStart(10)}  ${size(join(buildDir, 'documents.jsonl')).padStart(8)}  ${size(join(buildDir, 'documents-index.json')).padStart(8)}`,
    );
  }
  console.log(`median of ${runs} fresh processes; search worker: ${workerPath || 'TypeScript source under tsx'}`);
  console.log(`scale  docs  corpus/search     load  1st get   search    total   corpus heap  docs.jsonl  doc-index`);
  for (const row of rows) console.log(row);
}

await main();
