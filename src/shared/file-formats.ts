/**
 * The file formats an analyst may add (issue 11), shared so the renderer can skip reading
 * files that will be refused anyway (wrong type, over the size limit) and say why.
 */
export type FileFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'eml';

export const FILE_FORMATS: Readonly<Record<string, FileFormat>> = {
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
export const FILE_SIZE_LIMITS: Readonly<Record<FileFormat, number>> = {
  text: 20 * 1024 * 1024,
  markdown: 20 * 1024 * 1024,
  html: 20 * 1024 * 1024,
  pdf: 100 * 1024 * 1024,
  docx: 50 * 1024 * 1024,
  eml: 25 * 1024 * 1024,
};

/** For file pickers: `.txt,.md,…`. */
export const ACCEPTED_EXTENSIONS = Object.keys(FILE_FORMATS).join(',');

export function fileFormatOf(name: string): FileFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return FILE_FORMATS[name.slice(dot).toLowerCase()] ?? null;
}

export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
