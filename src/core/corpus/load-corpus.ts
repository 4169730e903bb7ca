import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORPUS_SCHEMA_VERSION, type CorpusInfo, type ProcessedDocument } from '../../shared/corpus';
import { createCorpusService, type CorpusService } from './corpus-service';

/**
 * PROVISIONAL (foundation): loads resources/corpus-build when present, else reads the
 * bundled plain-text sources split on blank lines, uncleaned. The corpus pipeline (issue 3)
 * replaces the fallback with the real clean/segment/enrich pipeline.
 */
export interface LoadCorpusOptions {
  /** Folder with the built corpus (manifest.json, documents.jsonl). */
  buildDir: string;
  /** Folder with the bundled source documents. */
  sourceDir: string;
}

export function loadCorpus(options: LoadCorpusOptions): CorpusService {
  const manifestPath = join(options.buildDir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { builtAt: string; schemaVersion: number };
    const docs = readFileSync(join(options.buildDir, 'documents.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ProcessedDocument);
    return createCorpusService(docs, info('ready', docs.length, manifest.builtAt, null));
  }
  const docs = readdirSync(options.sourceDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readPlainText(join(options.sourceDir, f)));
  return createCorpusService(docs, info('fallback', docs.length, null, 'The built corpus is missing.'));
}

function info(status: CorpusInfo['status'], count: number, builtAt: string | null, problem: string | null): CorpusInfo {
  return { name: 'Bundled corpus', status, documentCount: count, builtAt, schemaVersion: CORPUS_SCHEMA_VERSION, problem };
}

function readPlainText(path: string): ProcessedDocument {
  const metaPath = `${path}.meta.json`;
  const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, string>) : {};
  const blocks = readFileSync(path, 'utf8').split(/\n\s*\n/u).map((b) => b.trim()).filter(Boolean);
  const id = basename(path).replace(/\.[^.]+$/u, '');
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id,
    title: meta.title ?? blocks[0] ?? id,
    published: meta.published ?? null,
    byline: meta.byline ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    paragraphs: blocks.map((text, i) => ({ id: `p${i}`, text })),
    entities: [],
    quotes: [],
    figures: [],
    events: [],
  };
}
