/**
 * Search benchmark: `npm run bench` (table) or `npm run bench -- --json` (one JSON object).
 * Options: --scales=1,4,16,45  --peers=1,4 (scales at which plain lunr 2.3.9, MiniSearch 7 and
 * FlexSearch 0.8 run in the same benchmark; each with its defaults, title+body)
 * --peer-engines=lunr,minisearch,flexsearch (which of them)  --variants=same,perturbed  --corpus=PATH
 * --queries=PATH --entities=none (index the articles without the entities the build extracts; by
 * default they are extracted once per run, about 10 s). The BBC corpus is read from
 * ../shared/corpora and never copied.
 *
 * Scale k repeats every article k times under new ids. Variant "same" keeps the vocabulary; variant
 * "perturbed" rewrites about one word in five of each copy (a copy-specific suffix), so the term
 * count grows with the corpus as real archives do. Copies are not grouped as duplicates here.
 * Class "typing" is each single word typed letter by letter, searched as the box searches while
 * typing (the last word also a prefix); the peers search the letters as a prefix.
 * Every (engine, scale, variant) runs in its own child process, so "build peak RSS" is that
 * build's own peak (getrusage maxrss) and heap figures do not leak between runs. The children run
 * this script bundled by esbuild, as the app's search worker is bundled, not through tsx: tsx
 * keeps function names with a call per closure made, a fifth of a light query's time.
 *
 * --user-docs=1000 (0: skip; issue 11): at the largest scale, per variant, one more row where that
 * many documents the analyst added sit beside the bundled index in their own (segmented) index,
 * added one at a time as the app does, then compacted; every query class runs over both through
 * the merged search (corpus-wide statistics, one ranking). Its "build" is the user documents'
 * indexing. Each class's p95 there should stay within the same scale's dossier row.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import { CORPUS_SCHEMA_VERSION, type ProcessedDocument } from '../src/shared/corpus';
import { enrichDocument } from '../src/core/corpus/enrich';
import { DEFAULT_LIMIT, SearchEngine } from '../src/core/search/engine';
import type { FacetRequest } from '../src/core/search/facets';
import { buildIndexData } from '../src/core/search/index-data';
import { INDEX_FILE, loadIndexFile, writeIndexFile } from '../src/core/search/index-file';
import { AHEAD_FILE } from '../src/core/search/ahead-file';
import { writeRankedAhead } from '../src/core/search/write-index';
import { parseQuery } from '../src/core/search/query-parse';
import { searchAll, UserIndex } from '../src/core/search/merged-search';

const CLASSES = ['single', 'two', 'prefix', 'fuzzy', 'field', 'and3', 'phrase', 'typing'] as const;
type Cls = (typeof CLASSES)[number];
/** Phrase class (ours): common and rare phrases, and stop-word-only ones lunr cannot find at all. */
const PHRASES = ['prime minister', 'north korea', 'interest rates', 'gordon brown', 'mobile phones', 'chief executive', 'world cup', 'oil prices',
  'in the end', 'at the end of the', 'for the first time', 'the number of', 'told the bbc', 'said it would', 'more than a year'];

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const json = process.argv.includes('--json');
const root = resolve(import.meta.dirname, '..');
const corpusPath = resolve(root, arg('corpus', '../shared/corpora/bbc-news-2225.jsonl'));
const queriesPath = resolve(root, arg('queries', '../shared/corpora/bench-queries.json'));

interface Row { id: string; title: string; body: string; source?: string; entities?: ProcessedDocument['entities'] }
type Variant = 'same' | 'perturbed';

/** Copy k of a text: every fifth word (by position) gets a copy-specific suffix. */
function perturb(text: string, k: number): string {
  if (k === 0) return text;
  let n = 0;
  return text.replace(/\p{L}{4,}/gu, (w) => (n++ % 5 === 2 ? `${w}${k.toString(36)}q` : w));
}

const splitBody = (body: string) => body.split(/\n\s*\n/u).map((t) => t.trim()).filter(Boolean).map((text, i) => ({ id: `p${i}`, text }));

/**
 * The articles' entities as the corpus build extracts them, once per run in the parent (about
 * 10 s), written for the children: the entity fields are indexed and searched, and the facet
 * counts the results panel asks for read them, so a corpus without them times less than the app does.
 */
