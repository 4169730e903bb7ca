import type { OcrInfo } from '../../../shared/corpus';
import type { SourceFormat, SourceMeta } from '../raw-document';

export { FILE_FORMATS, FILE_SIZE_LIMITS, fileFormatOf, megabytes, type FileFormat } from '../../../shared/file-formats';

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
  /** Set when pages were read by OCR (a scanned PDF). */
  ocr?: OcrInfo;
}

export interface ReadOptions {
  /** Called as OCR begins on page `page` of `pages` (progress; the worker pool's per-page time limit). */
  onOcrPage?: (page: number, pages: number) => void;
}
