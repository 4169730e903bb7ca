import type { ProcessedDocument } from '../../../shared/corpus';
import type { EnrichInput, Enrichment } from '../enrich';
import { processDocument } from '../process-document';
import type { RawDocument, SourceFormat, SourceMeta } from '../raw-document';
import { extractFile } from './extract-file';

const BINARY = new Set<RawDocument['format']>(['pdf', 'docx', 'eml']);

export type TextRawDocument = RawDocument & { format: SourceFormat };

/** Metadata given beside the file (sidecar, the user) wins over what the file says about itself. */
function mergeMeta(fromFile: SourceMeta, given: SourceMeta): SourceMeta {
  const out: SourceMeta = { ...fromFile };
  for (const [k, v] of Object.entries(given) as [keyof SourceMeta, string | null | undefined][]) if (v) out[k] = v;
  return out;
}

/** A raw document the cleaners can read: PDF, DOCX and EML (base64 content) become text first. */
export async function toTextRaw(raw: RawDocument): Promise<{ raw: TextRawDocument; note: string | null }> {
  if (!BINARY.has(raw.format)) return { raw: raw as TextRawDocument, note: null };
  const extracted = await extractFile(raw.file, Buffer.from(raw.content, 'base64'), raw.format as 'pdf' | 'docx' | 'eml');
  return { raw: { ...raw, format: extracted.format, content: extracted.content, meta: mergeMeta(extracted.meta, raw.meta) }, note: extracted.note };
}

/** processDocument for any supported format (the build workers and the add-documents worker). */
export async function processRawDocument(raw: RawDocument, enrich?: (input: EnrichInput) => Enrichment): Promise<ProcessedDocument> {
  const { raw: text } = await toTextRaw(raw);
  return processDocument(text, enrich);
}
