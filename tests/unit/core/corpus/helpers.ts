import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { processDocument } from '../../../../src/core/corpus/process-document';
import type { RawDocument, SourceFormat, SourceMeta } from '../../../../src/core/corpus/raw-document';
import { readSource } from '../../../../src/core/corpus/read-sources';

export const REPO = resolve(import.meta.dirname, '../../../..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const SEED_DIR = join(REPO, 'resources/corpus');
export const SEED = join(SEED_DIR, 'cnn-2024-10-25-north-koreans-ukraine.txt');

export function tempDir(prefix = 'dossier-corpus-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Processes a file the way a build does (sidecar included), in this thread. */
export function processFile(path: string): ProcessedDocument {
  const read = readSource(path);
  if (read.failures.length) throw new Error(read.failures.map((f) => f.message).join('; '));
  return processDocument({ ...read.documents[0]!, id: read.wantedIds[0]! });
}

export function processText(content: string, format: SourceFormat = 'text', meta: SourceMeta = {}): ProcessedDocument {
  const raw: RawDocument = { id: 'doc', format, content, meta, file: 'inline' };
  return processDocument(raw);
}

export function texts(doc: ProcessedDocument): string[] {
  return doc.paragraphs.map((p) => p.text);
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
