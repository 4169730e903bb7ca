/**
 * Search benchmark: `npm run bench` (table) or `npm run bench -- --json` (one JSON object).
 * Options: --engine=dossier|lunr (lunr = plain lunr 2.3.9, the "before"), --scales=1,4,
 * --corpus=PATH, --queries=PATH, --worker=out/main/search-worker.js (time the bundled worker
 * instead of the TypeScript source under tsx). The BBC corpus is read from ../shared/corpora and never copied.
 * Scale k repeats every article k times under new ids: the vocabulary stays the same.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import lunr from 'lunr';
import { CORPUS_SCHEMA_VERSION, type ProcessedDocument } from '../src/shared/corpus';
import { SearchEngine } from '../src/core/search/engine';
import { buildIndexData } from '../src/core/search/index-data';
import { deserializeIndex, INDEX_FILE, serializeIndex } from '../src/core/search/index-file';
import { createSearchService } from '../src/core/search/search-service';
import { searchAll, UserIndex } from '../src/core/search/merged-search';

const CLASSES = ['single', 'two', 'prefix', 'fuzzy', 'field', 'and3', 'phrase'] as const;
type Cls = (typeof CLASSES)[number];
/** Phrase class (ours): common and rare phrases, and stop-word-only ones lunr cannot find at all. */
const PHRASES = ['prime minister', 'north korea', 'interest rates', 'gordon brown', 'mobile phones', 'chief executive', 'world cup', 'oil prices',
  'in the end', 'at the end of the', 'for the first time', 'the number of', 'told the bbc', 'said it would', 'more than a year'];

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const json = process.argv.includes('--json');
const engineName = arg('engine', 'dossier') as 'dossier' | 'lunr';
const scales = arg('scales', '1,4').split(',').map(Number);
const root = resolve(import.meta.dirname, '..');
const corpusPath = resolve(root, arg('corpus', '../shared/corpora/bbc-news-2225.jsonl'));
const queriesPath = resolve(root, arg('queries', '../shared/corpora/bench-queries.json'));
const workerArg = arg('worker', '');
const workerEntry = workerArg ? { path: resolve(root, workerArg) } : undefined;
/** Issue 11: this many user documents, added one at a time, beside the largest scale (0: skip). */
const userDocs = Number(arg('user-docs', '1000'));
const log = (...a: unknown[]) => (json ? process.stderr.write(`${a.join(' ')}\n`) : console.log(...a));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapNow(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  // Typed-array backing stores live outside the JS heap: count them too.
  return m.heapUsed + m.arrayBuffers;
}

interface Row { id: string; title: string; body: string; source?: string }
const rows = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

function documents(scale: number): ProcessedDocument[] {
  const out: ProcessedDocument[] = [];
  for (let k = 0; k < scale; k++) {
    for (const r of rows) {
      const paragraphs = r.body.split(/\n\s*\n/u).map((t) => t.trim()).filter(Boolean).map((text, i) => ({ id: `p${i}`, text }));
      out.push({ schemaVersion: CORPUS_SCHEMA_VERSION, id: k ? `${r.id}~${k}` : r.id, title: r.title, published: null, byline: null, source: r.source ?? 'BBC', url: null, paragraphs, entities: [], quotes: [], figures: [], events: [] });
    }
  }
  return out;
}

function queries(): { cls: Cls; q: string }[] {
  const raw = JSON.parse(readFileSync(queriesPath, 'utf8')) as { cls: Cls; terms: string[] }[];
  const shape: Record<string, (t: string[]) => string> = {
    single: (t) => t[0]!,
    two: (t) => t.join(' '),
    prefix: (t) => `${t[0]}*`,
    fuzzy: (t) => `${t[0]}~1`,
    field: (t) => `title:${t[0]}`,
    and3: (t) => t.map((w) => `+${w}`).join(' '),
  };
  return [...raw.map((r) => ({ cls: r.cls, q: shape[r.cls]!(r.terms) })), ...PHRASES.map((p) => ({ cls: 'phrase' as const, q: `"${p}"` }))];
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}
const round = (n: number) => Math.round(n * 100) / 100;

function timeQueries(run: (q: string) => void): Record<Cls, { median: number; p95: number }> {
  const qs = queries();
  for (const { q } of qs) run(q); // warm-up
  const samples = new Map<Cls, number[]>(CLASSES.map((c) => [c, []]));
  for (let pass = 0; pass < 3; pass++) {
    for (const { cls, q } of qs) {
      const t = performance.now();
      run(q);
      samples.get(cls)!.push(performance.now() - t);
    }
  }
  return Object.fromEntries(CLASSES.map((c) => [c, stats(samples.get(c)!)])) as Record<Cls, { median: number; p95: number }>;
}