function writeEntities(rows: Row[], path: string): void {
  const out: Record<string, ProcessedDocument['entities']> = {};
  for (const r of rows) out[r.id] = enrichDocument({ title: r.title, published: null, paragraphs: splitBody(r.body) }).entities;
  writeFileSync(path, JSON.stringify(out));
}

function documents(rows: Row[], scale: number, variant: Variant): ProcessedDocument[] {
  const out: ProcessedDocument[] = [];
  for (let k = 0; k < scale; k++) {
    for (const r of rows) {
      const body = variant === 'perturbed' ? perturb(r.body, k) : r.body;
      const paragraphs = splitBody(body);
      // A perturbed copy's text moved: its entities keep their names, not their offsets.
      const entities = (r.entities ?? []).map((e) => (variant === 'perturbed' && k > 0 ? { ...e, mentions: [] } : e));
      out.push({ schemaVersion: CORPUS_SCHEMA_VERSION, id: k ? `${r.id}~${k}` : r.id, title: r.title, published: null, byline: null, source: r.source ?? 'BBC', url: null, paragraphs, entities, quotes: [], figures: [], events: [] });
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
  // Type-ahead: each single word as it is typed, letter by letter (the app's typing query; the
  // peers search the letters so far as a prefix, their own type-ahead).
  const typed = raw.filter((r) => r.cls === 'single').flatMap((r) => [...r.terms[0]!].map((_, i) => ({ cls: 'typing' as const, q: r.terms[0]!.slice(0, i + 1) })));
  return [...raw.map((r) => ({ cls: r.cls, q: shape[r.cls]!(r.terms) })), ...PHRASES.map((p) => ({ cls: 'phrase' as const, q: `"${p}"` })), ...typed];
}

const round = (n: number) => Math.round(n * 100) / 100;
function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0;
  // Three decimals: the like-for-like table reads microseconds (FlexSearch answers in 0.005 ms).
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  return { median: r3(at(0.5)), p95: r3(at(0.95)) };
}

type ClassStats = Record<Cls, { median: number; p95: number }>;

type Run = (q: string, cls: Cls) => void;

function timeQueries(run: Run): ClassStats {
  return timeLockstep([run])[0]!;
}

/**
 * Several runners timed over the same queries in the same passes, alternating which goes first
 * per query: on a shared machine, load then lands on each alike, so their figures compare.
 */
function timeLockstep(runs: Run[]): ClassStats[] {
  const qs = queries();
  for (const run of runs) for (const { q, cls } of qs) run(q, cls); // warm-up
  const samples = runs.map(() => new Map<Cls, number[]>(CLASSES.map((c) => [c, []])));
  for (let pass = 0; pass < 3; pass++) {
    qs.forEach(({ cls, q }, i) => {
      for (let k = 0; k < runs.length; k++) {
        const r = (k + i + pass) % runs.length;
        const t = performance.now();
        runs[r]!(q, cls);
        samples[r]!.get(cls)!.push(performance.now() - t);
      }
    });
  }
  return samples.map((s) => Object.fromEntries(CLASSES.map((c) => [c, stats(s.get(c)!)])) as ClassStats);
}

/** What the results panel asks with a final query: no facet chosen, every value counted. */
const FACET_COUNTS: FacetRequest = { source: null, fromYear: null, toYear: null, entity: null, hasNotes: false, noted: [], counts: true };
/** One map for every query, as the search worker keeps the corpus view's aliases until they change. */
const NO_ALIASES = new Map<string, string>();

type Engine = 'dossier' | 'lunr' | 'minisearch' | 'flexsearch';
const PEERS = ['lunr', 'minisearch', 'flexsearch'] as const;

interface Result {
  engine: Engine;
  scale: number;
  variant: Variant;
  docs: number;
  terms: number | null;
  buildMs: number;
  buildPeakRssBytes: number;
  loadMs: number;
  indexBytes: number;
  heapBytes: number;
  classes: ClassStats;
  /** Dossier: the same queries with the facet counts the results panel asks for, timed in the same passes. */
  withFacets?: ClassStats;
  /** Dossier: the ranking alone (top 20 ids and the total, no snippets), what the peers return; passes of its own in the same process. */
  rankOnly?: ClassStats;
  /** With user documents: the bundled index alone, timed in the same passes as `classes`. */
  alone?: ClassStats;
  /** User documents searched beside the bundled index (0: the bundled index alone). */
  userDocs: number;
  /** Dossier: the warm-up after load (in the app, slices in the worker's idle time), and the queries it ranked ahead. */
  warmMs?: number;
  rankedAhead?: number;
  /** Dossier: ranking the heavy queries ahead in the build, and the size of the file that keeps them (search-ahead.bin). */
  aheadMs?: number;
  aheadBytes?: number;
  /** Dossier: whether warm-up read those results from the file (else it ranked them itself, and why). */
  aheadFromFile?: boolean;
  aheadProblem?: string | null;
}

const entitiesPath = arg('entities', '');
const readRows = (): Row[] => {
  const rows = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  if (!entitiesPath || entitiesPath === 'none') return rows;
  const entities = JSON.parse(readFileSync(entitiesPath, 'utf8')) as Record<string, ProcessedDocument['entities']>;
  return rows.map((r) => ({ ...r, entities: entities[r.id] ?? [] }));
};

/** What the build child reports on its one line of output. */
interface BuildStats { buildMs: number; buildPeakRssBytes: number; indexBytes: number; count: number; aheadMs: number; aheadBytes: number }

/** The dossier index at one scale, written to `out` (its own process: its peak RSS is the build's). */
function buildChild(scale: number, variant: Variant, out: string): BuildStats {
  const docs = documents(readRows(), scale, variant);
  const count = docs.length;
  const t = performance.now();
  const data = buildIndexData(docs, new Map());
  const indexBytes = writeIndexFile(join(out, INDEX_FILE), data);
  const buildMs = performance.now() - t;
  // Then the heavy queries ranked ahead, as the corpus build keeps them (write-index.ts).
  const a = performance.now();
  const aheadBytes = writeRankedAhead(out, data);
  return { buildMs, buildPeakRssBytes: process.resourceUsage().maxRSS * 1024, indexBytes, count, aheadMs: performance.now() - a, aheadBytes };
}

/** One measurement, in this (child) process. */
function child(engine: Engine, scale: number, variant: Variant, userDocs: number): Result {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const heapNow = () => {
    gc();
    gc();
    // Freed array buffers are released by a background sweeper: without this pause they still
    // counted after gc(), so a build's garbage inflated "before" and the heap came out negative.
    Atomics.wait(pause, 0, 0, 300);
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers; // typed arrays live outside the JS heap
  };
  if (engine === 'dossier') {
    // Built in a process of its own, as the corpus build is (write-index.ts): this one then
    // holds nothing of the build, so its heap after loading is the index's alone.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    const build = spawnSync(process.execPath, [...childCommand, '--build-child', `--scale=${scale}`, `--variant=${variant}`, `--corpus=${corpusPath}`, `--out=${dir}`, ...(entitiesPath ? [`--entities=${entitiesPath}`] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (build.status !== 0) throw new Error(`the index build failed (exit ${build.status}${build.signal ? `, ${build.signal}` : ''})`);
    const { buildMs, buildPeakRssBytes, indexBytes, count, aheadMs, aheadBytes } = JSON.parse(build.stdout.trim().split('\n').at(-1)!) as BuildStats;
    const before = heapNow();
    const loads: number[] = [];
    let loaded: SearchEngine | null = null;
    for (let i = 0; i < 3; i++) {
      // Each load starts as the search worker's does, with no earlier index waiting to be
      // collected: the last one's half a gigabyte of garbage made loads 2 and 3 pay for it.
      loaded = null;
      if (i > 0) heapNow();
      const t = performance.now();
      loaded = new SearchEngine(loadIndexFile(join(dir, INDEX_FILE))); // as the search worker loads it
      loaded.useAheadFile(join(dir, AHEAD_FILE));
      loads.push(performance.now() - t);
    }
    // Warm-up as the worker runs it in slices after reporting ready: the results ranked ahead in
    // the build (ahead-file.ts), the token stream and phrase positions, timed whole here.
    const warmStart = performance.now();
    loaded!.warm();
    const warmMs = round(performance.now() - warmStart);
    const heapBytes = heapNow() - before;
    rmSync(dir, { recursive: true, force: true });
    const base = { engine, scale, variant, docs: count, terms: loaded!.data.terms.length, buildMs: round(buildMs), buildPeakRssBytes, loadMs: stats(loads).median, indexBytes, heapBytes, userDocs: 0, warmMs, rankedAhead: loaded!.rankedAhead, aheadMs: round(aheadMs), aheadBytes, aheadFromFile: loaded!.rankedAheadFromFile, aheadProblem: loaded!.aheadFileProblem };
    if (userDocs > 0) return withUserDocuments(loaded!, readRows(), scale, variant, userDocs, base);
    // The results panel's final query also counts every match's facet values (facets.ts): timed
    // beside the search alone, in the same passes.
    const typing = (cls: Cls) => (cls === 'typing' ? { typing: true } : {});
    const rank: Run = (q, cls) => {
      const parsed = parseQuery(q, typing(cls));
      if (parsed.ok && parsed.plan) loaded!.match(parsed.plan, DEFAULT_LIMIT);
    };
    // While typing the app asks for no facet counts (search-service.ts): that class runs bare in both.
    const faceted: Run = (q, cls) => loaded!.search(q, DEFAULT_LIMIT, 0, cls === 'typing' ? typing(cls) : { facets: FACET_COUNTS, aliases: NO_ALIASES });
    const [classes, withFacets] = timeLockstep([(q, cls) => loaded!.search(q, DEFAULT_LIMIT, 0, typing(cls)), faceted]);
    // The ranking alone in passes of its own, as each peer runs alone in its process: between
    // the app's calls, their snippets' reads left it colder caches than the peers have.
    const rankOnly = timeQueries(rank);
    return { ...base, classes: classes!, withFacets, rankOnly };
  }
  const rows = readRows();
  let docs: ProcessedDocument[] | null = documents(rows, scale, variant);
  const count = docs.length;
  let t = performance.now();
  if (engine === 'minisearch' || engine === 'flexsearch') return peerChild(engine, docs, scale, variant, heapNow);
  const index = lunr(function () {
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const d of docs!) this.add({ id: d.id, title: d.title, body: d.paragraphs.map((p) => p.text).join('\n\n') });
  });
  const buildMs = performance.now() - t;
  const buildPeakRssBytes = process.resourceUsage().maxRSS * 1024;
  docs = null;
  const serialized = JSON.stringify(index);
  const before = heapNow();
  t = performance.now();
  const loaded = lunr.Index.load(JSON.parse(serialized));
  const loadMs = performance.now() - t;
  const heapBytes = heapNow() - before;
  // lunr has no phrases: the phrase class runs as required words (stop words then match nothing).
  const classes = timeQueries((q, cls) => {
    try {
      loaded.search(cls === 'typing' ? `${q}*` : q.startsWith('"') ? q.slice(1, -1).split(' ').map((w) => `+${w}`).join(' ') : q);
    } catch {
      /* lunr throws on some queries; timing still counts */
    }
  });
  return { engine, scale, variant, docs: count, terms: null, buildMs: round(buildMs), buildPeakRssBytes, loadMs: round(loadMs), indexBytes: Buffer.byteLength(serialized), heapBytes, classes, userDocs: 0 };
}

