import type { AnnotationTarget } from '../../../../shared/annotations';
import { formatDate } from '../../ui/format';
import { libraryStore } from '../library/library-store';
import { citationMarkdown, citationText, type CitationSource } from './citation';
import { copyText, type CopyResult } from './clipboard';

/** The citation facts for a quote of a corpus document, from what the library knows of it. */
export function citationSource(target: AnnotationTarget): CitationSource {
  const { current, documents } = libraryStore.get();
  const doc = current?.id === target.documentId ? current : null;
  const summary = documents.find((d) => d.id === target.documentId);
  const published = doc?.published ?? summary?.published ?? null;
  const index = doc ? doc.paragraphs.findIndex((p) => p.id === target.paragraphId) : -1;
  return {
    quote: target.quote.exact,
    title: doc?.title ?? summary?.title ?? target.documentId,
    source: doc?.source ?? summary?.source ?? null,
    date: published ? formatDate(published) : null,
    url: doc?.url ?? null,
    documentId: target.documentId,
    paragraphId: target.paragraphId,
    paragraphNumber: index >= 0 ? index + 1 : null,
  };
}

export function copyCitation(target: AnnotationTarget, format: 'text' | 'markdown'): Promise<CopyResult> {
  const source = citationSource(target);
  return copyText(format === 'text' ? citationText(source) : citationMarkdown(source), format === 'text' ? 'the quote with its citation' : 'the quote with its citation as Markdown');
}