async function benchDossier(scale: number) {
  const docs = documents(scale);
  let t = performance.now();
  const bytes = serializeIndex(buildIndexData(docs));
  const buildMs = performance.now() - t;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  writeFileSync(join(dir, INDEX_FILE), bytes);
  const before = heapNow();
  const loads: number[] = [];
  let engine: SearchEngine | null = null;
  for (let i = 0; i < 3; i++) {
    engine = null;
    t = performance.now();
    engine = new SearchEngine(deserializeIndex(readFileSync(join(dir, INDEX_FILE))));
    loads.push(performance.now() - t);
  }
  const heapBytes = heapNow() - before;
  const classes = timeQueries((q) => engine!.search(q));
  // The real path: a worker thread loading the file, timed from service creation to ready.
  const corpus = { info: () => ({ status: 'ready' as const }) as never, list: () => docs.map((d) => ({ id: d.id }) as never), loadAll: () => docs, has: () => true };
  const service = createSearchService({ buildDir: dir, corpus, worker: workerEntry });
  const status = await service.ready();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
  const row = { scale, label: `${scale}x`, docs: docs.length, buildMs: round(buildMs), loadMs: round(stats(loads).median), workerReadyMs: round(status.readyMs ?? -1), indexBytes: bytes.byteLength, heapBytes, classes };
  if (scale !== Math.max(...scales) || userDocs <= 0) return [row];
  return [row, benchUserDocuments(engine!, scale)];
}

/**
 * The bundled index at this scale plus `userDocs` user documents added one at a time into the
 * user index (its segments), then every query class over both, merged by corpus-wide scores.
 */
function benchUserDocuments(bundled: SearchEngine, scale: number) {
  const added = documents(1)
    .slice(0, userDocs)
    .map((d, i) => ({ ...d, id: `user-${i}`, title: `${d.title} (added)` }));
  const user = new UserIndex();
  const before = heapNow();
  const t = performance.now();
  for (const d of added) user.update([d]);
  const buildMs = performance.now() - t;
  const heapBytes = heapNow() - before;
  const segments = user.engines.length;
  const compactStart = performance.now();
  user.compact(); // what the search worker does once adding pauses
  log(`  + ${added.length} user documents indexed one at a time in ${round(buildMs)} ms (${segments} segments), compacted in ${round(performance.now() - compactStart)} ms`);
  const engines = [bundled, ...user.engines];
  const classes = timeQueries((q) => searchAll(engines, q));
  return { scale, label: `${scale}x+${added.length}u`, docs: bundled.documentCount + added.length, buildMs: round(buildMs), loadMs: 0, workerReadyMs: null, indexBytes: 0, heapBytes, classes };
}

async function benchLunr(scale: number) {
  const docs = documents(scale);
  let t = performance.now();
  const index = lunr(function () {
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const d of docs) this.add({ id: d.id, title: d.title, body: d.paragraphs.map((p) => p.text).join('\n\n') });
  });
  const buildMs = performance.now() - t;
  const serialized = JSON.stringify(index);
  const before = heapNow();
  t = performance.now();
  const loaded = lunr.Index.load(JSON.parse(serialized));
  const loadMs = performance.now() - t;
  const heapBytes = heapNow() - before;
  // lunr has no phrases: the phrase class runs as required words (stop words then match nothing).
  const classes = timeQueries((q) => {
    try {
      loaded.search(q.startsWith('"') ? q.slice(1, -1).split(' ').map((w) => `+${w}`).join(' ') : q);
    } catch {
      /* lunr throws on some queries; timing still counts */
    }
  });
  return [{ scale, label: `${scale}x`, docs: docs.length, buildMs: round(buildMs), loadMs: round(loadMs), workerReadyMs: null, indexBytes: Buffer.byteLength(serialized), heapBytes, classes }];
}

const results = [];
for (const scale of scales) {
  log(`${engineName}: scale ${scale}x …`);
  results.push(...(engineName === 'lunr' ? await benchLunr(scale) : await benchDossier(scale)));
}

if (json) {
  process.stdout.write(`${JSON.stringify({ engine: engineName, scales: results })}\n`);
} else {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores; worker: ${workerArg || 'TypeScript source under tsx'}`);
  console.log(`engine: ${engineName}   (ms; per class median / p95 over 3 timed passes; top 50 with snippets for dossier)`);
  if (results.some((r) => r.label.endsWith('u'))) console.log('Nx+Mu: the Nx bundled index plus M user documents in their own index (added one at a time; build = their indexing), one merged ranking.');
  console.log(['scale', 'docs', 'build', 'load', 'worker ready', 'index', 'heap', ...CLASSES].map((s) => s.padStart(13)).join(''));
  for (const r of results) {
    const cells = [r.label, r.docs, r.buildMs.toFixed(0), r.loadMs.toFixed(1), r.workerReadyMs === null ? '-' : r.workerReadyMs.toFixed(0), mb(r.indexBytes), mb(r.heapBytes), ...CLASSES.map((c) => `${r.classes[c].median.toFixed(2)}/${r.classes[c].p95.toFixed(2)}`)];
    console.log(cells.map((c) => String(c).padStart(13)).join(''));
  }
}
process.exit(0);
