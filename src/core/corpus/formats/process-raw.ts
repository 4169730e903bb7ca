import type { OcrInfo, ProcessedDocument } from '../../../shared/corpus';
import type { EnrichInput, Enrichment } from '../enrich';
import { processDocument } from '../process-document';
import type { RawDocument, SourceFormat, SourceMeta } from '../raw-document';
import { extractFile } from './extract-file';
import type { ReadOptions } from './extracted';

const BINARY = new Set<RawDocument['format']>(['pdf', 'docx', 'eml']);

export type TextRawDocument = RawDocument & { format: SourceFormat };

/** Metadata given beside the file (sidecar, the user) wins over what the file says about itself. */
function mergeMeta(fromFile: SourceMeta, given: SourceMeta): SourceMeta {
  const out: SourceMeta = { ...fromFile };
  for (const [k, v] of Object.entries(given) as [keyof SourceMeta, string | null | undefined][]) if (v) out[k] = v;
  return out;
}

/** A raw document the cleaners can read: PDF, DOCX and EML (base64 content) become text first. */
export async function toTextRaw(raw: RawDocument, options: ReadOptions = {}): Promise<{ raw: TextRawDocument; note: string | null; ocr: OcrInfo | null }> {
  if (!BINARY.has(raw.format)) return { raw: raw as TextRawDocument, note: null, ocr: null };
  const extracted = await extractFile(raw.file, Buffer.from(raw.content, 'base64'), raw.format as 'pdf' | 'docx' | 'eml', options);
  return { raw: { ...raw, format: extracted.format, content: extracted.content, meta: mergeMeta(extracted.meta, raw.meta) }, note: extracted.note, ocr: extracted.ocr ?? null };
}

/** The document marked as read by OCR, so the reader can say its text may contain errors. */
export function withOcr(doc: ProcessedDocument, ocr: OcrInfo | null): ProcessedDocument {
  return ocr ? { ...doc, ocr } : doc;
}

/** processDocument for any supported format (the build workers and the add-documents worker). */
export async function processRawDocument(raw: RawDocument, enrich?: (input: EnrichInput) => Enrichment, options: ReadOptions = {}): Promise<ProcessedDocument> {
  const { raw: text, ocr } = await toTextRaw(raw, options);
  return withOcr(processDocument(text, enrich), ocr);
}
