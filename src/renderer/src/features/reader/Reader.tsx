import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { OCR_NOTICE, ocrDetail } from '../../../../shared/ocr-note';
import { formatDate, readingMinutes } from '../../ui/format';
import { groupByParagraph, type Decoration } from './decorations';
import { DecoratedText, Paragraph } from './Paragraph';
import type { FocusRequest } from './reader-store';

/** Ask the reader to bring a paragraph into view and flash it; `nonce` repeats the request. */
export interface ScrollRequest {
  paragraphId: string;
  nonce: number;
}

interface Props {
  document: ProcessedDocument;
  decorations: readonly Decoration[];
  /** Decorations of the title (search hits in it); their paragraphId is not used. */
  titleDecorations?: readonly Decoration[];
  scrollRequest?: ScrollRequest | null;
  focusRequest?: FocusRequest | null;
  /**
   * Called with the keys of the decorations under a click, or of a focused mark on Enter
   * (e.g. to open an annotation); `mark` is the element, to anchor a popover to.
   */
  onDecorationClick?: (keys: string[], mark: HTMLElement, via: 'pointer' | 'keyboard') => void;
  /** Called on mouse-up / key-up so features can read window.getSelection() inside the article. */
  onSelectionEnd?: (article: HTMLElement) => void;
}

const NO_DECORATIONS: Decoration[] = [];

export function Reader({ document: doc, decorations, titleDecorations = NO_DECORATIONS, scrollRequest, focusRequest, onDecorationClick, onSelectionEnd }: Props) {
  const articleRef = useRef<HTMLElement>(null);
  const [flashing, setFlashing] = useState<string | null>(null);
  const byParagraph = useMemo(() => groupByParagraph(decorations), [decorations]);
  const currentKey = decorations.find((d) => d.current)?.key;

  useEffect(() => {
    if (!currentKey) return;
    const el = articleRef.current?.querySelector('mark[aria-current="true"]');
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [currentKey, doc.id]);

  useEffect(() => {
    if (!scrollRequest) return;
    const el = articleRef.current?.querySelector(`#para-${CSS.escape(scrollRequest.paragraphId)}`);
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
    setFlashing(scrollRequest.paragraphId);
    const timer = setTimeout(() => setFlashing(null), 1600);
    return () => clearTimeout(timer);
  }, [scrollRequest]);

  // A request made before this reader mounted is stale: replaying it would steal focus.
  const staleFocus = useRef(focusRequest?.nonce);
  useEffect(() => {
    if (!focusRequest || focusRequest.nonce === staleFocus.current) return;
    const mark = articleRef.current?.querySelector<HTMLElement>(`mark[data-decoration-keys~="${CSS.escape(focusRequest.key)}"]`);
    if (!mark) return;
    // Focusable by script only (not a Tab stop), so hundreds of marks never crowd the tab order.
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [focusRequest]);

  const activate = (target: EventTarget, via: 'pointer' | 'keyboard'): boolean => {
    const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-decoration-keys]') : null;
    if (!mark || !onDecorationClick) return false;
    onDecorationClick(mark.getAttribute('data-decoration-keys')!.split(' '), mark, via);
    return true;
  };
  const handleClick = (event: MouseEvent) => {
    activate(event.target, 'pointer');
  };
  // Enter on a focused mark (a highlight reached with Alt+↓) acts like a click on it.
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!(event.target instanceof HTMLElement) || event.target.tagName !== 'MARK') return;
    if (activate(event.target, 'keyboard')) event.preventDefault();
  };
  const handleSelectionEnd = () => {
    if (articleRef.current && onSelectionEnd) onSelectionEnd(articleRef.current);
  };

  const minutes = readingMinutes(doc.paragraphs);
  return (
    <article
      ref={articleRef}
      className="reader"
      aria-labelledby="document-title"
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      onMouseUp={handleSelectionEnd}
      onKeyUp={handleSelectionEnd}
    >
      <header className="reader-header">
        <h1 id="document-title" dir="auto">
          <DecoratedText text={doc.title} decorations={titleDecorations} />
        </h1>
        <p className="reader-meta">
          {[doc.source, doc.published ? formatDate(doc.published) : null, doc.byline, `${minutes} min read`].filter(Boolean).join(' · ')}
        </p>
        {doc.ocr ? (
          <p className="reader-ocr-notice" role="note">
            <strong>{OCR_NOTICE}</strong> <span className="reader-ocr-detail">({ocrDetail(doc.ocr)})</span>
          </p>
        ) : null}
      </header>
      <div className="reader-body">
        {doc.paragraphs.map((p) => (
          <Paragraph key={p.id} paragraph={p} decorations={byParagraph.get(p.id) ?? NO_DECORATIONS} flashing={flashing === p.id} />
        ))}
      </div>
    </article>
  );
}