/** The query classes in a peer's own API (no phrases in either: a phrase runs as required words). */
function peerQuery(q: string, cls: Cls): { terms: string; mode: 'or' | 'and'; prefix?: boolean; fuzzy?: number; field?: 'title' } {
  if (cls === 'typing') return { terms: q, mode: 'or', prefix: true };
  if (q.startsWith('"')) return { terms: q.slice(1, -1), mode: 'and' };
  if (q.startsWith('title:')) return { terms: q.slice(6), mode: 'or', field: 'title' };
  if (q.endsWith('*')) return { terms: q.slice(0, -1), mode: 'or', prefix: true };
  const fuzzy = /~(\d)$/u.exec(q);
  if (fuzzy) return { terms: q.slice(0, -2), mode: 'or', fuzzy: Number(fuzzy[1]) };
  if (q.includes('+')) return { terms: q.replace(/\+/gu, ''), mode: 'and' };
  return { terms: q, mode: 'or' };
}

/**
 * MiniSearch 7 and FlexSearch 0.8 (issue 15 peers), title+body, each with its own defaults:
 * MiniSearch's search options per class (prefix, fuzzy as an edit distance, fields, AND);
 * FlexSearch as a Document index with forward tokenizing (its prefix search), `suggest` for
 * "any of the words" (its default is all of them). FlexSearch has no edit-distance fuzzy: the
 * fuzzy class runs the bare word there. Load = its own import of its own export.
 */
