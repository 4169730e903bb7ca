import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBuild, type BuildLocation } from './check-build';
import { DOCUMENT_INDEX_FILE } from './document-index';
import { DOCUMENTS_FILE, MANIFEST_FILE, isFileRecord, manifestProblem, type CorpusManifest } from './manifest';
import { pipelineFingerprint } from './pipeline-fingerprint';
import { sha256 } from './read-sources';

/**
 * Why `npm run dev|start|build` must rebuild resources/corpus-build, or null when it is
 * current. The app's own rules (manifest readable, checkBuild's source checks, the files the
 * manifest records intact) plus the one only dev tooling applies: the pipeline code changed.
 * scripts/ensure-corpus.mjs runs this, so there is one set of rules, not a copy by hand.
 */
export function whyRebuild(where: BuildLocation): { reason: string | null; manifest: CorpusManifest | null } {
  const manifestPath = resolve(where.buildDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return { reason: 'no build yet', manifest: null };
  let manifest: CorpusManifest;
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const bad = manifestProblem(parsed);
    if (bad) return { reason: bad, manifest: null };
    manifest = parsed as CorpusManifest;
  } catch {
    return { reason: 'manifest.json is not valid JSON', manifest: null };
  }
  const stale = checkBuild(manifest, where);
  if (stale) return { reason: stale, manifest };
  if (manifest.pipeline !== pipelineFingerprint()) return { reason: 'the corpus pipeline code changed', manifest };
  const documents = resolve(where.buildDir, DOCUMENTS_FILE);
  if (!existsSync(documents) || statSync(documents).size !== manifest.documents.bytes) return { reason: `${DOCUMENTS_FILE} is missing or damaged`, manifest };
  const index = resolve(where.buildDir, DOCUMENT_INDEX_FILE);
  const record = manifest.documentIndex;
  if (!isFileRecord(record) || !existsSync(index)) return { reason: `${DOCUMENT_INDEX_FILE} is missing or damaged`, manifest };
  const bytes = readFileSync(index);
  if (bytes.length !== record.bytes || sha256(bytes) !== record.sha256) return { reason: `${DOCUMENT_INDEX_FILE} is missing or damaged`, manifest };
  return { reason: null, manifest };
}
