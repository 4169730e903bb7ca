import { z } from 'zod';
import {
  COLOURS,
  LIMITS,
  type AnchoredAnnotation,
  type Annotation,
  type AnnotationPatch,
  type NewAnnotation,
} from '../annotations';
import type { ArgSchemas } from './contract';
import { documentIdSchema } from './corpus';

/**
 * Annotations API (issue 5). Highlights with a colour, a Markdown note and tags, stored in
 * SQLite in main; every call that changes something is one committed transaction when its
 * promise resolves.
 *
 * Making a target in the renderer: `position` counts UTF-16 offsets over the document text
 * (paragraphs joined by "\n\n": `paragraphOffsets(doc.paragraphs)[i] + offsetInParagraph`),
 * `quote.exact` is `documentText(doc.paragraphs).slice(start, end)`, prefix/suffix are up to
 * LIMITS.contextChars characters either side (main recomputes them; sending "" is fine),
 * `paragraphId` is the paragraph the selection starts in.
 *
 * Undo/redo recipe (every change is reversible with these calls):
 * - create  → undo: deleteAnnotation(id)            redo: restoreAnnotation(deleted)
 * - update  → undo: updateAnnotation(id, oldValues) redo: updateAnnotation(id, newValues)
 * - delete  → undo: restoreAnnotation(deleted)      redo: deleteAnnotation(id)
 * `oldValues` = { note, tags, colour } of the annotation before the update.
 */
export interface AnnotationsApi {
  /**
   * Annotations placed on the current text of their documents. With `documentId`: that
   * document's annotations in reading order (anchor start), orphans last. Without: every
   * annotation, grouped by document in corpus order (documents no longer in the corpus
   * last), each group in reading order with orphans last. An orphan has `anchor: null`:
   * its text could not be found any more — show it as "could not be placed" with its
   * quote and note; it is never deleted automatically.
   */
  listAnnotations(filter?: AnnotationFilter): Promise<AnchoredAnnotation[]>;
  /** One annotation, anchored; `not-found` if the id is unknown. */
  getAnnotation(id: string): Promise<AnchoredAnnotation>;
  /**
   * Creates a highlight (note and tags optional). `invalid-argument` if the document is not
   * in the corpus, the paragraph id is not the one containing `position.start`, or
   * `quote.exact` is not the document text at `position`. Tags are trimmed and deduplicated
   * case-insensitively (first spelling kept). `storage` if it could not be saved (disk
   * full, read-only folder): nothing was changed then.
   */
  createAnnotation(input: NewAnnotation): Promise<AnchoredAnnotation>;
  /**
   * Changes note, tags and/or colour (absent fields are kept; `tags` replaces the whole
   * list). Bumps `modified`. `not-found` if the id is unknown.
   */
  updateAnnotation(id: string, patch: AnnotationPatch): Promise<AnchoredAnnotation>;
  /** Deletes one annotation and returns it whole, so undo can restore it. `not-found` if unknown. */
  deleteAnnotation(id: string): Promise<Annotation>;
  /**
   * Puts a deleted annotation back exactly as it was (same id, dates, note, tags, colour):
   * undo of delete, redo of create. `conflict` if an annotation with that id exists.
   */
  restoreAnnotation(annotation: Annotation): Promise<AnchoredAnnotation>;
  /**
   * Every tag in use, for completion: case-insensitively grouped (most used spelling
   * shown), most used first, then alphabetical.
   */
  listTags(): Promise<TagCount[]>;
  /**
   * Where annotations are stored and whether something happened the user must know:
   * `recovered` when a damaged database was moved aside at start (tell the user where the
   * old file is); `readOnly` when changes cannot be saved (the reason, to show).
   */
  getAnnotationStoreStatus(): Promise<AnnotationStoreStatus>;
  /**
   * "Restore this backup" for the backup a status offers (`backupOffer.backup.path`; only
   * the database's own backups are accepted, `not-found` for any other path). First the
   * database as it is now is copied aside (kept, never deleted), then, in one transaction,
   * every annotation the backup has that is missing here or older here is put back; nothing
   * here is removed. Resolves with the new status (`restoredBackup` says what was done);
   * list the annotations again to show them. `storage` if read-only or the copy failed:
   * nothing was changed then.
   */
  restoreAnnotationBackup(backupPath: string): Promise<AnnotationStoreStatus>;
}

export interface AnnotationFilter {
  documentId?: string;
}

export interface TagCount {
  tag: string;
  /** Number of annotations carrying the tag. */
  count: number;
}

export interface AnnotationStoreStatus {
  /** The database file. */
  path: string;
  /**
   * Set when the database could not be opened and was moved aside; a fresh one was started,
   * filled from the newest readable backup when there was one (`restoredFrom`).
   */
  recovered: { movedTo: string; reason: string; restoredFrom?: AnnotationBackup | null } | null;
  /** Set when changes are refused (read-only folder or file, newer database version, locked). */
  readOnly: string | null;
  /**
   * Set while another program holds the database locked: nothing can be read or saved until
   * it lets go. Every getAnnotationStoreStatus call retries; null once it is open.
   */
  locked?: string | null;
  /**
   * Set when the database opened with fewer annotations than the newest backup (a damaged
   * write-ahead log loses commits without an error): tell the user and offer the backup.
   */
  backupOffer?: { reason: string; backup: AnnotationBackup } | null;
  /** The newest backup kept next to the database (made at start-up, before migrations, at close). */
  lastBackup?: AnnotationBackup | null;
  /** Something the user must know that did not stop the store, e.g. a damaged write-ahead log. */
  warning?: string | null;
  /** A byte-for-byte copy of the database and its write-ahead log taken before opening them. */
  copiedBeforeOpen?: string | null;
  /** Set after restoreAnnotationBackup: what was put back, and where the database as it was is kept. */
  restoredBackup?: { backup: AnnotationBackup; restored: number; previousCopy: string } | null;
}

