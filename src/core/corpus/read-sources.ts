import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { FILE_FORMATS, FILE_SIZE_LIMITS } from './formats/extracted';
import { InputError, type BinaryFormat, type BuildFailure, type RawDocument, type SourceFormat, type SourceMeta } from './raw-document';

/** One document may be at most this big; a whole JSONL file at most JSONL_LIMIT. */
export const DOCUMENT_SIZE_LIMIT = 20 * 1024 * 1024;
export const JSONL_SIZE_LIMIT = 512 * 1024 * 1024;
export const SIDECAR_SUFFIX = '.meta.json';

/** The formats the app adds (shared/file-formats.ts) plus JSONL, which only builds read. */
const FORMATS: Record<string, SourceFormat | BinaryFormat | 'jsonl'> = { ...FILE_FORMATS, '.jsonl': 'jsonl' };

const BINARY: ReadonlySet<string> = new Set(['pdf', 'docx', 'eml']);

export function isSourceFile(name: string): boolean {
  return !name.startsWith('.') && extname(name).toLowerCase() in FORMATS;
}

/** Documentation that travels with data folders is not a news document. */
const NOT_DOCUMENTS = /^(?:readme|license|licence|changelog|contributing)(?:\.|$)/iu;

export function isSidecar(name: string): boolean {
  return name.endsWith(SIDECAR_SUFFIX) && isSourceFile(name.slice(0, -SIDECAR_SUFFIX.length));
}

/** Source files and sidecars under a folder (recursive, hidden entries skipped), sorted for stable ids. */
export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || NOT_DOCUMENTS.test(entry.name)) continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && (isSourceFile(entry.name) || isSidecar(entry.name))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** UTF-8 text or a clear InputError: empty, binary, not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('Empty file.');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError('Binary file (contains NUL bytes), not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('Not valid UTF-8 text (convert the file to UTF-8).');
  }
  if (text.trim() === '') throw new InputError('Empty file (only whitespace).');
  return text;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

export function readSidecar(path: string): SourceMeta {
  const metaPath = `${path}${SIDECAR_SUFFIX}`;
  if (!existsSync(metaPath)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (e) {
    throw new InputError(`Sidecar ${basename(metaPath)} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new InputError(`Sidecar ${basename(metaPath)} must be a JSON object.`);
  const o = parsed as Record<string, unknown>;
  return { title: str(o.title), published: str(o.published), source: str(o.source), url: str(o.url), byline: str(o.byline) };
}

/** A readable id: trimmed, no whitespace or slashes, bounded length. */
export function toDocumentId(raw: string): string {
  return raw.trim().replace(/[\s/\\]+/gu, '-').slice(0, 200) || 'document';
}

export interface SourceRead {
  bytes: Buffer;
  documents: Omit<RawDocument, 'id'>[];
  /** Id each document asks for, before de-duplication. */
  wantedIds: string[];
  failures: BuildFailure[];
}

function readJsonl(file: string, text: string, base: string): Pick<SourceRead, 'documents' | 'wantedIds' | 'failures'> {
  const documents: SourceRead['documents'] = [];
  const wantedIds: string[] = [];
  const failures: BuildFailure[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '') return;
    const fail = (message: string) => failures.push({ file, line: lineNo, message });
    if (line.length > DOCUMENT_SIZE_LIMIT) return fail(`Line is ${megabytes(line.length)}; the limit is ${megabytes(DOCUMENT_SIZE_LIMIT)} per document.`);
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      return fail(`Not JSON: ${(e as Error).message}`);
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) return fail('Expected a JSON object {id?, title?, body, published?, source?, url?}.');
    const rec = o as Record<string, unknown>;
    const body = str(rec.body);
    if (!body || body.trim() === '') return fail('Missing or empty "body".');
    const id = str(rec.id);
    wantedIds.push(toDocumentId(id ?? `${base}-${lineNo}`));
    documents.push({
      format: 'text',
      content: body,
      meta: { title: str(rec.title), published: str(rec.published), source: str(rec.source), url: str(rec.url), byline: str(rec.byline) },
      file,
      line: lineNo,
    });
  });
  return { documents, wantedIds, failures };
}

/**
 * Reads one source file into raw documents. Whole-file problems (too large, binary, not
 * UTF-8, empty, bad sidecar) become one failure; JSONL problems one failure per line.
 * `file` is the name used in messages.
 */
export function readSource(path: string, file = path): SourceRead {
  const format = FORMATS[extname(path).toLowerCase()];
  const size = statSync(path).size;
  const limit = format === 'jsonl' ? JSONL_SIZE_LIMIT : format && BINARY.has(format) ? FILE_SIZE_LIMITS[format as BinaryFormat] : DOCUMENT_SIZE_LIMIT;
  const empty = { documents: [], wantedIds: [] };
  if (size > limit) {
    return { bytes: Buffer.alloc(0), ...empty, failures: [{ file, message: `File is ${megabytes(size)}; the limit is ${megabytes(limit)}${format === 'jsonl' ? ' per JSONL file' : ' per document'}.` }] };
  }
  const bytes = readFileSync(path);
  const base = basename(path).replace(/\.[^.]+$/u, '');
  try {
    if (format && BINARY.has(format)) {
      // Turned into text in the worker (formats/process-raw.ts): parsing a PDF is CPU work.
      if (bytes.length === 0) throw new InputError('Empty file (0 bytes).');
      return { bytes, documents: [{ format: format as BinaryFormat, content: bytes.toString('base64'), meta: readSidecar(path), file }], wantedIds: [toDocumentId(base)], failures: [] };
    }
    const text = decodeText(bytes);
    if (format === 'jsonl') return { bytes, ...readJsonl(file, text, base) };
    const meta = readSidecar(path);
    return { bytes, documents: [{ format: format as SourceFormat, content: text, meta, file }], wantedIds: [toDocumentId(base)], failures: [] };
  } catch (e) {
    if (e instanceof InputError) return { bytes, ...empty, failures: [{ file, message: e.message }] };
    throw e;
  }
}

/** Suffixes repeated ids ("-2", "-3") in input order so every id is unique within a build. */
export function uniqueIds(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((id) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
