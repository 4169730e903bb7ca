import { DossierError } from '../../shared/result';
/** A document as read from its source, before cleaning: what a worker receives. */
export type SourceFormat = 'text' | 'markdown' | 'html';
/** Files that are turned into text first (formats/extract-file.ts); their content travels as base64. */
export type BinaryFormat = 'pdf' | 'docx' | 'eml';

/** Metadata given next to the text (sidecar `<file>.meta.json`, JSONL fields): overrides detection. */
export interface SourceMeta {
  title?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
  byline?: string | null;
}

export interface RawDocument {
  /** Unique within a build. */
  id: string;
  format: SourceFormat | BinaryFormat;
  /** The text; for a BinaryFormat, the file's bytes in base64 (a plain string survives structured clone and the cache key). */
  content: string;
  meta: SourceMeta;
  /** For messages: the file and (JSONL) line it came from. */
  file: string;
  line?: number;
}

export interface BuildFailure {
  file: string;
  line?: number;
  message: string;
}

/** An input problem worth one clear line to the user (bad encoding, too large, not JSON...). */
export class InputError extends DossierError {
  constructor(message: string) {
    super('invalid-argument', message);
  }
}
