/**
 * Start-up benchmark: `npm run bench:startup` [-- --scales=1,4 --runs=3 --worker=out/main/search-worker.js].
 * For each scale k it writes k copies of ../shared/corpora/bbc-news-2225.jsonl (copy 0 keeps the
 * ids, copy j gets "~j": the vocabulary stays the same) into /tmp, builds them with the real
 * build (cache in /tmp too; never into the repo), then, in a fresh Node process per run, times
 * what createCoreServices does first: loadCorpus, the first getDocument, and the search index
 * from createSearchService until ready(). Files were just written, so the page cache is warm.
 *
 * Two more columns, measured on the served app (`npm run serve`'s server + Chromium, so the
 * renderer is the real one): "1st paint" is from the host starting (core services created,
 * window/page opened at once, as main does) to the page's first contentful paint, and "doc shown"
 * to the first document's title on screen. "main block" is the longest stall of the host's main
 * thread over that start (perf_hooks' event-loop delay, max) — the thread that is Electron's main
 * in the desktop app; "(before)" is the same with the core run on that thread, as before the
 * core worker (issue 14). The Electron binary itself is not measured here (it cannot be downloaded on
 * this machine): its own window creation comes on top.
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
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startDossierServer } from '../src/core/serve/dossier-server';
import { createCoreServices, createHandlers } from '../src/core/services';
import { startCoreHost } from '../src/core/host/core-host';
import { bundledWorkerEntry } from '../src/core/worker-entry';
import type { HandlerTable } from '../src/shared/api';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/browser';
import { webBridgeScript } from './web-bridge';

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

interface Painted {
  firstPaintMs: number;
  docShownMs: number;
  mainBlockMs: number;
}

/**
 * Child mode: the served app on this build, one cold start, first paint and longest main-thread
 * block. `worker` is how both hosts run now (corpus, notes and search in the core worker, the
 * bundled out/main/core-worker.js as in Electron); `in-thread` is how they ran before issue 14
 * (createCoreServices on the host's thread), kept as the comparison column.
 */
async function measurePaint(resourcesDir: string, mode: 'worker' | 'in-thread'): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs() });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const userDataDir = join(work, `user-${process.pid}`);
  const log = { path: '', info() {}, warn() {}, error() {}, flush: async () => {} };
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  let table: HandlerTable | undefined = undefined;
  let ready!: (t: HandlerTable) => void;
  const pending = new Promise<HandlerTable>((resolve) => (ready = resolve));
  const server = await startDossierServer({ rendererRoot: join(root, 'out', 'renderer'), bridgeScript: webBridgeScript(), handlers: () => table ?? pending });
  const navigation = page.goto(server.url);
  let close: () => Promise<void>;
  if (mode === 'worker') {
    const core = startCoreHost({ resourcesDir, userDataDir, platform: { name: 'web' }, log, entry: bundledWorkerEntry(join(root, 'out'), 'core-worker') });
    core.events.subscribe((name, payload) => server.publish(name, payload));
    table = core.table;
    close = () => core.close();
  } else {
    const services = await createCoreServices({ resourcesDir, userDataDir, platform: { name: 'web' }, log });
    services.events.subscribe((name, payload) => server.publish(name, payload));
    table = createHandlers(services);
    close = async () => services.close();
  }
  ready(table);
  await navigation;
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 });
  const docShownMs = performance.now() - t0;
  delay.disable();
  const fcp = await page.evaluate(() => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    return (entry?.startTime ?? 0) + performance.timeOrigin;
  });
  const out: Painted = { firstPaintMs: fcp - (performance.timeOrigin + t0), docShownMs, mainBlockMs: delay.max / 1e6 };
  await close();
  await server.close();
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(out)}\n`);
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

async function buildScale(scale: number): Promise<{ buildDir: string; sourceDir: string; resourcesDir: string }> {
  // The layout createCoreServices reads: <resources>/corpus and <resources>/corpus-build.
  const resourcesDir = join(work, `resources-${scale}x`);
  const sourceDir = join(resourcesDir, 'corpus');
  const buildDir = join(resourcesDir, 'corpus-build');
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
  return { buildDir, sourceDir, resourcesDir };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const size = (path: string) => (existsSync(path) ? `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB` : '-');

async function main(): Promise<void> {
  if (process.argv[2] === '--measure') return measure(process.argv[3] as string, process.argv[4] as string, process.argv[5] ?? '');
  if (process.argv[2] === '--paint') return measurePaint(process.argv[3] as string, process.argv[4] === 'in-thread' ? 'in-thread' : 'worker');
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first (the paint columns load the real renderer).');
  const scales = arg('scales', '1,4').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const workerPath = arg('worker', '');
  const rows: string[] = [];
  for (const scale of scales) {
    const { buildDir, sourceDir, resourcesDir } = await buildScale(scale);
    const results: Measured[] = [];
    const paints: Painted[] = [];
    const inThread: Painted[] = [];
    for (let r = 0; r < runs; r++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--measure', buildDir, sourceDir, workerPath], { cwd: root, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`measurement failed: ${child.stderr}`);
      results.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Measured);
      for (const [mode, into] of [['worker', paints], ['in-thread', inThread]] as const) {
        const painted = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--paint', resourcesDir, mode], { cwd: root, encoding: 'utf8' });
        if (painted.status !== 0) throw new Error(`paint measurement failed: ${painted.stderr}`);
        into.push(JSON.parse(painted.stdout.trim().split('\n').at(-1) as string) as Painted);
      }
    }
    const p = (k: keyof Painted) => median(paints.map((x) => x[k]));
    const m = (k: keyof Measured) => median(results.map((x) => x[k] as number));
    const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`.padStart(9);
    rows.push(
      `${`${scale}x`.padEnd(6)}${String(results[0]?.documents).padStart(7)}  ${(results[0]?.status ?? '').padEnd(12)}` +
        `${ms(m('loadMs'))}${ms(m('firstGetMs'))}${ms(m('searchReadyMs'))}${ms(m('loadMs') + m('firstGetMs') + m('searchReadyMs'))}` +
        `${`${m('heapMB').toFixed(1)} MB`.padStart(10)}  ${size(join(buildDir, 'documents.jsonl')).padStart(8)}  ${size(join(buildDir, 'documents-index.json')).padStart(8)}` +
        `${ms(p('firstPaintMs'))}${ms(p('docShownMs'))}${ms(p('mainBlockMs'))}${ms(median(inThread.map((x) => x.mainBlockMs)))}`,
    );
  }
  console.log(`median of ${runs} fresh processes; search worker: ${workerPath || 'TypeScript source under tsx'}`);
  console.log(`scale  docs  corpus/search     load  1st get   search    total   corpus heap  docs.jsonl  doc-index 1st paint doc shown main block  (before)`);
  console.log('"main block" is the host thread (Electron\'s main) with the core worker; "(before)" with the core on that thread.');
  for (const row of rows) console.log(row);
}

await main();
