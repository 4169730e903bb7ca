import type { OcrInfo } from './corpus';

/** The reader's notice on a document whose text was read by OCR. */
export const OCR_NOTICE = 'Text read by OCR from a scanned PDF; it may contain errors.';

function pagesRead(ocr: OcrInfo): string {
  if (ocr.pages !== ocr.pageCount) return `${ocr.pages} of ${ocr.pageCount} pages`;
  return ocr.pages === 1 ? '1 page' : `all ${ocr.pages} pages`;
}

function unread(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]} could not be read`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)} could not be read`;
}

/**
 * "all 3 pages, English, mean confidence 91%": which pages, and how sure the engine was; and
 * "; page 2 could not be read" when a scanned page was left out.
 */
export function ocrDetail(ocr: OcrInfo): string {
  const missing = ocr.unreadPages?.length ? `; ${unread(ocr.unreadPages)}` : '';
  return `${pagesRead(ocr)}, English, mean confidence ${ocr.confidence}%${missing}`;
}

/** What the add summary, the library and the corpus CLI say about such a document. */
export function ocrNote(ocr: OcrInfo): string {
  return `Text read by OCR from a scanned PDF (${ocrDetail(ocr)}); it may contain errors.`;
}
