import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UserDocumentInfo } from '../../shared/api/add-documents';
import type { DocumentSummary, ProcessedDocument } from '../../shared/corpus';
import { DossierError } from '../../shared/result';
import { LibraryFiles, writeOriginal, type LibraryEntry } from './library-files';

/** The library folder inside the user-data folder. */
export function libraryDir(userDataDir: string): string {
  return join(userDataDir, 'library');
}

const CACHE_SIZE = 16;
/** The log is folded into the manifest once it holds more lines than this (or than entries). */
const JOURNAL_MIN = 256;

/**
 * The analyst's added documents: the manifest in memory, documents read from disk when opened
 * (a few kept), every change written through before it is reported.
 */
export class UserLibrary {
  private entries: LibraryEntry[];
  private readonly cache = new Map<string, ProcessedDocument>();
  /** Log lines since the manifest was last written whole. */
  private journalLines = 0;
  readonly problem: string | null;
  readonly files: LibraryFiles;

  constructor(root: string) {
    this.files = new LibraryFiles(root);
    const read = this.files.readManifest();
    this.entries = read.entries;
    this.problem = read.problem;
    if (existsSync(this.files.journalPath)) {
      try {
        this.compact();
      } catch {
        // A read-only library still opens; the first change will say why it cannot be saved.
      }
    }
  }

  /** Writes the manifest whole and empties the log. */
  private compact(): void {
    this.files.writeManifest(this.entries);
    this.journalLines = 0;
  }

  /**
   * Records one changed entry: a line appended to the log, the manifest rewritten only once the
   * log is as long as the manifest (so each entry is written a bounded number of times: linear).
   */
  private record(entry: LibraryEntry, next: LibraryEntry[]): void {
    if (this.journalLines + 1 > Math.max(JOURNAL_MIN, next.length)) {
      this.files.writeManifest(next);
      this.journalLines = 0;
    } else {
      this.files.appendEntry(entry);
      this.journalLines++;
    }
  }

  active(): LibraryEntry[] {
    return this.entries.filter((e) => e.removedAt === null);
  }

  entry(id: string): LibraryEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  has(id: string): boolean {
    return this.entry(id)?.removedAt === null;
  }

  /** Paths of every active document's JSON, for the search worker to read itself. */
  documentPaths(): string[] {
    return this.active().map((e) => this.files.documentPath(e.id));
  }

  summaries(): DocumentSummary[] {
    return this.active().map((e) => ({
      id: e.id,
      title: e.title,
      source: e.source,
      published: e.published,
      paragraphCount: e.paragraphCount,
      wordCount: e.wordCount,
      addedByUser: { fileName: e.fileName, addedAt: e.addedAt },
      ...(e.ocr ? { ocr: true as const } : {}),
    }));
  }

  get(id: string): ProcessedDocument {
    if (!this.has(id)) throw new DossierError('not-found', `No document with id "${id}" in your library.`);
    const cached = this.cache.get(id);
    if (cached) return cached;
    let doc: ProcessedDocument;
    try {
      doc = this.files.readDocument(id);
    } catch {
      throw new DossierError('unavailable', `The stored copy of "${this.entry(id)!.title}" cannot be read; add its file again.`);
    }
    this.cache.set(id, doc);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return doc;
  }

  /** An active entry with these exact bytes, or a removed one (re-adding it restores it). */
  findByContent(sha: string): LibraryEntry | undefined {
    return this.entries.find((e) => e.contentSha256 === sha && e.removedAt === null) ?? this.entries.find((e) => e.contentSha256 === sha);
  }

  findByText(sha: string): LibraryEntry | undefined {
    return this.active().find((e) => e.textSha256 === sha);
  }

  /**
   * The earlier version of a document: same file (path, or name where the host knows no path),
   * else same title and source.
   */
  findPreviousVersion(fileKey: string, title: string, source: string | null): LibraryEntry | undefined {
    const active = this.active();
    return (
      active.find((e) => (e.originalPath ?? e.fileName) === fileKey) ??
      (title && title !== '(no subject)' ? active.find((e) => e.title === title && e.source === source) : undefined)
    );
  }

  /** A fresh id from the content hash, never one in use (or once used: removed entries keep theirs). */
  newId(sha: string): string {
    const base = `user-${sha.slice(0, 12)}`;
    let id = base;
    for (let n = 2; this.entry(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Writes the document (and its original) then the manifest: an entry never points at a missing file. */
  put(entry: LibraryEntry, doc: ProcessedDocument, original: Uint8Array | null): void {
    this.files.writeDocument(doc);
    if (original) writeOriginal(this.files.originalPath(entry.id, entry.fileName), original);
    const next = this.entries.filter((e) => e.id !== entry.id);
    next.push(entry);
    this.record(entry, next);
    this.entries = next;
    this.cache.set(doc.id, doc);
  }

  setRemoved(id: string, removed: boolean): LibraryEntry {
    const found = this.entry(id);
    if (!found) throw new DossierError('not-found', `No document with id "${id}" in your library.`);
    const updated = { ...found, removedAt: removed ? new Date().toISOString() : null };
    const next = this.entries.map((e) => (e.id === id ? updated : e));
    this.record(updated, next);
    this.entries = next;
    this.cache.delete(id);
    return updated;
  }

  info(e: LibraryEntry): UserDocumentInfo {
    return {
      id: e.id,
      title: e.title,
      fileName: e.fileName,
      format: e.format,
      addedAt: e.addedAt,
      original: e.original,
      originalPath: e.original === 'copy' ? this.files.originalPath(e.id, e.fileName) : e.originalPath,
      note: e.note,
    };
  }
}