function peerChild(engine: 'minisearch' | 'flexsearch', input: ProcessedDocument[] | null, scale: number, variant: Variant, heapNow: () => number): Result {
  let docs = input;
  const count = docs!.length;
  const rows = () => docs!.map((d, i) => ({ id: i, title: d.title, body: d.paragraphs.map((p) => p.text).join('\n\n') }));
  let t = performance.now();
  if (engine === 'minisearch') {
    const options = { fields: ['title', 'body'], idField: 'id' };
    const built = new MiniSearch(options);
    built.addAll(rows());
    const buildMs = performance.now() - t;
    const buildPeakRssBytes = process.resourceUsage().maxRSS * 1024;
    docs = null;
    const serialized = JSON.stringify(built);
    const before = heapNow();
    t = performance.now();
    const loaded = MiniSearch.loadJSON(serialized, options);
    const loadMs = performance.now() - t;
    const heapBytes = heapNow() - before;
    const classes = timeQueries((q, cls) => {
      const p = peerQuery(q, cls);
      loaded.search(p.terms, { combineWith: p.mode === 'and' ? 'AND' : 'OR', prefix: p.prefix ?? false, fuzzy: p.fuzzy ?? false, ...(p.field ? { fields: [p.field] } : {}) });
    });
    return { engine, scale, variant, docs: count, terms: loaded.termCount, buildMs: round(buildMs), buildPeakRssBytes, loadMs: round(loadMs), indexBytes: Buffer.byteLength(serialized), heapBytes, classes, userDocs: 0 };
  }
  const options = { tokenize: 'forward' as const, document: { id: 'id', index: ['title', 'body'] } };
  const built = new FlexSearch.Document(options);
  for (const r of rows()) built.add(r);
  const buildMs = performance.now() - t;
  const buildPeakRssBytes = process.resourceUsage().maxRSS * 1024;
  docs = null;
  const parts: [string, string][] = [];
  built.export((key: string, data: string) => void parts.push([key, data]));
  const before = heapNow();
  t = performance.now();
  const loaded = new FlexSearch.Document(options);
  for (const [key, data] of parts) loaded.import(key, data);
  const loadMs = performance.now() - t;
  const heapBytes = heapNow() - before;
  const classes = timeQueries((q, cls) => {
    const p = peerQuery(q, cls);
    loaded.search(p.terms, { limit: 100, suggest: p.mode === 'or', ...(p.field ? { index: p.field } : {}) });
  });
  return { engine, scale, variant, docs: count, terms: null, buildMs: round(buildMs), buildPeakRssBytes, loadMs: round(loadMs), indexBytes: parts.reduce((n, [k, d]) => n + k.length + (d?.length ?? 0), 0), heapBytes, classes, userDocs: 0 };
}