export interface AnnotationBackup {
  /** The backup file (a complete SQLite database). */
  path: string;
  /** ISO 8601 UTC. */
  created: string;
  annotations: number;
}

/**
 * Tag rule shared by renderer (chip input) and main: trimmed, empty ones dropped,
 * deduplicated case-insensitively keeping the first spelling and the order.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Where `text` holds a character SQLite cannot keep: a NUL (node:sqlite reads text back
 * only up to it) or an unpaired UTF-16 surrogate (not Unicode, so UTF-8 storage turns it
 * into U+FFFD). Either would make a later read differ from what was saved, so it is
 * refused before anything is written. -1 when the text is storable.
 */
export function unstorableAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** refine() arguments refusing what unstorableAt finds, naming the field and the position. */
export function storable(what: string) {
  return [
    (text: string) => unstorableAt(text) < 0,
    {
      error: (issue: { input: unknown }) => {
        const text = String(issue.input);
        const at = unstorableAt(text);
        const kind = text.charCodeAt(at) === 0 ? 'a NUL character (U+0000)' : 'a broken character (an unpaired UTF-16 surrogate)';
        return `${what} contains ${kind} at position ${at + 1}, which cannot be saved. Remove it and try again; nothing was saved.`;
      },
    },
  ] as const;
}

export const annotationIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu, 'An annotation id is a UUID.');

export const noteSchema = z
  .string()
  .max(LIMITS.noteChars, {
    error: (issue) =>
      `A note can be at most ${count(LIMITS.noteChars)} characters; this one has ${count(String(issue.input).length)}. Nothing was saved.`,
  })
  .refine(...storable('The note'));

const tagSchema = z.string().max(LIMITS.tagChars, {
  error: (issue) =>
    `A tag can be at most ${LIMITS.tagChars} characters; "${String(issue.input).slice(0, 24)}…" has ${String(issue.input).length}.`,
});

/** Tags as sent: normalised first, so " Russia" and "russia" count once against the limit. */
export const tagsSchema = z
  .array(z.string().max(LIMITS.noteChars, 'A tag is far too long.').refine(...storable('A tag')))
  .max(LIMITS.tags * 4, `At most ${LIMITS.tags} tags per annotation.`)
  .transform(normalizeTags)
  .pipe(
    z
      .array(tagSchema)
      .max(LIMITS.tags, { error: (issue) => `At most ${LIMITS.tags} tags per annotation; this one has ${(issue.input as unknown[]).length}.` }),
  );

export const colourSchema = z.enum(COLOURS, `The colour must be one of ${COLOURS.join(', ')}.`);

const offsetSchema = z.number().int('Offsets are whole numbers.').min(0, 'Offsets are not negative.');

export const targetSchema = z
  .object({
    documentId: documentIdSchema.refine(...storable('The document id')),
    paragraphId: z
      .string()
      .min(1, 'A paragraph id is required.')
      .max(512, 'A paragraph id is at most 512 characters.')
      .refine(...storable('The paragraph id')),
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z
        .string()
        .min(1, 'The highlighted text is empty.')
        .max(LIMITS.quoteChars, `A highlight can cover at most ${count(LIMITS.quoteChars)} characters.`)
        .refine(...storable('The highlighted text')),
      prefix: z
        .string()
        .max(LIMITS.contextChars, `The quote prefix is at most ${LIMITS.contextChars} characters.`)
        .refine(...storable('The quote prefix')),
      suffix: z
        .string()
        .max(LIMITS.contextChars, `The quote suffix is at most ${LIMITS.contextChars} characters.`)
        .refine(...storable('The quote suffix')),
    }),
    position: z.object({ type: z.literal('TextPositionSelector'), start: offsetSchema, end: offsetSchema }),
  })
  .refine((t) => t.position.end - t.position.start === t.quote.exact.length, {
    error: 'The quote must be exactly as long as its position range (end - start).',
  });

export const newAnnotationSchema = z.object({
  target: targetSchema,
  note: noteSchema.optional(),
  tags: tagsSchema.optional(),
  colour: colourSchema,
});

export const annotationPatchSchema = z.object({
  note: noteSchema.optional(),
  tags: tagsSchema.optional(),
  colour: colourSchema.optional(),
});

const timestampSchema = z.iso.datetime({ offset: true, error: 'Dates are ISO 8601 date-times (UTC).' });

/** A whole stored annotation (restore, import). */
export const annotationSchema = z.object({
  id: annotationIdSchema,
  created: timestampSchema,
  modified: timestampSchema,
  target: targetSchema,
  note: noteSchema,
  tags: tagsSchema,
  colour: colourSchema,
});

export const annotationFilterSchema = z.object({ documentId: documentIdSchema.optional() });

export const annotationsArgs = {
  listAnnotations: z.tuple([annotationFilterSchema.optional()]),
  getAnnotation: z.tuple([annotationIdSchema]),
  createAnnotation: z.tuple([newAnnotationSchema]),
  updateAnnotation: z.tuple([annotationIdSchema, annotationPatchSchema]),
  deleteAnnotation: z.tuple([annotationIdSchema]),
  restoreAnnotation: z.tuple([annotationSchema]),
  listTags: z.tuple([]),
  getAnnotationStoreStatus: z.tuple([]),
  // A path the renderer got from getAnnotationStoreStatus; core checks it is one of the backups.
  restoreAnnotationBackup: z.tuple([
    z
      .string()
      .min(1)
      .max(4096)
      .refine((p) => !p.includes('\0'), 'A file path cannot contain a NUL character.'),
  ]),
} satisfies ArgSchemas<AnnotationsApi>;
