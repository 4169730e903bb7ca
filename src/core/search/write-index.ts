import type { ProcessedDocument } from '../../shared/corpus';

/**
 * Builds the search index for a corpus and writes it into the corpus build folder
 * (beside manifest.json and documents.jsonl). Returns the files written, for the manifest.
 * STUB until the search work (issue 4) lands: writes nothing.
 */
export async function writeSearchIndex(_buildDir: string, _documents: readonly ProcessedDocument[]): Promise<{ files: string[]; bytes: number }> {
  return { files: [], bytes: 0 };
}