/**
 * `userDocs` articles as the analyst's own documents (new ids; in the perturbed variant a
 * vocabulary of their own), indexed one at a time into the user index, then every class timed
 * over the bundled index and the user index together.
 */
function withUserDocuments(bundled: SearchEngine, rows: Row[], scale: number, variant: Variant, userDocs: number, base: Omit<Result, 'classes'>): Result {
  const added = documents(rows.slice(0, userDocs), 1, 'same').map((d, i) => {
    const paragraphs = variant === 'perturbed' ? d.paragraphs.map((p) => ({ ...p, text: perturb(p.text, scale + 1) })) : d.paragraphs;
    return { ...d, id: `user-${i}`, title: `${d.title} (added)`, paragraphs };
  });
  const user = new UserIndex();
  const t = performance.now();
  for (const d of added) user.update([d]);
  const indexMs = performance.now() - t;
  const segments = user.segmentCount;
  const compactStart = performance.now();
  user.compact(); // what the search worker does once adding pauses
  process.stderr.write(`  + ${added.length} user documents indexed one at a time in ${round(indexMs)} ms (${segments} segments), compacted in ${round(performance.now() - compactStart)} ms\n`);
  const engines = [bundled, ...user.engines];
  const [classes, alone] = timeLockstep([(q, cls) => searchAll(engines, q, DEFAULT_LIMIT, 0, cls === 'typing' ? { typing: true } : {}), (q, cls) => bundled.search(q, DEFAULT_LIMIT, 0, cls === 'typing' ? { typing: true } : {})]);
  return { ...base, docs: base.docs + added.length, buildMs: round(indexMs), userDocs: added.length, classes: classes!, alone };
}

