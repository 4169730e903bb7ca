import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../../shared/annotations';
import {
  annotationPatchSchema,
  annotationSchema,
  newAnnotationSchema,
  type AnnotationStoreStatus,
  type TagCount,
} from '../../../shared/api/annotations';
import { DossierError } from '../../../shared/result';
import { parseInput } from '../parse-input';
import type { AnnotationStore, MergeReport, StoreDatabase } from '../store';
import { copyAside, findSnapshot, mergeSnapshot, snapshot } from './backups';
import { writeKnownCount } from './known-count';
import { openAnnotationDatabase, type OpenedDatabase, type OpenOptions } from './open-database';
import { fromRow, INSERT_ANNOTATION, params, toRow, type AnnotationRow } from './rows';
import { toStorageError } from './storage-error';

export interface AnnotationStoreOptions extends OpenOptions {
  /**
   * Caps the database at this many pages (PRAGMA max_page_count), so growing it fails with
   * SQLITE_FULL exactly like a full disk. For tests.
   */
  maxPageCount?: number;
}

/** The SQLite store, with its database open to the other records kept in it. */
export type SqliteStore = AnnotationStore & { readonly database: StoreDatabase };

/** Opens the SQLite annotation store; never throws for a damaged or read-only file (see status()). */
export function openAnnotationStore(options: AnnotationStoreOptions): SqliteStore {
  return new SqliteAnnotationStore(options);
}

/** While another program holds the database locked, opening is retried at most this often. */
const LOCK_RETRY_MS = 1000;

class SqliteAnnotationStore implements SqliteStore {
  private readonly statements = new Map<string, StatementSync>();
  private closed = false;
  private db: DatabaseSync;
  private openStatus: AnnotationStoreStatus;
  private cleanup: (() => void) | undefined;
  private lastAttempt = 0;
  private knownCount = 0;
  private readonly now: () => Date;

  readonly database: StoreDatabase = {
    read: (action, fn) => this.read(action, () => fn((text) => this.sql(text))),
    write: (action, fn) => this.write(action, () => fn((text) => this.sql(text))),
  };

  constructor(private readonly options: AnnotationStoreOptions) {
    this.now = options.now ?? (() => new Date());
    const opened = this.open();
    this.db = opened.db;
    this.openStatus = opened.status;
    this.cleanup = opened.cleanup;
  }

