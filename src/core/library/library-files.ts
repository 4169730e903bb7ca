import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ProcessedDocument } from '../../shared/corpus';

/**
 * The user library on disk, in the user-data folder (the bundled corpus stays read-only):
 *   library/manifest.json          the entries (what was added, from which file, when)
 *   library/documents/<id>.json    each processed document
 *   library/originals/<id>/<name>  the original file, when the analyst keeps copies
 * Every write goes to a temporary file that is fsynced and renamed over the old one, so a crash
 * leaves the old or the new version, never half of one.
 */

export const entrySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  fileName: z.string(),
  format: z.string(),
  addedAt: z.string(),
  updatedAt: z.string(),
  contentSha256: z.string(),
  textSha256: z.string(),
  original: z.enum(['copy', 'reference']),
  originalPath: z.string().nullable(),
  note: z.string().nullable(),
  paragraphCount: z.number(),
  wordCount: z.number(),
  published: z.string().nullable(),
  /** Set while removed: the files stay, so restore (undo) brings it and its notes back. */
  removedAt: z.string().nullable(),
});
export type LibraryEntry = z.infer<typeof entrySchema>;

const manifestSchema = z.object({ version: z.literal(1), entries: z.array(entrySchema) });

export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export class LibraryFiles {
  constructor(readonly root: string) {}

  get manifestPath(): string {
    return join(this.root, 'manifest.json');
  }

  documentPath(id: string): string {
    return join(this.root, 'documents', `${encodeURIComponent(id)}.json`);
  }

  originalPath(id: string, fileName: string): string {
    const base = fileName.split(/[\\/]/u).pop() || 'original';
    return join(this.root, 'originals', encodeURIComponent(id), base);
  }

  /**
   * The entries, or a problem: a damaged manifest is moved aside (timestamped) and the entries
   * are recovered from the documents folder, so nothing the analyst added disappears.
   */
  readManifest(): { entries: LibraryEntry[]; problem: string | null } {
    if (!existsSync(this.manifestPath)) return { entries: [], problem: null };
    try {
      return { entries: manifestSchema.parse(JSON.parse(readFileSync(this.manifestPath, 'utf8'))).entries, problem: null };
    } catch {
      const aside = `${this.manifestPath}.damaged-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
      renameSync(this.manifestPath, aside);
      const entries = this.recoverEntries();
      this.writeManifest(entries);
      return { entries, problem: `The list of your added documents was damaged; it was rebuilt from the documents themselves (${entries.length} found). The damaged file was kept as ${aside}.` };
    }
  }

  writeManifest(entries: readonly LibraryEntry[]): void {
    writeAtomic(this.manifestPath, JSON.stringify({ version: 1, entries }, null, 1));
  }

  writeDocument(doc: ProcessedDocument): string {
    const path = this.documentPath(doc.id);
    writeAtomic(path, JSON.stringify(doc));
    return path;
  }

  readDocument(id: string): ProcessedDocument {
    return JSON.parse(readFileSync(this.documentPath(id), 'utf8')) as ProcessedDocument;
  }

  private recoverEntries(): LibraryEntry[] {
    const dir = join(this.root, 'documents');
    if (!existsSync(dir)) return [];
    const out: LibraryEntry[] = [];
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ProcessedDocument;
        const now = new Date().toISOString();
        out.push({
          id: doc.id,
          title: doc.title,
          source: doc.source,
          fileName: doc.title,
          format: 'unknown',
          addedAt: now,
          updatedAt: now,
          contentSha256: '',
          textSha256: '',
          original: 'reference',
          originalPath: null,
          note: null,
          paragraphCount: doc.paragraphs.length,
          wordCount: 0,
          published: doc.published,
          removedAt: null,
        });
      } catch {
        // unreadable: left in place for the analyst (or support) to look at
      }
    }
    return out;
  }
}

export function writeOriginal(path: string, bytes: Uint8Array): void {
  writeAtomic(path, bytes);
}
