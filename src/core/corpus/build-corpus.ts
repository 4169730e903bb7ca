import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { CORPUS_SCHEMA_VERSION, type ProcessedDocument } from '../../shared/corpus';
import { writeSearchIndex } from '../search/write-index';
import { collectSources } from './collect-sources';
import { DOCUMENT_INDEX_FILE, encodeDocuments } from './document-index';
import { findDuplicates } from './duplicates';
import { DOCUMENTS_FILE, MANIFEST_FILE, MANIFEST_FORMAT, type CorpusManifest } from './manifest';
import { pipelineFingerprint } from './pipeline-fingerprint';
import { ProcessCache } from './process-cache';
import { processRawDocument } from './formats/process-raw';
import type { BuildFailure, RawDocument } from './raw-document';
import { sha256 } from './read-sources';
import { failureMessage } from './failure-message';
import { writeCorpusTables } from './tables/write-tables';
import { processInWorkers, type ProcessOutcome } from './worker-pool';

export interface BuildOptions {
  inputs: readonly string[];
  outDir: string;
  /** Where processed documents are cached; null disables the cache. */
  cacheDir: string | null;
  /** Worker threads; 0 processes in this thread. Default: one per core. */
  workers?: number;
  /** Below this many documents to process, workers cost more than they save. */
  minDocsForWorkers?: number;
  /** Per-document processing limit in the workers (worker-pool.ts DEFAULT_DOCUMENT_TIME_LIMIT_MS). */
  documentTimeLimitMs?: number;
  onProgress?: (p: BuildProgress) => void;
}

export interface BuildProgress {
  phase: 'read' | 'process' | 'write';
  done: number;
  total: number;
}

export interface BuildResult {
  manifest: CorpusManifest;
  /** Documents cleaned and enriched in this build (cache misses). */
  processed: number;
  cached: number;
  failures: BuildFailure[];
  durationMs: number;
  /** Where the time went: reading+hashing sources, cleaning+enrichment, search index, the rest of writing. */
  phasesMs: { read: number; process: number; index: number; tables: number; write: number };
  documentsBytes: number;
  indexBytes: number;
}

/** Above this, a document is processed in a worker (under the time limit) even in a small build. */
const LARGE_DOCUMENT_CHARS = 64 * 1024;

async function processAll(misses: RawDocument[], options: BuildOptions, onDone: () => void): Promise<ProcessOutcome[]> {
  const workers = options.workers ?? Math.max(1, availableParallelism());
  // Large documents go to workers even when few: only there does the per-document time limit apply.
  const large = misses.some((raw) => raw.content.length > LARGE_DOCUMENT_CHARS);
  if (workers > 0 && (misses.length >= (options.minDocsForWorkers ?? 16) || large)) {
    try {
      return await processInWorkers(misses, workers, onDone, { documentTimeLimitMs: options.documentTimeLimitMs });
    } catch (e) {
      // A worker that cannot start (no loader, no compiled worker file) must not sink the build.
      process.emitWarning(`Corpus workers failed (${(e as Error).message}); processing in the main thread.`);
    }
  }
  const outcomes: ProcessOutcome[] = [];
  for (const raw of misses) {
    try {
      outcomes.push({ ok: true, doc: await processRawDocument(raw) });
    } catch (e) {
      outcomes.push({ ok: false, message: failureMessage(e) });
    }
    onDone();
  }
  return outcomes;
}

/**
 * Writes a complete build into a temporary sibling folder and renames it into place, so a
 * crash leaves either the previous build or the new one, never half of one. Files that fail
 * are reported in the manifest's `failures`; everything else still builds.
 */
async function writeBuildAtomically(outDir: string, write: (dir: string) => Promise<void>): Promise<void> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}-${Date.now()}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    await write(tmp);
    const old = join(parent, `.${basename(outDir)}.old-${process.pid}-${Date.now()}`);
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

export async function buildCorpus(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const outDir = resolve(options.outDir);
  const collected = collectSources(options.inputs.map((d) => resolve(d)), outDir);
  const readDone = performance.now();
  const failures = [...collected.failures];
  const cache = new ProcessCache(options.cacheDir);
  const total = collected.raws.length;
  options.onProgress?.({ phase: 'read', done: 0, total });

  const outcomes: (ProcessOutcome | null)[] = new Array(total).fill(null);
  const misses: number[] = [];
  const keys = collected.raws.map((raw) => cache.key(raw));
  collected.raws.forEach((_, i) => {
    outcomes[i] = cache.get(keys[i] as string);
    if (!outcomes[i]) misses.push(i);
  });
  let done = total - misses.length;
  options.onProgress?.({ phase: 'process', done, total });
  const fresh = await processAll(misses.map((i) => collected.raws[i] as RawDocument), options, () => {
    options.onProgress?.({ phase: 'process', done: ++done, total });
  });
  fresh.forEach((outcome, k) => {
    const i = misses[k] as number;
    outcomes[i] = outcome;
    cache.set(keys[i] as string, outcome);
  });
  const docs = outcomes.map((outcome, i) => {
    if (outcome?.ok) return outcome.doc;
    const raw = collected.raws[i] as RawDocument;
    failures.push({ file: raw.file, ...(raw.line ? { line: raw.line } : {}), message: outcome?.message ?? 'Not processed.' });
    return null;
  });

  const processDone = performance.now();
  let indexMs = 0;
  let tablesMs = 0;
  const built = docs.filter((d): d is ProcessedDocument => d !== null);
  collected.sources.forEach((s) => (s.documentIds = []));
  docs.forEach((d, i) => {
    if (d) collected.sources[collected.sourceOf[i] as number]?.documentIds.push(d.id);
  });
  options.onProgress?.({ phase: 'write', done: total, total });

  let manifest!: CorpusManifest;
  await writeBuildAtomically(outDir, async (dir) => {
    const duplicates = findDuplicates(built);
    const { jsonl, index: documentIndex } = encodeDocuments(built, duplicates);
    writeFileSync(join(dir, DOCUMENTS_FILE), jsonl);
    const indexJson = JSON.stringify(documentIndex);
    writeFileSync(join(dir, DOCUMENT_INDEX_FILE), indexJson);
    const indexStarted = performance.now();
    const index = await writeSearchIndex(dir, built, duplicates);
    indexMs = performance.now() - indexStarted;
    const tablesStarted = performance.now();
    const tables = writeCorpusTables(dir, built, duplicates);
    tablesMs = performance.now() - tablesStarted;
    manifest = {
      schemaVersion: CORPUS_SCHEMA_VERSION,
      format: MANIFEST_FORMAT,
      builtAt: new Date().toISOString(),
      documentCount: built.length,
      pipeline: pipelineFingerprint(),
      sources: collected.sources,
      failures,
      documents: { file: DOCUMENTS_FILE, bytes: jsonl.length, sha256: sha256(jsonl) },
      documentIndex: { file: DOCUMENT_INDEX_FILE, bytes: Buffer.byteLength(indexJson), sha256: sha256(indexJson) },
      index,
      tables,
    };
    // The manifest goes last: its presence in a folder means the folder is complete.
    writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  });
  return {
    manifest,
    processed: misses.length,
    cached: total - misses.length,
    failures,
    durationMs: performance.now() - started,
    phasesMs: {
      read: readDone - started,
      process: processDone - readDone,
      index: indexMs,
      tables: tablesMs,
      write: performance.now() - processDone - indexMs - tablesMs,
    },
    documentsBytes: manifest.documents.bytes,
    indexBytes: manifest.index.bytes,
  };
}
