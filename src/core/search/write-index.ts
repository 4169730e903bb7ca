import { join } from 'node:path';
import type { ProcessedDocument } from '../../shared/corpus';
import type { DuplicateInfo } from '../corpus/duplicates';
import { AHEAD_FILE, writeAheadFile } from './ahead-file';
import { SearchEngine } from './engine';
import { buildIndexData, type IndexData } from './index-data';
import { INDEX_FILE, writeIndexFile } from './index-file';

/**
 * Builds the search index for a corpus and writes it into the corpus build folder
 * (beside manifest.json and documents.jsonl), with the heavy queries' results ranked ahead
 * beside it. Returns the files written, for the manifest.
 */
export async function writeSearchIndex(buildDir: string, documents: readonly ProcessedDocument[], duplicates?: ReadonlyMap<string, DuplicateInfo>): Promise<{ files: string[]; bytes: number }> {
  // Streamed to the file: the index is never held twice (data and file bytes) at once.
  const data = buildIndexData(documents, duplicates);
  const bytes = writeIndexFile(join(buildDir, INDEX_FILE), data);
  const ahead = writeRankedAhead(buildDir, data);
  return { files: [INDEX_FILE, AHEAD_FILE], bytes: bytes + ahead };
}

/**
 * Ranks the heavy queries on index data just written (writeIndexFile gave it its content hash)
 * and writes search-ahead.bin beside the index: the search worker then reads them instead of
 * ranking them after every launch. Its size in bytes.
 */
export function writeRankedAhead(buildDir: string, data: IndexData): number {
  if (!data.contentHash) throw new Error('the index data have not been written to a file');
  const tables = new SearchEngine(data).rankAllAhead();
  return writeAheadFile(join(buildDir, AHEAD_FILE), tables, data.contentHash);
}
