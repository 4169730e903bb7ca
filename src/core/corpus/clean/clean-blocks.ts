import { comparisonKey, toIsoDate } from './normalise-text';
import { endsLikeSentence, isCreditLine, isDebris, isHeaderDebris } from './debris';
import { splitLongBlock } from './split-long-block';

/** What cleaning found in a document, before ids and enrichment. */
export interface CleanedText {
  title: string | null;
  byline: string | null;
  published: string | null;
  source: string | null;
  /** Canonical address when the page states one (HTML). */
  url?: string | null;
  paragraphs: string[];
}

export interface CleanHints {
  /** Known title (sidecar, JSONL, HTML meta): removed where it opens the text. */
  title?: string | null;
  /** Look for a headline among the first blocks when no title is known. */
  detectTitle?: boolean;
}

const HEAD_WINDOW = 8;
const BYLINE = /^[Bb][Yy]:?\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s,]+(?:and\s+)?[\p{L}\p{M}.'’-]+){0,10}$/u;
const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated)\b[:\s]*)?.{0,40}\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.{0,20}$|^(?:published|updated|posted)\b.{0,60}\d{4}.{0,20}$/iu;
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]{1,60}\((Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua)\)\s*[-–—]/u;

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function looksLikeHeadline(text: string): boolean {
  const n = words(text);
  return n >= 3 && n <= 30 && !/[.:;,]$/u.test(text) && !isCreditLine(text);
}

function dateFromLine(text: string): string | null {
  const stripped = text.replace(/^(?:published|updated|posted|last updated)\b[:\s]*/iu, '');
  const m = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}/iu.exec(stripped);
  if (!m) return null;
  const parsed = Date.parse(`${m[0]} 12:00 UTC`.replace(/,/gu, ''));
  return Number.isNaN(parsed) ? toIsoDate(m[0]) : new Date(parsed).toISOString().slice(0, 10);
}

/**
 * Turns a page's text blocks into title, metadata and prose paragraphs. Debris is removed
 * by whole block; the title is removed once where it opens the text; bylines and date lines
 * near the top become metadata; a credit line stays as the last paragraph.
 */
export function cleanBlocks(input: readonly string[], hints: CleanHints = {}): CleanedText {
  let blocks = input.map((b) => b.trim()).filter(Boolean);
  let title = hints.title?.trim() || null;
  let byline: string | null = null;
  let published: string | null = null;

  // Title: the known one where it appears near the top, else a headline-like first block.
  let titleAt = -1;
  if (title) {
    const key = comparisonKey(title);
    titleAt = blocks.slice(0, HEAD_WINDOW).findIndex((b) => comparisonKey(b) === key);
  } else if (hints.detectTitle) {
    for (let i = 0; i < Math.min(blocks.length, HEAD_WINDOW); i++) {
      const b = blocks[i] as string;
      if (isDebris(b) || words(b) < 3) continue; // section labels above the headline
      if (looksLikeHeadline(b)) titleAt = i;
      break;
    }
    if (titleAt >= 0) title = blocks[titleAt] as string;
  }
  if (titleAt >= 0) {
    const head = blocks.slice(0, titleAt).filter((b) => !isHeaderDebris(b));
    blocks = [...head, ...blocks.slice(titleAt + 1)];
  }

  // Byline and dateline blocks right under the title are metadata, not prose.
  const meta: number[] = [];
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const b = blocks[i] as string;
    if (words(b) > 14) break;
    if (!byline && BYLINE.test(b) && !endsLikeSentence(b)) {
      byline = b.replace(/^by:?\s+/iu, '');
      meta.push(i);
    } else if (!published && DATE_LINE.test(b) && dateFromLine(b)) {
      published = dateFromLine(b);
      meta.push(i);
    } else if (!isDebris(b)) break;
  }
  blocks = blocks.filter((_, i) => !meta.includes(i));

  // Short trailing lines are often data (a referee, an attendance), so only known debris goes.
  blocks = blocks.filter((b) => !isDebris(b));

  const wire = blocks[0] ? WIRE_DATELINE.exec(blocks[0]) : null;
  return { title, byline, published, source: wire?.[1] ?? null, paragraphs: blocks.flatMap(splitLongBlock) };
}
