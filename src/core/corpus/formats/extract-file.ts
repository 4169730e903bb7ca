import { InputError } from '../raw-document';
import { declaredHtmlCharset, decodeFileText } from './decode-text';
import { FILE_SIZE_LIMITS, fileFormatOf, megabytes, type ExtractedText, type FileFormat, type ReadOptions } from './extracted';

/**
 * One file's bytes as text the pipeline cleans, by its extension. Every problem the user can
 * fix or should know about (empty, too large, binary, encrypted, corrupt, a zip bomb) is an
 * InputError with one clear sentence. HTML is never run: it is parsed as data (linkedom).
 */
export async function extractFile(name: string, bytes: Uint8Array, format: FileFormat | null = fileFormatOf(name), options: ReadOptions = {}): Promise<ExtractedText> {
  if (!format) throw new InputError('Not a supported format (use .txt, .md, .html, .htm, .pdf, .docx or .eml).');
  if (bytes.length === 0) throw new InputError('Empty file (0 bytes).');
  checkSize(format, bytes.length);
  switch (format) {
    // Loaded on first use: pdf.js alone is megabytes, and most runs (a text-only build, the CLI's
    // usage line) never need it.
    case 'pdf':
      return (await import('./pdf')).extractPdf(bytes, options);
    case 'docx':
      return (await import('./docx')).extractDocx(bytes);
    case 'eml':
      return (await import('./eml')).extractEml(bytes);
    case 'html':
      return { format: 'html', content: decodeFileText(bytes, declaredHtmlCharset(bytes)), meta: {}, note: null };
    default:
      return { format, content: decodeFileText(bytes), meta: {}, note: null };
  }
}

/** Throws the size message for a file over its format's limit (callers check before reading it). */
export function checkSize(format: FileFormat, size: number): void {
  const limit = FILE_SIZE_LIMITS[format];
  if (size > limit) throw new InputError(`File is ${megabytes(size)}; the limit for ${format.toUpperCase()} files is ${megabytes(limit)}.`);
}
