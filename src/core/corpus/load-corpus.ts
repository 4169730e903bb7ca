import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_SCHEMA_VERSION, type CorpusInfo, type ProcessedDocument } from '../../shared/corpus';
import { collectSources } from './collect-sources';
import { createCorpusService, type CorpusService } from './corpus-service';
import { checkBuild } from './check-build';
import { DOCUMENTS_FILE, MANIFEST_FILE, manifestProblem, type CorpusManifest } from './manifest';
import { processDocument } from './process-document';
import { sha256 } from './read-sources';

export interface LoadCorpusOptions {
  /** Folder with the built corpus (manifest.json, documents.jsonl). */
  buildDir: string;
  /** Folder with the bundled source documents. */
  sourceDir: string;
}

const NAME = 'Bundled corpus';

function info(status: CorpusInfo['status'], builtAt: string | null, problem: string | null): CorpusInfo {
  return { name: NAME, status, documentCount: 0, builtAt, schemaVersion: CORPUS_SCHEMA_VERSION, problem };
}

class CorruptBuild extends Error {}

function isDocument(v: unknown): v is ProcessedDocument {
  const d = v as ProcessedDocument;
  return (
    !!d &&
    typeof d.id === 'string' &&
    typeof d.title === 'string' &&
    Array.isArray(d.paragraphs) &&
    d.paragraphs.every((p) => p && typeof p.id === 'string' && typeof p.text === 'string') &&
    Array.isArray(d.entities) &&
    Array.isArray(d.quotes) &&
    Array.isArray(d.figures) &&
    Array.isArray(d.events)
  );
}

/** documents.jsonl checked against the manifest: bytes, checksum, count, ids. */
function readDocuments(buildDir: string, manifest: CorpusManifest): ProcessedDocument[] {
  const path = resolve(buildDir, DOCUMENTS_FILE);
  if (!existsSync(path)) throw new CorruptBuild('documents.jsonl is missing');
  if (statSync(path).size !== manifest.documents.bytes) throw new CorruptBuild('documents.jsonl does not have the size the manifest records');
  const text = readFileSync(path, 'utf8');
  if (sha256(text) !== manifest.documents.sha256) throw new CorruptBuild('documents.jsonl does not match its checksum');
  const docs: ProcessedDocument[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new CorruptBuild(`documents.jsonl line ${i + 1} is not JSON`);
    }
    if (!isDocument(doc)) throw new CorruptBuild(`documents.jsonl line ${i + 1} is not a processed document`);
    docs.push(doc);
  }
  if (docs.length !== manifest.documentCount) {
    throw new CorruptBuild(`documents.jsonl holds ${docs.length} documents, the manifest says ${manifest.documentCount}`);
  }
  return docs;
}

/** Processes the bundled sources in memory with the same pipeline as the build. */
function processSources(sourceDir: string): ProcessedDocument[] {
  if (!existsSync(sourceDir)) return [];
  const { raws } = collectSources([sourceDir], sourceDir);
  const docs: ProcessedDocument[] = [];
  for (const raw of raws) {
    try {
      docs.push(processDocument(raw));
    } catch {
      // A bad source is skipped here; `npm run corpus -- build` reports it by name.
    }
  }
  return docs;
}

function fallback(options: LoadCorpusOptions, problem: string, builtAt: string | null): CorpusService {
  const docs = processSources(options.sourceDir);
  if (docs.length === 0) {
    return createCorpusService([], info('empty', builtAt, `${problem} No bundled documents could be read either.`));
  }
  return createCorpusService(docs, info('fallback', builtAt, `${problem} Showing the bundled documents.`));
}

/**
 * Loads the built corpus when it is present, current and intact; otherwise processes the
 * bundled sources in memory and says why (CorpusInfo.status 'fallback', `problem`), so the
 * app never starts blank. Staleness compares sizes+mtimes from the manifest first and hashes
 * only files that differ (check-build.ts).
 */
export function loadCorpus(options: LoadCorpusOptions): CorpusService {
  const manifestPath = resolve(options.buildDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return fallback(options, 'The built corpus is missing.', null);
  let manifest: CorpusManifest;
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const bad = manifestProblem(parsed);
    if (bad) return fallback(options, `The built corpus is corrupt: ${bad}.`, null);
    manifest = parsed as CorpusManifest;
  } catch {
    return fallback(options, 'The built corpus is corrupt: manifest.json is not valid JSON.', null);
  }
  const stale = checkBuild(manifest, options);
  if (stale) return fallback(options, `The built corpus is stale: ${stale}.`, manifest.builtAt);
  try {
    const docs = readDocuments(options.buildDir, manifest);
    return createCorpusService(docs, info('ready', manifest.builtAt, null));
  } catch (e) {
    if (e instanceof CorruptBuild) return fallback(options, `The built corpus is corrupt: ${e.message}.`, manifest.builtAt);
    throw e;
  }
}