  private open(): OpenedDatabase {
    this.lastAttempt = Date.now();
    const opened = openAnnotationDatabase(this.options);
    if (this.options.maxPageCount !== undefined) opened.db.exec(`PRAGMA max_page_count = ${Math.floor(this.options.maxPageCount)}`);
    if (opened.status.readOnly === null) {
      this.knownCount = (opened.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
      // After a reported loss the old count stays on disk, so the report survives a restart without changes.
      if (!opened.status.backupOffer && !opened.status.warning) writeKnownCount(this.options.path, this.knownCount);
    }
    return opened;
  }

  private recordCount(count: number): void {
    this.knownCount = count;
    writeKnownCount(this.options.path, count);
  }

  /** Locked at open: try again (throttled) so the annotations appear once the other program lets go. */
  private retryIfLocked(): void {
    if (!this.openStatus.locked || this.closed || Date.now() - this.lastAttempt < LOCK_RETRY_MS) return;
    const opened = this.open();
    if (opened.status.locked) {
      opened.db.close();
      return;
    }
    this.statements.clear();
    this.db.close();
    ({ db: this.db, status: this.openStatus, cleanup: this.cleanup } = opened);
  }

  list(filter: { documentId?: string } = {}): Annotation[] {
    return this.read('list annotations', () => {
      const byDoc = filter.documentId !== undefined;
      const rows = this.sql(
        `SELECT * FROM annotations ${byDoc ? 'WHERE document_id = ?' : ''} ORDER BY document_id, position_start, created, id`,
      ).all(...(byDoc ? [filter.documentId as string] : [])) as unknown as AnnotationRow[];
      const tagRows = this.sql(
        `SELECT t.annotation_id AS id, t.tag FROM annotation_tags t
         ${byDoc ? 'JOIN annotations a ON a.id = t.annotation_id WHERE a.document_id = ?' : ''}
         ORDER BY t.annotation_id, t.position`,
      ).all(...(byDoc ? [filter.documentId as string] : [])) as { id: string; tag: string }[];
      const tags = new Map<string, string[]>();
      for (const { id, tag } of tagRows) {
        const list = tags.get(id);
        if (list) list.push(tag);
        else tags.set(id, [tag]);
      }
      return rows.map((row) => fromRow(row, tags.get(row.id) ?? []));
    });
  }

  get(id: string): Annotation | undefined {
    return this.read('read an annotation', () => this.fetch(id));
  }

  create(input: NewAnnotation): Annotation {
    const valid = parseInput(newAnnotationSchema, input);
    const stamp = this.stamp();
    const annotation: Annotation = {
      id: randomUUID(),
      created: stamp,
      modified: stamp,
      target: valid.target,
      note: valid.note ?? '',
      tags: valid.tags ?? [],
      colour: valid.colour,
    };
    return this.write('save the annotation', () => {
      this.insert(annotation);
      return annotation;
    });
  }

  update(id: string, patch: AnnotationPatch): Annotation {
    const valid = parseInput(annotationPatchSchema, patch);
    return this.write('save the change', () => {
      const current = this.mustFetch(id);
      const next: Annotation = {
        ...current,
        note: valid.note ?? current.note,
        tags: valid.tags ?? current.tags,
        colour: valid.colour ?? current.colour,
      };
      if (next.note === current.note && next.colour === current.colour && sameList(next.tags, current.tags)) return current;
      next.modified = this.stamp(current.modified);
      this.sql('UPDATE annotations SET note = ?, colour = ?, modified = ? WHERE id = ?').run(next.note, next.colour, next.modified, id);
      if (!sameList(next.tags, current.tags)) this.writeTags(id, next.tags);
      return next;
    });
  }

  delete(id: string): Annotation {
    return this.write('delete the annotation', () => {
      const current = this.mustFetch(id);
      this.sql('DELETE FROM annotations WHERE id = ?').run(id);
      return current;
    });
  }

  restore(annotation: Annotation): Annotation {
    const valid = canonical(parseInput(annotationSchema, annotation));
    return this.write('restore the annotation', () => {
      if (this.fetch(valid.id)) throw new DossierError('conflict', 'This annotation already exists; there is nothing to restore.');
      this.insert(valid);
      return valid;
    });
  }

  merge(annotations: readonly Annotation[]): MergeReport {
    const report: MergeReport = { added: 0, updated: 0, skipped: [] };
    return this.write('import the annotations', () => {
      for (const raw of annotations) {
        const parsed = annotationSchema.safeParse(raw);
        const rawId = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : '(no id)';
        if (!parsed.success) {
          report.skipped.push({ id: rawId, reason: `Invalid: ${parsed.error.issues[0]?.message ?? 'unreadable annotation'}` });
          continue;
        }
        const incoming = canonical(parsed.data);
        const stored = this.fetch(incoming.id);
        if (!stored) {
          this.insert(incoming);
          report.added++;
        } else if (Date.parse(incoming.modified) > Date.parse(stored.modified)) {
          this.sql('DELETE FROM annotations WHERE id = ?').run(incoming.id);
          this.insert(incoming);
          report.updated++;
        } else {
          report.skipped.push({ id: incoming.id, reason: `The stored copy is as new or newer (modified ${stored.modified}).` });
        }
      }
      return report;
    });
  }

  tags(): string[] {
    return this.tagCounts()
      .map((t) => t.tag)
      .sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  }

  tagCounts(): TagCount[] {
    const rows = this.read('list tags', () =>
      this.sql('SELECT tag, COUNT(*) AS n FROM annotation_tags GROUP BY tag').all(),
    ) as { tag: string; n: number }[];
    // Group case-insensitively beyond ASCII (NOCASE folds only A-Z); show the commonest spelling.
    const groups = new Map<string, { tag: string; best: number; count: number }>();
    for (const { tag, n } of rows) {
      const key = tag.toLowerCase();
      const g = groups.get(key);
      if (!g) groups.set(key, { tag, best: n, count: n });
      else {
        g.count += n;
        if (n > g.best || (n === g.best && tag < g.tag)) Object.assign(g, { tag, best: n });
      }
    }
    return [...groups.values()]
      .map(({ tag, count }) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }));
  }

  status(): AnnotationStoreStatus {
    this.retryIfLocked();
    return structuredClone(this.openStatus);
  }

  restoreBackup(backupPath: string): AnnotationStoreStatus {
    this.assertOpen();
    this.retryIfLocked();
    const readOnly = this.openStatus.readOnly;
    if (readOnly !== null) throw new DossierError('storage', `Could not restore the backup: ${readOnly} Nothing was changed.`);
    const backup = findSnapshot(this.options.path, backupPath);
    if (!backup) {
      throw new DossierError('not-found', 'That file is not one of the backups kept next to the annotations database, or it can no longer be read. Nothing was changed.');
    }
    let previousCopy: string;
    try {
      previousCopy = copyAside(this.db, this.options.path, 'before-restore', this.now());
    } catch (error) {
      throw toStorageError(error, 'keep a copy of the database before restoring (nothing was changed)');
    }
    let restored: number;
    try {
      restored = mergeSnapshot(this.db, backup.path);
    } catch (error) {
      throw toStorageError(error, 'restore the backup');
    }
    this.statements.clear();
    // The user chose this state: later starts compare against it, not against the count before the loss.
    this.recordCount((this.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n);
    this.openStatus = { ...this.openStatus, backupOffer: null, restoredBackup: { backup, restored, previousCopy } };
    return structuredClone(this.openStatus);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    // A snapshot at a clean close: deletions made in this session are then not mistaken for loss at the next start.
    if (this.openStatus.readOnly === null) {
      try {
        snapshot(this.db, this.options.path, 'close', this.now());
      } catch {
        // A backup that cannot be written (disk full) must not stop the app from closing.
      }
    }
    this.db.close();
    this.cleanup?.();
  }

  private sql(text: string): StatementSync {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  private fetch(id: string): Annotation | undefined {
    const row = this.sql('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
    if (!row) return undefined;
    const tags = this.sql('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY position').all(id) as { tag: string }[];
    return fromRow(row, tags.map((t) => t.tag));
  }

  private mustFetch(id: string): Annotation {
    const found = this.fetch(id);
    if (!found) throw new DossierError('not-found', 'This annotation no longer exists (deleted elsewhere?).');
    return found;
  }

  private insert(a: Annotation): void {
    this.sql(INSERT_ANNOTATION).run(params(toRow(a)));
    this.writeTags(a.id, a.tags);
  }

  private writeTags(id: string, tags: readonly string[]): void {
    this.sql('DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
    const insert = this.sql('INSERT INTO annotation_tags (annotation_id, position, tag) VALUES (?, ?, ?)');
    tags.forEach((tag, i) => insert.run(id, i, tag));
  }

  /** UTC ISO now, strictly after `after` so "newer wins" on import never sees a tie from us. */
  private stamp(after?: string): string {
    let t = this.now().getTime();
    if (after !== undefined) t = Math.max(t, Date.parse(after) + 1);
    return new Date(t).toISOString();
  }

  private read<T>(action: string, fn: () => T): T {
    this.assertOpen();
    this.retryIfLocked();
    try {
      return fn();
    } catch (error) {
      throw toStorageError(error, action);
    }
  }

  /** One transaction per change: it commits whole or, on any error, leaves nothing behind. */
  private write<T>(action: string, fn: () => T): T {
    this.assertOpen();
    this.retryIfLocked();
    const readOnly = this.openStatus.readOnly;
    if (readOnly !== null) throw new DossierError('storage', `Could not ${action}: ${readOnly} Nothing was changed.`);
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = fn();
      // Never above the truth after a kill (known-count.ts): lowered before COMMIT, raised after.
      const count = (this.sql('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
      if (count < this.knownCount) this.recordCount(count);
      this.db.exec('COMMIT');
      if (count > this.knownCount) this.recordCount(count);
      return result;
    } catch (error) {
      if (this.db.isTransaction) {
        try {
          this.db.exec('ROLLBACK');
        } catch {
          // SQLite already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
        }
      }
      throw toStorageError(error, action);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new DossierError('unavailable', 'The annotation store is closed.');
  }
}

/** Stored dates are UTC ISO strings ("2024-01-01T00:00:00+02:00" → "2023-12-31T22:00:00.000Z"). */
function canonical(a: Annotation): Annotation {
  const utc = (s: string) => (s.endsWith('Z') ? s : new Date(s).toISOString());
  return { ...a, created: utc(a.created), modified: utc(a.modified) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
