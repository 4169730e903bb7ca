import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_SCHEMA_VERSION, type CorpusInfo, type ProcessedDocument } from '../../shared/corpus';
import { checkBuild } from './check-build';
import { collectSources } from './collect-sources';
import { createCorpusService, type CorpusService } from './corpus-service';
import { DOCUMENT_INDEX_FILE, documentIndexProblem, type DocumentIndex } from './document-index';
import { createLazyCorpusService } from './lazy-corpus-service';
import { DOCUMENTS_FILE, isFileRecord, MANIFEST_FILE, manifestProblem, type CorpusManifest } from './manifest';
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

/**
 * The built corpus opened from manifest + documents-index.json: the index is hashed and must
 * tile documents.jsonl, whose size must be the manifest's. documents.jsonl itself is not read
 * here (that was O(corpus)); each document's line checksum is checked when it is opened.
 */
function openBuild(buildDir: string, manifest: CorpusManifest): CorpusService {
  const record = manifest.documentIndex;
  if (!isFileRecord(record)) throw new CorruptBuild(`manifest.json does not describe ${DOCUMENT_INDEX_FILE}`);
  const indexPath = resolve(buildDir, DOCUMENT_INDEX_FILE);
  if (!existsSync(indexPath)) throw new CorruptBuild(`${DOCUMENT_INDEX_FILE} is missing`);
  const bytes = readFileSync(indexPath);
  if (bytes.length !== record.bytes || sha256(bytes) !== record.sha256) throw new CorruptBuild(`${DOCUMENT_INDEX_FILE} does not match its checksum`);
  let index: unknown;
  try {
    index = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CorruptBuild(`${DOCUMENT_INDEX_FILE} is not valid JSON`);
  }
  const documentsPath = resolve(buildDir, DOCUMENTS_FILE);
  if (!existsSync(documentsPath)) throw new CorruptBuild(`${DOCUMENTS_FILE} is missing`);
  if (statSync(documentsPath).size !== manifest.documents.bytes) throw new CorruptBuild(`${DOCUMENTS_FILE} does not have the size the manifest records`);
  const bad = documentIndexProblem(index, manifest.documentCount, manifest.documents.bytes);
  if (bad) throw new CorruptBuild(bad);
  return createLazyCorpusService(documentsPath, (index as DocumentIndex).documents, info('ready', manifest.builtAt, null));
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
 * only files that differ (check-build.ts). Cost: manifest + documents-index.json, not the
 * documents (openBuild); a document damaged after the build is reported when it is opened.
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
    return openBuild(options.buildDir, manifest);
  } catch (e) {
    if (e instanceof CorruptBuild) return fallback(options, `The built corpus is corrupt: ${e.message}.`, manifest.builtAt);
    throw e;
  }
}
