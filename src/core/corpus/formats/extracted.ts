import type { SourceFormat, SourceMeta } from '../raw-document';

/** The file formats a user (or the corpus CLI) may hand us. */
export type FileFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'eml';

/**
 * A file turned into text the cleaning pipeline already reads (plain text, Markdown or HTML)
 * plus whatever metadata the file itself declares (PDF info, DOCX core properties, e-mail headers).
 */
export interface ExtractedText {
  format: SourceFormat;
  content: string;
  meta: SourceMeta;
  /** Said to the reader about how the text was obtained, e.g. "Text from the PDF's text layer (12 pages)." */
  note: string | null;
}

export const FILE_FORMATS: Record<string, FileFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.eml': 'eml',
};

/** Largest file accepted per format; past it the file fails with a message naming the limit. */
export const FILE_SIZE_LIMITS: Record<FileFormat, number> = {
  text: 20 * 1024 * 1024,
  markdown: 20 * 1024 * 1024,
  html: 20 * 1024 * 1024,
  pdf: 100 * 1024 * 1024,
  docx: 50 * 1024 * 1024,
  eml: 25 * 1024 * 1024,
};

export function fileFormatOf(name: string): FileFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return FILE_FORMATS[name.slice(dot).toLowerCase()] ?? null;
}

export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
