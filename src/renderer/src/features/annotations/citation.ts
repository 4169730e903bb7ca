import { passageLink } from '../../../../shared/passage-link';

/** What a citation names: the passage, and the document it is from. */
export interface CitationSource {
  quote: string;
  title: string;
  source: string | null;
  /** As displayed ("25 October 2024"), or null when the date is unknown. */
  date: string | null;
  url: string | null;
  documentId: string;
  paragraphId: string;
  /** 1-based, or null when the paragraph is no longer in the document. */
  paragraphNumber: number | null;
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~#]/gu;
const escapeMarkdown = (text: string) => text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);

function facts(c: CitationSource): string[] {
  return [c.source, c.date ?? 'date unknown', c.paragraphNumber === null ? null : `paragraph ${c.paragraphNumber}`].filter((x): x is string => Boolean(x));
}

/** “Quote” — Title. Source, 25 October 2024, paragraph 4. (and the web address when known) */
export function citationText(c: CitationSource): string {
  const line = `— ${c.title}. ${facts(c).join(', ')}.`;
  return [`“${c.quote.trim()}”`, line, ...(c.url ? [c.url] : [])].join('\n');
}

/**
 * The quote as a Markdown blockquote, then the reference; the title links back to the
 * passage in Dossier, and the source to its web address when there is one.
 */
export function citationMarkdown(c: CitationSource): string {
  const quote = c.quote
    .trim()
    .split(/\r?\n/u)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line.trim())}` : '>'))
    .join('\n');
  const link = passageLink({ documentId: c.documentId, paragraphId: c.paragraphId });
  const title = `[${escapeMarkdown(c.title)}](<${link}>)`;
  const rest = facts(c).map(escapeMarkdown);
  if (c.url && /^https?:\/\//iu.test(c.url) && c.source) rest[0] = `[${escapeMarkdown(c.source)}](<${c.url.replace(/[<>\s]/gu, encodeURIComponent)}>)`;
  return `${quote}\n>\n> — ${title}, ${rest.join(', ')}`;
}