/** How a child process runs this script: a child re-runs itself; the parent bundles it first (below). */
let childCommand = [...process.execArgv, import.meta.filename];

/**
 * This script bundled as electron-vite bundles the search worker (esbuild, no kept names), under
 * node_modules so its packages resolve as they do here; one per run, so runs side by side in
 * clones that share node_modules do not overwrite each other's.
 */
function bundleForChildren(): string {
  const dir = join(root, 'node_modules', '.cache', `dossier-bench-${process.pid}`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'bench.mjs');
  buildSync({ entryPoints: [import.meta.filename], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external', logLevel: 'warning' });
  return out;
}

if (process.argv.includes('--build-child')) {
  process.stdout.write(`${JSON.stringify(buildChild(Number(arg('scale', '1')), arg('variant', 'same') as Variant, arg('out', '')))}\n`);
  process.exit(0);
}

if (process.argv.includes('--child')) {
  const r = child(arg('engine', 'dossier') as Engine, Number(arg('scale', '1')), arg('variant', 'same') as Variant, Number(arg('user-docs', '0')));
  process.stdout.write(`${JSON.stringify(r)}\n`);
  process.exit(0);
}

const scales = arg('scales', '1,4').split(',').map(Number);
const peers = new Set(arg('peers', '1,4').split(',').filter(Boolean).map(Number));
const variants = arg('variants', 'same,perturbed').split(',') as Variant[];
// --peer-engines=flexsearch: run only these peers (lunr needs more than Node's default heap at 45x).
const peerEngines = new Set(arg('peer-engines', PEERS.join(',')).split(','));
const userDocs = Number(arg('user-docs', '1000'));
const log = (...a: unknown[]) => (json ? process.stderr.write(`${a.join(' ')}\n`) : console.log(...a));
const results: Result[] = [];
// --entities=none: index the articles without their entities (no entity fields, no entity facet).
const workDir = mkdtempSync(join(tmpdir(), 'dossier-bench-entities-'));
const entitiesFile = entitiesPath || join(workDir, 'entities.json');
if (!entitiesPath) {
  log('extracting the articles’ entities once for every run …');
  writeEntities(readRows(), entitiesFile);
}
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
childCommand = [bundleForChildren()];
for (const scale of scales) {
  for (const variant of variants) {
    const withUser = scale === Math.max(...scales) && userDocs > 0 ? [userDocs] : [];
    for (const [engine, users] of [['dossier', 0], ...PEERS.map((p) => [p, 0] as const), ...withUser.map((n) => ['dossier', n] as const)] as const) {
      if (engine !== 'dossier' && (!peers.has(scale) || !peerEngines.has(engine))) continue;
      log(`${engine}: scale ${scale}x, ${variant} vocabulary${users ? `, + ${users} user documents` : ''} …`);
      const run = spawnSync(process.execPath, [...childCommand, '--child', `--engine=${engine}`, `--scale=${scale}`, `--variant=${variant}`, `--user-docs=${users}`, `--corpus=${corpusPath}`, `--queries=${queriesPath}`, ...(entitiesFile.endsWith('none') ? [] : [`--entities=${entitiesFile}`])], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const line = run.stdout.trim().split('\n').at(-1);
      if (run.status !== 0 || !line) {
        log(`  failed (exit ${run.status}${run.signal ? `, ${run.signal}` : ''})`);
        continue;
      }
      results.push(JSON.parse(line) as Result);
    }
  }
}

if (json) {
  process.stdout.write(`${JSON.stringify({ scales: results })}\n`);
} else {
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(`ms; per query class median / p95 over 3 timed passes; dossier: engine.search as the app calls it (top 20 with snippets)`);
  if (results.some((r) => r.userDocs > 0)) console.log('Nx+Mu: the Nx bundled index plus M user documents in their own index, one merged ranking (build = indexing the M, one at a time)');
  const head = ['engine', 'scale', 'vocab', 'docs', 'terms', 'build', 'build RSS', 'load', 'index', 'heap', ...CLASSES];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
  for (const r of results) {
    const cells = [r.engine, r.userDocs ? `${r.scale}x+${r.userDocs}u` : `${r.scale}x`, r.variant, r.docs, r.terms ?? '-', r.buildMs.toFixed(0), mb(r.buildPeakRssBytes), r.loadMs.toFixed(1), mb(r.indexBytes), mb(r.heapBytes), ...CLASSES.map((c) => `${r.classes[c].median.toFixed(2)}/${r.classes[c].p95.toFixed(2)}`)];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const faceted = results.filter((r) => r.withFacets);
  if (faceted.length > 0) {
    console.log('\nthe results panel\'s final query, with every match\'s facet values counted, vs the search alone, in lockstep (p95 ms, with / without)');
    const h = ['scale', 'vocab', ...CLASSES];
    console.log(`| ${h.join(' | ')} |\n|${h.map(() => ' --- ').join('|')}|`);
    for (const r of faceted) console.log(`| ${[`${r.scale}x`, r.variant, ...CLASSES.map((c) => `${r.withFacets![c].p95.toFixed(2)} / ${r.classes[c].p95.toFixed(2)}`)].join(' | ')} |`);
  }
  const ranked = results.filter((r) => r.rankOnly);
  if (ranked.length > 0) {
    // The like-for-like row beside the peers, which return ranked ids and build no snippets.
    console.log('\ndossier\'s ranking alone (top 20 ids and the total, no snippets), timed in passes of its own in the same process (median / p95 ms)');
    const h = ['scale', 'vocab', ...CLASSES];
    console.log(`| ${h.join(' | ')} |\n|${h.map(() => ' --- ').join('|')}|`);
    for (const r of ranked) console.log(`| ${[`${r.scale}x`, r.variant, ...CLASSES.map((c) => `${r.rankOnly![c].median.toFixed(2)}/${r.rankOnly![c].p95.toFixed(2)}`)].join(' | ')} |`);
  }
  const peerRows = results.filter((r) => r.engine !== 'dossier');
  if (peerRows.length > 0) {
    // The issue's yardstick: each class beside the fastest peer, all returning ranked ids.
    console.log('\nlike for like, µs median / p95: dossier\'s ranking alone beside each peer (ranked ids, no snippets)');
    const h = ['engine', 'scale', 'vocab', ...CLASSES];
    console.log(`| ${h.join(' | ')} |\n|${h.map(() => ' --- ').join('|')}|`);
    const us = (x: { median: number; p95: number }) => `${Math.round(x.median * 1000)}/${Math.round(x.p95 * 1000)}`;
    for (const r of results.filter((x) => x.userDocs === 0 && (x.engine !== 'dossier' || peerRows.some((p) => p.scale === x.scale && p.variant === x.variant)))) {
      const timed = r.engine === 'dossier' ? r.rankOnly : r.classes;
      if (timed) console.log(`| ${[r.engine === 'dossier' ? 'dossier ranking' : r.engine, `${r.scale}x`, r.variant, ...CLASSES.map((c) => us(timed[c]))].join(' | ')} |`);
    }
  }
  const warmed = results.filter((r) => r.warmMs !== undefined && r.userDocs === 0);
  if (warmed.length > 0) {
    console.log('\ndossier\'s heavy queries ranked ahead in the build (search-ahead.bin), and the warm-up after load that reads them (the worker runs it in slices between queries)');
    console.log('| scale | vocab | ranked in the build ms | file MB | warm-up ms | queries ranked ahead | read from the file |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of warmed) console.log(`| ${r.scale}x | ${r.variant} | ${(r.aheadMs ?? 0).toFixed(0)} | ${((r.aheadBytes ?? 0) / 1e6).toFixed(1)} | ${r.warmMs!.toFixed(0)} | ${r.rankedAhead} | ${r.aheadFromFile ? 'yes' : `no: ${r.aheadProblem ?? '?'}`} |`);
  }
  const paired = results.filter((r) => r.alone);
  if (paired.length > 0) {
    // The fair comparison for issue 11: the same process, the same passes, alternating.
    console.log('\nwith user documents vs the bundled index alone, timed in lockstep (p95 ms, merged / alone)');
    const h = ['scale', 'vocab', ...CLASSES];
    console.log(`| ${h.join(' | ')} |\n|${h.map(() => ' --- ').join('|')}|`);
    for (const r of paired) {
      const cells = [`${r.scale}x+${r.userDocs}u`, r.variant, ...CLASSES.map((c) => `${r.classes[c].p95.toFixed(2)} / ${r.alone![c].p95.toFixed(2)}`)];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
}
