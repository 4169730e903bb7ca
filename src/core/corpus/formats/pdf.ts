import { getDocumentProxy } from 'unpdf';
import type { OcrInfo } from '../../../shared/corpus';
import { InputError } from '../raw-document';
import type { ExtractedText, ReadOptions } from './extracted';
import { ocrNote } from '../../../shared/ocr-note';
import { ocrScannedPage, type ScannedPageReader } from './ocr/ocr-pages';

/** Pages beyond this are not read: the message says so rather than stalling the queue. */
export const PDF_PAGE_LIMIT = 2000;

/**
 * A page whose text layer has fewer visible characters than this is taken as a scan (a
 * scanner's stamp or a page number is not a text layer) and its page images are read by OCR.
 */
export const USABLE_TEXT_CHARS = 20;

interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

function pageLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && Math.abs(current.y - y) > Math.max(current.height, item.height, 1) * 0.5 && current.text.trim()) {
      lines.push(current);
      current = null;
    }
    current ??= { text: '', y, height: item.height };
    current.text += item.str;
    current.height = Math.max(current.height, item.height);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim() !== '');
}

/**
 * Lines into paragraphs: a vertical gap clearly wider than the line spacing starts a new
 * paragraph, as does a new page; a word hyphenated across lines is joined again.
 */
function pageParagraphs(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  let buf = '';
  let previous: Line | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\s+/gu, ' ').trim();
    const gap = previous ? previous.y - line.y : 0;
    const spacing = Math.max(previous?.height ?? line.height, 1);
    if (previous && (gap > spacing * 1.75 || gap < 0)) {
      paragraphs.push(buf);
      buf = '';
    }
    if (!buf) buf = text;
    else if (/\p{Ll}-$/u.test(buf) && /^\p{Ll}/u.test(text)) buf = buf.slice(0, -1) + text;
    else buf += ` ${text}`;
    previous = line;
  }
  if (buf) paragraphs.push(buf);
  return paragraphs;
}

function visibleChars(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.replace(/\s+/gu, '').length;
  return n;
}

function infoString(info: unknown, key: string): string | null {
  const v = info && typeof info === 'object' ? (info as Record<string, unknown>)[key] : null;
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** PDF dates look like D:20240315093000+01'00'. */
function pdfDate(value: string | null): string | null {
  const m = value ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/u.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * The text of a PDF (pdf.js through unpdf: pure JavaScript, no worker, no network, eval off):
 * its text layer, and for pages without one (a scan) the text OCR reads from the page's image
 * (ocr/ocr-pages.ts). Encrypted files, files with nothing to read and page images that cannot
 * be decoded fail with a message saying so.
 */
export async function extractPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedText> {
  if (!startsWithPdfHeader(bytes)) throw new InputError('Not a PDF file (it does not start with %PDF).');
  let pdf;
  try {
    // No OffscreenCanvas: page images must arrive as pixel data (page.objs), not as bitmaps.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { disableFontFace: true, useSystemFonts: false, verbosity: 0, isOffscreenCanvasSupported: false });
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('Encrypted PDF: it needs a password to open.');
    if (name === 'InvalidPDFException') throw new InputError('Corrupt PDF: its structure cannot be read.');
    throw new InputError(`Corrupt PDF: ${(e as Error).message}`);
  }
  const scans: ScannedPageReader = { engine: null, pages: 0, confidence: 0, undecodable: 0, images: 0, unread: [] };
  try {
    if (pdf.numPages > PDF_PAGE_LIMIT) throw new InputError(`This PDF has ${pdf.numPages} pages; the limit is ${PDF_PAGE_LIMIT}.`);
    const paragraphs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = pageParagraphs(pageLines(content.items.filter((i) => 'str' in i) as PdfTextItem[]));
      const ocr = visibleChars(text) < USABLE_TEXT_CHARS ? await ocrScannedPage(page, n, pdf.numPages, scans, options) : null;
      paragraphs.push(...(ocr ?? text));
      page.cleanup();
    }
    if (paragraphs.join('').trim() === '') throw new InputError(nothingToRead(scans));
    const { info } = await pdf.getMetadata().catch(() => ({ info: null }));
    const pages = pdf.numPages === 1 ? '1 page' : `${pdf.numPages} pages`;
    const unreadPages = scans.unread.map((u) => u.page);
    const ocr: OcrInfo | null =
      scans.pages
        ? { pages: scans.pages, pageCount: pdf.numPages, confidence: scans.images ? Math.round(scans.confidence / scans.images) : 0, language: 'eng', ...(unreadPages.length ? { unreadPages } : {}) }
        : null;
    return {
      format: 'text',
      content: paragraphs.join('\n\n'),
      meta: { title: infoString(info, 'Title'), byline: infoString(info, 'Author'), published: pdfDate(infoString(info, 'CreationDate')) },
      note: ocr ? ocrNote(ocr) : `Text from the PDF's text layer (${pages})${unreadPages.length ? `; ${unreadPagesNote(unreadPages)}` : ''}.`,
      ...(ocr ? { ocr } : {}),
    };
  } finally {
    await scans.engine?.close().catch(() => {});
    await pdf.loadingTask.destroy();
  }
}

/** For a PDF read from its text layer with scanned pages that could not be read. */
function unreadPagesNote(pages: readonly number[]): string {
  return pages.length === 1 ? `the scanned image on page ${pages[0]} could not be read` : `the scanned images on pages ${pages.join(', ')} could not be read`;
}

function nothingToRead(scans: ScannedPageReader): string {
  const failed = scans.unread.find((u) => !u.undecodable);
  if (failed && scans.pages === 0) return failed.reason;
  if (scans.undecodable > 0) return 'This PDF has no text layer, and its scanned page images could not be decoded (corrupt or in an unsupported image format).';
  if (scans.pages > 0) return 'This PDF has no text layer, and OCR found no text in its scanned pages.';
  return 'This PDF has no text layer and no page images to read by OCR.';
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (the PDF spec's implementation note).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
