import { getDocumentProxy } from 'unpdf';
import { InputError } from '../raw-document';
import type { ExtractedText } from './extracted';

/** Pages beyond this are not read: the message says so rather than stalling the queue. */
export const PDF_PAGE_LIMIT = 2000;

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
 * The text layer of a PDF (pdf.js through unpdf: pure JavaScript, no worker, no network,
 * eval off). Encrypted files and files without a text layer fail with a message saying so.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  if (!startsWithPdfHeader(bytes)) throw new InputError('Not a PDF file (it does not start with %PDF).');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('Encrypted PDF: it needs a password to open.');
    if (name === 'InvalidPDFException') throw new InputError('Corrupt PDF: its structure cannot be read.');
    throw new InputError(`Corrupt PDF: ${(e as Error).message}`);
  }
  try {
    if (pdf.numPages > PDF_PAGE_LIMIT) throw new InputError(`This PDF has ${pdf.numPages} pages; the limit is ${PDF_PAGE_LIMIT}.`);
    const paragraphs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      paragraphs.push(...pageParagraphs(pageLines(content.items.filter((i) => 'str' in i) as PdfTextItem[])));
      page.cleanup();
    }
    if (paragraphs.join('').trim() === '') {
      throw new InputError('This PDF has no text layer (probably a scan); reading scanned pages (OCR) is not supported.');
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: null }));
    const pages = pdf.numPages === 1 ? '1 page' : `${pdf.numPages} pages`;
    return {
      format: 'text',
      content: paragraphs.join('\n\n'),
      meta: { title: infoString(info, 'Title'), byline: infoString(info, 'Author'), published: pdfDate(infoString(info, 'CreationDate')) },
      note: `Text from the PDF's text layer (${pages}).`,
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (the PDF spec's implementation note).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
