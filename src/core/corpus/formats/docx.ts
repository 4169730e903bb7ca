import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { InputError } from '../raw-document';
import { megabytes, type ExtractedText } from './extracted';

/** A DOCX may inflate to at most this much in total, and at most this many entries (zip-bomb guard). */
export const DOCX_INFLATED_LIMIT = 200 * 1024 * 1024;
export const DOCX_ENTRY_LIMIT = 10_000;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function xmlText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'u').exec(xml);
  if (!m?.[1]) return null;
  const v = m[1]
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&')
    .trim();
  return v || null;
}

/**
 * Reads the zip's central directory without inflating anything: what each entry declares it
 * inflates to. Declared sizes can lie; the worker's memory limit and time limit catch that.
 */
function inspectZip(bytes: Uint8Array): { names: Set<string>; inflated: number } {
  const names = new Set<string>();
  let inflated = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        names.add(file.name);
        inflated += file.originalSize;
        return false;
      },
    });
  } catch (e) {
    throw new InputError(`Corrupt DOCX: it is not a readable zip archive (${(e as Error).message}).`);
  }
  return { names, inflated };
}

/** A Word document's text (mammoth), title/author/date from its core properties. */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new InputError('This Word file is password-protected (encrypted) or in the old .doc format; save it as an unprotected .docx.');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new InputError('Corrupt DOCX: it is not a zip archive.');
  const { names, inflated } = inspectZip(bytes);
  if (names.size > DOCX_ENTRY_LIMIT) throw new InputError(`This DOCX holds ${names.size} files; the limit is ${DOCX_ENTRY_LIMIT} (a zip bomb?).`);
  if (inflated > DOCX_INFLATED_LIMIT) {
    throw new InputError(`This DOCX would inflate to ${megabytes(inflated)}; the limit is ${megabytes(DOCX_INFLATED_LIMIT)} (a zip bomb?).`);
  }
  if (!names.has('word/document.xml')) throw new InputError('Not a Word document: the archive has no word/document.xml.');
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw new InputError(`Corrupt DOCX: ${(e as Error).message}`);
  }
  if (text.trim() === '') throw new InputError('This Word document has no text.');
  let core = '';
  if (names.has('docProps/core.xml')) {
    const entry = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
    if (entry) core = strFromU8(entry);
  }
  const created = xmlText(core, 'dcterms:created');
  return {
    format: 'text',
    content: text,
    meta: { title: xmlText(core, 'dc:title'), byline: xmlText(core, 'dc:creator'), published: created ? created.slice(0, 10) : null },
    note: null,
  };
}
