import { InputError } from '../../raw-document';
import type { ReadOptions } from '../extracted';
import { encodePng } from './encode-png';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { pageImages, type ImagePage } from './page-images';

/**
 * At most this many pages of one PDF are read by OCR (a few seconds each): a longer scan
 * fails with a message instead of holding the queue for an hour.
 */
export const OCR_PAGE_LIMIT = 100;

/** What OCR has done so far over one PDF; the engine starts at the first scanned page. */
export interface ScannedPageReader {
  engine: OcrEngine | null;
  /** Pages read by OCR, images read, and the sum of their confidences. */
  pages: number;
  images: number;
  confidence: number;
  /** Pages that draw images none of which could be decoded. */
  undecodable: number;
  /** Scanned pages left out, with why (their image failed to decode or to be read). */
  unread: { page: number; reason: string; undecodable?: true }[];
}

/**
 * Tesseract's text as paragraphs: it ends each line with a newline and each paragraph with a
 * blank line. A word hyphenated across lines is joined again, as for a text layer.
 */
export function ocrParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n\s*\n/u)) {
    let buf = '';
    for (const raw of block.split('\n')) {
      const line = raw.replace(/\s+/gu, ' ').trim();
      if (!line) continue;
      if (!buf) buf = line;
      else if (/\p{Ll}-$/u.test(buf) && /^\p{Ll}/u.test(line)) buf = buf.slice(0, -1) + line;
      else buf += ` ${line}`;
    }
    if (buf) paragraphs.push(buf);
  }
  return paragraphs;
}

/**
 * The text of page `n` read by OCR from its images, or null when it draws no image the size of
 * a scan (its text layer, however short, is all there is). Tells `options.onOcrPage` first, so
 * the queue shows the page and the worker pool gives the page its own time limit. A page whose
 * image fails to decode or to be read is left out (empty) and listed in `scans.unread`: one bad
 * page of a long scan does not lose the others; the file fails only if nothing was read.
 */
export async function ocrScannedPage(page: ImagePage, n: number, pageCount: number, scans: ScannedPageReader, options: ReadOptions): Promise<string[] | null> {
  let found;
  try {
    found = await pageImages(page);
  } catch (e) {
    scans.unread.push({ page: n, reason: `Page ${n} of this scanned PDF cannot be read by OCR: ${(e as Error).message}.` });
    return [];
  }
  if (found.images.length === 0) {
    if (found.painted > 0) {
      scans.undecodable++;
      scans.unread.push({ page: n, reason: `The image on page ${n} could not be decoded (corrupt or in an unsupported image format).`, undecodable: true });
    }
    return null;
  }
  if (scans.pages >= OCR_PAGE_LIMIT) throw new InputError(`This scanned PDF has more than ${OCR_PAGE_LIMIT} pages without a text layer; OCR reads at most ${OCR_PAGE_LIMIT} pages of one file.`);
  scans.pages++;
  options.onOcrPage?.(n, pageCount);
  scans.engine ??= await createOcrEngine();
  const paragraphs: string[] = [];
  let images = 0;
  let confidence = 0;
  for (const image of found.images) {
    let read;
    try {
      read = await scans.engine.recognize(encodePng(image));
    } catch (e) {
      scans.pages--;
      scans.unread.push({ page: n, reason: `OCR could not read the image on page ${n}: ${e instanceof Error ? e.message : String(e)}.` });
      return [];
    }
    images++;
    confidence += read.confidence;
    paragraphs.push(...ocrParagraphs(read.text));
  }
  scans.images += images;
  scans.confidence += confidence;
  return paragraphs;
}
