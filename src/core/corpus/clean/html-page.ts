import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanBlocks, type CleanedText } from './clean-blocks';
import { collapseWhitespace, normaliseText, toIsoDate } from './normalise-text';
import { cleanPlainText } from './plain-text';

/** Elements whose text is one paragraph of the article. */
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT', 'TD', 'TH']);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'SPAN', 'BODY']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV', 'IMG']);

interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Deeper than this, an element's text is taken whole: real articles nest a few dozen levels,
 * and following thousands (a hostile or broken page) made cleaning quadratic or overflowed
 * the stack.
 */
export const MAX_NESTING = 64;
/** Readability rescans the page per candidate; above this many elements it is skipped. */
const READABILITY_MAX_ELEMENTS = 20_000;

/** Block-level text of an element: one string per paragraph-like element, in order. */
function collectBlocks(node: DomNode, out: string[], depth = 0): void {
  let inline = '';
  const flush = () => {
    const t = collapseWhitespace(inline);
    if (t) out.push(t);
    inline = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      inline += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child.tagName ?? '').toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'TIME' && inline.trim() === '') {
      continue; // a date stamp standing alone in the article container is metadata (read above)
    } else if (tag === 'BR') {
      inline += ' ';
    } else if (BLOCK_TAGS.has(tag) && !hasBlockChild(child)) {
      flush();
      const t = collapseWhitespace(child.textContent ?? '');
      if (t) out.push(t);
    } else if (depth >= MAX_NESTING && (BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag))) {
      flush();
      const t = collapseWhitespace(child.textContent ?? '');
      if (t) out.push(t);
    } else if (BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag) && hasBlockChild(child)) {
      flush();
      collectBlocks(child, out, depth + 1);
    } else {
      inline += child.textContent ?? '';
    }
  }
  flush();
}

function hasBlockChild(node: DomNode): boolean {
  return Array.from(node.childNodes).some((c) => {
    const tag = (c.tagName ?? '').toUpperCase();
    return c.nodeType === 1 && (BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag) && tag !== 'SPAN');
  });
}

/** The few DOM calls metaContent makes, typed here: core is compiled without the DOM library. */
interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** The element links measure walks (core has no DOM types). */
interface TreeElement {
  firstElementChild: TreeElement | null;
  nextElementSibling: TreeElement | null;
}

/** Nesting depth and element count, without recursion (the tree may be thousands deep). */
function measure(root: TreeElement): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [TreeElement, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop() as [TreeElement, number];
    elements++;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements };
}

function metaContent(document: QueryableDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/**
 * HTML pages: Readability (over linkedom) picks the article body and drops navigation,
 * footers and asides; the body's block elements become paragraphs, which then get the same
 * debris filter as plain text (cookie banners and "Related:" links inside the article div).
 */
export function cleanHtml(html: string, titleHint: string | null = null): CleanedText {
  // A ".html" file without any markup is text (linkedom gives it no body to read).
  if (!/<[a-z!/?]/iu.test(html)) return cleanPlainText(html, { title: titleHint });
  const markup = /<(?:html|body)[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(normaliseText(markup));
  const published = toIsoDate(
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="dc.date"]',
      'time[datetime]',
    ]),
  );
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['meta[property="og:url"]']);
  const source = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const fallbackTitle = collapseWhitespace(
    metaContent(document, ['meta[property="og:title"]']) ?? document.querySelector('h1')?.textContent ?? document.title ?? '',
  );
  // Readability mutates the DOM, so it runs after the metadata is read. On a page too deep
  // or too large for it to finish in time, the body's blocks are read directly instead.
  const shape = document.body ? measure(document.body as unknown as TreeElement) : { depth: 0, elements: 0 };
  const article =
    shape.depth <= MAX_NESTING && shape.elements <= READABILITY_MAX_ELEMENTS
      ? new Readability(document as unknown as Document, { serializer: (n) => n, charThreshold: 100 }).parse()
      : null;
  const blocks: string[] = [];
  const content = article?.content as unknown as DomNode | null | undefined;
  if (content) collectBlocks(content, blocks);
  if (blocks.length === 0 && document.body) collectBlocks(document.body as unknown as DomNode, blocks);
  const title = collapseWhitespace(article?.title ?? '') || fallbackTitle || null;
  const cleaned = cleanBlocks(blocks, { title: titleHint ?? title });
  return {
    ...cleaned,
    title,
    byline: article?.byline ? collapseWhitespace(article.byline).replace(/^by\s+/iu, '') : cleaned.byline,
    published: toIsoDate(article?.publishedTime) ?? published ?? cleaned.published,
    source: source ?? (article?.siteName || null) ?? cleaned.source,
    url: canonical && /^https?:\/\//u.test(canonical) ? canonical : null,
  };
}
