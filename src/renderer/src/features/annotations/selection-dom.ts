import type { AnchorRect } from './annotations-store';
import type { ParagraphPoint } from './selection-target';

/**
 * DOM side of selection → target: each end of the selection becomes a paragraph id and an
 * offset into that paragraph's text. Highlights split text nodes into <mark>s, so the offset
 * is the length of a Range from the paragraph start to the point, never a node offset.
 */
const PARAGRAPH = '[data-paragraph-id]';

function paragraphOf(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest<HTMLElement>(PARAGRAPH) ?? null;
}

function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * A boundary outside every paragraph (on the article header, or between paragraphs after a
 * triple-click) snaps to the nearest paragraph edge inside the selection.
 */
function snap(article: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): ParagraphPoint | null {
  const inside = paragraphOf(node);
  if (inside && article.contains(inside)) return { paragraphId: inside.dataset.paragraphId!, offset: offsetIn(inside, node, offset) };
  const paragraphs = [...article.querySelectorAll<HTMLElement>(PARAGRAPH)];
  const point = document.createRange();
  point.setStart(node, offset);
  if (side === 'start') {
    // First paragraph that begins at or after the point.
    const next = paragraphs.find((p) => point.comparePoint(p, 0) >= 0);
    return next ? { paragraphId: next.dataset.paragraphId!, offset: 0 } : null;
  }
  const previous = paragraphs.findLast((p) => point.comparePoint(p, p.childNodes.length) <= 0);
  return previous ? { paragraphId: previous.dataset.paragraphId!, offset: previous.textContent?.length ?? 0 } : null;
}

export interface DomSelection {
  start: ParagraphPoint;
  end: ParagraphPoint;
  rect: AnchorRect;
}

/** The current selection inside `article` as paragraph points, or null when there is none. */
export function readSelection(article: HTMLElement): DomSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== article) return null;
  const start = snap(article, range.startContainer, range.startOffset, 'start');
  const end = snap(article, range.endContainer, range.endOffset, 'end');
  if (!start || !end) return null;
  const box = range.getBoundingClientRect();
  return { start, end, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
}

export function rectOf(element: Element): AnchorRect {
  const box = element.getBoundingClientRect();
  return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
}
