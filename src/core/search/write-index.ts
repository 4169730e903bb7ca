import { join } from 'node:path';
import type { ProcessedDocument } from '../../shared/corpus';
import type { DuplicateInfo } from '../corpus/duplicates';
import { buildIndexData } from './index-data';
import { INDEX_FILE, writeIndexFile } from './index-file';

/**
 * Builds the search index for a corpus and writes it into the corpus build folder
 * (beside manifest.json and documents.jsonl). Returns the files written, for the manifest.
 */
export async function writeSearchIndex(buildDir: string, documents: readonly ProcessedDocument[], duplicates?: ReadonlyMap<string, DuplicateInfo>): Promise<{ files: string[]; bytes: number }> {
  // Streamed to the file: the index is never held twice (data and file bytes) at once.
  const bytes = writeIndexFile(join(buildDir, INDEX_FILE), buildIndexData(documents, duplicates));
  return { files: [INDEX_FILE], bytes };
}
