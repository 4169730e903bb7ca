import { CORPUS_SCHEMA_VERSION, type ProcessedDocument } from '../../shared/corpus';
import { cleanHtml } from './clean/html-page';
import { cleanMarkdown } from './clean/markdown';
import { collapseWhitespace, toIsoDate } from './clean/normalise-text';
import { cleanPlainText } from './clean/plain-text';
import type { CleanedText } from './clean/clean-blocks';
import { enrichDocument, type EnrichInput, type Enrichment } from './enrich';
import { assignParagraphIds } from './paragraph-ids';
import { InputError, type RawDocument } from './raw-document';

function clean(raw: RawDocument): CleanedText {
  // PDF/DOCX/EML are turned into text first (formats/process-raw.ts), never cleaned as bytes.
  if (raw.format === 'pdf' || raw.format === 'docx' || raw.format === 'eml') throw new Error(`processDocument got an unconverted ${raw.format} document; use processRawDocument.`);
  const title = raw.meta.title ? collapseWhitespace(raw.meta.title) : null;
  switch (raw.format) {
    case 'html':
      return cleanHtml(raw.content, title);
    case 'markdown':
      return cleanMarkdown(raw.content, title);
    default:
      return cleanPlainText(raw.content, { title });
  }
}

/**
 * When a page has no headline: its first sentence without a wire dateline, cut at a word
 * boundary. A sentence ends at . ! ? after a lowercase letter or digit ("U.S." does not end one).
 */
function titleFromText(first: string): string {
  const text = first.replace(/^[\p{Lu}][\p{Lu}\s.,'’-]{1,60}\([^)]{1,20}\)\s*[-–—]\s*/u, '');
  const sentence = /^.+?[\p{Ll}\d)”"’][.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

function optional(value: string | null | undefined): string | null {
  const v = typeof value === 'string' ? collapseWhitespace(value) : '';
  return v || null;
}

/**
 * The whole pipeline for one document: clean (per format), segment into paragraphs with
 * stable ids, enrich. Pure apart from CPU: the same input always yields the same output,
 * so the build caches it by content hash and runs it in worker threads.
 */
export function processDocument(raw: RawDocument, enrich: (input: EnrichInput) => Enrichment = enrichDocument): ProcessedDocument {
  const cleaned = clean(raw);
  if (cleaned.paragraphs.length === 0) {
    throw new InputError(raw.format === 'html' ? 'No readable article text (empty or truncated HTML).' : 'No text left after cleaning.');
  }
  const paragraphs = assignParagraphIds(cleaned.paragraphs);
  const title = optional(raw.meta.title) ?? optional(cleaned.title) ?? titleFromText(paragraphs[0]!.text);
  const published = toIsoDate(raw.meta.published) ?? cleaned.published;
  const enrichment = enrich({ title, published, paragraphs });
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id: raw.id,
    title,
    published,
    byline: optional(raw.meta.byline) ?? optional(cleaned.byline),
    source: optional(raw.meta.source) ?? optional(cleaned.source),
    url: optional(raw.meta.url) ?? optional(cleaned.url),
    paragraphs,
    entities: enrichment.entities,
    quotes: enrichment.quotes,
    figures: enrichment.figures,
    events: enrichment.events,
  };
}
