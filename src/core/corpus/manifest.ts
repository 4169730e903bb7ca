import type { BuildFailure } from './raw-document';

export const MANIFEST_FILE = 'manifest.json';
export const DOCUMENTS_FILE = 'documents.jsonl';
/**
 * Layout of the build folder, separate from CORPUS_SCHEMA_VERSION (the document model).
 * 2: documents-index.json (document-index.ts) lets loading read summaries only. A manifest
 * without `format` is format 1 and is stale.
 * 3: search-index.bin in index format 4 (index-file.ts). The search refuses an older index file
 *    and indexes the documents in memory at every start; the stale build gets it rebuilt once.
 */
export const MANIFEST_FORMAT = 3;

export interface ManifestSource {
  /** POSIX path relative to the build folder ("../corpus/x.txt"), so a moved pair still matches. */
  path: string;
  sha256: string;
  /** Size and mtime let loading skip hashing unchanged files. */
  size: number;
  mtimeMs: number;
  documentIds: string[];
}

export interface FileRecord {
  file: string;
  bytes: number;
  sha256: string;
}

export interface CorpusManifest {
  schemaVersion: number;
  /** MANIFEST_FORMAT of the build; absent in format 1. */
  format?: number;
  builtAt: string;
  documentCount: number;
  /** Fingerprint of the pipeline code (pipeline-fingerprint.ts); dev tooling rebuilds when it changes. */
  pipeline: string;
  sources: ManifestSource[];
  failures: BuildFailure[];
  /** sha256 of the whole file is for tools; the app checks its size and per-line checksums instead. */
  documents: FileRecord;
  /** documents-index.json: small, so the app hashes it at load. */
  documentIndex?: FileRecord;
  index: { files: string[]; bytes: number };
  /** Corpus tables (tables/tables-format.ts); absent in builds made before them. */
  tables?: FileRecord[];
}

/** Shape check for a manifest read from disk; returns what is wrong, or null. */
export function manifestProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'manifest.json is not an object';
  const m = value as Partial<CorpusManifest>;
  if (typeof m.schemaVersion !== 'number') return 'manifest.json has no schemaVersion';
  if (typeof m.builtAt !== 'string') return 'manifest.json has no builtAt';
  if (typeof m.documentCount !== 'number') return 'manifest.json has no documentCount';
  if (!Array.isArray(m.sources)) return 'manifest.json has no sources';
  for (const s of m.sources) {
    if (!s || typeof s.path !== 'string' || typeof s.sha256 !== 'string' || !Array.isArray(s.documentIds)) return 'manifest.json has a malformed source entry';
  }
  if (!m.documents || typeof m.documents.bytes !== 'number' || typeof m.documents.sha256 !== 'string') return 'manifest.json does not describe documents.jsonl';
  return null;
}

export function isFileRecord(value: unknown): value is FileRecord {
  const r = value as Partial<FileRecord> | null;
  return !!r && typeof r.file === 'string' && typeof r.bytes === 'number' && typeof r.sha256 === 'string';
}
