import type { SearchResponse, SearchResult, SearchSnippet } from '../../shared/api/search';
import { passageLink } from '../../shared/passage-link';
import { csvCell } from './csv';
import { escapeMarkdownInline } from './markdown';

/**
 * The search result list as a file (issue 15): one row / item per result in the order the list
 * shows, with title, source, date, score, hit count, copies, the snippet and a dossier:// link
 * to the passage the snippet is from (the document, when only the title matched).
 */

export const RESULTS_CSV_HEADER = ['rank', 'title', 'source', 'published', 'score', 'hits', 'copies', 'snippet', 'link', 'document id'] as const;

export interface ResultsExportInfo {
  query: string;
  sort: 'relevance' | 'date';
  /** Matching documents in all; the file may hold fewer (`response.results`). */
  total: number;
  exportedAt: string;
}

/** The snippet as the list shows it: "…" where the window cuts the paragraph. */
export function snippetText(snippet: SearchSnippet | null): string {
  if (!snippet) return '';
  return `${snippet.truncatedStart ? '…' : ''}${snippet.text.trim()}${snippet.truncatedEnd ? '…' : ''}`;
}

export function resultLink(result: SearchResult): string {
  return passageLink({ documentId: result.documentId, ...(result.snippet ? { paragraphId: result.snippet.paragraphId } : {}) });
}

/** BM25 scores with 4 decimals: enough to order ties, stable across platforms. */
const score = (n: number) => (Math.round(n * 1e4) / 1e4).toString();

export function writeResultsCsv(results: readonly SearchResult[]): string {
  const rows: string[][] = [[...RESULTS_CSV_HEADER]];
  results.forEach((r, i) => {
    rows.push([String(i + 1), r.title, r.source ?? '', r.published ?? '', score(r.score), String(r.hitCount), String(r.copies.length), snippetText(r.snippet), resultLink(r), r.documentId]);
  });
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The snippet with its hits in bold, every other character escaped. */
function snippetMarkdown(snippet: SearchSnippet): string {
  const text = snippet.text;
  let out = '';
  let at = 0;
  for (const h of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > text.length || h.end <= h.start) continue;
    out += escapeInner(text.slice(at, h.start));
    out += `**${escapeInner(text.slice(h.start, h.end))}**`;
    at = h.end;
  }
  out += escapeInner(text.slice(at));
  const line = `${snippet.truncatedStart ? '…' : ''}${out}${snippet.truncatedEnd ? '…' : ''}`.replace(/\s+/gu, ' ').trim();
  return markdownBlockquoteEscaped(line);
}

/** Escapes inline syntax without the line-start rules (those apply once, to the whole line). */
function escapeInner(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/gu, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&')
    .replace(/%%/gu, '\\%\\%')
    .replace(/(^|\s)#(?=[^\s#])/gu, '$1\\#');
}

function markdownBlockquoteEscaped(line: string): string {
  const safe = line.replace(/^([#+=-])/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2');
  return `> ${safe}`;
}

const linkTarget = (link: string) => `<${link.replace(/[<>\s]/gu, encodeURIComponent)}>`;

export function writeResultsMarkdown(results: readonly SearchResult[], info: ResultsExportInfo): string {
  const count = results.length === info.total ? `${info.total.toLocaleString('en')} ${info.total === 1 ? 'document' : 'documents'}` : `the first ${results.length.toLocaleString('en')} of ${info.total.toLocaleString('en')} documents`;
  const head = [
    `# Search results: ${escapeMarkdownInline(info.query.trim()) || 'everything'}`,
    '',
    `${count}, ${info.sort === 'date' ? 'newest first' : 'best match first'}; exported ${info.exportedAt.slice(0, 10)}.`,
  ];
  const items = results.map((r, i) => {
    const facts = [r.source ? escapeMarkdownInline(r.source) : null, r.published ? escapeMarkdownInline(r.published) : 'date unknown', `score ${score(r.score)}`, `${r.hitCount} ${r.hitCount === 1 ? 'hit' : 'hits'}`];
    if (r.copies.length) facts.push(`+${r.copies.length} ${r.copies.length === 1 ? 'copy' : 'copies'}`);
    const lines = [`## ${i + 1}. [${escapeMarkdownInline(r.title) || 'Untitled document'}](${linkTarget(resultLink(r))})`, '', facts.filter(Boolean).join(' · ')];
    if (r.snippet) lines.push('', snippetMarkdown(r.snippet));
    return lines.join('\n');
  });
  return `${[head.join('\n'), ...items].join('\n\n')}\n`;
}

/** What both formats are made from: the response holding the exported results. */
export function renderResults(format: 'csv' | 'markdown', response: Pick<SearchResponse, 'results' | 'total'>, info: Omit<ResultsExportInfo, 'total'>): string {
  return format === 'csv' ? writeResultsCsv(response.results) : writeResultsMarkdown(response.results, { ...info, total: response.total });
}
