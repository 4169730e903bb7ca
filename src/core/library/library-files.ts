import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ProcessedDocument } from '../../shared/corpus';

/**
 * The user library on disk, in the user-data folder (the bundled corpus stays read-only):
 *   library/manifest.json          the entries (what was added, from which file, when)
 *   library/manifest.log           entries changed since manifest.json was written, one JSON
 *                                  line each, appended and fsynced (the newest line for an id wins)
 *   library/documents/<id>.json    each processed document
 *   library/originals/<id>/<name>  the original file, when the analyst keeps copies
 * Every write goes to a temporary file that is fsynced and renamed over the old one, so a crash
 * leaves the old or the new version, never half of one. Adding a document appends one line to
 * the log instead of rewriting the whole manifest (a folder of 5,000 files rewrote a growing
 * manifest 5,000 times: quadratic); the log is folded into manifest.json now and then. A line
 * cut short by a crash was never reported as added, so it is skipped.
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
  /** The text was read by OCR from a scanned PDF (absent in entries made before OCR). */
  ocr: z.boolean().optional(),
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

  get journalPath(): string {
    return join(this.root, 'manifest.log');
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
    // With a log on disk the caller should fold it in (writeManifest) before appending again,
    // so a line a crash cut short is never glued to the next one.
    const { lines, skipped } = this.readJournal();
    const withJournal = (base: LibraryEntry[]): LibraryEntry[] => {
      if (lines.length === 0) return base;
      const byId = new Map(base.map((e) => [e.id, e]));
      for (const e of lines) byId.set(e.id, e);
      return [...byId.values()];
    };
    const journalProblem = skipped > 0 ? `${skipped} damaged line(s) of the list of your added documents (manifest.log) were skipped; the documents they named are still in the documents folder.` : null;
    if (!existsSync(this.manifestPath)) return { entries: withJournal([]), problem: journalProblem };
    try {
      const entries = withJournal(manifestSchema.parse(JSON.parse(readFileSync(this.manifestPath, 'utf8'))).entries);
      return { entries, problem: journalProblem };
    } catch {
      const aside = `${this.manifestPath}.damaged-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
      renameSync(this.manifestPath, aside);
      // The log's entries are more exact than ones rebuilt from a document alone.
      const entries = withJournal(this.recoverEntries());
      this.writeManifest(entries);
      return { entries, problem: `The list of your added documents was damaged; it was rebuilt from the documents themselves (${entries.length} found). The damaged file was kept as ${aside}.` };
    }
  }

  /** Entries in the log, in order; lines that do not parse (a write cut short) are counted, not used. */
  private readJournal(): { lines: LibraryEntry[]; skipped: number } {
    if (!existsSync(this.journalPath)) return { lines: [], skipped: 0 };
    const lines: LibraryEntry[] = [];
    let skipped = 0;
    const raw = readFileSync(this.journalPath, 'utf8').split('\n');
    // What follows the last newline is a line a crash cut short: never reported, so not a problem.
    raw.pop();
    for (const line of raw) {
      if (!line.trim()) continue;
      try {
        lines.push(entrySchema.parse(JSON.parse(line)));
      } catch {
        skipped++;
      }
    }
    return { lines, skipped };
  }

  /** One changed entry, durable before this returns. */
  appendEntry(entry: LibraryEntry): void {
    mkdirSync(this.root, { recursive: true });
    const fd = openSync(this.journalPath, 'a');
    try {
      writeSync(fd, `${JSON.stringify(entry)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** The whole manifest, atomically; the log is then folded in and removed. */
  writeManifest(entries: readonly LibraryEntry[]): void {
    writeAtomic(this.manifestPath, JSON.stringify({ version: 1, entries }, null, 1));
    // A crash before this line leaves a log whose lines are already in manifest.json: replaying
    // them changes nothing.
    rmSync(this.journalPath, { force: true });
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
